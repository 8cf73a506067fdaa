// dist/model/dates.js
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const MONTH_DAYS = [
	31,
	28,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
function daysInMonth(year, month) {
	if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
	return MONTH_DAYS[month - 1] ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isIsoDate(value) {
	const m = DATE_RE.exec(value);
	if (!m) return false;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
function isIsoMonth(value) {
	const m = MONTH_RE.exec(value);
	if (!m) return false;
	const month = Number(m[2]);
	return month >= 1 && month <= 12;
}
function dateToIso(d) {
	return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}
function normaliseDate(value) {
	return value instanceof Date && !Number.isNaN(value.getTime()) ? dateToIso(value) : value;
}
function addDays(date, days) {
	const [y, m, d] = date.split("-").map(Number);
	return dateToIso(new Date(Date.UTC(y, m - 1, d + days)));
}
function daysBetween(a, b) {
	const ta = Date.parse(`${a}T00:00:00Z`);
	const tb = Date.parse(`${b}T00:00:00Z`);
	return Math.round((tb - ta) / 864e5);
}
function startOfPeriod(value) {
	return isIsoMonth(value) ? `${value}-01` : value;
}
function localToday(now = new Date()) {
	return `${String(now.getFullYear()).padStart(4, "0")}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
export { isIsoDate as a, normaliseDate as c, daysInMonth as i, startOfPeriod as l, dateToIso as n, isIsoMonth as o, daysBetween as r, localToday as s, addDays as t };
