/**
 * England and Wales bank holidays and working days, for statutory clocks (a complaint must be
 * acknowledged within 3 working days of receipt).
 *
 * The usual pattern is worked out here; the exceptions proclaimed year by year (moved and one-off
 * holidays) are data, in calendars/bank-holidays-england-and-wales.yaml next to this module. Nothing is fetched: the calendar is
 * the same offline, in CI and in ten years' time (which is why a bundled, reviewed file was chosen
 * over a live feed; see the file's header for how it was checked).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from '../model/zod.js';
import { dateToIso, isIsoDate, normaliseDate } from '../model/dates.js';
import { DataFileError, parseBuiltInDataFile, parseDataFile } from './data-file.js';
export const USUAL_HOLIDAYS = ['new-year', 'good-friday', 'easter-monday', 'early-may', 'spring', 'summer', 'christmas', 'boxing-day'];
const NAMES = {
    'new-year': "New Year's Day",
    'good-friday': 'Good Friday',
    'easter-monday': 'Easter Monday',
    'early-may': 'Early May bank holiday',
    spring: 'Spring bank holiday',
    summer: 'Summer bank holiday',
    christmas: 'Christmas Day',
    'boxing-day': 'Boxing Day',
};
const isoDate = z.preprocess(normaliseDate, z.string().refine(isIsoDate, 'not a real date (YYYY-MM-DD)'));
const fileSchema = z.strictObject({
    reviewed: isoDate,
    moved: z.array(z.strictObject({ holiday: z.enum(USUAL_HOLIDAYS), year: z.number().int(), to: isoDate, reason: z.string().min(2) })),
    added: z.array(z.strictObject({ date: isoDate, name: z.string().min(2) })),
});
export const CALENDAR_URL = new URL('./calendars/bank-holidays-england-and-wales.yaml', import.meta.url);
let data;
/** The proclaimed exceptions (the data file next to this module, copied into dist/ by the build). */
export function calendarData() {
    if (data)
        return data;
    const file = fileURLToPath(CALENDAR_URL);
    const intro = `the built-in bank holiday calendar ${file} is broken. Reinstall lessons, or rebuild it with "npm run build:dist".`;
    let source;
    try {
        source = readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new DataFileError(file, [{ line: 1, column: 1, message: `the file could not be read (${err.code ?? 'error'}).` }], intro);
    }
    data = parseBuiltInDataFile(source, file, calendarOptions(file, intro));
    return data;
}
function calendarOptions(file, intro) {
    return {
        shown: file,
        schema: fileSchema,
        what: 'the calendar',
        intro,
        check: (d) => d.moved.flatMap((m, i) => (m.to.startsWith(`${m.year}-`) ? [] : [{ path: ['moved', i, 'to'], message: `a holiday of ${m.year} is moved to another year.` }])),
    };
}
/** For the build: the calendar file, checked now (see parseBuiltInDataFile). */
export function checkCalendarFile() {
    const file = fileURLToPath(CALENDAR_URL);
    const source = readFileSync(file, 'utf8');
    return { file, source, data: parseDataFile(source, calendarOptions(file)) };
}
const utc = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const iso = (y, m, d) => dateToIso(utc(y, m, d));
/** 0 = Sunday … 6 = Saturday. */
export function weekday(date) {
    const [y, m, d] = date.split('-').map(Number);
    return utc(y, m, d).getUTCDay();
}
const isWeekend = (date) => {
    const w = weekday(date);
    return w === 0 || w === 6;
};
/** Easter Sunday (Gregorian; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year) {
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
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return iso(year, month, day);
}
function shift(date, days) {
    const [y, m, d] = date.split('-').map(Number);
    return iso(y, m, d + days);
}
/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year, month, n) {
    if (n === 1) {
        const first = iso(year, month, 1);
        return shift(first, (8 - weekday(first)) % 7);
    }
    const last = iso(year, month + 1, 0);
    return shift(last, -((weekday(last) + 6) % 7));
}
const cache = new Map();
/** The bank holidays of one year in England and Wales, in date order. */
export function bankHolidays(year) {
    const hit = cache.get(year);
    if (hit)
        return hit;
    const cal = calendarData();
    const easter = easterSunday(year);
    const usual = [
        ['new-year', iso(year, 1, 1)],
        ['good-friday', shift(easter, -2)],
        ['easter-monday', shift(easter, 1)],
        ['early-may', monday(year, 5, 1)],
        ['spring', monday(year, 5, -1)],
        ['summer', monday(year, 8, -1)],
        ['christmas', iso(year, 12, 25)],
        ['boxing-day', iso(year, 12, 26)],
    ];
    const out = [];
    const taken = new Set();
    for (const [key, date] of usual) {
        const moved = cal.moved.find((m) => m.holiday === key && m.year === year);
        const day = moved ? moved.to : date;
        // A holiday at a weekend is given on the next weekday that is not already a holiday.
        let observed = day;
        while (isWeekend(observed) || taken.has(observed))
            observed = shift(observed, 1);
        taken.add(observed);
        out.push({ date: observed, name: observed === day ? NAMES[key] : `${NAMES[key]} (substitute day)` });
    }
    for (const a of cal.added)
        if (a.date.startsWith(`${year}-`))
            out.push({ date: a.date, name: a.name });
    out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    cache.set(year, out);
    return out;
}
export function isBankHoliday(date) {
    const year = Number(date.slice(0, 4));
    return bankHolidays(year).some((h) => h.date === date);
}
/** Monday to Friday and not a bank holiday in England and Wales. */
export function isWorkingDay(date) {
    return !isWeekend(date) && !isBankHoliday(date);
}
/**
 * The date `n` working days after `date` (the day itself is not counted, whatever it is): a
 * complaint received on Friday 18 December 2026 is acknowledged by Wednesday 23 December; one
 * received on Thursday 24 December by Thursday 31 December (Christmas Day, and Boxing Day's
 * substitute on Monday 28 December, do not count).
 */
export function addWorkingDays(date, n) {
    let d = date;
    for (let left = n; left > 0;) {
        d = shift(d, 1);
        if (isWorkingDay(d))
            left--;
    }
    return d;
}
/** `date` plus whole calendar months; a day the month lacks becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date, months) {
    const [y, m, d] = date.split('-').map(Number);
    const target = utc(y, m + months, 1);
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return iso(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, last));
}
