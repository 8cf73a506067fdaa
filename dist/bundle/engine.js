import { a as fieldOf, i as readEntryResult, n as readEntryBytes, o as indexEntry, r as readEntryFile, t as readBytes } from "./read.js";
import "./schemas.js";
import { A as string, B as nounWithType, C as _enum, E as number, I as entryType, L as entryTypeNames, N as url, R as entryTypes, S as compileSchemas, T as boolean, b as roleFieldNames, j as union, k as strictObject, r as justCultureReviewSchema, s as FEEDBACK_CHANNEL, w as array, y as ID_PATTERN, z as isEntryType } from "./config.js";
import { _ as trimSpaces, a as listEntryFiles, c as DataFileError, d as explainIssues, f as Locator, g as positionsIn, h as splitFrontMatter, l as parseBuiltInDataFile, m as parseYaml, p as decodeText, s as toPosix, u as parseDataFile } from "./repository.js";
import { i as openRegularFile, o as readRegularFile } from "./inside.js";
import { a as isRecord, c as orList, i as dotted, l as str, m as visible, n as closest, o as list, r as detached, u as stringItems } from "./values.js";
import { a as policyReviewState, n as isOverdue, r as isSharedOrLater, t as isApprovedOrLater } from "./lifecycle.js";
import { i as sourceClocks, n as needsFeedback, t as hasFeedback } from "./clocks.js";
import { t as isReservedFileName } from "./ids.js";
import { i as invisibleNote } from "./sorted.js";
import { a as nameInRoleField, i as TEXT_FILE_RULE, n as redactMessage, o as setUncheckedTermsReader } from "./redact.js";
import { a as isIsoDate } from "./dates.js";
import path from "node:path";
import { closeSync, existsSync, fstatSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/rules/empty-section.js
const REQUIRED_SECTIONS = [
	{
		name: "What happened",
		flag: "--what-happened",
		opt: "whatHappened",
		aliases: ["what happened", "what went well"]
	},
	{
		name: "What we learned",
		flag: "--what-we-learned",
		opt: "whatWeLearned",
		aliases: [
			"what we learned",
			"what we have learned",
			"learning"
		]
	},
	{
		name: "What we changed",
		flag: "--what-we-changed",
		opt: "whatWeChanged",
		aliases: [
			"what we changed",
			"what has changed",
			"what changed"
		]
	}
];
const HEADING = /^(#{1,2})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const FENCE = /^[ \t]{0,3}(```|~~~)/;
function normalise(heading) {
	return heading.toLowerCase().replace(/[*_`]/g, "").replace(/[\s:.?!]+$/g, "").replace(/\s+/g, " ").trim();
}
function sections(body) {
	if (body.includes("```") || body.includes("~~~")) return sectionsByLine(body);
	const out = [];
	let last;
	const next = (from) => {
		const i = body.indexOf("\n#", from);
		return i === -1 ? -1 : i + 1;
	};
	for (let start = body.startsWith("#") ? 0 : next(0); start !== -1;) {
		const eol = body.indexOf("\n", start);
		const m = HEADING.exec(eol === -1 ? body.slice(start) : body.slice(start, eol));
		if (m) {
			if (last) last.section.text = body.slice(last.textStart, start);
			const section = {
				heading: normalise(m[2]),
				offset: start,
				text: ""
			};
			out.push(section);
			last = {
				section,
				textStart: eol === -1 ? body.length + 1 : eol + 1
			};
		}
		start = eol === -1 ? -1 : next(eol);
	}
	if (last && last.textStart <= body.length) last.section.text = `${body.slice(last.textStart)}\n`;
	return out;
}
function sectionsByLine(body) {
	const out = [];
	let offset = 0;
	let fenced = false;
	let current;
	for (const line of body.split("\n")) {
		if (FENCE.test(line)) fenced = !fenced;
		const m = fenced ? null : HEADING.exec(line);
		if (m) {
			current = {
				heading: normalise(m[2]),
				offset,
				text: ""
			};
			out.push(current);
		} else if (current) current.text += `${line}\n`;
		offset += line.length + 1;
	}
	return out;
}
function isEmptySection(text) {
	if (!text.includes("<!--")) return !/\S/.test(text);
	return text.replace(/<!--[\s\S]*?(-->|$)/g, "").trim() === "";
}
function emptySections(body) {
	const found = sections(body);
	return REQUIRED_SECTIONS.filter((req) => {
		const s = found.find((f) => req.aliases.includes(f.heading));
		return !s || isEmptySection(s.text);
	});
}
const emptySectionRule = {
	rules: [{
		id: "lesson/empty-section",
		severity: "error",
		description: "An approved (or later) lesson whose *What happened*, *What we learned* or *What we changed* section is missing, empty or only guidance comments."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "lesson" || !isApprovedOrLater(data.status)) return;
		const status = str(data.status);
		const found = sections(ctx.text);
		for (const req of REQUIRED_SECTIONS) {
			const s = found.find((f) => req.aliases.includes(f.heading));
			if (!s) ctx.report({
				rule: "lesson/empty-section",
				path: ["status"],
				message: `This lesson is "${status}", so its text needs a "## ${req.name}" section, and there is none. Add the heading and a few sentences under it.`
			});
			else if (isEmptySection(s.text)) ctx.report({
				rule: "lesson/empty-section",
				offset: s.offset,
				message: `This lesson is "${status}", but "${req.name}" is ${s.text.trim() === "" ? "empty" : "still only the template's guidance"}. Write a few sentences here before it is approved and shared.`
			});
		}
	}
};
// dist/repo/index-scan.js
const NOT_TEXT = /^(?:true|false|null|~|[-+]?(?:\.inf|\.nan|[0-9].*))$/i;
const WORD = /^[A-Za-z][A-Za-z0-9._/-]*$/;
function word(s) {
	const t = trimSpaces(s);
	return WORD.test(t) && !NOT_TEXT.test(t) ? t : void 0;
}
function lineValue(rest) {
	const hash = rest.indexOf(" #");
	return word(hash === -1 ? rest : rest.slice(0, hash));
}
function scanFields(yaml, fields) {
	if (yaml.includes("	") || yaml.includes("&") || yaml.includes("*") || yaml.includes("\r")) return void 0;
	const out = {};
	const seen = new Set();
	const firstChars = new Set([...fields].map((f) => f.charCodeAt(0)));
	let key = "";
	let pos = 0;
	while (pos < yaml.length) {
		let nl = yaml.indexOf("\n", pos);
		if (nl === -1) nl = yaml.length;
		const c = yaml.charCodeAt(pos);
		if (pos === nl || c === 32 || c === 35) {
			pos = nl + 1;
			continue;
		}
		let colon = pos;
		for (let k = yaml.charCodeAt(colon); colon < nl && isKeyChar(k); k = yaml.charCodeAt(++colon));
		if (colon === pos || colon >= nl || yaml.charCodeAt(colon) !== 58 || !isKeyStart(c)) return void 0;
		if (colon + 1 < nl && yaml.charCodeAt(colon + 1) !== 32) return void 0;
		if (!firstChars.has(c) || !fields.has(key = yaml.slice(pos, colon))) {
			pos = nl + 1;
			continue;
		}
		if (seen.has(key)) return void 0;
		seen.add(key);
		const rest = trimSpaces(yaml.slice(colon + 1, nl));
		if (rest.startsWith("[")) {
			const close = rest.indexOf("]");
			if (close === -1 || rest.indexOf("[", 1) !== -1) return void 0;
			const after = trimSpaces(rest.slice(close + 1));
			if (after !== "" && !after.startsWith("#")) return void 0;
			const inner = trimSpaces(rest.slice(1, close));
			const items = inner === "" ? [] : inner.split(",").map(word);
			if (items.some((x) => x === void 0)) return void 0;
			out[key] = items;
			pos = nl + 1;
		} else if (rest === "" || rest.startsWith("#")) {
			const items = [];
			pos = nl + 1;
			while (pos < yaml.length) {
				let end = yaml.indexOf("\n", pos);
				if (end === -1) end = yaml.length;
				const line = yaml.slice(pos, end);
				let indent = 0;
				while (line.charCodeAt(indent) === 32) indent++;
				const t = line.slice(indent);
				if (t !== "" && !t.startsWith("#")) {
					if (line === t) break;
					if (!t.startsWith("- ")) return void 0;
					const v = lineValue(t.slice(2));
					if (v === void 0) return void 0;
					items.push(v);
				}
				pos = end + 1;
			}
			out[key] = items.length ? items : null;
		} else {
			const v = lineValue(rest);
			if (v === void 0) return void 0;
			out[key] = v;
			pos = nl + 1;
		}
	}
	return out;
}
const isKeyStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
const isKeyChar = (c) => isKeyStart(c) || c >= 48 && c <= 57 || c === 45;
const HEAD_BYTES = 16384;
const head = Buffer.allocUnsafe(HEAD_BYTES);
function readIndexFields(abs, maxBytes, fields, root, dirs, listed = false) {
	let fm;
	let fd;
	try {
		fd = openRegularFile(abs, root, dirs, listed);
		const n = readSync(fd, head, 0, HEAD_BYTES, 0);
		const whole = n < HEAD_BYTES || fstatSync(fd).size === n;
		if (n > maxBytes || !whole && fstatSync(fd).size > maxBytes) return void 0;
		let cut = -1;
		for (let at = head.indexOf(CLOSE_DASHES, 3); at !== -1 && at < n; at = head.indexOf(CLOSE_DASHES, at + 1)) {
			const eol = head.indexOf(10, at + 1);
			if (eol !== -1 && eol < n) {
				cut = eol + 1;
				break;
			}
		}
		if (cut === -1 || head.indexOf(CLOSE_DOTS, 3) !== -1) cut = whole ? n : head.lastIndexOf(10, n - 1) + 1;
		const text = cut > 0 ? decodeText(head.subarray(0, cut)) : void 0;
		const split = text === void 0 ? void 0 : splitFrontMatter(text);
		if (split?.ok) fm = split.fm;
		else if (whole || split && split.reason !== "unclosed") return void 0;
	} catch {
		return;
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
	if (!fm) {
		const raw = readBytes(abs, maxBytes, root, dirs, listed);
		if (!("bytes" in raw)) return void 0;
		const text = decodeText(raw.bytes);
		const split = text === void 0 ? void 0 : splitFrontMatter(text);
		if (!split?.ok) return void 0;
		fm = split.fm;
	}
	const scanned = scanFields(fm.yaml, fields);
	if (scanned) return scanned;
	const parsed = parseYaml(fm);
	if (!parsed.ok || !isRecord(parsed.data)) return void 0;
	const out = {};
	for (const f of fields) if (parsed.data[f] !== void 0) out[f] = parsed.data[f];
	return out;
}
const CLOSE_DASHES = Buffer.from("\n---");
const CLOSE_DOTS = Buffer.from("\n...");
// dist/rules/read-rules.js
const READ_RULES = [
	{
		id: "file/unreadable",
		severity: "error",
		description: "The file could not be read (permissions, a broken link, or it is not a regular file)."
	},
	{
		id: "file/too-large",
		severity: "error",
		description: "The file is larger than `limits.max_file_bytes` (default 1 MiB); it is not parsed."
	},
	{
		id: "file/binary",
		severity: "error",
		description: "The file is not UTF-8 text (NUL bytes or invalid UTF-8)."
	},
	{
		id: "frontmatter/missing",
		severity: "error",
		description: "No front-matter block, or one that is not a mapping."
	},
	{
		id: "yaml/syntax",
		severity: "error",
		description: "The front-matter is not valid YAML, has duplicate keys, or expands aliases beyond a safe limit."
	},
	{
		id: "file/line-endings",
		severity: "error",
		description: "Lines end with a carriage return alone (CR, as very old Mac editors saved them)."
	}
];
// dist/rules/dates.js
function shorten(s, max = 60) {
	return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}
const datesRule = {
	rules: [
		{
			id: "action/overdue",
			severity: "warning",
			description: "An action that is not done or cancelled is past its due date."
		},
		{
			id: "policy/review-overdue",
			severity: "warning",
			description: "An authorised policy is past its review date."
		},
		{
			id: "policy/review-due",
			severity: "warning",
			description: "An authorised policy's review date is within `policy.review_warning_days`."
		}
	],
	check(ctx) {
		const data = ctx.data;
		if (!data) return;
		if (ctx.type === "lesson" && data.status !== "archived") list(data.actions).forEach((action, i) => {
			if (!isRecord(action)) return;
			const due = str(action.due);
			const status = str(action.status);
			if (isOverdue(due, status, ctx.today)) {
				const what = str(action.description);
				ctx.report({
					rule: "action/overdue",
					path: [
						"actions",
						i,
						"due"
					],
					message: `Action ${i + 1}${what ? ` (“${shorten(what)}”)` : ""} was due on ${due} and is ${status ?? "not marked done"}. Update its status, or agree a new due date with its owner.`
				});
			}
		});
		if (ctx.type === "policy" && data.status === "authorised") {
			const review = str(data.review_date);
			const days = ctx.config.policy.review_warning_days;
			const state = policyReviewState(review, ctx.today, days);
			if (state === "overdue") ctx.report({
				rule: "policy/review-overdue",
				path: ["review_date"],
				message: `This policy was due for review on ${review}. Review it, or record the agreed extension and a new review date.`
			});
			else if (state === "due") ctx.report({
				rule: "policy/review-due",
				path: ["review_date"],
				message: `This policy is due for review on ${review}, within ${days} days. Start the review now so that it stays in date.`
			});
		}
	}
};
// dist/rules/deadlines.js
function plural(n, word) {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function remedy(c) {
	switch (c.step) {
		case "acknowledgement": return "Acknowledge the complaint, then record the date in \"acknowledged\".";
		case "learning-response": return "Complete the learning response and record the date in \"response_completed\", or agree a new date with the patient or family and record it in \"agreed_completion\".";
		default: return c.kind === "prevention-of-future-deaths" ? "Send the response to the coroner and record the date in \"responded\"; if the coroner agreed an extension, record the new date in \"response_due\"." : "Send the response and record the date in \"responded\"; if a later date was agreed, record it in \"response_due\".";
	}
}
const deadlinesRule = {
	rules: [
		{
			id: "deadline/overdue",
			severity: "error",
			description: "A statutory or agreed deadline of a learning source has passed and the step is not recorded."
		},
		{
			id: "deadline/due-soon",
			severity: "warning",
			description: "A statutory or agreed deadline of a learning source is within `deadlines.due_soon_days` (default 14)."
		},
		{
			id: "feedback/missing",
			severity: "warning",
			description: "A closed learning source with no `feedback` recorded for whoever reported it or complained."
		}
	],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "incident") return;
		for (const c of sourceClocks({
			file: ctx.file,
			data
		}, ctx.today, ctx.config.deadlines.due_soon_days)) if (c.state === "overdue") ctx.report({
			rule: "deadline/overdue",
			path: c.path,
			message: `${c.label} was due on ${c.due} (${c.rule}), ${plural(-c.days_left, "day")} ago, and no "${c.done_field}" date is recorded. ${remedy(c)}`
		});
		else if (c.state === "due-soon") ctx.report({
			rule: "deadline/due-soon",
			path: c.path,
			message: `${c.label} is due on ${c.due} (${c.rule}), ${c.days_left === 0 ? "today" : `in ${plural(c.days_left, "day")}`}. ${remedy(c)}`
		});
		if (needsFeedback(data) && !hasFeedback(data)) ctx.report({
			rule: "feedback/missing",
			path: ["status"],
			message: `This learning source is closed, but no feedback is recorded. Tell whoever reported it or complained what was learned and changed, then record it: feedback: {date: YYYY-MM-DD, channel: ${FEEDBACK_CHANNEL.values.join("|")}}.`
		});
	}
};
// dist/rules/id-filename.js
const idFilenameRule = {
	rules: [{
		id: "id/filename",
		severity: "error",
		description: "`id` differs from the file name, or is a name Windows reserves for a device (CON, NUL, COM1, …)."
	}],
	check(ctx) {
		const id = str(ctx.data?.id);
		if (id === void 0 || !ID_PATTERN.test(id)) return;
		if (isReservedFileName(id)) {
			ctx.report({
				rule: "id/filename",
				path: ["id"],
				message: `"${id}" cannot be an id: Windows reserves ${id.split(".")[0].toUpperCase()} as a device name, so a file called ${id}.md cannot be checked out there. Choose another id (e.g. one made by "lessons new").`
			});
			return;
		}
		const name = ctx.file.slice(ctx.file.lastIndexOf("/") + 1);
		const expected = `${id}.md`;
		if (name !== expected) ctx.report({
			rule: "id/filename",
			path: ["id"],
			message: `"id" is "${id}" but the file is called ${name}. The file name must be the id followed by .md: rename the file to ${expected}, or change the id.${invisibleNote(id)}`
		});
	}
};
// dist/repo/guide.js
const ANSWERS = ["yes", "no"];
var GuideDataError = class extends DataFileError {
	builtIn;
	constructor(file, problems, builtIn = true) {
		super(file, problems, builtIn ? "the data file of the just culture guide is broken, so the guide cannot be used. This is a fault in lessons itself, not in your repository; please report it to the maintainers." : `the just culture guide ${file} has problems, so it cannot be used until they are fixed:`);
		this.builtIn = builtIn;
	}
};
const text = string().trim().min(1);
const questionShape = strictObject({
	id: string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, "use up to 32 letters, digits, dots, dashes or underscores"),
	test: text,
	summary: text,
	text,
	help: text,
	yes: text,
	no: text
});
const key = string().regex(ID_PATTERN, "use 2 to 64 letters, digits, dots, dashes or underscores");
const outcomeShape = strictObject({
	code: key,
	title: text,
	singles_out: boolean(),
	recommendation: text
});
const localQuestionShape = strictObject({
	id: text,
	question: text,
	help: text
});
const localPracticeShape = strictObject({
	label: text,
	bias_check: strictObject({
		question: text,
		help: text
	}),
	restorative: strictObject({
		source: text,
		questions: array(localQuestionShape).min(1)
	}),
	facilitator: strictObject({
		question: text,
		help: text
	})
});
const guideShape = strictObject({
	id: key,
	version: union([text, number().transform(String)]),
	superseded: strictObject({
		by: text,
		date: text,
		note: text,
		url: url().optional()
	}).optional(),
	name: text,
	publisher: text,
	year: number().int(),
	citation: text,
	url: url().optional(),
	notes: array(strictObject({
		id: text,
		text
	})).min(1),
	start: text,
	questions: array(questionShape).min(1),
	outcomes: array(outcomeShape).min(1),
	local_practice: localPracticeShape.optional()
});
function graphProblems(data) {
	const problems = [];
	const questionAt = new Map();
	data.questions.forEach((q, i) => {
		if (questionAt.has(q.id)) problems.push({
			path: [
				"questions",
				i,
				"id"
			],
			message: `question "${q.id}" appears twice.`
		});
		else questionAt.set(q.id, i);
	});
	const outcomeAt = new Map();
	data.outcomes.forEach((o, i) => {
		if (outcomeAt.has(o.code)) problems.push({
			path: [
				"outcomes",
				i,
				"code"
			],
			message: `outcome "${o.code}" appears twice.`
		});
		else outcomeAt.set(o.code, i);
		if (questionAt.has(o.code)) problems.push({
			path: [
				"outcomes",
				i,
				"code"
			],
			message: `"${o.code}" is both a question id and an outcome code; use different names.`
		});
	});
	const edges = new Map();
	data.questions.forEach((q, i) => {
		if (edges.has(q.id)) return;
		const next = [];
		for (const answer of ANSWERS) {
			const to = q[answer];
			if (questionAt.has(to)) next.push(to);
			else if (!outcomeAt.has(to)) problems.push({
				path: [
					"questions",
					i,
					answer
				],
				message: `question ${q.id}: "${answer}" leads to "${to}", which is neither a question nor an outcome of this guide.`
			});
		}
		edges.set(q.id, next);
	});
	if (!questionAt.has(data.start)) problems.push({
		path: ["start"],
		message: `the start question "${data.start}" is not one of the guide's questions.`
	});
	const state = new Map();
	const reported = new Set();
	const visit = (id, trail) => {
		state.set(id, "open");
		for (const to of edges.get(id) ?? []) if (state.get(to) === "open") {
			const loop = [
				...trail.slice(trail.indexOf(to)),
				id,
				to
			];
			const key = [...new Set(loop)].sort().join(",");
			if (!reported.has(key)) {
				reported.add(key);
				const answer = ANSWERS.find((a) => data.questions[questionAt.get(id)][a] === to);
				problems.push({
					path: [
						"questions",
						questionAt.get(id),
						answer
					],
					message: `question ${id}: "${answer}" leads back to ${to} (${loop.join(" → ")}), so this path would never end.`
				});
			}
		} else if (!state.has(to)) visit(to, [...trail, id]);
		state.set(id, "done");
	};
	for (const id of questionAt.keys()) if (!state.has(id)) visit(id, []);
	if (questionAt.has(data.start)) {
		const reached = new Set([data.start]);
		const queue = [data.start];
		while (queue.length) {
			const q = data.questions[questionAt.get(queue.shift())];
			for (const answer of ANSWERS) {
				const to = q[answer];
				if (!reached.has(to)) {
					reached.add(to);
					if (questionAt.has(to)) queue.push(to);
				}
			}
		}
		for (const [id, i] of questionAt) if (!reached.has(id)) problems.push({
			path: [
				"questions",
				i,
				"id"
			],
			message: `question ${id} cannot be reached from the start question ${data.start}.`
		});
		for (const [code, i] of outcomeAt) if (!reached.has(code)) problems.push({
			path: [
				"outcomes",
				i,
				"code"
			],
			message: `outcome ${code} cannot be reached from the start question ${data.start}.`
		});
	}
	return problems;
}
function parseGuide(text, file, opts = {}) {
	return guideFrom(checkedGuideData(text, file, opts, false), opts);
}
function guideFileOptions(file, opts) {
	const noLocalPractice = (d) => !d.local_practice && !opts.fallback ? [{
		path: [],
		message: "the built-in guide needs \"local_practice\"."
	}] : [];
	return {
		shown: file,
		schema: guideShape,
		what: "the guide",
		check: (d) => [...graphProblems(d), ...noLocalPractice(d)]
	};
}
function checkedGuideData(text, file, opts, builtIn) {
	try {
		return builtIn ? parseBuiltInDataFile(text, file, guideFileOptions(file, opts)) : parseDataFile(text, guideFileOptions(file, opts));
	} catch (err) {
		if (err instanceof DataFileError && !(err instanceof GuideDataError)) throw new GuideDataError(file, err.problems, (opts.source ?? "built-in") === "built-in");
		throw err;
	}
}
function guideFrom(data, opts) {
	const target = (to) => data.questions.some((q) => q.id === to) ? {
		kind: "question",
		id: to
	} : {
		kind: "outcome",
		code: to
	};
	const lp = data.local_practice;
	return {
		id: data.id,
		version: String(data.version),
		source: opts.source ?? "built-in",
		superseded: data.superseded,
		name: data.name,
		publisher: data.publisher,
		year: data.year,
		citation: data.citation,
		url: data.url,
		notes: data.notes,
		start: data.start,
		questions: new Map(data.questions.map((q) => [q.id, {
			id: q.id,
			test: q.test,
			summary: q.summary,
			text: q.text,
			help: q.help,
			yes: target(q.yes),
			no: target(q.no)
		}])),
		outcomes: new Map(data.outcomes.map((o) => [o.code, {
			code: o.code,
			title: o.title,
			recommendation: o.recommendation,
			singlesOut: o.singles_out
		}])),
		localPractice: lp ? {
			label: lp.label,
			biasCheck: lp.bias_check,
			restorative: lp.restorative,
			facilitator: lp.facilitator
		} : opts.fallback
	};
}
const GUIDE_URL = new URL("./guides/nhs-just-culture-guide-2018.yaml", new URL("../repo/guide.js", import.meta.url).href);
let cached;
function loadGuide() {
	if (cached) return cached;
	const file = fileURLToPath(GUIDE_URL);
	let source;
	try {
		source = readFileSync(file, "utf8");
	} catch (err) {
		throw new GuideDataError(file, [{
			line: 1,
			column: 1,
			message: `the file could not be read (${err.code ?? "error"}); rebuild lessons with "npm run build:dist".`
		}]);
	}
	cached = guideFrom(checkedGuideData(source, file, {}, true), {});
	return cached;
}
function question(guide, id) {
	return guide.questions.get(id);
}
function outcome(guide, code) {
	return guide.outcomes.get(code);
}
function questionLabel(guide, id) {
	return `${id} (${question(guide, id).summary})`;
}
// dist/repo/guide-catalogue.js
const GUIDES_DIR = "guides";
const cache = new Map();
function loadCatalogue(root, maxBytes = 1048576) {
	const cached = cache.get(root);
	if (cached) return cached;
	const builtIn = loadGuide();
	const guides = [builtIn];
	const dir = path.join(root, GUIDES_DIR);
	if (existsSync(dir) && statSync(dir).isDirectory()) {
		const files = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith(".")).sort();
		for (const name of files) {
			const abs = path.join(dir, name);
			const rel = toPosix(path.relative(root, abs));
			const read = readRegularFile(abs, root, maxBytes);
			if ("error" in read) {
				if (read.error.code === "ENOTFILE") continue;
				throw new GuideDataError(rel, [{
					line: 1,
					column: 1,
					message: `${read.error.code === "EOUTSIDE" ? "it is a link to a place outside the repository, which lessons never reads" : `it could not be read (${read.error.code ?? "error"})`}.`
				}], false);
			}
			if ("size" in read) throw new GuideDataError(rel, [{
				line: 1,
				column: 1,
				message: `the file is larger than the ${maxBytes}-byte limit (limits.max_file_bytes).`
			}], false);
			const guide = parseGuide(read.bytes.toString("utf8"), rel, {
				source: rel,
				fallback: builtIn.localPractice
			});
			const same = guides.find((g) => g.id === guide.id && g.version === guide.version);
			if (same) throw new GuideDataError(rel, [{
				line: 1,
				column: 1,
				message: `guide "${guide.id}" version ${guide.version} is already defined by ${same.source === "built-in" ? "lessons itself" : same.source}. Give this file a new "version" (records name the version they were made with), or a different "id".`
			}], false);
			guides.push(guide);
		}
	}
	const catalogue = { guides };
	cache.set(root, catalogue);
	return catalogue;
}
function compareVersions(a, b) {
	return a.localeCompare(b, "en", { numeric: true });
}
function findGuide(catalogue, id, version) {
	const versions = catalogue.guides.filter((g) => g.id === id).sort((a, b) => compareVersions(a.version, b.version));
	if (versions.length === 0) {
		const ids = [...new Set(catalogue.guides.map((g) => g.id))];
		const guess = closest(id, ids);
		return {
			ok: false,
			reason: "unknown-guide",
			message: `there is no just culture guide "${id}".${guess ? ` Did you mean "${guess}"?` : ""} The guides are ${ids.join(", ")} (the built-in one, and any files in ${GUIDES_DIR}/).`
		};
	}
	if (version === void 0) return {
		ok: true,
		guide: versions[versions.length - 1]
	};
	const guide = versions.find((g) => g.version === version);
	if (!guide) return {
		ok: false,
		reason: "unknown-version",
		message: `the guide "${id}" has no version ${version} (it has ${versions.map((g) => g.version).join(", ")}). Keep the guide file of every version that records were made with.`
	};
	return {
		ok: true,
		guide
	};
}
function chooseGuide(catalogue, config, asked) {
	const id = asked ?? config.just_culture.guide ?? loadGuide().id;
	const found = findGuide(catalogue, id);
	if (!found.ok && asked === void 0 && config.just_culture.guide !== void 0) return {
		...found,
		message: `lessons.config.yaml sets just_culture.guide to "${id}", but ${found.message}`
	};
	return found;
}
// dist/repo/guide-tree.js
function next(guide, id, answer) {
	return question(guide, id)[answer];
}
function walk(guide, answers) {
	const steps = [];
	let at = guide.start;
	for (let i = 0; i <= guide.questions.size; i++) {
		const answer = answers[at];
		if (answer !== "yes" && answer !== "no") return {
			ok: false,
			steps,
			path: steps.map((s) => s.question),
			missing: at
		};
		steps.push({
			question: at,
			answer
		});
		const to = next(guide, at, answer);
		if (to.kind === "outcome") return {
			ok: true,
			steps,
			path: steps.map((s) => s.question),
			outcome: to.code
		};
		at = to.id;
	}
	throw new Error("the just culture guide has a cycle");
}
function formatSteps(steps) {
	return steps.map((s) => `${s.question} ${s.answer}`).join(" → ");
}
function answersOf(steps) {
	return Object.fromEntries(steps.map((s) => [s.question, s.answer]));
}
// dist/rules/just-culture.js
const shape = justCultureReviewSchema.shape;
const arrow = (ids) => ids.join(" → ");
const justCultureRule = {
	rules: [{
		id: "just-culture/outcome",
		severity: "error",
		description: "A just culture review whose `path` or `outcome` is not what its guide gives for its `answers`, that lacks an answer its path needs, answers a question the guide does not reach, or names a guide or guide version the repository does not have."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "just-culture-review") return;
		const answers = shape.answers.safeParse(data.answers);
		const path = shape.path.safeParse(data.path);
		const outcome = shape.outcome.safeParse(data.outcome);
		const guideId = str(data.guide);
		if (!answers.success || !path.success || !outcome.success || !guideId) return;
		const version = data.guide_version === void 0 ? void 0 : String(data.guide_version);
		let catalogue;
		try {
			catalogue = loadCatalogue(ctx.root, ctx.config.limits.max_file_bytes);
		} catch (err) {
			if (!(err instanceof GuideDataError)) throw err;
			const first = err.problems[0];
			ctx.report({
				rule: "just-culture/outcome",
				path: ["guide"],
				message: `This record could not be checked: the guide file ${err.file} has problems (first at line ${first?.line ?? 1}: ${first?.message ?? "unreadable"}). Run "lessons just-culture --explain --guide <id>" to see them all.`
			});
			return;
		}
		const found = findGuide(catalogue, guideId, version);
		if (!found.ok) {
			const message = found.message.charAt(0).toUpperCase() + found.message.slice(1);
			ctx.report({
				rule: "just-culture/outcome",
				path: [found.reason === "unknown-version" ? "guide_version" : "guide"],
				message: `${message} This record cannot be checked without it.`
			});
			return;
		}
		const guide = found.guide;
		const result = walk(guide, answers.data);
		if (!result.ok) {
			ctx.report({
				rule: "just-culture/outcome",
				path: ["answers"],
				at: "key",
				message: `There is no answer for ${questionLabel(guide, result.missing)}, which the guide asks ` + (result.path.length ? `after ${arrow(result.path)}` : "first") + `. Add "${result.missing}": "yes" or "no", or run "lessons just-culture" again.`
			});
			return;
		}
		const expected = result.path;
		const reaches = `With these answers the guide goes ${arrow(expected)} and reaches ${result.outcome}`;
		if (path.data.length !== expected.length || path.data.some((q, i) => q !== expected[i])) ctx.report({
			rule: "just-culture/outcome",
			path: ["path"],
			message: `${reaches}, but path is ${arrow(path.data)}. Set path to [${expected.map((q) => `"${q}"`).join(", ")}].`
		});
		if (outcome.data !== result.outcome) ctx.report({
			rule: "just-culture/outcome",
			path: ["outcome"],
			message: `${reaches}, but outcome is ${outcome.data}. Check the answers, or set outcome to ${result.outcome}.`
		});
		for (const q of Object.keys(answers.data)) if (!expected.includes(q)) ctx.report({
			rule: "just-culture/outcome",
			path: ["answers", q],
			at: "key",
			message: guide.questions.has(q) ? `${reaches}, so it never asks ${q}. Remove the answer to ${q}: a record holds only the questions on its path.` : `${q} is not a question of ${guide.name} (${guide.id}). Remove it: a record holds only the questions on its path.`
		});
	}
};
// dist/rules/ids.js
const duplicateIdRule = {
	rules: [{
		id: "id/duplicate",
		severity: "error",
		description: "Two entries share an id (both files are reported)."
	}],
	fields: [],
	check(entries, report) {
		const byId = new Map();
		for (const e of entries) {
			if (e.id === void 0) continue;
			const files = byId.get(e.id);
			if (files) files.push(e.file);
			else byId.set(e.id, [e.file]);
		}
		for (const [id, files] of byId) {
			if (files.length < 2) continue;
			for (const file of files) report(file, {
				rule: "id/duplicate",
				path: ["id"],
				message: `The id "${id}" is also used by ${files.filter((f) => f !== file).join(", ")}. Each entry needs its own id: give one of them a new id (and rename its file to match).`
			});
		}
	}
};
// dist/rules/lifecycle.js
function isBlank(value) {
	return value === void 0 || value === null || typeof value === "string" && value.trim() === "";
}
const lifecycleRule = {
	rules: [
		{
			id: "lifecycle/approval",
			severity: "error",
			description: "A lesson that is approved or later has no `approved_by` or `approved_on`."
		},
		{
			id: "lifecycle/shared",
			severity: "error",
			description: "A lesson that is shared or embedded has no `shared` list or no `evaluate_by` date."
		},
		{
			id: "public/summary",
			severity: "error",
			description: "`public: true` without a `public_summary`."
		}
	],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "lesson") return;
		const status = str(data.status);
		if (isApprovedOrLater(status)) {
			const missing = ["approved_by", "approved_on"].filter((f) => isBlank(data[f]));
			if (missing.length) ctx.report({
				rule: "lifecycle/approval",
				path: ["status"],
				message: `This lesson's status is "${status}", so it needs ${missing.map((f) => `"${f}"`).join(" and ")}: who approved it (a role or group) and when. Add ${missing.length > 1 ? "them" : "it"}, or set the status back to "in-review".`
			});
		}
		if (isSharedOrLater(status)) {
			const missing = [];
			if (list(data.shared).length === 0) missing.push("\"shared\" (where and when it was shared)");
			if (isBlank(data.evaluate_by)) missing.push("\"evaluate_by\" (when to check it is embedded)");
			if (missing.length) ctx.report({
				rule: "lifecycle/shared",
				path: ["status"],
				message: `This lesson's status is "${status}", so it needs ${missing.join(" and ")}. Add ${missing.length > 1 ? "them" : "it"}, or set the status back to "approved".`
			});
		}
		if (data.public === true && isBlank(data.public_summary)) ctx.report({
			rule: "public/summary",
			path: ["public"],
			message: "This lesson is marked public, so it needs \"public_summary\": what changed, in plain language for patients and carers. Add it, or remove \"public: true\"."
		});
	}
};
// dist/rules/references.js
const referencesRule = {
	rules: [
		{
			id: "ref/unresolved",
			severity: "error",
			description: "A referenced id does not exist."
		},
		{
			id: "ref/type",
			severity: "error",
			description: "A reference points at the wrong type of entry."
		},
		{
			id: "ref/backlink",
			severity: "error",
			description: "An incident lists a lesson in `lessons` that does not list the incident in its `sources`."
		}
	],
	fields: [...new Set(entryTypes().flatMap((d) => d.references.map((r) => r.field))), "sources"],
	check(entries, report) {
		const byId = new Map();
		for (const e of entries) if (e.id !== void 0 && !byId.has(e.id)) byId.set(e.id, e);
		for (const entry of entries) {
			if (!entry.type) continue;
			if (!isEntryType(entry.type)) continue;
			for (const ref of entryType(entry.type).references) {
				const value = fieldOf(entry.data, ref.field);
				if (ref.many) {
					if (Array.isArray(value)) {
						for (let i = 0; i < value.length; i++) if (typeof value[i] === "string") check(entry, ref, value[i], i);
					}
				} else if (str(value) !== void 0) check(entry, ref, value, void 0);
			}
		}
		function check(entry, ref, id, index) {
			const target = byId.get(id);
			const path = () => index === void 0 ? [ref.field] : [ref.field, index];
			if (!target) report(entry.file, {
				rule: "ref/unresolved",
				path: path(),
				message: `"${id}" in "${ref.field}" does not match any entry in the repository. Check the id, or add the missing entry.${invisibleNote(id)}`
			});
			else if (target.type !== ref.to) report(entry.file, {
				rule: "ref/type",
				path: path(),
				message: `"${id}" in "${ref.field}" is ${target.type ? nounWithType(target.type) : "an entry of unknown type"} (${target.file}), but "${ref.field}" must list ${nounWithType(ref.to)}.`
			});
			else if (entry.type === "incident" && ref.field === "lessons" && entry.id !== void 0) {
				const sources = target.data.sources;
				if (!(Array.isArray(sources) && sources.includes(entry.id))) report(entry.file, {
					rule: "ref/backlink",
					path: path(),
					message: `This source lists the lesson "${id}", but that lesson does not list "${entry.id}" in its "sources". Add "${entry.id}" to the lesson's sources (${target.file}), or remove the lesson from this list.`
				});
			}
		}
	}
};
// dist/rules/pii/people-fields.js
function peopleFields() {
	return people ??= roleFieldNames(entryTypes().map((d) => d.schema));
}
let people;
const roleFieldCache = new Map();
function cachedNameInRoleField(value) {
	if (roleFieldCache.has(value)) return roleFieldCache.get(value);
	const found = nameInRoleField(value);
	if (roleFieldCache.size > 1e4) roleFieldCache.clear();
	roleFieldCache.set(detached(value), detached(found));
	return found;
}
const peopleFieldsRule = {
	rules: [],
	check(ctx) {
		if (!ctx.data) return;
		const report = (field, path, name) => ctx.report({
			rule: "pii/name",
			path,
			needle: name,
			message: `"${field}" must hold a role or a group (e.g. "Ward Manager, Ward 7"), and this looks like a person's name (${name[0]}***). Write the role instead.`
		});
		const field = (value, path, name) => {
			if (typeof value === "string") {
				const found = cachedNameInRoleField(value);
				if (found) report(name, path(), found);
			} else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) field(value[i], () => [...path(), i], name);
		};
		const people = peopleFields();
		const data = ctx.data;
		for (const k in data) {
			const v = data[k];
			if (people.has(k)) field(v, () => [k], k);
			else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) {
				const item = v[i];
				if (!isRecord(item)) continue;
				for (const f in item) if (people.has(f) && item[f] !== void 0) field(item[f], () => [
					k,
					i,
					f
				], f);
			}
		}
	}
};
// dist/rules/schema.js
const AUTHORISED_POLICY_FIELDS = {
	ratified_by: "the group that ratified it",
	ratified_on: "when it was ratified",
	implemented_on: "when it came into use",
	review_date: "when it must be reviewed"
};
const schemaRule = {
	rules: [{
		id: "schema",
		severity: "error",
		description: "A field is missing, of the wrong type, not allowed, or an unknown key."
	}, {
		id: "type/unknown",
		severity: "error",
		description: "`type` is not lesson, incident, policy or just-culture-review."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data) return;
		if (data.type === void 0) {
			ctx.report({
				rule: "schema",
				at: "start",
				path: ["type"],
				message: `"type" is missing. Add it: ${orList(entryTypeNames())}.`
			});
			return;
		}
		if (!ctx.type) {
			const value = str(data.type);
			const guess = value ? closest(value, entryTypeNames()) : void 0;
			ctx.report({
				rule: "type/unknown",
				path: ["type"],
				message: `"type" is ${value ? `"${value}"` : "not text"}, which is not a type lessons knows. Use ${orList(entryTypeNames())}.` + (guess ? ` Did you mean "${guess}"?` : "") + (value ? invisibleNote(value) : "")
			});
			return;
		}
		const schema = entryType(ctx.type).schema;
		const result = schema.safeParse(data);
		if (!result.success) {
			const what = nounWithType(ctx.type);
			for (const e of explainIssues(result.error.issues, data, schema, what, true)) ctx.report({
				rule: "schema",
				path: e.path,
				at: e.at,
				message: e.message
			});
		}
		if (ctx.type === "policy" && data.status === "authorised") {
			for (const [field, meaning] of Object.entries(AUTHORISED_POLICY_FIELDS)) if (data[field] === void 0 || data[field] === null) ctx.report({
				rule: "schema",
				path: ["status"],
				message: `An authorised policy needs "${field}" (${meaning}). Add it, or change "status" if the policy is not authorised yet.`
			});
		}
	}
};
// dist/rules/taxonomy.js
function checkValue(ctx, list, value, path) {
	const allowed = ctx.config.taxonomy[list];
	if (!allowed || allowed.includes(value)) return;
	const guess = closest(value, allowed);
	ctx.report({
		rule: "taxonomy/unknown",
		path,
		message: `"${value}" is not one of the ${list} in lessons.config.yaml.` + (guess ? ` Did you mean "${guess}"?` : ` Use one of: ${allowed.join(", ")}, or ask for it to be added to the taxonomy.`) + invisibleNote(value)
	});
}
const taxonomyRule = {
	rules: [{
		id: "taxonomy/unknown",
		severity: "error",
		description: "A theme, service or audience is not in the configured taxonomy."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data) return;
		if (ctx.type === "lesson") {
			for (const item of stringItems(data.themes)) checkValue(ctx, "themes", item.value, ["themes", item.index]);
			for (const item of stringItems(data.services)) checkValue(ctx, "services", item.value, ["services", item.index]);
			for (const item of stringItems(data.audience)) checkValue(ctx, "audiences", item.value, ["audience", item.index]);
		} else if (ctx.type === "incident") {
			const service = str(data.service);
			if (service !== void 0) checkValue(ctx, "services", service, ["service"]);
		}
	}
};
// dist/rules/suppressions.js
const SUPPRESSION_RULES = [{
	id: "suppression/invalid",
	severity: "warning",
	description: "A suppression comment without a reason, or naming an unknown rule (it suppresses nothing)."
}];
const MARKER = "lessons-disable-next-line";
const BODY_RE = /<!--[ \t]*lessons-disable-next-line\b([\s\S]{0,2000}?)-->/g;
const FRONT_MATTER_RE = /^[ \t]*#[ \t]*lessons-disable-next-line\b(.*)$/gm;
const NONE = {
	valid: [],
	invalid: []
};
function parseSuppressions(read, knownRules) {
	const text = read.text;
	if (text === void 0 || !text.includes(MARKER)) return NONE;
	const out = {
		valid: [],
		invalid: []
	};
	const consider = (args, commentLine, endLine, column) => {
		const sep = args.search(/(^|\s)--(\s|$)/);
		const ruleText = sep === -1 ? args : args.slice(0, sep);
		const reason = sep === -1 ? "" : args.slice(sep).replace(/^\s*--/, "").trim();
		const rules = ruleText.split(/[\s,]+/).filter(Boolean);
		const unknown = rules.filter((r) => !knownRules.has(r));
		const position = {
			line: commentLine,
			column
		};
		if (rules.length === 0) out.invalid.push({
			rule: "suppression/invalid",
			position,
			message: "This suppression comment names no rule, so it suppresses nothing. Write: lessons-disable-next-line <rule-id> -- <reason>."
		});
		else if (unknown.length) out.invalid.push({
			rule: "suppression/invalid",
			position,
			message: `This suppression comment names ${unknown.map((r) => `"${r}"`).join(", ")}, which ${unknown.length > 1 ? "are not rules" : "is not a rule"} lessons knows, so it suppresses nothing. Check the rule id (see "lessons validate --help").`
		});
		else if (reason === "") out.invalid.push({
			rule: "suppression/invalid",
			position,
			message: `This suppression comment has no reason, so it suppresses nothing. Add one after "--", e.g. lessons-disable-next-line ${rules[0]} -- why this is safe.`
		});
		else out.valid.push({
			target: endLine + 1,
			rules
		});
	};
	const positionIn = positionsIn(text, 1);
	const fm = read.fm;
	if (fm) {
		const lastYamlLine = fm.bodyLine - 2;
		for (const m of text.matchAll(FRONT_MATTER_RE)) {
			const pos = positionIn(m.index);
			if (pos.line >= fm.yamlLine && pos.line <= lastYamlLine) consider(m[1], pos.line, pos.line, pos.column + m[0].search(/#/));
		}
	}
	for (const m of text.matchAll(BODY_RE)) {
		const start = positionIn(m.index);
		const end = positionIn(m.index + m[0].length);
		if (fm && start.line < fm.bodyLine) continue;
		consider(m[1], start.line, end.line, start.column);
	}
	return out;
}
function applySuppressions({ valid }, problems) {
	if (valid.length === 0) return problems;
	const byLine = new Map();
	for (const s of valid) {
		const rules = byLine.get(s.target) ?? new Set();
		for (const r of s.rules) rules.add(r);
		byLine.set(s.target, rules);
	}
	return problems.filter((p) => p.rule === "suppression/invalid" || !byLine.get(p.line)?.has(p.rule));
}
// dist/rules/date-order.js
const date = (v) => {
	const s = str(v);
	return s && isIsoDate(s) ? s : void 0;
};
const dateOrderRule = {
	rules: [{
		id: "dates/order",
		severity: "error",
		description: "Dates out of order: approval before creation, sharing or `evaluate_by` before approval, or an approval, completion or evaluation date in the future."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "lesson") return;
		const created = date(data.created);
		const approved = date(data.approved_on);
		const fix = "Check the date (YYYY-MM-DD).";
		if (approved && created && approved < created) ctx.report({
			rule: "dates/order",
			path: ["approved_on"],
			message: `The lesson was approved on ${approved}, before it was created (${created}). ${fix}`
		});
		if (approved && approved > ctx.today) ctx.report({
			rule: "dates/order",
			path: ["approved_on"],
			message: `The approval date ${approved} is in the future (today is ${ctx.today}). Record an approval when it has happened.`
		});
		if (approved) {
			list(data.shared).forEach((s, i) => {
				const d = isRecord(s) ? date(s.date) : void 0;
				if (d && d < approved) ctx.report({
					rule: "dates/order",
					path: [
						"shared",
						i,
						"date"
					],
					message: `The lesson was shared on ${d}, before it was approved (${approved}). ${fix}`
				});
			});
			const evaluateBy = date(data.evaluate_by);
			if (evaluateBy && evaluateBy < approved) ctx.report({
				rule: "dates/order",
				path: ["evaluate_by"],
				message: `"evaluate_by" (${evaluateBy}) is before the lesson was approved (${approved}): the check that it is embedded comes after it is shared. ${fix}`
			});
		}
		list(data.actions).forEach((a, i) => {
			const done = isRecord(a) ? date(a.completed) : void 0;
			if (done && done > ctx.today) ctx.report({
				rule: "dates/order",
				path: [
					"actions",
					i,
					"completed"
				],
				message: `Action ${i + 1} is recorded as completed on ${done}, which is in the future (today is ${ctx.today}). Record the date it was completed.`
			});
		});
		const evaluated = isRecord(data.evaluation) ? date(data.evaluation.date) : void 0;
		if (evaluated && evaluated > ctx.today) ctx.report({
			rule: "dates/order",
			path: ["evaluation", "date"],
			message: `The evaluation date ${evaluated} is in the future (today is ${ctx.today}). Record an evaluation when it has been done.`
		});
	}
};
// dist/rules/lifecycle-embedded.js
const PARTS = {
	date: "when it was checked",
	method: "how it was checked, such as a re-audit or observation",
	result: "what it found, against the actions' measures"
};
const embeddedRule = {
	rules: [{
		id: "lifecycle/embedded",
		severity: "error",
		description: "An embedded lesson has no `evaluation: {date, method, result}` saying how embedding was checked and what was found."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "lesson" || data.status !== "embedded") return;
		const ev = data.evaluation;
		const missing = Object.keys(PARTS).filter((k) => !isRecord(ev) || (str(ev[k]) ?? "").trim() === "");
		if (missing.length === 0) return;
		const what = missing.map((k) => `${k} (${PARTS[k]})`).join(", ");
		ctx.report({
			rule: "lifecycle/embedded",
			path: ["status"],
			message: isRecord(ev) ? `This lesson's status is "embedded", but its "evaluation" has no ${what}. Add ${missing.length > 1 ? "them" : "it"}, or set the status back to "shared".` : `This lesson's status is "embedded", so it needs an "evaluation": ${what}. Record it with "lessons status <id> embedded", or set the status back to "shared".`
		});
	}
};
// dist/rules/evaluation-due.js
const evaluationDueRule = {
	rules: [{
		id: "lifecycle/evaluation-due",
		severity: "warning",
		description: "A shared lesson whose `evaluate_by` date has passed: check whether it is embedded."
	}],
	check(ctx) {
		const data = ctx.data;
		if (!data || ctx.type !== "lesson" || data.status !== "shared") return;
		const due = str(data.evaluate_by);
		if (!due || !isIsoDate(due) || due >= ctx.today) return;
		ctx.report({
			rule: "lifecycle/evaluation-due",
			path: ["evaluate_by"],
			message: `This lesson was to be checked by ${due} to see whether the change has stuck. Check it (re-audit, observation, …) and record the result with "lessons status <id> embedded", or agree a new "evaluate_by" date.`
		});
	}
};
// dist/rules/language/terms-file.js
const termSchema = strictObject({
	phrase: string().min(2).optional(),
	pattern: string().min(2).optional(),
	suggestion: string().min(2),
	note: string().min(2).optional(),
	severity: _enum(["warning", "error"]).optional(),
	unless: array(string().min(2)).optional(),
	unless_after: array(string().min(2)).optional()
});
const termsFileSchema = strictObject({ terms: array(termSchema).min(1) });
function termsFileOptions(file) {
	return {
		shown: file,
		schema: termsFileSchema,
		what: "the terms file",
		intro: `the built-in language terms in ${file} are broken. Reinstall lessons, or rebuild it with "npm run build:dist".`,
		check: (data) => data.terms.flatMap((t, i) => t.phrase === void 0 === (t.pattern === void 0) ? [{
			path: ["terms", i],
			message: "each term needs exactly one of \"phrase\" or \"pattern\"."
		}] : [])
	};
}
function readTermsFile(source, file) {
	return parseDataFile(source, termsFileOptions(file));
}
setUncheckedTermsReader(readTermsFile);
// dist/rules/index.js
const FILE_RULES = [
	schemaRule,
	idFilenameRule,
	taxonomyRule,
	lifecycleRule,
	embeddedRule,
	evaluationDueRule,
	dateOrderRule,
	emptySectionRule,
	datesRule,
	deadlinesRule,
	justCultureRule,
	TEXT_FILE_RULE,
	peopleFieldsRule
];
const REPOSITORY_RULES = [duplicateIdRule, referencesRule];
const RULES = [
	...READ_RULES,
	...[...FILE_RULES, ...REPOSITORY_RULES].flatMap((r) => r.rules),
	...SUPPRESSION_RULES
];
const RULE_IDS = new Set(RULES.map((r) => r.id));
function ruleInfo(id) {
	return RULES.find((r) => r.id === id);
}
// dist/rules/engine.js
const INDEX_FIELDS = [...new Set(REPOSITORY_RULES.flatMap((r) => r.fields))];
const SCAN_FIELDS = new Set([
	...INDEX_FIELDS,
	"id",
	"type"
]);
function fullCount(files, selected) {
	return selected ? files.filter((f) => selected.has(f)).length : files.length;
}
function checkPart(repo, today, files, selected, next, onFile, onChecked, listed, stage) {
	const part = {
		problems: [],
		entries: []
	};
	if (fullCount(files, selected) >= 1e3) compileSchemas();
	const dirs = new Map();
	let count = 0;
	const one = (i, raw) => {
		const file = files[i];
		const abs = `${repo.root}${path.sep}${file}`;
		if (selected && !selected.has(file)) {
			const fields = readIndexFields(abs, repo.config.limits.max_file_bytes, SCAN_FIELDS, repo.root, dirs, listed?.[i] === 1);
			if (fields) part.entries.push(slimEntry(file, fields));
			onFile?.(++count);
			return;
		}
		const maxBytes = repo.config.limits.max_file_bytes;
		raw ??= readRegularFile(abs, repo.root, maxBytes, dirs, listed?.[i] === 1);
		const read = readEntryResult(file, abs, maxBytes, raw);
		const entry = read.data ? slimEntry(file, read.data) : void 0;
		if (entry) part.entries.push(entry);
		const done = whenDone(part, onChecked, file, read, entry);
		if (stage) stage.add(startFile(read, repo, today, true), done, openAgain(repo, today, file, abs, raw));
		else done(checkFile(read, repo, today));
		onFile?.(++count);
	};
	if (!stage) {
		for (let i = next(); i < files.length; i = next()) one(i);
		return part;
	}
	const had = new Uint8Array(files.length);
	const once = (i, raw) => {
		if (had[i]) return;
		had[i] = 1;
		one(i, raw);
	};
	for (;;) {
		const ahead = stage.take();
		if (ahead) {
			once(ahead.i, ahead.raw);
			continue;
		}
		const i = next();
		if (i >= files.length) break;
		once(i);
	}
	for (const r of stage.rest()) once(r.i, r.raw);
	for (let i = 0; i < files.length; i++) once(i);
	return part;
}
function whenDone(part, onChecked, file, read, entry) {
	return onChecked ? recordIn(part, onChecked, file, read, entry) : (problems) => void part.problems.push(...problems);
}
function recordIn(part, onChecked, file, read, entry) {
	return (problems) => {
		part.problems.push(...problems);
		onChecked(file, read, problems, entry);
	};
}
function openAgain(repo, today, file, abs, raw) {
	return () => startFile(readEntryResult(file, abs, repo.config.limits.max_file_bytes, raw), repo, today, true);
}
function listedFlags(files, regular) {
	const flags = new Uint8Array(files.length);
	for (let i = 0; i < files.length; i++) if (regular.has(files[i])) flags[i] = 1;
	return flags;
}
function slimEntry(file, data) {
	const slim = {};
	for (const f of INDEX_FIELDS) if (data[f] !== void 0) slim[f] = detached(data[f]);
	const entry = indexEntry(file, data);
	return {
		...entry,
		id: entry.id === void 0 ? void 0 : detached(entry.id),
		data: slim
	};
}
function checkRepository(opts) {
	const regular = new Set();
	const files = listEntryFiles(opts.repo, regular);
	let n = 0;
	const part = checkPart(opts.repo, opts.today, files, opts.selected, () => n++, (done) => opts.onFile?.(done, files.length), void 0, listedFlags(files, regular));
	return finishCheck(opts.repo, files, opts.selected, [part]);
}
function finishCheck(repo, files, selected, parts) {
	const order = new Map(files.map((f, i) => [f, i]));
	const entries = parts.flatMap((p) => p.entries).sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
	const problems = parts.flatMap((p) => p.problems);
	const pending = new Map();
	for (const rule of REPOSITORY_RULES) rule.check(entries, (file, finding) => {
		const list = pending.get(file);
		if (list) list.push(finding);
		else pending.set(file, [finding]);
	});
	for (const [file, findings] of pending) {
		const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
		problems.push(...positionFindings(read, findings, repo.config));
	}
	problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
	const warnings = parts.flatMap((p) => p.warning ? [p.warning] : []);
	return {
		checked: selected ? files.filter((f) => selected.has(f)) : [...files],
		problems,
		...warnings.length ? { warnings } : {}
	};
}
function checkEntryText(repo, file, text, today, entries) {
	const read = readEntryBytes(file, path.join(repo.root, file), Buffer.from(text, "utf8"));
	const problems = checkFile(read, repo, today);
	if (read.data) {
		const self = indexEntry(file, read.data);
		const findings = [];
		for (const rule of REPOSITORY_RULES) rule.check([...entries.filter((e) => e.file !== file), self], (f, finding) => {
			if (f === file) findings.push(finding);
		});
		problems.push(...positionFindings(read, findings, repo.config));
	}
	return problems;
}
function checkFile(read, repo, today) {
	return finishFile(startFile(read, repo, today, false), repo.config);
}
function startFile(read, repo, today, deferText) {
	const findings = [];
	if (read.problem) {
		const { rule, message, line, column } = read.problem;
		findings.push({
			rule,
			message,
			position: {
				line,
				column
			}
		});
	}
	const suppressions = parseSuppressions(read, RULE_IDS);
	findings.push(...suppressions.invalid);
	const open = {
		read,
		findings,
		suppressions
	};
	if (read.text !== void 0) {
		const data = read.data;
		const ctx = {
			file: read.file,
			root: repo.root,
			config: repo.config,
			today,
			data,
			type: data && isEntryType(data.type) ? data.type : void 0,
			text: read.data && read.fm ? read.fm.body : read.text,
			frontMatter: read.fm && {
				yaml: read.fm.yaml,
				line: read.fm.yamlLine
			},
			report: (f) => findings.push(f)
		};
		let deferred;
		for (const rule of FILE_RULES) if (deferText && rule === TEXT_FILE_RULE) deferred = {
			...TEXT_FILE_RULE.prepare(ctx),
			at: findings.length
		};
		else rule.check(ctx);
		if (deferred) open.text = deferred;
	}
	return open;
}
function finishFile(open, config, found, redacted) {
	if (open.text && found) {
		const end = open.findings.length;
		open.text.deliver(found);
		open.findings.splice(open.text.at, 0, ...open.findings.splice(end));
	}
	return positionFindings(open.read, open.findings, config, open.suppressions, redacted);
}
function locateFindings(read, findings, suppressions = parseSuppressions(read, RULE_IDS)) {
	const texts = [];
	const at = new Map();
	const place = (s) => {
		let k = at.get(s);
		if (k === void 0) {
			k = texts.push(s) - 1;
			at.set(s, k);
		}
		return k;
	};
	let locator;
	let bodyPosition;
	const problems = findings.map((f) => {
		let pos = f.position ?? {
			line: 1,
			column: 1
		};
		if (f.at === "start") pos = {
			line: 1,
			column: 1
		};
		else if (f.offset !== void 0) {
			bodyPosition ??= read.data && read.fm ? positionsIn(read.fm.body, read.fm.bodyLine) : positionsIn(read.text ?? "", 1);
			pos = bodyPosition(f.offset);
		} else if (f.path && read.fm) {
			locator ??= new Locator(read.fm, read.data);
			pos = locator.locate(f.path, f.at === "key" ? "key" : "value", f.needle);
		}
		const message = place(f.message);
		const path = f.path && f.path.length ? place(dotted(f.path)) : -1;
		return {
			line: pos.line,
			column: pos.column,
			severity: f.severity ?? ruleInfo(f.rule)?.severity ?? "error",
			rule: f.rule,
			message,
			path
		};
	});
	return {
		located: {
			file: read.file,
			problems,
			suppressions
		},
		texts
	};
}
function redactLocated(located, redacted) {
	if (located.problems.length === 0) return [];
	const problems = located.problems.map((p) => ({
		file: located.file,
		line: p.line,
		column: p.column,
		severity: p.severity,
		rule: p.rule,
		message: visible(redacted(p.message)),
		path: p.path === -1 ? null : redacted(p.path)
	}));
	return applySuppressions(located.suppressions, problems);
}
function positionFindings(read, findings, config, suppressions = parseSuppressions(read, RULE_IDS), redacted) {
	if (findings.length === 0) return [];
	const { located, texts } = locateFindings(read, findings, suppressions);
	const redactHere = redactMessage(config);
	return redactLocated(located, (k) => redacted?.get(texts[k]) ?? redactHere(texts[k]));
}
export { emptySections as C, REQUIRED_SECTIONS as S, sections as T, loadCatalogue as _, finishFile as a, question as b, locateFindings as c, AUTHORISED_POLICY_FIELDS as d, answersOf as f, chooseGuide as g, walk as h, finishCheck as i, redactLocated as l, next as m, checkPart as n, fullCount as o, formatSteps as p, checkRepository as r, listedFlags as s, checkEntryText as t, RULES as u, loadGuide as v, isEmptySection as w, questionLabel as x, outcome as y };
