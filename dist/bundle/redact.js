import { t as CliError } from "./errors.js";
import { a as readCheckedData, n as SPACE$1, r as ZERO_WIDTH, t as lastAtMost } from "./sorted.js";
import { a as isRecord } from "./values.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/rules/pii/char-refs.js
const REFERENCE = /^&(?:#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}))|([A-Za-z][A-Za-z0-9]{1,31}));/;
function characterReference(text, i) {
	const m = REFERENCE.exec(text.slice(i, i + 40));
	if (!m) return void 0;
	const end = i + m[0].length;
	if (m[3] !== void 0) {
		const value = namedReferences().get(m[3]);
		return value === void 0 ? void 0 : {
			value,
			end
		};
	}
	const code = m[1] !== void 0 ? parseInt(m[1], 16) : parseInt(m[2], 10);
	return {
		value: validCode(code) ? String.fromCodePoint(code) : "�",
		end
	};
}
function validCode(c) {
	if (c >= 55296 && c <= 57343) return false;
	if (c >= 64976 && c <= 65007) return false;
	if ((c & 65535) === 65535 || (c & 65535) === 65534) return false;
	if (c <= 8 || c === 11 || c >= 14 && c <= 31 || c >= 127 && c <= 159) return false;
	return c <= 1114111;
}
let named;
function namedReferences() {
	if (!named) {
		named = new Map();
		const file = fileURLToPath(new URL("./html-entities.txt", new URL("../rules/pii/char-refs.js", import.meta.url).href));
		let text;
		try {
			text = readFileSync(file, "utf8");
		} catch (err) {
			throw new CliError(`the built-in list of HTML character references in ${file} could not be read (${err.code ?? "error"}). Reinstall lessons, or rebuild it with "npm run build:dist".`, 2);
		}
		for (const line of text.split("\n")) {
			if (line === "" || line.startsWith("#")) continue;
			const [name, ...codes] = line.split(" ");
			named.set(name, String.fromCodePoint(...codes.map((c) => parseInt(c, 16))));
		}
	}
	return named;
}
// dist/rules/pii/fold.js
function readings(original, folded) {
	const out = [{
		folded,
		offset: 0
	}];
	for (const t of folded.tags ?? []) out.push({
		folded: fold(original.slice(t.from + 1, t.to - 1)),
		offset: t.from + 1
	});
	return out;
}
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const DOT = /[\u00B7\u2022\u2024\u2027\u2219\u22C5\u30FB\uFF0E]/;
const PLAIN = {
	marks: "	*_`~\\<&",
	pairs: / [ \t\n]|\n[ \t]/g
};
const TABLE = {
	marks: "	\n*_`~\\<&",
	pairs: / [ \t\n]/g
};
const SLUG = {
	marks: "	\n*_`~\\<&./-",
	pairs: / [ \t\n]/g
};
const NON_ASCII = /[\u0080-\uffff]/g;
function foldStarts(text, scan) {
	const kinds = scan.marks.length + 2;
	const nonAscii = scan.marks.length;
	const pairs = nonAscii + 1;
	const at = new Array(kinds).fill(-1);
	if (Buffer.byteLength(text, "utf8") === text.length) at[nonAscii] = Infinity;
	const search = (k, from) => {
		if (k < nonAscii) {
			const found = text.indexOf(scan.marks[k], from);
			return found === -1 ? Infinity : found;
		}
		const re = k === pairs ? scan.pairs : NON_ASCII;
		re.lastIndex = from;
		const m = re.exec(text);
		return m ? m.index : Infinity;
	};
	return (from) => {
		let least = Infinity;
		for (let k = 0; k < kinds; k++) {
			if (at[k] < from) at[k] = search(k, from);
			if (at[k] < least) least = at[k];
		}
		return least === Infinity ? -1 : least;
	};
}
const JOIN = /\n(?<=[^\n\0]\n)(?![\n\0\-*+>#| \t]|\d{1,3}[.)][ \t])/g;
const isDigit$1 = (code) => code >= 48 && code <= 57;
const KEEP = 0;
const ZERO = 1;
const SPACE_RUN = 2;
const OUTSIDE = new Map();
function outsideAscii(cp) {
	let kind = OUTSIDE.get(cp);
	if (kind === void 0) {
		const ch = String.fromCodePoint(cp);
		if (ZERO_WIDTH.test(ch)) kind = ZERO;
		else if (SPACE$1.test(ch)) kind = SPACE_RUN;
		else if (DASH.test(ch)) kind = "-";
		else if (DOT.test(ch)) kind = ".";
		else {
			const plain = ch.normalize("NFKC");
			kind = plain === ch ? KEEP : plain;
		}
		OUTSIDE.set(cp, kind);
	}
	return kind;
}
const IDENTITY = (text) => ({
	text,
	start: (i) => i,
	end: (i) => i
});
function isSpaceReference(value) {
	for (const ch of value) if (ch !== " " && ch !== "\n" && ch !== "\r" && !SPACE$1.test(ch)) return false;
	return true;
}
function spaceRunEnd(text, j) {
	const n = text.length;
	for (;;) {
		const c = text[j];
		if (j < n && (c === " " || c === "	" || SPACE$1.test(c) || ZERO_WIDTH.test(c))) {
			j++;
			continue;
		}
		const ref = c === "&" ? characterReference(text, j) : void 0;
		if (ref && (isSpaceReference(ref.value) || ZERO_WIDTH.test(ref.value))) {
			j = ref.end;
			continue;
		}
		return j;
	}
}
function foldCharacter(value) {
	const cp = value.codePointAt(0);
	if (value.length !== (cp > 65535 ? 2 : 1)) return value.normalize("NFKC");
	if (cp < 128) return value;
	const kind = outsideAscii(cp);
	return kind === KEEP ? value : kind === ZERO ? "" : kind === SPACE_RUN ? " " : kind;
}
const SLUG_SEPARATORS = "-_./";
const SLUG_SEPARATOR_RE = /[-_./]/g;
function slugReading(text, plain) {
	if (plain.text !== text || text.includes("\n")) return fold(text, { slug: true });
	return {
		text: text.replace(SLUG_SEPARATOR_RE, " "),
		start: (i) => i,
		end: (i) => i
	};
}
function fold(original, options = {}) {
	const tables = original.includes("|");
	const text = tables ? original : original.replace(JOIN, " ");
	const edits = {
		at: [],
		len: [],
		from: [],
		to: []
	};
	const tags = [];
	let out = "";
	let i = 0;
	const n = text.length;
	let copyFrom = 0;
	let changed = text !== original;
	const flush = (upTo) => {
		if (upTo > copyFrom) out += text.slice(copyFrom, upTo);
	};
	const edit = (from, to, replacement) => {
		flush(from);
		if (to - from !== replacement.length) {
			edits.at.push(out.length);
			edits.len.push(replacement.length);
			edits.from.push(from);
			edits.to.push(to);
		}
		changed = true;
		out += replacement;
		copyFrom = to;
	};
	const lastOut = () => i > copyFrom ? text[i - 1] : out[out.length - 1] ?? "";
	const next = foldStarts(text, options.slug ? SLUG : tables ? TABLE : PLAIN);
	while (i < n) {
		const hit = next(i);
		if (hit === -1) break;
		i = hit;
		const c = text[i];
		if (c.charCodeAt(0) < 128) {
			if (c === " " || c === "	") {
				const j = spaceRunEnd(text, i + 1);
				if (j < n && text[j] === "\n") edit(i, j, "");
				else if (j - i > 1 || c === "	") edit(i, j, lastOut() === " " ? "" : " ");
				i = j;
				continue;
			}
			if (c === "\n") {
				let j = i + 1;
				while (j < n && (text[j] === " " || text[j] === "	" || SPACE$1.test(text[j]))) j++;
				if (joinsLines(text, i, j)) {
					edit(i, j, lastOut() === " " ? "" : " ");
					i = j;
				} else i++;
				continue;
			}
			if (options.slug && SLUG_SEPARATORS.includes(c)) {
				edit(i, i + 1, " ");
				i++;
				continue;
			}
			if (c === "\\" && i + 1 < n && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
				edit(i, i + 1, "");
				i += 2;
				continue;
			}
			if (c === "_" && i > 0 && isDigit$1(text.charCodeAt(i - 1)) && isDigit$1(text.charCodeAt(i + 1))) {
				edit(i, i + 1, "-");
				i++;
				continue;
			}
			if (c === "*" || c === "_" || c === "`" || c === "~") {
				let j = i + 1;
				while (j < n && text[j] === c) j++;
				const before = i > 0 ? text[i - 1] : " ";
				const after = j < n ? text[j] : " ";
				if (/[\p{L}\p{N}]/u.test(before) !== /[\p{L}\p{N}]/u.test(after) && after !== "@" && before !== "@") {
					edit(i, j, "");
					i = j;
					continue;
				}
				i = j;
				continue;
			}
			if (c === "&") {
				const ref = characterReference(text, i);
				if (ref) {
					if (isSpaceReference(ref.value)) {
						const j = spaceRunEnd(text, ref.end);
						edit(i, j, lastOut() === " " || j < n && text[j] === "\n" ? "" : " ");
						i = j;
					} else {
						edit(i, ref.end, foldCharacter(ref.value));
						i = ref.end;
					}
					continue;
				}
			}
			if (c === "<") {
				const m = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/.exec(text.slice(i, i + 200));
				if (m) {
					if (m[0].includes("=")) tags.push({
						from: i,
						to: i + m[0].length
					});
					edit(i, i + m[0].length, "");
					i += m[0].length;
					continue;
				}
			}
			i++;
			continue;
		}
		const cp = text.codePointAt(i);
		const width = cp > 65535 ? 2 : 1;
		const kind = outsideAscii(cp);
		if (kind === ZERO) edit(i, i + width, "");
		else if (kind === SPACE_RUN) {
			const j = spaceRunEnd(text, i + width);
			edit(i, j, lastOut() === " " || j < n && text[j] === "\n" ? "" : " ");
			i = j;
			continue;
		} else if (kind !== KEEP) edit(i, i + width, kind);
		i += width;
	}
	if (!changed) return IDENTITY(text);
	flush(n);
	const withTags = tags.length ? { tags } : {};
	if (edits.at.length === 0) return {
		text: out,
		start: (i) => i,
		end: (i) => i,
		...withTags
	};
	return {
		text: out,
		start: (f) => toOriginal(edits, f, false),
		end: (f) => toOriginal(edits, f, true),
		...withTags
	};
}
function joinsLines(text, i, j) {
	if (i === 0) return false;
	const before = text.charCodeAt(i - 1);
	if (before === 10 || before === 0) return false;
	if (j >= text.length) return false;
	const c = text[j];
	if (c === "\n" || c === "\0" || c === "-" || c === "*" || c === "+" || c === ">" || c === "#" || c === "|") return false;
	if (c >= "0" && c <= "9" && /^\d{1,3}[.)][ \t]/.test(text.slice(j, j + 5))) return false;
	for (let k = i - 1; k >= 0 && text.charCodeAt(k) !== 10; k--) if (text.charCodeAt(k) === 124) return false;
	for (let k = j; k < text.length && text.charCodeAt(k) !== 10; k++) if (text.charCodeAt(k) === 124) return false;
	return true;
}
function editAt(edits, f) {
	return lastAtMost(edits.at, f);
}
function charOriginal(edits, f, isEnd) {
	const k = editAt(edits, f);
	if (k === -1) return f + (isEnd ? 1 : 0);
	const at = edits.at[k];
	const len = edits.len[k];
	if (f < at + len) return isEnd ? edits.to[k] : edits.from[k];
	return edits.to[k] + (f - (at + len)) + (isEnd ? 1 : 0);
}
function toOriginal(edits, f, isEnd) {
	if (!isEnd) return charOriginal(edits, f, false);
	return f === 0 ? charOriginal(edits, 0, false) : charOriginal(edits, f - 1, true);
}
function originalSpan(folded, index, length) {
	const start = folded.start(index);
	const end = folded.end(index + length);
	return {
		index: start,
		length: Math.max(0, end - start)
	};
}
// dist/rules/pii/scan.js
const DIGITS = /\d+/g;
function digitRuns(text) {
	const starts = [];
	const ends = [];
	DIGITS.lastIndex = 0;
	while (DIGITS.test(text)) {
		const end = DIGITS.lastIndex;
		let start = end - 1;
		while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
		starts.push(start);
		ends.push(end);
	}
	const count = starts.length;
	const spaced = new Array(count);
	const separated = new Array(count);
	for (let i = count - 1; i >= 0; i--) {
		const e = ends[i];
		const length = e - starts[i];
		const c = i + 1 < count && starts[i + 1] === e + 1 ? text.charCodeAt(e) : 0;
		spaced[i] = length + (c === 32 ? spaced[i + 1] : 0);
		separated[i] = length + (c === 32 || c === 46 || c === 45 ? separated[i + 1] : 0);
	}
	return {
		text,
		count,
		starts,
		ends,
		spaced,
		separated
	};
}
const isDigit = (code) => code >= 48 && code <= 57;
const isLetter = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122;
function runsOf(text, given) {
	return given !== void 0 && given.text === text ? given : digitRuns(text);
}
// dist/rules/value-path.js
function pathOf(at) {
	const out = [];
	for (let l = at; l; l = l.parent) out.unshift(l.key);
	return out;
}
// dist/rules/text.js
function textFileRule(textRules) {
	const compiled = new WeakMap();
	const scan = (config) => {
		let m = compiled.get(config);
		if (!m) {
			m = scanner(textRules.filter((r) => !r.folded).map((r) => r.compile(config)), textRules.filter((r) => r.folded).map((r) => r.compile(config)));
			compiled.set(config, m);
		}
		return m;
	};
	const inert = new WeakMap();
	const skipsInert = (config) => {
		let skip = inert.get(config);
		if (skip === void 0) {
			skip = config.pii.patterns.every((p) => needsMoreThanInert(p.pattern)) && config.language.terms.every((t) => needsMoreThanInert(termSource(t)));
			inert.set(config, skip);
		}
		return skip;
	};
	const prepare = (ctx) => {
		const parts = [];
		const skipInert = skipsInert(ctx.config);
		if (ctx.data) collectValues(ctx.data, parts, skipInert);
		const values = parts.join("");
		const bodyStart = values.length;
		const outside = outsidePieces(ctx);
		let again;
		const deliver = (found) => {
			for (const m of found) if (m.piece !== void 0) outside.report[m.piece](m);
			else if (m.index >= bodyStart) ctx.report({
				rule: m.rule,
				message: m.message,
				severity: m.severity,
				offset: m.index - bodyStart
			});
			else {
				if (!again) {
					const parts = [];
					collectValues(ctx.data, parts, skipInert);
					const starts = [];
					for (let k = 0, at = 0; k + 1 < parts.length; k += 2) {
						starts.push(at);
						at += parts[k].length + SEPARATOR.length;
					}
					again = {
						values: parts.join(""),
						starts
					};
				}
				const { values, starts } = again;
				const needle = values.slice(m.index, m.index + m.length);
				ctx.report({
					rule: m.rule,
					message: m.message,
					severity: m.severity,
					path: pathOfValue(ctx.data, lastAtMost(starts, m.index), skipInert),
					needle
				});
			}
		};
		return {
			job: {
				values,
				body: ctx.text,
				outside: outside.pieces
			},
			deliver
		};
	};
	return {
		rules: textRules.flatMap((r) => r.rules),
		prepare,
		scan,
		check(ctx) {
			const { job, deliver } = prepare(ctx);
			deliver(scan(ctx.config)(job));
		}
	};
}
function scanner(raw, folded) {
	return ({ values, body, outside }) => {
		const joined = values + body;
		const found = [];
		const add = (m, index, length) => {
			if (joined.slice(index, index + length).includes("\0")) return;
			found.push({
				rule: m.rule,
				message: m.message,
				severity: m.severity,
				index,
				length
			});
		};
		for (const f of raw) for (const m of f(joined)) add(m, m.index, m.length);
		if (folded.length === 0) return found;
		for (const { folded: text, offset } of readings(joined, fold(joined))) {
			const runs = digitRuns(text.text);
			for (const f of folded) for (const m of f(text.text, runs)) {
				const span = originalSpan(text, m.index, m.length);
				add(m, offset + span.index, span.length);
			}
		}
		scanOutside(outside, folded, found);
		return found;
	};
}
function collectValues(value, parts, skipInert) {
	if (typeof value === "string") {
		if (!(skipInert && isInert(value))) parts.push(value, SEPARATOR);
	} else if (typeof value === "number") {
		const s = String(value);
		if (!(skipInert && isInert(s))) parts.push(s, SEPARATOR);
	} else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) collectValues(value[i], parts, skipInert);
	else if (isRecord(value)) for (const k in value) collectValues(value[k], parts, skipInert);
}
function pathOfValue(data, n, skipInert) {
	const path = [];
	let left = n;
	const walk = (value) => {
		if (typeof value === "string" || typeof value === "number") {
			if (skipInert && isInert(typeof value === "string" ? value : String(value))) return false;
			return left-- === 0;
		}
		if (Array.isArray(value)) for (let i = 0; i < value.length; i++) {
			path.push(i);
			if (walk(value[i])) return true;
			path.pop();
		}
		else if (isRecord(value)) for (const k in value) {
			path.push(k);
			if (walk(value[k])) return true;
			path.pop();
		}
		return false;
	};
	walk(data);
	return path;
}
function isInert(value) {
	const n = value.length;
	if (n > 10) return false;
	let digits = 0;
	for (let i = 0; i < n; i++) {
		const c = value.charCodeAt(i);
		if (c >= 48 && c <= 57) digits++;
		else if (c !== 45) return false;
	}
	return digits < 10;
}
function needsMoreThanInert(source) {
	const sets = literalSetsOf(source);
	return sets !== null && sets.some((set) => set.length > 0 && set.every((literal) => /[^\d-]/.test(literal)));
}
function outsidePieces(ctx) {
	const pieces = [];
	const report = [];
	const add = (text, slug, onFound) => {
		pieces.push({
			text,
			slug
		});
		report.push(onFound);
	};
	const name = ctx.file.slice(ctx.file.lastIndexOf("/") + 1);
	if (!GENERATED_NAME.test(name)) add(name, true, (m) => ctx.report({
		rule: m.rule,
		message: `${m.message} (It is in the file name: rename the file.)`,
		severity: m.severity,
		at: "start"
	}));
	if (ctx.data) forEachKey(ctx.data, (key, link) => {
		if (INTERESTING_KEY.test(key)) add(key, true, (m) => ctx.report({
			rule: m.rule,
			message: m.message,
			severity: m.severity,
			path: pathOf(link),
			at: "key"
		}));
	});
	if (ctx.frontMatter && ctx.frontMatter.yaml.includes("#")) for (const c of yamlComments(ctx.frontMatter.yaml)) add(c.text, false, (m) => ctx.report({
		rule: m.rule,
		message: m.message,
		severity: m.severity,
		position: {
			line: ctx.frontMatter.line + c.line,
			column: c.column + m.index
		}
	}));
	return {
		pieces,
		report
	};
}
function scanOutside(outside, finders, found) {
	if (outside.length === 0) return;
	const folded = [];
	const starts = [];
	let joined = "";
	for (const piece of outside) {
		const f = fold(piece.text, { slug: piece.slug });
		starts.push(joined.length);
		folded.push(f);
		joined += f.text + SEPARATOR;
	}
	const runs = digitRuns(joined);
	for (const f of finders) for (const m of f(joined, runs)) {
		const k = lastAtMost(starts, m.index);
		const local = m.index - starts[k];
		if (local + m.length > folded[k].text.length) continue;
		found.push({
			rule: m.rule,
			message: m.message,
			severity: m.severity,
			index: folded[k].start(local),
			length: m.length,
			piece: k
		});
	}
}
const GENERATED_NAME = /^[A-Z]{1,8}-\d{8}-[a-z0-9]{4}\.md$/;
const INTERESTING_KEY = /[^a-z_]/;
function forEachKey(data, visit) {
	const walk = (value, link) => {
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) if (typeof value[i] === "object" && value[i] !== null) walk(value[i], {
				parent: link,
				key: i
			});
		} else if (isRecord(value)) for (const k in value) {
			const v = value[k];
			const nested = typeof v === "object" && v !== null;
			if (!nested && !INTERESTING_KEY.test(k)) continue;
			const here = {
				parent: link,
				key: k
			};
			visit(k, here);
			if (nested) walk(v, here);
		}
	};
	walk(data, void 0);
}
function yamlComments(yaml) {
	const out = [];
	const lines = yaml.split("\n");
	let blockIndent = -1;
	let quote = "";
	let depth = 0;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		const indent = line.length - line.trimStart().length;
		if (blockIndent >= 0) {
			if (line.trim() === "" || indent > blockIndent) continue;
			blockIndent = -1;
		}
		let valueStart = quote === "";
		for (let i = 0; i < line.length; i++) {
			const c = line[i];
			if (quote) {
				if (quote === "\"" && c === "\\") i++;
				else if (c === quote) {
					if (quote === "'" && line[i + 1] === "'") i++;
					else quote = "";
				}
				continue;
			}
			if (c === " " || c === "	") continue;
			const next = line[i + 1];
			const spaceAfter = next === void 0 || next === " " || next === "	";
			if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) {
				out.push({
					text: line.slice(i + 1),
					line: n,
					column: i + 2
				});
				break;
			}
			if (valueStart && (c === "\"" || c === "'")) {
				quote = c;
				valueStart = false;
			} else if (c === ":" && (spaceAfter || depth > 0 && (next === "," || next === "]" || next === "}"))) valueStart = true;
			else if (valueStart && (c === "-" || c === "?") && spaceAfter) valueStart = true;
			else if ((valueStart || depth > 0) && (c === "[" || c === "{")) {
				depth++;
				valueStart = true;
			} else if (depth > 0 && (c === "]" || c === "}")) {
				depth--;
				valueStart = false;
			} else if (depth > 0 && c === ",") valueStart = true;
			else valueStart = false;
		}
		if (!quote && /[:-]\s*[|>][0-9+-]*\s*(?:#.*)?$/.test(line)) blockIndent = blockParent(line, indent);
	}
	return out;
}
function blockParent(line, indent) {
	let at = indent;
	let dash = -1;
	while (line[at] === "-" && (line[at + 1] === " " || line[at + 1] === "	")) {
		dash = at;
		at += 2;
		while (line[at] === " " || line[at] === "	") at++;
	}
	return line[at] === "|" || line[at] === ">" ? dash : at;
}
const SEPARATOR = "\n\0\n";
function glued(text, index, chars) {
	return index > 0 && chars.test(text[index - 1]);
}
function* execAll(re, text) {
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m[0].length === 0) re.lastIndex++;
		yield m;
	}
}
function mask(value, keep = 3) {
	let shown = 0;
	return value.replace(/[A-Za-z0-9]/g, (c) => shown++ < keep ? c : "*");
}
function isAllowed(text, index, length, allowed) {
	if (allowed.length === 0) return false;
	for (const a of allowed) {
		const needle = a.toLowerCase();
		if (needle.length < length) continue;
		const from = Math.max(0, index + length - needle.length);
		const lower = text.slice(from, index + needle.length).toLowerCase();
		for (let at = lower.indexOf(needle); at !== -1 && from + at <= index; at = lower.indexOf(needle, at + 1)) if (from + at + needle.length >= index + length) return true;
	}
	return false;
}
// dist/rules/language/literal-search.js
function literalSearch(literals) {
	const asciiClass = new Uint16Array(128);
	const otherClass = new Map();
	let classes = 1;
	const classOf = (unit) => {
		const known = unit < 128 ? asciiClass[unit] : otherClass.get(unit) ?? 0;
		if (known !== 0) return known;
		const k = classes++;
		const re = new RegExp(`^${String.fromCharCode(unit).replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&")}$`, "i");
		if (unit < 128) {
			for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) asciiClass[c] = k;
		} else for (let c = 128; c < 65536; c++) if (re.test(String.fromCharCode(c))) otherClass.set(c, k);
		return k;
	};
	const words = literals.map((l) => Array.from({ length: l.length }, (_, i) => classOf(l.charCodeAt(i))));
	const children = [[]];
	const found = [[]];
	const childOf = (s, k) => children[s].find(([c]) => c === k)?.[1] ?? -1;
	words.forEach((word, index) => {
		let s = 0;
		for (const k of word) {
			let t = childOf(s, k);
			if (t === -1) {
				t = children.push([]) - 1;
				found.push([]);
				children[s].push([k, t]);
			}
			s = t;
		}
		found[s].push(index);
	});
	const states = children.length;
	const fail = new Int32Array(states);
	const breadthFirst = [0];
	for (let q = 0; q < breadthFirst.length; q++) {
		const s = breadthFirst[q];
		for (const [k, t] of children[s]) {
			if (s !== 0) {
				let f = fail[s];
				while (f !== 0 && childOf(f, k) === -1) f = fail[f];
				fail[t] = Math.max(0, childOf(f, k));
			}
			found[t] = [...found[t], ...found[fail[t]]];
			breadthFirst.push(t);
		}
	}
	const order = [...children.keys()].sort((a, b) => Number(found[a].length > 0) - Number(found[b].length > 0) || a - b);
	const rank = new Int32Array(states);
	order.forEach((s, r) => rank[s] = r);
	const width = classes;
	const step = states * width <= 65535 ? new Uint16Array(states * width) : new Int32Array(states * width);
	for (const s of breadthFirst) {
		const row = rank[s] * width;
		if (s !== 0) step.copyWithin(row, rank[fail[s]] * width, rank[fail[s]] * width + width);
		for (const [k, t] of children[s]) step[row + k] = rank[t] * width;
	}
	const firstEnd = order.findIndex((s) => found[s].length > 0);
	const endsFrom = firstEnd === -1 ? Infinity : firstEnd * width;
	const stateSeen = new Int32Array(states);
	const literalSeen = new Int32Array(literals.length);
	let run = 0;
	const report = (row, out) => {
		const s = row / width;
		if (stateSeen[s] === run) return;
		stateSeen[s] = run;
		for (const l of found[order[s]]) {
			if (literalSeen[l] === run) continue;
			literalSeen[l] = run;
			out.push(l);
		}
	};
	return (text) => {
		const out = [];
		run++;
		const table = step;
		const ends = endsFrom;
		const ascii = asciiClass;
		const other = otherClass;
		let row = 0;
		for (let i = 0, n = text.length; i < n; i++) {
			const c = text.charCodeAt(i);
			row = table[row + (c < 128 ? ascii[c] : other.get(c) ?? 0)];
			if (row >= ends) report(row, out);
		}
		return out;
	};
}
// dist/rules/language/literals.js
const MAX_EXPANSION = 16;
const ANY = {
	req: null,
	exact: null,
	all: []
};
const EMPTY = {
	req: null,
	exact: new Set([""]),
	all: []
};
const MAX_CLAUSES = 64;
const MAX_MEMBERS = 16;
const COMMON = new Set([
	"will",
	"have",
	"been",
	"with",
	"that",
	"this",
	"from",
	"were",
	"they",
	"their",
	"there",
	"should",
	"would",
	"could",
	"taken",
	"known",
	"common",
	"better",
	"responsible",
	"attention",
	"frequent",
	"effort",
	"block",
	"made",
	"make",
	"time",
	"care",
	"staff",
	"nurse",
	"patient",
	"team",
	"ward",
	"the",
	"and",
	"not",
	"for"
]);
function cross(a, b) {
	if (a.size * b.size > MAX_EXPANSION) return null;
	const out = new Set();
	for (const x of a) for (const y of b) out.add(x + y);
	return out;
}
var Parser = class {
	s;
	i = 0;
	constructor(s) {
		this.s = s;
	}
	alternation() {
		const branches = [this.sequence()];
		while (this.s[this.i] === "|") {
			this.i++;
			branches.push(this.sequence());
		}
		if (branches.length === 1) return branches[0];
		let exact = new Set();
		for (const b of branches) if (!b.exact || !exact) exact = null;
		else for (const x of b.exact) exact.add(x);
		if (exact && exact.size > MAX_EXPANSION) exact = null;
		const all = branches.every((b) => b.exact && b.all.length === 0) ? [] : either(branches.map(clauses));
		const req = new Set();
		for (const b of branches) {
			const r = usable(b);
			if (!r) return {
				req: null,
				exact,
				all
			};
			for (const x of r) req.add(x);
		}
		return {
			req,
			exact,
			all: [req, ...all]
		};
	}
	sequence() {
		const candidates = [];
		const all = [];
		let run = new Set([""]);
		let whole = new Set([""]);
		const flush = () => {
			if (run && ![...run].some((s) => s === "")) candidates.push(run);
			run = new Set([""]);
		};
		while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
			const atom = this.quantified();
			if (atom.exact) {
				const next = run ? cross(run, atom.exact) : null;
				if (next) run = next;
				else {
					flush();
					run = atom.exact;
				}
				whole = whole ? cross(whole, atom.exact) : null;
			} else {
				whole = null;
				flush();
				if (atom.req) candidates.push(atom.req);
				all.push(...atom.all);
			}
		}
		flush();
		all.push(...candidates);
		return {
			req: candidates.sort((a, b) => score(b) - score(a))[0] ?? null,
			exact: whole,
			all
		};
	}
	quantified() {
		const atom = this.atom();
		const q = this.quantifier();
		if (!q) return atom;
		const { min, max } = q;
		if (max === 0) return EMPTY;
		if (atom.exact && max !== Infinity && max <= 3) {
			let exact = new Set();
			for (let n = min; n <= max && exact; n++) {
				let rep = new Set([""]);
				for (let k = 0; k < n && rep; k++) rep = cross(rep, atom.exact);
				if (!rep) exact = null;
				else for (const x of rep) exact.add(x);
			}
			if (exact && exact.size <= MAX_EXPANSION) return {
				req: min === 0 ? null : usable(atom),
				exact,
				all: min === 0 ? [] : clauses(atom)
			};
		}
		return min === 0 ? ANY : {
			req: usable(atom),
			exact: null,
			all: clauses(atom)
		};
	}
	quantifier() {
		const c = this.s[this.i];
		let q = null;
		if (c === "?") q = {
			min: 0,
			max: 1
		};
		else if (c === "*") q = {
			min: 0,
			max: Infinity
		};
		else if (c === "+") q = {
			min: 1,
			max: Infinity
		};
		else if (c === "{") {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
			if (!m) return null;
			this.i += m[0].length - 1;
			q = {
				min: Number(m[1]),
				max: m[2] === void 0 ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3])
			};
		}
		if (!q) return null;
		this.i++;
		if (this.s[this.i] === "?") this.i++;
		return q;
	}
	atom() {
		const c = this.s[this.i];
		if (c === "(") {
			this.i++;
			let zeroWidth = false;
			if (this.s.startsWith("?:", this.i)) this.i += 2;
			else if (this.s.startsWith("?=", this.i) || this.s.startsWith("?!", this.i)) {
				this.i += 2;
				zeroWidth = true;
			} else if (this.s.startsWith("?<=", this.i) || this.s.startsWith("?<!", this.i)) {
				this.i += 3;
				zeroWidth = true;
			} else if (this.s.startsWith("?<", this.i)) {
				const end = this.s.indexOf(">", this.i);
				if (end === -1) throw new Error("bad group");
				this.i = end + 1;
			} else if (this.s[this.i] === "?") throw new Error("unsupported group");
			const inner = this.alternation();
			if (this.s[this.i] !== ")") throw new Error("unclosed group");
			this.i++;
			return zeroWidth ? EMPTY : inner;
		}
		if (c === "[") {
			this.i++;
			if (this.s[this.i] === "^") this.i++;
			if (this.s[this.i] === "]") this.i++;
			while (this.i < this.s.length && this.s[this.i] !== "]") this.i += this.s[this.i] === "\\" ? 2 : 1;
			if (this.s[this.i] !== "]") throw new Error("unclosed class");
			this.i++;
			return ANY;
		}
		if (c === "\\") {
			const e = this.s[this.i + 1];
			this.i += 2;
			if (e === void 0) throw new Error("trailing backslash");
			if (e === "b" || e === "B") return EMPTY;
			if (/[sSwWdD]/.test(e)) return ANY;
			if (/[0-9cxuknrtfv]/.test(e)) throw new Error("unsupported escape");
			return letter(e);
		}
		if (c === "^" || c === "$") {
			this.i++;
			return EMPTY;
		}
		if (c === ".") {
			this.i++;
			return ANY;
		}
		if (c === "*" || c === "+" || c === "?" || c === ")" || c === "|") throw new Error("unexpected token");
		this.i++;
		return letter(c);
	}
};
function letter(c) {
	const lower = c.toLowerCase();
	if (c.charCodeAt(0) >= 128 && (lower.length !== 1 || !new RegExp(`^${c}$`, "i").test(lower))) return ANY;
	return {
		req: null,
		exact: new Set([lower]),
		all: []
	};
}
function usable(n) {
	if (n.exact && n.exact.size > 0 && ![...n.exact].some((s) => s.trim() === "")) return n.exact;
	return n.req;
}
function clauses(n) {
	return [
		...n.exact && n.exact.size > 0 && ![...n.exact].some((s) => s.trim() === "") ? [n.exact] : [],
		...n.all,
		...n.req && !n.all.includes(n.req) ? [n.req] : []
	];
}
function either(branches) {
	let product = [new Set()];
	for (const branch of branches) {
		const sets = product.length * branch.length > MAX_CLAUSES ? dedupe$1(branch) : branch;
		if (sets.length === 0 || product.length === 0 || product.length * sets.length > MAX_CLAUSES) return [];
		const next = [];
		for (const p of product) for (const s of sets) {
			const joined = new Set([...p, ...s]);
			if (joined.size <= MAX_MEMBERS) next.push(joined);
		}
		product = dedupe$1(next);
	}
	return product;
}
function dedupe$1(sets) {
	const byKey = new Map();
	for (const s of sets) byKey.set(JSON.stringify([...s].sort()), s);
	return [...byKey.values()];
}
function score(set) {
	let min = Infinity;
	for (const s of set) min = Math.min(min, COMMON.has(s.trim()) ? 0 : s.trim().length);
	return min * 100 - set.size;
}
function requiredLiteralSets(source) {
	const node = parse(source);
	const best = node && literalsOf(usable(node));
	if (!node || !best) return null;
	const sets = [best];
	for (const set of clauses(node)) {
		const list = literalsOf(set);
		if (list) sets.push(list);
	}
	const [first, ...rest] = dedupe$1(sets.map((s) => new Set(s)));
	return [first, ...rest.sort((a, b) => score(b) - score(a))].map((s) => [...s]);
}
function parse(source) {
	try {
		const p = new Parser(source);
		const node = p.alternation();
		return p.i === source.length ? node : null;
	} catch {
		return null;
	}
}
function literalsOf(set) {
	if (!set || set.size === 0) return null;
	const list = [...set].map((s) => s.trim()).filter((s) => s.length > 0);
	return list.length === set.size && list.every((s) => s.length >= 3) ? [...new Set(list)] : null;
}
// dist/rules/language/blame.js
let readUnchecked;
function setUncheckedTermsReader(read) {
	readUnchecked = read;
}
let builtIn;
const TERMS_URL = new URL("./terms.yaml", new URL("../rules/language/blame.js", import.meta.url).href);
function termsFile() {
	const file = fileURLToPath(TERMS_URL);
	try {
		return {
			file,
			source: readFileSync(file, "utf8")
		};
	} catch (err) {
		throw new CliError(`the built-in language terms in ${file} could not be read (${err.code ?? "error"}). Reinstall lessons, or rebuild it with "npm run build:dist".`, 2);
	}
}
function builtInTerms() {
	if (!builtIn) {
		const { file, source } = termsFile();
		let data = readCheckedData(source, file);
		if (!data) {
			if (!readUnchecked) throw new CliError(`the built-in language terms in ${file} have no checked copy for this text (terms.checked.json). Reinstall lessons, or rebuild it with "npm run build:dist".`, 2);
			data = readUnchecked(source, file);
		}
		for (const [source, sets] of Object.entries(data.literals ?? {})) literalSetsKnown.set(source, sets);
		builtIn = data.terms;
	}
	return builtIn;
}
const literalSetsKnown = new Map();
function literalSetsOf(source) {
	let sets = literalSetsKnown.get(source);
	if (sets === void 0) {
		sets = requiredLiteralSets(source);
		literalSetsKnown.set(source, sets);
	}
	return sets;
}
function escape(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function termSource(t) {
	if (t.pattern !== void 0) return t.pattern;
	return t.phrase.trim().split(/\s+/).map(escape).join("\\s+");
}
function exceptions(unless, after) {
	const subject = subjectBefore(after);
	if (!unless?.length) return subject;
	const re = new RegExp(unless.map((u) => termSource({
		phrase: u,
		suggestion: ""
	})).join("|"), "gi");
	const longest = Math.max(...unless.map((u) => u.length)) * 4;
	return (text, index, length) => {
		if (subject?.(text, index, length)) return true;
		const from = Math.max(0, index - longest);
		const window = text.slice(from, index + length + longest);
		re.lastIndex = 0;
		for (let m = re.exec(window); m && from + m.index <= index; m = re.exec(window)) {
			if (from + m.index + m[0].length >= index + length) return true;
			if (m[0].length === 0) re.lastIndex++;
		}
		return false;
	};
}
function subjectBefore(words) {
	if (!words?.length) return void 0;
	const re = new RegExp(`\\b(?:${words.map(escape).join("|")})\\s+(?:(?:had|has|have|also|then|again|repeatedly|intermittently|consistently|subsequently|sometimes|often|still|initially)\\s+){0,2}$`, "i");
	return (text, index) => re.test(text.slice(Math.max(0, index - 80), index));
}
const searchedAnyway = (set) => set.length <= 2 && set.every((l) => l.length >= 4);
function compileTerms(terms) {
	const compiled = terms.map((t) => ({
		term: t,
		re: new RegExp(`\\b(?:${termSource(t)})\\b`, "gi"),
		exception: exceptions("unless" in t ? t.unless : void 0, "unless_after" in t ? t.unless_after : void 0)
	}));
	const always = [];
	const required = terms.map((t, i) => {
		const sets = literalSetsOf(termSource(t));
		if (!sets) always.push(i);
		return sets ?? [];
	});
	const literals = [...new Set(required.flatMap((sets) => [...sets[0] ?? [], ...sets.slice(1).filter(searchedAnyway).flat()]))];
	const literalId = new Map(literals.map((l, id) => [l, id]));
	const setTerm = [];
	const setsOf = terms.map(() => 0);
	const setsWith = literals.map(() => []);
	required.forEach((sets, i) => {
		for (const set of sets) {
			if (!set.every((l) => literalId.has(l))) continue;
			const s = setTerm.push(i) - 1;
			setsOf[i]++;
			for (const l of set) setsWith[literalId.get(l)].push(s);
		}
	});
	const search = literalSearch(literals);
	return (text) => {
		const candidates = new Set(always);
		const met = new Uint8Array(setTerm.length);
		const metOf = new Uint16Array(terms.length);
		for (const l of search(text)) for (const s of setsWith[l]) {
			if (met[s] === 1) continue;
			met[s] = 1;
			if (++metOf[setTerm[s]] === setsOf[setTerm[s]]) candidates.add(setTerm[s]);
		}
		if (candidates.size === 0) return [];
		const found = [];
		for (const i of candidates) {
			const { re, exception } = compiled[i];
			for (const m of execAll(re, text)) if (m[0].length > 0 && !exception?.(text, m.index, m[0].length)) found.push({
				i,
				index: m.index,
				text: m[0]
			});
		}
		found.sort((a, b) => a.index - b.index || a.i - b.i);
		const out = [];
		let end = -1;
		for (const f of found) {
			if (f.index < end) continue;
			end = f.index + f.text.length;
			const term = compiled[f.i].term;
			out.push({
				rule: "language/blame",
				index: f.index,
				length: f.text.length,
				severity: term.severity,
				message: `"${f.text.replace(/\s+/g, " ")}" can read as blaming a person. Instead, ${term.suggestion}.${term.note ? ` ${term.note}` : ""}`
			});
		}
		return out;
	};
}
const blameRule = {
	rules: [{
		id: "language/blame",
		severity: "warning",
		description: "Blaming or person-focused wording (\"human error\", \"failed to\", \"careless\", ...), with a systems-focused alternative."
	}],
	compile(config) {
		return compileTerms([...builtInTerms(), ...config.language.terms]);
	}
};
// dist/rules/pii/one-byte.js
function oneByte(text) {
	if (text === last) return lastOneByte;
	let out = text;
	if (BEYOND_LATIN1.test(text) && !OTHER_WIDE.test(text)) out = Buffer.from(text.replace(CURLY, (q) => q === "’" ? "'" : "\""), "latin1").toString("latin1");
	last = text;
	lastOneByte = out;
	return out;
}
let last;
let lastOneByte = "";
const BEYOND_LATIN1 = /[^\0-\xff]/;
const CURLY = /[\u2018\u2019\u201C\u201D]/g;
const OTHER_WIDE = /[^\0-\xff\u2018\u2019\u201C\u201D]/;
// dist/rules/pii/address.js
const TYPE = "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Close|Cl|Crescent|Cres|Drive|Dr|Way|Place|Pl|Court|Ct|Gardens|Gdns|Terrace|Terr|Row|Grove|Gr|Square|Sq|Hill|Mews|Rise|Walk|Parade|Boulevard|Approach|Croft|Chase|Vale|Wharf|Yard|Green|Park|View|Meadows?|Heights|Fields|Bank|Brow|Gate|Wynd|Loan|Vennel|Brae|Side|End|Crest|Dale|Garth|Holme|Nook|Ridge)";
const NAME = "(?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|St\\.?)";
const ADDRESS = new RegExp(`\\b(?:${`(?:The\\s+)?(?:${NAME}\\s+){0,3}(?:House|Cottage|Lodge|Farm|Mansions|Villas?|Barn|Manor|Flats|Buildings|Bungalow|Grange|Vicarage|Rectory|Cottages|Hall),?\\s+(?:\\d{1,4}[A-Za-z]?,?\\s+)?(?:${NAME}\\s+){1,3}${TYPE}\\.?`}|${`(?:(?:Flat|Apartment|Apt\\.?|Maisonette|Room)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?(?:-\\d{1,4})?,?\\s+(?:${NAME}\\s+){1,3}${TYPE}\\.?`})(?![\\w-])`, "g");
const TYPE_WORD = new RegExp(`[a-z'’] ${TYPE}\\b`);
const HOUSE_START = /\d[A-Za-z]?,? [A-Z]/;
const BUILDING_HINT = /(?:House|Cottage|Lodge|Farm|Mansions|Villa|Barn|Manor|Flats|Buildings|Bungalow|Grange|Vicarage|Rectory|Cottages|Hall)\b/;
const NOT_A_HOUSE = /\b(?:ward|bay|bed|room|level|floor|theatre|gate|entrance|clinic|unit|suite|zone|block|pod|station|area|wing|building|car\s+park|bus|route|platform|junction|exit)\s*$/i;
const addressRule = {
	folded: true,
	rules: [{
		id: "pii/address",
		severity: "error",
		description: "A house or flat number with a street, or a named building with a road."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (original) => {
			const text = oneByte(original);
			if (!TYPE_WORD.test(text) || !HOUSE_START.test(text) && !BUILDING_HINT.test(text)) return [];
			const out = [];
			for (const m of execAll(ADDRESS, text)) {
				if (/^\d/.test(m[0]) && NOT_A_HOUSE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
				if (isAllowed(original, m.index, m[0].length, allow)) continue;
				out.push({
					rule: "pii/address",
					index: m.index,
					length: m[0].length,
					message: "This looks like a street address. Remove it, or say only what matters to the learning (e.g. \"at home\", \"in a care home\")."
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/date-of-birth.js
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE = [
	"\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})",
	"\\d{4}-\\d{2}-\\d{2}",
	`\\d{1,2}(?:st|nd|rd|th)?(?: of)?[ /.-]${MONTH}\\.?,?[ /.-](?:\\d{4}|['’]\\d{2}|\\d{2})`,
	`${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`
].join("|");
const KEYWORD = "(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|birth\\s*date|born)";
const DOB_RE = new RegExp(`\\b${KEYWORD}[^\\d\\n]{0,25}?(?:\\b|(?=['’]))(${DATE})(?!\\d)|\\b(${DATE})\\s*\\(?\\s*(?:d\\.?o\\.?b\\.?|date of birth)\\b`, "gi");
const DATE_CELL = new RegExp(`^\\s*(?:${DATE})\\s*$`, "i");
const DOB_HEADER = new RegExp(`^\\s*(?:${KEYWORD}|birthday)\\s*:?\\s*$`, "i");
const BIRTH_WORDS = /[Bb]orn|BORN|[Bb]irth|BIRTH|[Dd][Oo][Bb]|[Dd]\. ?[Oo]\.|D O B/;
function mayHoldBirth(text) {
	return BIRTH_WORDS.test(text);
}
function mayMatch$2(text, runs) {
	const { starts, ends } = runs;
	const after = (i) => {
		for (let j = i; j < runs.count && ends[j] <= starts[i] + 24; j++) if (dobAfter(text, ends[j])) return true;
		return false;
	};
	for (let i = 0; i < runs.count; i++) {
		const s = starts[i];
		if (s === 0 || text[s - 1] === "\n") {
			if (after(i) && dateShape(text, runs, i)) return true;
			continue;
		}
		if (!dateShape(text, runs, i)) continue;
		KEYWORD_BEFORE.lastIndex = s;
		if (KEYWORD_BEFORE.test(text) || after(i)) return true;
	}
	return false;
}
const KEYWORD_BEFORE = new RegExp(`(?<=\\b${KEYWORD}[^\\d\\n]{0,25}(?:${MONTH}\\.? )?)`, "iy");
const SPACE = /\s/;
function isSpace(text, at) {
	const c = text.charCodeAt(at);
	return c === 32 || c >= 9 && c <= 13 || c > 127 && SPACE.test(text[at]);
}
const isDateSeparator = (code) => code === 47 || code === 46 || code === 45;
const MONTH_INITIALS = "jfmasondJFMASOND";
const MONTHS = new Set([
	"jan",
	"feb",
	"mar",
	"apr",
	"may",
	"jun",
	"jul",
	"aug",
	"sep",
	"oct",
	"nov",
	"dec"
]);
function dateShape(text, runs, i) {
	const { starts, ends } = runs;
	const s = starts[i];
	const e = ends[i];
	const length = e - s;
	if (length === 4) return text.charCodeAt(e) === 45 && i + 2 < runs.count && starts[i + 1] === e + 1 && ends[i + 1] - starts[i + 1] === 2 && text.charCodeAt(ends[i + 1]) === 45 && starts[i + 2] === ends[i + 1] + 1;
	if (length > 2) return false;
	const month = afterSeparator(text, e);
	if (month !== -1 && i + 1 < runs.count && starts[i + 1] === month && ends[i + 1] - month <= 2) {
		const year = afterSeparator(text, ends[i + 1]);
		if (year !== -1 && i + 2 < runs.count && starts[i + 2] === year && ends[i + 2] - year >= 2) return true;
	}
	let j = e;
	const a = text.charCodeAt(j) | 32;
	const b = text.charCodeAt(j + 1) | 32;
	if (a === 115 && b === 116 || a === 110 && b === 100 || a === 114 && b === 100 || a === 116 && b === 104) j += 2;
	const afterSuffix = j;
	if (text.charCodeAt(j) === 44) j++;
	if (text.charCodeAt(j) === 32 && isDigit(text.charCodeAt(j + 1))) return true;
	j = afterSuffix;
	if (text.charCodeAt(j) === 32 && (text.charCodeAt(j + 1) | 32) === 111 && (text.charCodeAt(j + 2) | 32) === 102) j += 3;
	const c = text.charCodeAt(j);
	return (c === 32 || isDateSeparator(c)) && MONTH_INITIALS.includes(text.charAt(j + 1)) && MONTHS.has(text.slice(j + 1, j + 4).toLowerCase());
}
function afterSeparator(text, at) {
	let j = at;
	if (isSpace(text, j)) j++;
	if (!isDateSeparator(text.charCodeAt(j))) return -1;
	j++;
	if (isSpace(text, j)) j++;
	return j;
}
function dobAfter(text, at) {
	const c = text.charCodeAt(at);
	if (c === 45 || c === 47 || c === 46 || c === 58 || c === 0) return false;
	let j = at;
	while (isSpace(text, j)) j++;
	if (text[j] === "(") j++;
	while (isSpace(text, j)) j++;
	return text[j] === "d" || text[j] === "D";
}
const MESSAGE$1 = "This looks like a date of birth. Remove it; if age matters to the learning, give an age range (e.g. \"in their 70s\").";
function tableDates(text) {
	const out = [];
	const lines = text.split("\n");
	let offset = 0;
	let column = -1;
	const cells = (line) => {
		const parts = [];
		let at = 0;
		const body = line.replace(/^\s*\|/, (m) => (at = m.length, ""));
		let start = 0;
		for (let i = 0; i <= body.length; i++) if (i === body.length || body[i] === "|" && body[i - 1] !== "\\") {
			parts.push({
				text: body.slice(start, i),
				at: at + start
			});
			start = i + 1;
		}
		return parts;
	};
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		if (!line.includes("|")) column = -1;
		else if (column === -1) {
			const next = lines[n + 1];
			if (next && /^\s*\|?\s*:?-{2,}/.test(next)) column = cells(line).findIndex((c) => DOB_HEADER.test(c.text));
		} else if (!/^\s*\|?\s*:?-{2,}/.test(line)) {
			const cell = cells(line)[column];
			if (cell && DATE_CELL.test(cell.text)) {
				const lead = cell.text.length - cell.text.trimStart().length;
				out.push({
					rule: "pii/date-of-birth",
					index: offset + cell.at + lead,
					length: cell.text.trim().length,
					message: MESSAGE$1
				});
			}
		}
		offset += line.length + 1;
	}
	return out;
}
const dateOfBirthRule = {
	folded: true,
	rules: [{
		id: "pii/date-of-birth",
		severity: "error",
		description: "A date next to \"DOB\", \"date of birth\" or \"born\"."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			const short = text.length < 500;
			if (short && !mayHoldBirth(text)) return [];
			if (!text.includes("|") && !mayMatch$2(text, runsOf(text, given))) return [];
			if (!short && !mayHoldBirth(text)) return [];
			const out = [];
			for (const m of execAll(DOB_RE, text)) {
				if (isAllowed(text, m.index, m[0].length, allow)) continue;
				out.push({
					rule: "pii/date-of-birth",
					index: m.index,
					length: m[0].length,
					message: MESSAGE$1
				});
			}
			if (text.includes("|")) out.push(...tableDates(text));
			return out;
		};
	}
};
// dist/rules/pii/email.js
const DOMAIN_RE = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/y;
const LOCAL = /[A-Za-z0-9._%+-]/;
const ALNUM = /[A-Za-z0-9]/;
function findEmails(text) {
	const out = [];
	let floor = 0;
	for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
		let start = at;
		while (start > floor && LOCAL.test(text[start - 1])) start--;
		while (start < at && !ALNUM.test(text[start])) start++;
		if (start === at) continue;
		DOMAIN_RE.lastIndex = at;
		const domain = DOMAIN_RE.exec(text);
		if (!domain) continue;
		out.push({
			index: start,
			length: at - start + domain[0].length
		});
		floor = at + domain[0].length;
		at = floor - 1;
	}
	return out;
}
const emailRule = {
	folded: true,
	rules: [{
		id: "pii/email",
		severity: "error",
		description: "An email address not listed in `pii.allow`."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text) => {
			if (!text.includes("@")) return [];
			const out = [];
			for (const m of findEmails(text)) {
				if (isAllowed(text, m.index, m.length, allow)) continue;
				const found = text.slice(m.index, m.index + m.length);
				const domain = found.slice(found.indexOf("@"));
				out.push({
					rule: "pii/email",
					index: m.index,
					length: m.length,
					message: `This is an email address (${found[0]}***${domain}). Remove it; if it is a shared team mailbox, add it to pii.allow in lessons.config.yaml.`
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/hospital-number.js
const NO = "(?:number|num|no\\.?|nos?\\.?|#|id|identifier|ref(?:erence)?\\.?)";
const LABEL = [
	"m\\.?r\\.?n\\.?",
	`medical\\s+records?\\s+${NO}`,
	`(?:hospital|hosp\\.?)\\s+${NO}`,
	`unit\\s+${NO}`,
	`case[\\s-]?notes?\\s+${NO}`,
	`(?:patient|client|service\\s+user)\\s+(?:id|identifier|ref(?:erence)?|number|no\\.?)`,
	`records?\\s+(?:number|no\\.?)`,
	`(?:PAS|RiO|RIO|EPR|CHI|H\\s?&\\s?C|HCN)(?:\\s+${NO})?`,
	`K\\s+(?:number|no\\.?)`
].join("|");
const NUMBER_RE = /\d(?: ?\d){4,13}[A-Za-z]?(?![\w-])/g;
const LABEL_BEFORE$1 = new RegExp(`\\b(?:${LABEL})(?:\\s*[:=#|]\\s*|\\s+(?:is|was|of)\\s+|\\s+|(?<=[#.]))([A-Za-z]{1,3}[ -]?)?$`, "i");
const CAPITALS_ONLY = /^(?:pas|chi|rio|k)\b/i;
const CAPITALS = /^(?:PAS|CHI|RiO|RIO|K)\b/;
function mayReport$3(text, runs) {
	for (let i = 0; i < runs.count; i++) {
		const s = runs.starts[i];
		if (runs.spaced[i] < 5 || s > 0 && AFTER_NOT.includes(text[s - 1])) continue;
		if (LABEL_BEFORE$1.test(text.slice(Math.max(0, s - 48), s))) return true;
	}
	return false;
}
const AFTER_NOT = "_.-";
const TRIGGER = /\d\d ?\d\d ?\d/;
const hospitalNumberRule = {
	folded: true,
	rules: [{
		id: "pii/hospital-number",
		severity: "error",
		description: "A local record number after its label (MRN, hospital, unit or case-note number, PAS, RiO or EPR id, CHI, H&C)."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			if (!mayReport$3(text, runsOf(text, given)) || !TRIGGER.test(text)) return [];
			const out = [];
			for (const n of execAll(NUMBER_RE, text)) {
				if (n.index > 0 && /[\w.-]/.test(text[n.index - 1]) && !/[A-Za-z]/.test(text[n.index - 1])) continue;
				if ((n[0].match(/\d/g)?.length ?? 0) < 5 || / {2}/.test(n[0])) continue;
				const before = text.slice(Math.max(0, n.index - 48), n.index);
				const label = LABEL_BEFORE$1.exec(before);
				if (!label) continue;
				const labelText = label[0].slice(0, label[0].length - (label[1]?.length ?? 0));
				if (CAPITALS_ONLY.test(labelText.trim()) && !CAPITALS.test(labelText.trim())) continue;
				const prefix = label[1] ?? "";
				const number = prefix + n[0];
				const index = n.index - prefix.length;
				if (isAllowed(text, index, number.length, allow)) continue;
				out.push({
					rule: "pii/hospital-number",
					index,
					length: number.length,
					message: `This looks like a hospital or record number (${mask(number, 2)}). Remove it: a lesson must never identify a patient. Refer to "the patient" or an age range instead.`
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/name.js
var NameDictionary = class {
	setsAfter;
	text;
	given;
	other;
	sets;
	asked = 0;
	constructor(text, setsAfter = SETS_AFTER) {
		this.setsAfter = setsAfter;
		this.text = text;
		const g = text.indexOf("\n# given\n") + 9;
		const o = text.indexOf("\n# other\n");
		this.given = [g, o];
		this.other = [o + 9, text.length];
	}
	has(word, givenOnly) {
		if (!this.sets && ++this.asked > this.setsAfter) this.sets = {
			given: this.lines(this.given),
			other: this.lines(this.other)
		};
		if (this.sets) return this.sets.given.has(word) || !givenOnly && this.sets.other.has(word);
		if (word === "" || word.includes("\n")) return false;
		return this.search(this.given, word) || !givenOnly && this.search(this.other, word);
	}
	lines([from, to]) {
		return new Set(this.text.slice(from, to).split("\n").filter((l) => l !== ""));
	}
	search([from, to], word) {
		const text = this.text;
		let lo = from;
		let hi = to;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const start = Math.max(lo, text.lastIndexOf("\n", mid - 1) + 1);
			let end = text.indexOf("\n", start);
			if (end === -1 || end > hi) end = hi;
			const name = text.slice(start, end);
			if (name === word) return true;
			if (name < word) lo = end + 1;
			else hi = start;
		}
		return false;
	}
};
const SETS_AFTER = 3e3;
let dictionary;
function names() {
	return dictionary ??= new NameDictionary(readFileSync(fileURLToPath(new URL("./names.txt", new URL("../rules/pii/name.js", import.meta.url).href)), "utf8"));
}
const words = (s) => s.trim().split(/\s+/).map((w) => w.toLowerCase());
const TITLES = [
	"Mr",
	"Mrs",
	"Ms",
	"Miss",
	"Mx",
	"Dr",
	"Prof",
	"Professor",
	"Sir",
	"Dame",
	"Revd",
	"Rev",
	"Reverend",
	"Fr",
	"Cllr"
];
const ROLES = [
	"Charge Nurse",
	"Staff Nurse",
	"Student Nurse",
	"Senior Nurse",
	"Nurse",
	"Sister",
	"Matron",
	"Midwife",
	"Student Midwife",
	"Ward Manager",
	"Deputy Sister",
	"Physiotherapist",
	"Physio",
	"Occupational Therapist",
	"Therapist",
	"Pharmacist",
	"Pharmacy Technician",
	"Technician",
	"Porter",
	"HCA",
	"HCSW",
	"Healthcare Assistant",
	"Support Worker",
	"Paramedic",
	"Practitioner",
	"ANP",
	"ACP",
	"ODP",
	"Consultant",
	"Registrar",
	"SpR",
	"SHO",
	"FY1",
	"FY2",
	"F1",
	"F2",
	"ST1",
	"ST2",
	"ST3",
	"ST4",
	"ST5",
	"ST6",
	"ST7",
	"ST8",
	"CT1",
	"CT2",
	"CT3",
	"GP",
	"Surgeon",
	"Anaesthetist",
	"Radiographer",
	"Sonographer",
	"Dietitian",
	"Receptionist",
	"Chaplain",
	"Doctor",
	"Coroner",
	"PC",
	"DC",
	"DS",
	"Sgt",
	"Advocate",
	"Social Worker",
	"Carer"
];
const NOT_NAME = new Set([...ROLES.flatMap(words), ...words(`january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    ward wards bay bed beds unit suite theatre theatres clinic hospital hospitals infirmary centre center trust board group team teams panel committee
    service services department directorate division care health royal queen king prince princess park hill green general county city mill
    street road lane house hall court lodge wing building block floor level gate way bridge cross north south east west central upper lower
    great little new old saint st head lead deputy senior junior staff night day early late long short major minor high low all son
    daughter husband wife mother father partner brother sister family patient patients carer safety quality medicines medicine pharmacy
    governance learning review incident report policy summary action actions owner manager director chief officer nursing medical clinical
    surgical acute critical intensive emergency urgent community mental maternity neonatal paediatric adult older young english welsh irish
    scottish british polish black white brown grey gray star sun moon river bank down baby boy girl man woman
    nurse doctor sir madam colleague colleagues coroner friend friends everyone dear kind regards best thanks sincerely yours signed
    the and or but for with from into onto at on in of to by as is was are were be been this that these those there here then than when
    what who why how where which while after before during since until about above below under over again also only just not no yes
    our your their his her its we you they he she it us them my me
    room window door desk station office bench block call daily delay every fall falls hold how leader plain quick record risk roles small
    stock story test train valley wait work you co an forum steering estates`)]);
const SOFT = new Set(words(`rose holly ivy hazel iris daisy jasmine willow heather primrose lavender poppy maple oak ash elm birch rowan cedar beech laurel
    summer autumn winter spring dawn eve faith hope grace joy will mark bill sue pat frank rich chase sterling gill kay ray stone brook wood
    field moss marsh bell christian hart hale baker cook porter mason carter hunter fisher turner parker page rice black green hill king`));
const AFTER_NOT_PERSON = new Set(words(`hospital hospitals university infirmary centre center unit ward wards wing building house hall clinic surgery practice trust foundation
    healthcare health medical institute school college hospice home court lodge suite theatre room lounge library award awards lecture
    fellowship prize memorial street road lane avenue close drive way place square park gardens estate
    syndrome disease disorder score scale sign signs test tests line lines catheter tube criteria rule rules classification chart tool
    manoeuvre maneuver procedure position needle forceps frame collar splint bandage stocking stockings pump pumps bed mattress hoist
    palsy phenomenon reflex fracture lymphoma sarcoma tumour tumor ulcer node nodes method technique protocol model framework questionnaire
    inquiry report review principles guidance pathway programme program system systems ltd limited plc inc group medical healthcare`));
const NOT_PERSON_PAIRS = new Set(words(`milton_keynes stoke_mandeville becton_dickinson johnson_johnson smith_nephew alder_hey whipps_cross charing_cross kings_mill
    james_paget james_cook john_radcliffe william_harvey george_eliot queen_elizabeth princess_royal florence_nightingale alexandra_palace
    lister_unit arjo_huntleigh hill_rom fisher_paykel b_braun`));
const TOKEN_ONLY = new RegExp(`^(?:(?:Mc|Mac|O['’]|D['’]|De|Van|Le)?\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*)$`, "u");
const STRONG_CUES = [
	"hi",
	"hello",
	"patient name",
	"patient's name",
	"patient’s name",
	"name of patient",
	"name of the patient",
	"name of the deceased",
	"full name",
	"name",
	"dear",
	"signed",
	"signed by",
	"signature",
	"written by",
	"known as",
	"named",
	"sent by"
];
const HEADERS = [
	"from",
	"to",
	"cc",
	"bcc"
];
const CUES = [
	...[
		"son",
		"daughter",
		"wife",
		"husband",
		"mother",
		"father",
		"partner",
		"widow",
		"widower",
		"brother",
		"sister",
		"niece",
		"nephew",
		"grandson",
		"granddaughter",
		"friend",
		"neighbour",
		"carer"
	].flatMap((w) => [`${w} of`, w]),
	"regards",
	"sincerely",
	"thanks",
	"wishes",
	"seen by",
	"reviewed by",
	"reported by",
	"witnessed by",
	"escalated to",
	"handed over to",
	"spoke to",
	"spoke with",
	"called",
	"rang",
	"paged",
	"bleeped"
];
const TITLE_NOT_PERSON = new Set([
	"dr foster",
	"dr who",
	"miss saigon",
	"mr men",
	"dr martens"
]);
const TRIGGERS = new Map([
	...CUES.map((c) => [c, "cue"]),
	...STRONG_CUES.map((c) => [c, "strong"]),
	...HEADERS.map((c) => [c, "header"]),
	...ROLES.map((r) => [r.toLowerCase(), "role"]),
	...TITLES.map((t) => [t.toLowerCase(), "title"])
]);
const TITLE_SET = new Set(TITLES);
const CAP = "[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017E](?:['’]\\p{Lu}\\p{Ll}+|\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:['’-]\\p{Lu}?\\p{Ll}+)*(?:['’]s)?|[\\p{Lu}\\d]+|\\.?)(?![\\p{L}\\d])";
const CAP_FIRST = "[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017E]";
const RUN_START_RE = new RegExp(`(?<![\\p{L}\\d'’-])${CAP}(?=(?:\\.\\s?|\\s)${CAP_FIRST})`, "gu");
const RUN_NEXT_RE = new RegExp(`(?:\\.\\s?|\\s)(${CAP})`, "uy");
const LETTER = /[\p{L}\d'’-]/u;
const PAIR_HINT = new RegExp(`${CAP_FIRST}\\S*[.\\s]${CAP_FIRST}`);
const CUE_STOP = new Set(words("sir madam colleague colleagues all team coroner friends everyone family patient ward the a an this that me us him her them it"));
const MESSAGE = (found) => `This looks like a person's name (${found.replace(/(\p{L})[\p{L}'’-]*/gu, "$1***")}). Write the role instead (e.g. "the ward manager", "the patient's husband"): a lesson must not identify anyone.`;
function isName(token, given = false, soft = false) {
	const bare = token.length > 2 && token[token.length - 1] === "s" && (token[token.length - 2] === "'" || token[token.length - 2] === "’") ? token.slice(0, -2) : token;
	const lower = bare.toLowerCase();
	if (NOT_NAME.has(lower) || !soft && SOFT.has(lower)) return false;
	const dict = names();
	if (dict.has(bare, given)) return true;
	return bare.includes("-") && bare.split("-").every((p) => dict.has(p, given));
}
function nextWord(text, end) {
	const m = /^['’]s\b|^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
	if (!m) return "";
	if (m[0].startsWith("'") || m[0].startsWith("’")) {
		const after = /^['’]s\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
		return after ? after[1].toLowerCase() : "";
	}
	return m[1].toLowerCase();
}
function previousWord(text, start) {
	const m = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
	return m ? m[1].toLowerCase() : "";
}
function namesAThing(text, end, token) {
	if (/['’]s$/.test(token)) {
		const w = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
		return !!w && AFTER_NOT_PERSON.has(w[1].toLowerCase());
	}
	return AFTER_NOT_PERSON.has(nextWord(text, end));
}
function wordsBefore(text, pos) {
	const out = [];
	let i = pos - 1;
	let colon = false;
	let punct = false;
	while (i >= 0 && (text[i] === " " || text[i] === ":" || text[i] === "," || text[i] === "-")) {
		if (text[i] === ":") colon = true;
		if (text[i] === "," || text[i] === "-") punct = true;
		i--;
	}
	while (out.length < 3 && i >= 0) {
		const end = i + 1;
		while (i >= 0 && /[\p{L}\d'’&]/u.test(text[i])) i--;
		if (i + 1 === end) break;
		out.unshift(text.slice(i + 1, end));
		if (text[i] !== " ") break;
		i--;
	}
	return {
		words: out,
		colon,
		punct
	};
}
const LAST_WORDS = new Set([...TRIGGERS.keys()].map((t) => t.slice(t.lastIndexOf(" ") + 1)));
const LAST_WORD_SHAPES = new Set([...LAST_WORDS].map((w) => shape(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)));
const LAST_WORD_LENGTH = {
	min: Math.min(...[...LAST_WORDS].map((w) => w.length)),
	max: Math.max(...[...LAST_WORDS].map((w) => w.length))
};
const SINGLE_START_RE = new RegExp(` ${CAP_FIRST}(?<=[A-Za-z0-9'’ :,-]..)`, "g");
const CAP_AT_RE = new RegExp(CAP, "uy");
function wordBefore(text, pos) {
	let i = pos - 1;
	while (i >= 0) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 58 || c === 44 || c === 45) i--;
		else break;
	}
	const end = i + 1;
	while (i >= 0) {
		const code = text.charCodeAt(i);
		const lower = code | 32;
		if (lower >= 97 && lower <= 122 || code >= 48 && code <= 57 || code === 39 || code === 8217) i--;
		else break;
	}
	return [i + 1, end];
}
function wordJustBefore(text, pos) {
	const [start, end] = wordBefore(text, pos);
	return text.slice(start, end).toLowerCase();
}
function endsTrigger(text, pos) {
	const [start, end] = wordBefore(text, pos);
	const length = end - start;
	if (length < LAST_WORD_LENGTH.min || length > LAST_WORD_LENGTH.max) return false;
	if (!LAST_WORD_SHAPES.has(shape(text.charCodeAt(start), text.charCodeAt(end - 1), length))) return false;
	return LAST_WORDS.has(text.slice(start, end).toLowerCase());
}
function shape(first, last, length) {
	const lower = (c) => c >= 65 && c <= 90 ? c + 32 : c;
	return (lower(first) * 65536 + lower(last)) * 64 + length;
}
function mergeInOrder(tokens, count) {
	const runs = tokens.slice(0, count);
	const singles = tokens.slice(count);
	let a = 0;
	let b = 0;
	for (let k = 0; k < tokens.length; k++) tokens[k] = b >= singles.length || a < runs.length && runs[a].start < singles[b].start ? runs[a++] : singles[b++];
}
function isRunStart(tokens, count, start) {
	let lo = 0;
	let hi = count;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if (tokens[mid].start < start) lo = mid + 1;
		else hi = mid;
	}
	return lo < count && tokens[lo].start === start;
}
function triggerBefore(text, pos) {
	if (!endsTrigger(text, pos)) return void 0;
	const { words, colon, punct } = wordsBefore(text, pos);
	for (let k = Math.min(3, words.length); k >= 1; k--) {
		const written = words.slice(words.length - k);
		const kind = TRIGGERS.get(written.join(" ").toLowerCase());
		if (!kind) continue;
		if (kind === "title" && !TITLE_SET.has(written[0])) continue;
		if (punct && (kind === "title" || kind === "role")) continue;
		return {
			kind,
			colon
		};
	}
}
const isInitial = (t) => /^\p{Lu}\.?$/u.test(t);
function findNames(original, allow = []) {
	const text = oneByte(original);
	const tokens = [];
	if (!BEYOND_LATIN1.test(text) || PAIR_HINT.test(text)) {
		RUN_START_RE.lastIndex = 0;
		for (let m = RUN_START_RE.exec(text); m; m = RUN_START_RE.exec(text)) {
			if (m.index > 0 && LETTER.test(text[m.index - 1])) continue;
			tokens.push({
				start: m.index,
				end: m.index + m[0].length,
				text: m[0]
			});
			RUN_NEXT_RE.lastIndex = m.index + m[0].length;
			for (let more = 0; more < 4; more++) {
				const n = RUN_NEXT_RE.exec(text);
				if (!n) break;
				const start = RUN_NEXT_RE.lastIndex - n[1].length;
				tokens.push({
					start,
					end: RUN_NEXT_RE.lastIndex,
					text: n[1]
				});
			}
			RUN_START_RE.lastIndex = Math.max(RUN_START_RE.lastIndex, tokens[tokens.length - 1].end);
		}
	}
	const single = tokens.length;
	SINGLE_START_RE.lastIndex = 0;
	while (SINGLE_START_RE.test(text)) {
		const start = SINGLE_START_RE.lastIndex - 1;
		if (!endsTrigger(text, start) || isRunStart(tokens, single, start)) continue;
		CAP_AT_RE.lastIndex = start;
		const t = CAP_AT_RE.exec(text);
		if (t) tokens.push({
			start,
			end: start + t[0].length,
			text: t[0]
		});
	}
	if (tokens.length === 0) return [];
	if (tokens.length > single) mergeInOrder(tokens, single);
	const out = [];
	const push = (start, end) => {
		let found = original.slice(start, end);
		if (/['’]s$/.exec(found)) found = found.slice(0, -2);
		if (found.length < 2 || isAllowed(original, start, found.length, allow)) return;
		out.push({
			rule: "pii/name",
			index: start,
			length: found.length,
			message: MESSAGE(found)
		});
	};
	const joined = (k) => {
		const a = tokens[k];
		const b = tokens[k + 1];
		if (!b || b.start - a.end > 2) return false;
		const gap = text.slice(a.end, b.start);
		return gap === " " || gap === "" && a.text.endsWith(".") || a.text.length === 1 && (gap === "." || gap === ". ");
	};
	for (let k = 0; k < tokens.length; k++) {
		const t = tokens[k];
		const trigger = triggerBefore(text, t.start);
		if (trigger) {
			let last = k;
			while (last - k < 3 && joined(last) && !NOT_NAME.has(tokens[last + 1].text.toLowerCase())) last++;
			const parts = tokens.slice(k, last + 1).map((p) => p.text);
			const named = parts.filter((p) => !isInitial(p));
			const initials = parts.length - named.length;
			let ok = false;
			switch (trigger.kind) {
				case "title":
					if (TITLE_NOT_PERSON.has(`${wordJustBefore(text, t.start)} ${t.text}`.toLowerCase())) break;
					ok = named.length > 0 ? !CUE_STOP.has(named[0].toLowerCase()) && !/^[\p{Lu}\d]+$/u.test(named[0]) : initials >= 2;
					break;
				case "role":
					ok = named.length > 0 ? named.some((p) => isName(p)) || named.length > 1 && named.some((p) => isName(p, false, true)) : initials >= 2 && /^(?:\p{Lu}\.\s?){2,3}$/u.test(text.slice(t.start, tokens[last].end).trim());
					break;
				case "strong":
					ok = named.length > 0 && !NOT_NAME.has(named[0].toLowerCase()) && !CUE_STOP.has(named[0].toLowerCase()) && !/^[\p{Lu}\d]+$/u.test(named[0]);
					break;
				case "header":
					ok = trigger.colon && named.some((p) => isName(p));
					break;
				case "cue": ok = named.length > 0 && !CUE_STOP.has(named[0].toLowerCase()) && named.some((p) => isName(p));
			}
			while (ok && last > k && !isInitial(tokens[last].text) && !isName(tokens[last].text, false, true) && trigger.kind !== "title" && !(trigger.kind === "role" && last === k + 1 && !isName(tokens[k].text))) last--;
			if (ok && !namesAThing(text, tokens[last].end, tokens[last].text)) {
				push(t.start, tokens[last].end + (named.length === 0 && text[tokens[last].end] === "." ? 1 : 0));
				k = last;
				continue;
			}
		}
		if (!joined(k) || /['’]s$/.test(t.text)) continue;
		const initialFirst = isInitial(t.text) && text[t.end - 1] === "." || isInitial(t.text) && text[t.end] === ".";
		if (!initialFirst && !isName(t.text, true, true)) continue;
		const givenSoft = !initialFirst && SOFT.has(t.text.toLowerCase());
		let s = k + 1;
		if (!initialFirst && isInitial(tokens[s].text) && joined(s)) s++;
		const surname = tokens[s];
		if (!surname || s > k + 1 && !joined(s - 1) || !isName(surname.text, false, !givenSoft && !initialFirst)) continue;
		if (initialFirst && (SOFT.has(surname.text.toLowerCase()) || NOT_PERSON_PAIRS.has(`${t.text[0]}_${surname.text}`.toLowerCase()))) continue;
		if (NOT_PERSON_PAIRS.has(`${t.text}_${surname.text.replace(/['’]s$/, "")}`.toLowerCase())) continue;
		if (joined(s) && !/['’]s$/.test(surname.text) && isName(tokens[s + 1].text, false, true) && !namesAThing(text, tokens[s + 1].end, tokens[s + 1].text)) s++;
		const end = tokens[s];
		if (previousWord(text, t.start) === "the" || namesAThing(text, end.end, end.text)) continue;
		push(t.start, end.end);
		k = s;
	}
	return dedupe(out);
}
function dedupe(found) {
	if (found.length < 2) return found;
	found.sort((a, b) => a.index - b.index || b.length - a.length);
	const out = [];
	let end = -1;
	for (const f of found) {
		if (f.index < end) continue;
		out.push(f);
		end = f.index + f.length;
	}
	return out;
}
const nameRule = {
	folded: true,
	rules: [{
		id: "pii/name",
		severity: "error",
		description: "A person's name (a title, role or grade with a name, a given name and surname, a name after \"Dear\" or \"patient name:\"; people fields must hold a role)."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text) => findNames(text, allow);
	}
};
function nameInRoleField(value) {
	const text = fold(value).text;
	if (findNames(text).length) return void 0;
	for (const part of text.split(/[,;()/&]|\s+(?:and|or)\s+/)) {
		const tokens = part.trim().split(/\s+/).filter((t) => !/^\p{Lu}\.?$/u.test(t));
		if (tokens.length === 0 || tokens.length > 3) continue;
		if (tokens.every((t) => TOKEN_ONLY.test(t) && isName(t))) return part.trim();
	}
}
// dist/rules/pii/national-insurance.js
const NINO_RE = new RegExp(`\\b((?!BG|GB|KN|NK|NT|TN|ZZ|bg|gb|kn|nk|nt|tn|zz)[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z][ -]?\\d{2}[ -]?\\d{2}[ -]?\\d{2})(?:[ -]?([A-Da-d]))?(?![\\w-])`, "y");
const DIGITS_RE = /\d{2} ?\d{2} ?\d{2}/g;
const LABEL_BEFORE = /\b(?:N\.?I\.?(?:\s*No\.?)?|NINO|national\s+insurance(?:\s+(?:number|no\.?))?)\s*(?:number|no\.?)?\s*[:#]?\s*$/i;
const GLUED$3 = /[\w-]/;
const WORD = /\w/;
function lettersBefore(text, index) {
	const c = text.charCodeAt(index - 1);
	const letters = index - (c === 32 || c === 45 ? 3 : 2);
	return letters < 0 || !isLetter(text.charCodeAt(letters)) || !isLetter(text.charCodeAt(letters + 1)) ? -1 : letters;
}
function mayReport$2(text, runs) {
	for (let i = 0; i < runs.count; i++) {
		if (runs.spaced[i] < 6) continue;
		const letters = lettersBefore(text, runs.starts[i]);
		if (letters === -1 || letters > 0 && WORD.test(text[letters - 1])) continue;
		NINO_RE.lastIndex = letters;
		const m = NINO_RE.exec(text);
		if (m && (m[2] || LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))) return true;
	}
	return false;
}
const nationalInsuranceRule = {
	folded: true,
	rules: [{
		id: "pii/national-insurance",
		severity: "error",
		description: "A National Insurance number."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			if (!mayReport$2(text, runsOf(text, given))) return [];
			const out = [];
			for (const d of execAll(DIGITS_RE, text)) {
				const letters = lettersBefore(text, d.index);
				if (letters === -1) continue;
				NINO_RE.lastIndex = letters;
				const m = NINO_RE.exec(text);
				if (!m) continue;
				DIGITS_RE.lastIndex = m.index + m[0].length;
				if (glued(text, m.index, GLUED$3)) continue;
				const prefix = m[1].slice(0, 2);
				if (prefix !== prefix.toUpperCase() && prefix !== prefix.toLowerCase()) continue;
				if (!m[2] && !LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
				if (isAllowed(text, m.index, m[0].length, allow)) continue;
				out.push({
					rule: "pii/national-insurance",
					index: m.index,
					length: m[0].length,
					message: `This looks like a National Insurance number (${mask(m[0], 2)}). Remove it: it identifies a person.`
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/nhs-number.js
function isNhsNumber(digits) {
	if (!/^\d{10}$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
	let check = 11 - sum % 11;
	if (check === 11) check = 0;
	return check !== 10 && check === Number(digits[9]);
}
const NHS_RE = /(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![A-Za-z0-9-]|\.\d)/g;
const GLUED$2 = /[A-Za-z0-9.-]/;
const SLUG_BEFORE = /[A-Za-z]-$/;
const SNOMED_BEFORE = /\b(?:snomed(?:[\s-]*ct)?|sct\s*id|concept(?:\s+id)?)\b[^.\n]{0,40}$/i;
const ISBN_BEFORE = /\bISBN(?:-?1[03])?\s*[:#]?\s*$/i;
function mayReport$1(text, runs) {
	const { starts, ends } = runs;
	for (let i = 0; i < runs.count; i++) {
		const s = starts[i];
		const length = ends[i] - s;
		if (length !== 10 && length !== 3) continue;
		if (s > 0 && GLUED$2.test(text[s - 1]) && !(text[s - 1] === "-" && s >= 2 && isLetter(text.charCodeAt(s - 2)))) continue;
		if (length === 10 || i + 2 < runs.count && runs.separated[i] >= 10 && ends[i + 1] - starts[i + 1] === 3 && ends[i + 2] - starts[i + 2] === 4) return true;
	}
	return false;
}
const nhsNumberRule = {
	folded: true,
	rules: [{
		id: "pii/nhs-number",
		severity: "error",
		description: "A 10-digit number (spaced 3-3-4 or not) that passes the NHS Modulus 11 check (not a SNOMED CT id or an ISBN after its label)."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			if (!mayReport$1(text, runsOf(text, given))) return [];
			const out = [];
			for (const m of execAll(NHS_RE, text)) {
				if (glued(text, m.index, GLUED$2) && !SLUG_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
				if (!isNhsNumber(m[1] + m[3] + m[4]) || isAllowed(text, m.index, m[0].length, allow)) continue;
				const before = text.slice(Math.max(0, m.index - 60), m.index);
				if (ISBN_BEFORE.test(before) || SNOMED_BEFORE.test(before)) continue;
				out.push({
					rule: "pii/nhs-number",
					index: m.index,
					length: m[0].length,
					message: `This looks like an NHS number (${mask(m[0])}). Remove it: a lesson must never identify a patient. If it is not an NHS number, add a suppression comment saying what it is.`
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/pattern.js
function compact(text) {
	const gap = /(?<=[A-Za-z0-9])[ .-](?=[A-Za-z0-9])/g;
	let out = "";
	let from = 0;
	const removed = [];
	for (const m of execAll(gap, text)) {
		const before = text[m.index - 1];
		const after = text[m.index + 1];
		if (!/\d/.test(before) && !/\d/.test(after)) continue;
		out += text.slice(from, m.index);
		removed.push(out.length);
		from = m.index + 1;
	}
	if (removed.length === 0) return void 0;
	out += text.slice(from);
	return {
		text: out,
		at: (i) => {
			return i + lastAtMost(removed, i) + 1;
		}
	};
}
const SEP = "[ .-]?";
function atomsOf(source) {
	const atoms = [];
	let i = 0;
	while (i < source.length) {
		let atom;
		const c = source[i];
		if (c === "\\") {
			if (i + 1 >= source.length || /[bBkpPu0-9]/.test(source[i + 1])) return void 0;
			atom = source.slice(i, i + 2);
			i += 2;
		} else if (c === "[") {
			const end = source.indexOf("]", i + 2);
			if (end === -1 || source.slice(i, end).includes("\\")) return void 0;
			atom = source.slice(i, end + 1);
			i = end + 1;
		} else if ("()|^$*+?{}".includes(c)) return;
		else {
			atom = c;
			i++;
		}
		const q = /^(?:\{(\d+)(?:(,)(\d*))?\}|([?*+]))/.exec(source.slice(i));
		if (!q) {
			atoms.push({
				atom,
				quantifier: "",
				min: 1
			});
			continue;
		}
		i += q[0].length;
		atoms.push({
			atom,
			quantifier: q[0],
			min: q[4] ? q[4] === "+" ? 1 : 0 : Number(q[1])
		});
	}
	return atoms;
}
function spacedSource(source) {
	const parsed = atomsOf(source);
	if (!parsed) return void 0;
	const atoms = [];
	for (const { atom, quantifier } of parsed) {
		const q = /^(?:\{(\d+)(?:(,)(\d*))?\}|([?*+]))/.exec(quantifier);
		if (!q) {
			atoms.push(atom);
			continue;
		}
		const unit = `(?:${atom}${SEP})`;
		if (q[4] === "?") atoms.push(`${atom}?`);
		else if (q[4] === "*") atoms.push(`${unit}*`);
		else if (q[4] === "+") atoms.push(`${unit}*${atom}`);
		else {
			const min = Number(q[1]);
			const max = q[2] ? q[3] === "" ? "" : String(Number(q[3]) - 1) : String(min - 1);
			if (min === 0) return void 0;
			atoms.push(`${unit}{${min - 1}${q[2] ? `,${max}` : ""}}${atom}`);
		}
	}
	return atoms.length ? atoms.join(SEP) : void 0;
}
function digitNeed(atoms) {
	const isDigits = (a) => a.atom === "[0-9]" || a.atom === "\\d";
	const first = atoms.findIndex(isDigits);
	if (first === -1) return void 0;
	let digits = 0;
	for (let k = first; k < atoms.length && isDigits(atoms[k]); k++) digits += atoms[k].min;
	if (digits === 0) return void 0;
	const before = atoms[first - 1];
	const letter = before && before.min > 0 && /^[A-Za-z]$/.test(before.atom) ? before.atom : void 0;
	return {
		digits,
		letter
	};
}
function mayMatch$1(need, text, runs) {
	const { starts, separated } = runs;
	for (let i = 0; i < runs.count; i++) {
		if (separated[i] < need.digits) continue;
		if (need.letter === void 0) return true;
		let at = starts[i] - 1;
		if (at >= 0 && SEPARATORS.includes(text[at])) at--;
		if (at >= 0 && text[at].toLowerCase() === need.letter.toLowerCase()) return true;
	}
	return false;
}
const SEPARATORS = " .-";
const patternRule = {
	folded: true,
	rules: [{
		id: "pii/pattern",
		severity: "error",
		description: "A match of one of the identifiers configured in `pii.patterns` (any case and spacing unless `exact: true`)."
	}],
	compile(config) {
		const allow = config.pii.allow;
		const patterns = config.pii.patterns.map((p) => {
			const spaced = p.exact ? void 0 : spacedSource(p.pattern);
			const exact = p.exact === true || spaced !== void 0;
			const atoms = exact ? atomsOf(p.pattern) : void 0;
			return {
				name: p.name,
				exact,
				re: new RegExp(spaced ?? p.pattern, p.exact ? "g" : "gi"),
				need: atoms && digitNeed(atoms)
			};
		});
		return (text, given) => {
			if (patterns.length === 0) return [];
			const out = [];
			const seen = new Set();
			const add = (name, index, length) => {
				const key = `${index}:${length}`;
				if (length === 0 || seen.has(key) || isAllowed(text, index, length, allow)) return;
				seen.add(key);
				const found = text.slice(index, index + length);
				out.push({
					rule: "pii/pattern",
					index,
					length,
					message: `This matches the "${name}" identifier set in lessons.config.yaml (${mask(found)}). Remove it: a lesson must never identify a patient.`
				});
			};
			let squeezed = null;
			for (const { name, exact, re, need } of patterns) {
				if (need && !mayMatch$1(need, text, runsOf(text, given))) continue;
				for (const m of execAll(re, text)) add(name, m.index, m[0].length);
				if (exact) continue;
				if (squeezed === null) squeezed = compact(text);
				if (!squeezed) continue;
				for (const m of execAll(re, squeezed.text)) {
					if (m[0].length === 0) continue;
					const start = squeezed.at(m.index);
					add(name, start, squeezed.at(m.index + m[0].length - 1) + 1 - start);
				}
			}
			if (out.length < 2) return out;
			const order = out.map((_, i) => i).sort((i, j) => out[i].index - out[j].index || out[j].length - out[i].length);
			const inside = new Set();
			let reach = -1;
			for (const i of order) {
				const end = out[i].index + out[i].length;
				if (reach >= end) inside.add(i);
				else reach = end;
			}
			return inside.size ? out.filter((_, i) => !inside.has(i)) : out;
		};
	}
};
// dist/rules/pii/phone.js
const PHONE_RE = /(?:(?:\+44|0044)[ -]?(?:\(0\)[ -]?)?|\(?0)\d[\d ()-]{7,14}\d(?![A-Za-z0-9\/-]|\.\d)/g;
const GLUED$1 = /[A-Za-z0-9+.\/-]/;
function mayReport(text, runs) {
	for (let i = 0; i < runs.count; i++) {
		const s = runs.starts[i];
		if (text.charCodeAt(s) !== 48 && !(s > 0 && text[s - 1] === "+" && text.startsWith("44", s))) continue;
		let digits = 0;
		for (let j = i; j < runs.count && runs.ends[j] - s <= 25; j++) {
			digits += runs.ends[j] - runs.starts[j];
			if (digits >= 11) return true;
			if (j + 1 < runs.count && !onlyPhoneSeparators(text, runs.ends[j], runs.starts[j + 1])) break;
		}
	}
	return false;
}
function onlyPhoneSeparators(text, from, to) {
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c !== 32 && c !== 45 && c !== 40 && c !== 41) return false;
	}
	return true;
}
const phoneRule = {
	folded: true,
	rules: [{
		id: "pii/phone",
		severity: "error",
		description: "A UK phone number (landline or mobile, including +44)."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			if (!mayReport(text, runsOf(text, given))) return [];
			const out = [];
			for (const m of execAll(PHONE_RE, text)) {
				const candidate = m[0];
				if (glued(text, m.index, GLUED$1) && !/[A-Za-z]-$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
				if (/[ -]{2,}/.test(candidate) || (candidate.match(/\(/g)?.length ?? 0) !== (candidate.match(/\)/g)?.length ?? 0)) {
					if (candidate.startsWith("(")) PHONE_RE.lastIndex = m.index + 1;
					continue;
				}
				let digits = candidate.replace(/\D/g, "");
				if (digits.startsWith("0044")) digits = `0${digits.slice(4).replace(/^0/, "")}`;
				else if (candidate.startsWith("+44")) digits = `0${digits.slice(2).replace(/^0/, "")}`;
				if (digits.length !== 11 || !/^0[1237-9]/.test(digits) || isAllowed(text, m.index, candidate.length, allow)) continue;
				out.push({
					rule: "pii/phone",
					index: m.index,
					length: candidate.length,
					message: `This looks like a phone number (${mask(candidate, candidate.startsWith("+") ? 4 : 5)}). Remove it; if it is a published switchboard or service number, add it to pii.allow in lessons.config.yaml.`
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/postcode.js
const POSTCODE_RE = new RegExp(`\\b(?:(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}|GIR ?0AA)(?![A-Za-z0-9-])`, "gi");
const POSTCODE_AT = new RegExp(POSTCODE_RE.source, "iy");
function mayHoldPostcode(text, runs) {
	for (let i = 0; i < runs.count; i++) {
		const e = runs.ends[i];
		if (!isLetter(text.charCodeAt(e)) || !isLetter(text.charCodeAt(e + 1)) || /[A-Za-z0-9-]/.test(text.charAt(e + 2))) continue;
		const digit = e - 1;
		for (let at = Math.max(0, digit - 5); at <= digit - 2; at++) {
			POSTCODE_AT.lastIndex = at;
			if (POSTCODE_AT.test(text)) return true;
		}
	}
	return false;
}
const GLUED = /[A-Za-z0-9-]/;
const ORDINAL = /[0-9](?:st|nd|rd|th)$/;
const postcodeRule = {
	folded: true,
	rules: [{
		id: "pii/postcode",
		severity: "error",
		description: "A full UK postcode, with or without the space, in any case."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			if (!mayHoldPostcode(text, runsOf(text, given))) return [];
			const out = [];
			for (const m of execAll(POSTCODE_RE, text)) {
				if (glued(text, m.index, GLUED) || ORDINAL.test(m[0]) || isAllowed(text, m.index, m[0].length, allow)) continue;
				const outward = m[0].slice(0, m[0].length - 3).trim();
				out.push({
					rule: "pii/postcode",
					index: m.index,
					length: m[0].length,
					message: `This looks like a full postcode (${outward} ${mask(m[0].slice(-3), 0)}). Remove it, or give only the area: a full postcode can point to a single household.`
				});
			}
			return out;
		};
	}
};
// dist/rules/pii/professional-registration.js
const LINK = "(?:\\s*(?:registration|reg\\.?|ref(?:erence)?|number|no\\.?|pin|id)){0,2}\\s*(?:[:#]\\s*|is\\s+|was\\s+)?";
const REG_RE = new RegExp([
	`\\b(?:GMC|GPhC|GDC|GOC)${LINK}(\\d{5,7})(?![\\w-])`,
	`\\bNMC${LINK}(\\d{2}[A-Za-z]\\d{4}[A-Za-z])(?![\\w-])`,
	`\\bHCPC${LINK}([A-Za-z]{2,3}\\s?\\d{5,6})(?![\\w-])`
].join("|"), "gi");
const LABELS = /[GN]MC|HCPC|GPhC|G[DO]C|[gn]mc|hcpc/;
function mayMatch(text, runs) {
	const { starts, ends } = runs;
	for (let i = 0; i < runs.count; i++) {
		const s = starts[i];
		const e = ends[i];
		const length = e - s;
		if (length === 2) {
			if (!isLetter(text.charCodeAt(e)) || i + 1 >= runs.count || starts[i + 1] !== e + 1 || ends[i + 1] - starts[i + 1] !== 4 || !isLetter(text.charCodeAt(ends[i + 1]))) continue;
		} else if (length < 5 || length > 7) continue;
		if (s > 0 && mayPrecede(text, s)) return true;
	}
	return false;
}
function mayPrecede(text, at) {
	const c = text[at - 1];
	if (/[\s:#.]/.test(c) || LINK_ENDS.includes(c)) return true;
	const letters = /\s/.test(c) ? at - 1 : at;
	return letters >= 2 && isLetter(text.charCodeAt(letters - 1)) && isLetter(text.charCodeAt(letters - 2));
}
const LINK_ENDS = "CcNnGgFfEeRrOoDd";
const professionalRegistrationRule = {
	folded: true,
	rules: [{
		id: "pii/professional-registration",
		severity: "error",
		description: "A GMC, NMC or HCPC (or GPhC, GDC) registration number after its label."
	}],
	compile(config) {
		const allow = config.pii.allow;
		return (text, given) => {
			if (!mayMatch(text, runsOf(text, given)) || !LABELS.test(text)) return [];
			const out = [];
			for (const m of execAll(REG_RE, text)) {
				const number = m[1] ?? m[2] ?? m[3];
				const index = m.index + m[0].length - number.length;
				if (isAllowed(text, index, number.length, allow)) continue;
				out.push({
					rule: "pii/professional-registration",
					index,
					length: number.length,
					message: `This looks like a professional registration number (${mask(number, 2)}). Remove it: a lesson names roles, not people.`
				});
			}
			return out;
		};
	}
};
// dist/rules/merge-conflict.js
const MARKER = /^(?:<{7}|>{7})(?: [^\n]{0,200})?$|^={7}$/gm;
const mergeConflictRule = {
	rules: [{
		id: "file/merge-conflict",
		severity: "error",
		description: "Merge-conflict markers (<<<<<<<, =======, >>>>>>>) left in the file."
	}],
	compile() {
		return (text) => {
			if (!text.includes("<<<<<<<") && !text.includes(">>>>>>>")) return [];
			for (const m of execAll(MARKER, text)) {
				if (m[0][0] === "=") continue;
				return [{
					rule: "file/merge-conflict",
					index: m.index,
					length: m[0].length,
					message: "This line is left over from a git merge that was not finished (a conflict marker). Choose the right text between the markers, then delete the <<<<<<<, ======= and >>>>>>> lines."
				}];
			}
			return [];
		};
	}
};
// dist/rules/text-rules.js
const PII_RULES = [
	nhsNumberRule,
	postcodeRule,
	emailRule,
	phoneRule,
	dateOfBirthRule,
	patternRule,
	nameRule,
	addressRule,
	hospitalNumberRule,
	nationalInsuranceRule,
	professionalRegistrationRule
];
const TEXT_FILE_RULE = textFileRule([
	...PII_RULES,
	blameRule,
	mergeConflictRule
]);
// dist/rules/redact.js
const REDACTED = "[identifier removed]";
function redactor(config) {
	let redact = cache.get(config);
	if (redact) return redact;
	redact = replacer(identifiers(config));
	cache.set(config, redact);
	return redact;
}
function replacer(find) {
	return (text) => {
		const spans = find(text);
		if (spans.length === 0) return text;
		spans.sort((a, b) => a.index - b.index || b.length - a.length);
		let out = "";
		let at = 0;
		for (const s of spans) {
			const end = s.index + s.length;
			if (end <= at) continue;
			out += text.slice(at, Math.max(at, s.index)) + (s.index >= at ? REDACTED : "");
			at = end;
		}
		return out + text.slice(at);
	};
}
const cache = new WeakMap();
function identifiers(config, options = {}) {
	const finders = PII_RULES.map((r) => r.compile(config));
	const shortest = config.pii.patterns.length ? 1 : 5;
	return (text) => {
		if (text.length < shortest) return [];
		const spans = [];
		const plain = fold(text);
		const all = readings(text, plain);
		if (options.slug) all.push({
			folded: slugReading(text, plain),
			offset: 0
		});
		for (const { folded, offset } of all) {
			const runs = digitRuns(folded.text);
			for (const f of finders) for (const m of f(folded.text, runs)) {
				const span = originalSpan(folded, m.index, m.length);
				spans.push({
					rule: m.rule,
					index: offset + span.index,
					length: span.length
				});
			}
		}
		return spans;
	};
}
const messageCache = new WeakMap();
function redactMessage(config) {
	let r = messageCache.get(config);
	if (!r) {
		const redact = replacer(identifiers(config, { slug: true }));
		const seen = new Map();
		r = (message) => {
			let out = seen.get(message);
			if (out === void 0) {
				if (seen.size > 4096) seen.clear();
				out = redact(message);
				seen.set(message, out);
			}
			return out;
		};
		messageCache.set(config, r);
	}
	return r;
}
function redactData(value, redact) {
	if (typeof value === "string") return redact(value);
	if (typeof value === "number") {
		const s = String(value);
		const r = redact(s);
		return r === s ? value : r;
	}
	if (Array.isArray(value)) return value.map((v) => redactData(v, redact));
	if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactData(v, redact)]));
	return value;
}
export { nameInRoleField as a, TEXT_FILE_RULE as i, redactMessage as n, setUncheckedTermsReader as o, redactor as r, redactData as t };
