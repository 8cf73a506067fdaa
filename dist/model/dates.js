/**
 * Calendar dates as ISO `YYYY-MM-DD` strings.
 *
 * Dates are kept as strings everywhere: comparing two ISO dates is a string comparison, and a
 * string never shifts by a day when the time zone changes. A `Date` (which some YAML loaders
 * produce for an unquoted date) is read through its UTC fields, because YAML dates mean UTC
 * midnight; reading local fields would move `2026-05-01` to 30 April west of Greenwich.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in `month` (1-12) of `year`, in the proleptic Gregorian calendar (what `Date` uses). */
export function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return MONTH_DAYS[month - 1] ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-30` is false). */
export function isIsoDate(value) {
    const m = DATE_RE.exec(value);
    if (!m)
        return false;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
/** True for a real month written `YYYY-MM`. */
export function isIsoMonth(value) {
    const m = MONTH_RE.exec(value);
    if (!m)
        return false;
    const month = Number(m[2]);
    return month >= 1 && month <= 12;
}
/** The UTC calendar date of a `Date`, as `YYYY-MM-DD`. */
export function dateToIso(d) {
    const y = String(d.getUTCFullYear()).padStart(4, '0');
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    const day = String(d.getUTCDate()).padStart(2, '0');
    return `${y}-${m}-${day}`;
}
/** A `Date` becomes its ISO date; anything else is returned unchanged. */
export function normaliseDate(value) {
    return value instanceof Date && !Number.isNaN(value.getTime()) ? dateToIso(value) : value;
}
/** `date` plus `days` (which may be negative), as an ISO date. */
export function addDays(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return dateToIso(new Date(Date.UTC(y, m - 1, d + days)));
}
/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a, b) {
    const ta = Date.parse(`${a}T00:00:00Z`);
    const tb = Date.parse(`${b}T00:00:00Z`);
    return Math.round((tb - ta) / 86_400_000);
}
/** The first day of an ISO month or date's month: `2026-09` → `2026-09-01`. */
export function startOfPeriod(value) {
    return isIsoMonth(value) ? `${value}-01` : value;
}
/** Today's date where the user is, as an ISO date. */
export function localToday(now = new Date()) {
    const y = String(now.getFullYear()).padStart(4, '0');
    const m = String(now.getMonth() + 1).padStart(2, '0');
    const d = String(now.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
}
