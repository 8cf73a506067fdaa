import { execAll, isAllowed } from '../text.js';
import { isDigit, runsOf } from './scan.js';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = "(?:\\d{4}|['’]\\d{2}|\\d{2})";
const DATE = [
    '\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})',
    '\\d{4}-\\d{2}-\\d{2}',
    `\\d{1,2}(?:st|nd|rd|th)?(?: of)?[ /.-]${MONTH}\\.?,?[ /.-]${YEAR}`,
    `${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`,
].join('|');
const KEYWORD = '(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|birth\\s*date|born)';
// The keyword, then at most a few words without digits, then a date; or a date followed by "(DOB)".
const DOB_RE = new RegExp(`\\b${KEYWORD}[^\\d\\n]{0,25}?(?:\\b|(?=['’]))(${DATE})(?!\\d)|\\b(${DATE})\\s*\\(?\\s*(?:d\\.?o\\.?b\\.?|date of birth)\\b`, 'gi');
const DATE_CELL = new RegExp(`^\\s*(?:${DATE})\\s*$`, 'i');
const DOB_HEADER = new RegExp(`^\\s*(?:${KEYWORD}|birthday)\\s*:?\\s*$`, 'i');
const BIRTH_WORDS = /[Bb]orn|BORN|[Bb]irth|BIRTH|[Dd][Oo][Bb]|[Dd]\. ?[Oo]\.|D O B/;
/** A cheap test before the patterns: "born", "birth" or "DOB" in one of its spellings. */
function mayHoldBirth(text) {
    return BIRTH_WORDS.test(text);
}
/**
 * Whether DOB_RE can match, read from the digit runs (a table is read as before). Every match
 * holds a date, whose first run of digits (its start, or the day after a month name) has one of
 * the dates' shapes (dateShape). With the keyword first, the keyword and at most 25 characters
 * with no digit or line break (and the month) come just before that run: KEYWORD_BEFORE. With
 * "(DOB)" after, the date ends at the end of a run at most 24 characters on, followed by spaces,
 * perhaps "(", and a "d". A text where no run passes (a file's dates and ids, "9 days", "at
 * 02:15") is left without BIRTH_WORDS and DOB_RE.
 */
function mayMatch(text, runs) {
    const { starts, ends } = runs;
    const after = (i) => {
        for (let j = i; j < runs.count && ends[j] <= starts[i] + 24; j++)
            if (dobAfter(text, ends[j]))
                return true;
        return false;
    };
    for (let i = 0; i < runs.count; i++) {
        const s = starts[i];
        // The keyword before: never across a line break, so a value of its own (a front-matter date)
        // has none, and only "(DOB)" after is left to look for (the cheaper test first).
        if (s === 0 || text[s - 1] === '\n') {
            if (after(i) && dateShape(text, runs, i))
                return true;
            continue;
        }
        if (!dateShape(text, runs, i))
            continue;
        KEYWORD_BEFORE.lastIndex = s;
        if (KEYWORD_BEFORE.test(text) || after(i))
            return true;
    }
    return false;
}
const KEYWORD_BEFORE = new RegExp(`(?<=\\b${KEYWORD}[^\\d\\n]{0,25}(?:${MONTH}\\.? )?)`, 'iy');
const SPACE = /\s/;
/** What `\s` matches, without a regex call for the ASCII characters. */
function isSpace(text, at) {
    const c = text.charCodeAt(at);
    return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[at]));
}
const isDateSeparator = (code) => code === 47 || code === 46 || code === 45; // / . -
const MONTH_INITIALS = 'jfmasondJFMASOND';
const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
/**
 * Whether run `i` can be the first run of digits of a DATE (or the day after its month name):
 *   \d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}   one or two digits, a separator, one or two, a separator, the year;
 *   \d{4}-\d{2}-\d{2}                         four digits, "-", two, "-", two or more;
 *   \d{1,2}(?:st|nd|rd|th)?(?: of)?[ /.-]MONTH   a day and a month's first three letters;
 *   MONTH\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}    the day after a month: perhaps a suffix, a comma, a space and a digit.
 * (Any case for the letters, as DOB_RE reads them.)
 */
function dateShape(text, runs, i) {
    const { starts, ends } = runs;
    const s = starts[i];
    const e = ends[i];
    const length = e - s;
    if (length === 4) {
        return text.charCodeAt(e) === 45 && i + 2 < runs.count && starts[i + 1] === e + 1 && ends[i + 1] - starts[i + 1] === 2 && text.charCodeAt(ends[i + 1]) === 45 && starts[i + 2] === ends[i + 1] + 1;
    }
    if (length > 2)
        return false;
    // Day, separator, month, separator, year: the separators perhaps with a space either side.
    const month = afterSeparator(text, e);
    if (month !== -1 && i + 1 < runs.count && starts[i + 1] === month && ends[i + 1] - month <= 2) {
        const year = afterSeparator(text, ends[i + 1]);
        if (year !== -1 && i + 2 < runs.count && starts[i + 2] === year && ends[i + 2] - year >= 2)
            return true;
    }
    let j = e;
    const a = text.charCodeAt(j) | 32;
    const b = text.charCodeAt(j + 1) | 32;
    if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))
        j += 2; // st nd rd th
    const afterSuffix = j;
    // The day after a month name.
    if (text.charCodeAt(j) === 44)
        j++; // ,
    if (text.charCodeAt(j) === 32 && isDigit(text.charCodeAt(j + 1)))
        return true;
    // A day and a month.
    j = afterSuffix;
    if (text.charCodeAt(j) === 32 && (text.charCodeAt(j + 1) | 32) === 111 && (text.charCodeAt(j + 2) | 32) === 102)
        j += 3; // " of"
    const c = text.charCodeAt(j);
    return (c === 32 || isDateSeparator(c)) && MONTH_INITIALS.includes(text.charAt(j + 1)) && MONTHS.has(text.slice(j + 1, j + 4).toLowerCase());
}
/** Where the text after a date separator at `at` (perhaps with a space either side) starts, or -1. */
function afterSeparator(text, at) {
    let j = at;
    if (isSpace(text, j))
        j++;
    if (!isDateSeparator(text.charCodeAt(j)))
        return -1;
    j++;
    if (isSpace(text, j))
        j++;
    return j;
}
/** Whether "d" (of "DOB", "date of birth") follows `at` after spaces and perhaps "(". */
function dobAfter(text, at) {
    const c = text.charCodeAt(at);
    if (c === 45 || c === 47 || c === 46 || c === 58 || c === 0)
        return false; // the common "-", "/", ".", ":", NUL: quickly
    let j = at;
    while (isSpace(text, j))
        j++;
    if (text[j] === '(')
        j++;
    while (isSpace(text, j))
        j++;
    return text[j] === 'd' || text[j] === 'D';
}
const MESSAGE = 'This looks like a date of birth. Remove it; if age matters to the learning, give an age range (e.g. "in their 70s").';
/** Dates in the column of a Markdown table whose header is "DOB", "Date of birth" or "Born". */
function tableDates(text) {
    const out = [];
    const lines = text.split('\n');
    let offset = 0;
    let column = -1;
    const cells = (line) => {
        const parts = [];
        let at = 0;
        const body = line.replace(/^\s*\|/, (m) => ((at = m.length), ''));
        let start = 0;
        for (let i = 0; i <= body.length; i++) {
            if (i === body.length || (body[i] === '|' && body[i - 1] !== '\\')) {
                parts.push({ text: body.slice(start, i), at: at + start });
                start = i + 1;
            }
        }
        return parts;
    };
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        if (!line.includes('|'))
            column = -1;
        else if (column === -1) {
            const next = lines[n + 1];
            if (next && /^\s*\|?\s*:?-{2,}/.test(next))
                column = cells(line).findIndex((c) => DOB_HEADER.test(c.text));
        }
        else if (!/^\s*\|?\s*:?-{2,}/.test(line)) {
            const cell = cells(line)[column];
            if (cell && DATE_CELL.test(cell.text)) {
                const lead = cell.text.length - cell.text.trimStart().length;
                out.push({ rule: 'pii/date-of-birth', index: offset + cell.at + lead, length: cell.text.trim().length, message: MESSAGE });
            }
        }
        offset += line.length + 1;
    }
    return out;
}
export const dateOfBirthRule = {
    folded: true,
    rules: [{ id: 'pii/date-of-birth', severity: 'error', description: 'A date next to "DOB", "date of birth" or "born".' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text, given) => {
            // Both tests must pass; on a short text (a problem message) the pass of BIRTH_WORDS is the
            // cheaper one and goes first, on a file's text the runs are.
            const short = text.length < 500;
            if (short && !mayHoldBirth(text))
                return [];
            if (!text.includes('|') && !mayMatch(text, runsOf(text, given)))
                return [];
            if (!short && !mayHoldBirth(text))
                return [];
            const out = [];
            for (const m of execAll(DOB_RE, text)) {
                if (isAllowed(text, m.index, m[0].length, allow))
                    continue;
                out.push({ rule: 'pii/date-of-birth', index: m.index, length: m[0].length, message: MESSAGE });
            }
            if (text.includes('|'))
                out.push(...tableDates(text));
            return out;
        };
    },
};
