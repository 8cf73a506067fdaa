import { readFileSync } from "node:fs";
// dist/repo/checked-data.js
function readCheckedData(source, file) {
	try {
		const checked = JSON.parse(readFileSync(checkedFileOf(file), "utf8"));
		if (checked.fingerprint === fingerprint(source) && checked.data !== void 0) return checked.data;
	} catch {}
}
function checkedFileOf(file) {
	return file.replace(/\.ya?ml$/, "") + ".checked.json";
}
function fingerprint(text) {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return `${text.length}-${(h >>> 0).toString(16)}`;
}
// dist/util/invisible.js
const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const NAMES = {
	"\xA0": "a no-break space",
	" ": "a narrow no-break space",
	" ": "a figure space",
	" ": "a thin space",
	" ": "a hair space",
	"　": "an ideographic space",
	"​": "a zero-width space",
	"‌": "a zero-width non-joiner",
	"‍": "a zero-width joiner",
	"⁠": "a word joiner",
	"﻿": "a zero-width no-break space",
	"­": "a soft hyphen",
	"	": "a tab"
};
const ANY = new RegExp(`${SPACE.source}|${ZERO_WIDTH.source}`, "g");
function invisibleNote(value) {
	const found = [...new Set(value.match(ANY) ?? [])];
	if (found.length === 0) return "";
	const names = [...new Set(found.map((c) => NAMES[c] ?? (SPACE.test(c) ? "an unusual space" : "an invisible character")))];
	return ` It contains ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`}, which text pasted from Word or a PDF often brings: delete the value and type it again.`;
}
// dist/util/sorted.js
function lastAtMost(sorted, x) {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if (sorted[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}
export { readCheckedData as a, invisibleNote as i, SPACE as n, ZERO_WIDTH as r, lastAtMost as t };
