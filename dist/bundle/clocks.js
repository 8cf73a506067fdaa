import { a as isIsoDate, c as normaliseDate, n as dateToIso, r as daysBetween, t as addDays } from "./dates.js";
import { a as isRecord, l as str, u as stringItems } from "./values.js";
import { A as string, C as _enum, D as preprocess, E as number, k as strictObject, w as array } from "./config.js";
import { c as DataFileError, l as parseBuiltInDataFile } from "./repository.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/repo/calendar.js
const USUAL_HOLIDAYS = [
	"new-year",
	"good-friday",
	"easter-monday",
	"early-may",
	"spring",
	"summer",
	"christmas",
	"boxing-day"
];
const NAMES = {
	"new-year": "New Year's Day",
	"good-friday": "Good Friday",
	"easter-monday": "Easter Monday",
	"early-may": "Early May bank holiday",
	spring: "Spring bank holiday",
	summer: "Summer bank holiday",
	christmas: "Christmas Day",
	"boxing-day": "Boxing Day"
};
const isoDate = preprocess(normaliseDate, string().refine(isIsoDate, "not a real date (YYYY-MM-DD)"));
const fileSchema = strictObject({
	reviewed: isoDate,
	moved: array(strictObject({
		holiday: _enum(USUAL_HOLIDAYS),
		year: number().int(),
		to: isoDate,
		reason: string().min(2)
	})),
	added: array(strictObject({
		date: isoDate,
		name: string().min(2)
	}))
});
const CALENDAR_URL = new URL("./calendars/bank-holidays-england-and-wales.yaml", new URL("../repo/calendar.js", import.meta.url).href);
let data;
function calendarData() {
	if (data) return data;
	const file = fileURLToPath(CALENDAR_URL);
	const intro = `the built-in bank holiday calendar ${file} is broken. Reinstall lessons, or rebuild it with "npm run build:dist".`;
	let source;
	try {
		source = readFileSync(file, "utf8");
	} catch (err) {
		throw new DataFileError(file, [{
			line: 1,
			column: 1,
			message: `the file could not be read (${err.code ?? "error"}).`
		}], intro);
	}
	data = parseBuiltInDataFile(source, file, calendarOptions(file, intro));
	return data;
}
function calendarOptions(file, intro) {
	return {
		shown: file,
		schema: fileSchema,
		what: "the calendar",
		intro,
		check: (d) => d.moved.flatMap((m, i) => m.to.startsWith(`${m.year}-`) ? [] : [{
			path: [
				"moved",
				i,
				"to"
			],
			message: `a holiday of ${m.year} is moved to another year.`
		}])
	};
}
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const iso = (y, m, d) => dateToIso(utc(y, m, d));
function weekday(date) {
	const [y, m, d] = date.split("-").map(Number);
	return utc(y, m, d).getUTCDay();
}
const isWeekend = (date) => {
	const w = weekday(date);
	return w === 0 || w === 6;
};
function easterSunday(year) {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = (h + l - 7 * m + 114) % 31 + 1;
	return iso(year, month, day);
}
function shift(date, days) {
	const [y, m, d] = date.split("-").map(Number);
	return iso(y, m, d + days);
}
function monday(year, month, n) {
	if (n === 1) {
		const first = iso(year, month, 1);
		return shift(first, (8 - weekday(first)) % 7);
	}
	const last = iso(year, month + 1, 0);
	return shift(last, -((weekday(last) + 6) % 7));
}
const cache = new Map();
function bankHolidays(year) {
	const hit = cache.get(year);
	if (hit) return hit;
	const cal = calendarData();
	const easter = easterSunday(year);
	const usual = [
		["new-year", iso(year, 1, 1)],
		["good-friday", shift(easter, -2)],
		["easter-monday", shift(easter, 1)],
		["early-may", monday(year, 5, 1)],
		["spring", monday(year, 5, -1)],
		["summer", monday(year, 8, -1)],
		["christmas", iso(year, 12, 25)],
		["boxing-day", iso(year, 12, 26)]
	];
	const out = [];
	const taken = new Set();
	for (const [key, date] of usual) {
		const moved = cal.moved.find((m) => m.holiday === key && m.year === year);
		const day = moved ? moved.to : date;
		let observed = day;
		while (isWeekend(observed) || taken.has(observed)) observed = shift(observed, 1);
		taken.add(observed);
		out.push({
			date: observed,
			name: observed === day ? NAMES[key] : `${NAMES[key]} (substitute day)`
		});
	}
	for (const a of cal.added) if (a.date.startsWith(`${year}-`)) out.push({
		date: a.date,
		name: a.name
	});
	out.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
	cache.set(year, out);
	return out;
}
function isBankHoliday(date) {
	return bankHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}
function isWorkingDay(date) {
	return !isWeekend(date) && !isBankHoliday(date);
}
function addWorkingDays(date, n) {
	let d = date;
	for (let left = n; left > 0;) {
		d = shift(d, 1);
		if (isWorkingDay(d)) left--;
	}
	return d;
}
function addMonths(date, months) {
	const [y, m, d] = date.split("-").map(Number);
	const target = utc(y, m + months, 1);
	const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	return iso(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, last));
}
function date(data, field) {
	const v = str(data[field]);
	return v && isIsoDate(v) ? v : void 0;
}
function steps(data) {
	const kind = str(data.source);
	const received = date(data, "received");
	const due = date(data, "response_due");
	const out = [];
	if (kind === "prevention-of-future-deaths") {
		if (due) out.push({
			step: "response",
			label: "Response to the coroner's report",
			due,
			basis: "recorded",
			rule: "as extended by the coroner",
			started: received ?? null,
			doneField: "responded",
			path: ["response_due"]
		});
		else if (received) out.push({
			step: "response",
			label: "Response to the coroner's report",
			due: addDays(received, 56),
			basis: "statutory",
			rule: `56 days after the report was received`,
			started: received,
			doneField: "responded",
			path: ["received"]
		});
	} else if (kind === "complaint") {
		if (received) out.push({
			step: "acknowledgement",
			label: "Acknowledgement of the complaint",
			due: addWorkingDays(received, 3),
			basis: "statutory",
			rule: `3 working days after it was received (weekends and bank holidays not counted)`,
			started: received,
			doneField: "acknowledged",
			path: ["received"]
		});
		if (due) out.push({
			step: "response",
			label: "Response to the complaint",
			due,
			basis: "recorded",
			rule: "as agreed with the complainant",
			started: received ?? null,
			doneField: "responded",
			path: ["response_due"]
		});
		else if (received) out.push({
			step: "response",
			label: "Response to the complaint",
			due: addMonths(received, 6),
			basis: "default",
			rule: `6 months after it was received, as no other date was agreed`,
			started: received,
			doneField: "responded",
			path: ["received"]
		});
	} else if (due) out.push({
		step: "response",
		label: "Response",
		due,
		basis: "recorded",
		rule: "as recorded",
		started: received ?? null,
		doneField: "responded",
		path: ["response_due"]
	});
	const completion = date(data, "agreed_completion");
	if (completion) out.push({
		step: "learning-response",
		label: "Learning response",
		due: completion,
		basis: "recorded",
		rule: "as agreed",
		started: date(data, "response_started") ?? null,
		doneField: "response_completed",
		path: ["agreed_completion"]
	});
	return out;
}
function sourceClocks(entry, today, dueSoonDays) {
	const { data } = entry;
	if (data.type !== "incident") return [];
	return steps(data).map((s) => {
		const done = date(data, s.doneField) ?? null;
		const daysLeft = daysBetween(today, s.due);
		const state = done ? done > s.due ? "met-late" : "met" : daysLeft < 0 ? "overdue" : daysLeft <= dueSoonDays ? "due-soon" : "open";
		return {
			source: str(data.id) ?? "",
			file: entry.file,
			title: str(data.title) ?? str(data.id) ?? entry.file,
			kind: str(data.source) ?? "",
			step: s.step,
			label: s.label,
			started: s.started,
			due: s.due,
			basis: s.basis,
			rule: s.rule,
			done_field: s.doneField,
			done,
			state,
			days_left: daysLeft,
			owner: str(data.response_owner) ?? null,
			lessons: stringItems(data.lessons).map((l) => l.value),
			path: s.path
		};
	});
}
const isOpen = (c) => c.state === "open" || c.state === "due-soon" || c.state === "overdue";
function openClocks(entries, today, dueSoonDays) {
	const out = entries.flatMap((e) => sourceClocks(e, today, dueSoonDays).map((c, i) => ({
		c,
		i
	}))).filter((x) => isOpen(x.c));
	out.sort((a, b) => a.c.due < b.c.due ? -1 : a.c.due > b.c.due ? 1 : a.c.source < b.c.source ? -1 : a.c.source > b.c.source ? 1 : a.i - b.i);
	return out.map((x) => x.c);
}
const FEEDBACK_KINDS = new Set([
	"incident",
	"complaint",
	"claim",
	"inquest",
	"prevention-of-future-deaths",
	"mortality-review",
	"good-care"
]);
function needsFeedback(data) {
	return data.type === "incident" && data.status === "closed" && FEEDBACK_KINDS.has(str(data.source) ?? "");
}
function hasFeedback(data) {
	return isRecord(data.feedback) && str(data.feedback.date) !== void 0;
}
export { sourceClocks as i, needsFeedback as n, openClocks as r, hasFeedback as t };
