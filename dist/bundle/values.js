// dist/util/terminal.js
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
function code(c) {
	return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function visible(s) {
	UNSAFE_LINE.lastIndex = 0;
	return UNSAFE_LINE.test(s) ? s.replace(UNSAFE_LINE, code) : s;
}
function visibleLines(s) {
	UNSAFE.lastIndex = 0;
	return UNSAFE.test(s) ? s.replace(UNSAFE, code) : s;
}
const SGR = /\u001b\[[0-9;]*m/y;
const ERASE_LINE = /\u001b\[[0-2]?K/y;
function safeOutput(s, own = {}) {
	UNSAFE.lastIndex = 0;
	if (!UNSAFE.test(s)) return s;
	if (!own.colour && !own.terminal) return s.replace(UNSAFE, code);
	let out = "";
	let last = 0;
	UNSAFE.lastIndex = 0;
	for (let m = UNSAFE.exec(s); m; m = UNSAFE.exec(s)) {
		const at = m.index;
		if (m[0] === "\r" && own.terminal) continue;
		if (m[0] === "\x1B") {
			let passed = 0;
			for (const [re, ok] of [[SGR, own.colour], [ERASE_LINE, own.terminal]]) {
				if (!ok) continue;
				re.lastIndex = at;
				const hit = re.exec(s);
				if (hit) passed = hit[0].length;
				if (passed) break;
			}
			if (passed) {
				UNSAFE.lastIndex = at + passed;
				continue;
			}
		}
		out += s.slice(last, at) + code(m[0]);
		last = at + 1;
	}
	return out + s.slice(last);
}
const RAW = Symbol("lessons.unguarded");
function guardStream(stream, colour) {
	const guarded = Object.create(stream);
	guarded.write = (chunk) => stream.write(typeof chunk === "string" ? safeOutput(chunk, {
		colour: colour(),
		terminal: Boolean(stream.isTTY)
	}) : chunk);
	guarded[RAW] = stream;
	return guarded;
}
function unguarded(stream) {
	return stream[RAW] ?? stream;
}
// dist/util/values.js
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function detached(value) {
	if (typeof value === "string") return value.length < 13 ? value : ` ${value}`.slice(1);
	if (Array.isArray(value)) return value.map(detached);
	if (isRecord(value)) {
		const out = {};
		for (const k in value) out[k] = detached(value[k]);
		return out;
	}
	return value;
}
function str(value) {
	return typeof value === "string" ? value : void 0;
}
function list(value) {
	return Array.isArray(value) ? value : [];
}
function stringItems(value) {
	const out = [];
	list(value).forEach((v, index) => {
		if (typeof v === "string") out.push({
			index,
			value: v
		});
	});
	return out;
}
function oneLine(s) {
	return visible((s ?? "").replace(/\s+/g, " ").trim());
}
function dotted(path) {
	return path.join(".");
}
function distance(a, b) {
	const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = tmp;
		}
	}
	return prev[b.length];
}
function closest(value, options) {
	if (value.length > 64) return void 0;
	let best;
	let bestDistance = Infinity;
	for (const o of options) {
		if (o.length > 64) continue;
		const d = distance(value.toLowerCase(), o.toLowerCase());
		if (d < bestDistance) {
			best = o;
			bestDistance = d;
		}
	}
	return best !== void 0 && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : void 0;
}
function orList(items) {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function andList(items) {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
export { isRecord as a, orList as c, guardStream as d, safeOutput as f, visibleLines as h, dotted as i, str as l, visible as m, closest as n, list as o, unguarded as p, detached as r, oneLine as s, andList as t, stringItems as u };
