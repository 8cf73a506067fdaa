/**
 * What `lessons new` asks for each type, as data: the front-matter field, the flag that answers
 * it, the prompt, the choices (fixed lists and the config taxonomy) and the checks. The same
 * checks run on flag values and on typed answers, so a script and a person get the same result.
 */
import { isIsoDate, isIsoMonth } from './dates.js';
import { ID_PATTERN } from './fields.js';
import { SEIPS_SYSTEM } from './vocabulary.js';
import { str } from '../util/values.js';
/** Choices from a vocabulary, each shown with its description and its value: "Complaint (complaint)". */
export const fixed = (vocab) => vocab.terms.map((t) => ({ value: t.value, name: `${t.description ?? t.value} (${t.value})` }));
// ---------------------------------------------------------------------------------------------
// Checks (messages finish the sentence "<flag>: ...")
/** A contributory factor written "<system>: <what contributed>", e.g. "tasks: the checklist had no line for it". */
export function parseFactor(v, systems = SEIPS_SYSTEM.values) {
    const m = /^\s*([a-z-]+)\s*:\s*(\S[\s\S]*?)\s*$/.exec(v);
    return m && systems.includes(m[1]) ? { system: m[1], description: m[2] } : undefined;
}
export function checkFactor(systems) {
    return (v) => parseFactor(v, systems) ? undefined : `write a factor as "<system>: <what contributed>", with a system from ${systems.join(', ')}; e.g. "tasks: the transfer checklist had no line for pending doses".`;
}
export function oneLine(v) {
    return /[\r\n]/.test(v) ? 'must be on one line (it contains a line break).' : undefined;
}
export function checkTitle(v) {
    if (/[\r\n]/.test(v))
        return 'a title must be on one line (it contains a line break).';
    const n = [...v.trim()].length;
    if (n < 5)
        return `a title needs at least 5 characters (this has ${n}).`;
    if (n > 200)
        return `a title can have at most 200 characters (this has ${n}). Put the detail in the summary.`;
    return undefined;
}
export function nonEmpty(what) {
    return (v) => (v.trim() === '' ? `${what} cannot be empty.` : undefined);
}
export function text(what, min = 1) {
    return (v) => {
        if (v.trim().length < min)
            return min > 1 ? `${what} needs at least ${min} characters.` : `${what} cannot be empty.`;
        return oneLine(v);
    };
}
export function date(what, today) {
    return (v) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
            return `${what} must be a date written YYYY-MM-DD, e.g. ${today}.`;
        if (!isIsoDate(v))
            return `${v} is not a real date.`;
        if (v > today)
            return `${v} is in the future.`;
        return undefined;
    };
}
export function monthOrDate(what, today) {
    return (v) => {
        if (!/^\d{4}-\d{2}(-\d{2})?$/.test(v))
            return `${what} must be a month (YYYY-MM, preferred) or a date (YYYY-MM-DD), e.g. ${today.slice(0, 7)}.`;
        if (!(isIsoMonth(v) || isIsoDate(v)))
            return `${v} is not a real ${v.length === 7 ? 'month' : 'date'}.`;
        if (v > today.slice(0, v.length))
            return `${v} is in the future.`;
        return undefined;
    };
}
export function slug(v) {
    return /^[^\s,][^\s,]*$/.test(v) ? undefined : `"${v}" must be one word, without spaces (e.g. medication-safety).`;
}
// ---------------------------------------------------------------------------------------------
const MAX_OFFERED = 100;
/** Entries of `type`, newest id first (ids start with their date). */
export function ofType(entries, type) {
    return entries.filter((e) => e.type === type && e.id !== undefined && ID_PATTERN.test(e.id)).sort((a, b) => (a.id < b.id ? 1 : -1));
}
export function refQuestion(key, flag, opt, message, list, noun) {
    const offered = list.slice(0, MAX_OFFERED);
    return {
        key,
        flag,
        opt,
        arg: '<id>',
        message,
        required: false,
        many: true,
        ask: list.length > 0,
        choices: offered.map((e) => ({ value: e.id, name: `${e.id} ${shorten(str(e.data.title) ?? '')}` })),
        closed: true,
        allowed: new Set(list.map((e) => e.id)),
        note: list.length > MAX_OFFERED ? `Only the ${MAX_OFFERED} newest ${noun} are listed; pass older ones with ${flag}.` : undefined,
        check: (v) => (ID_PATTERN.test(v) ? undefined : `"${v}" is not an id.`),
    };
}
function shorten(s, max = 70) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
export function taxonomy(values) {
    if (!values)
        return { closed: false };
    return { choices: values.map((v) => ({ value: v, name: v })), closed: true };
}
/** The title question every type asks first. */
export const titleQuestion = {
    key: 'title',
    flag: '--title',
    opt: 'title',
    arg: '<title>',
    message: 'Title (5 to 200 characters, no names):',
    required: true,
    many: false,
    ask: true,
    check: checkTitle,
};
/** The status of a new entry: not asked (it has a default), only the starting statuses allowed. */
export function statusQuestion(type, allowed, fallback, why) {
    return {
        key: 'status',
        flag: '--status',
        opt: 'status',
        arg: `<${allowed.join('|')}>`,
        message: 'Status:',
        required: false,
        many: false,
        ask: false,
        fallback,
        check: (v) => (allowed.includes(v) ? undefined : `"${v}" cannot be the status of a new ${type}. ${why}`),
    };
}
/**
 * Every flag `new` takes that answers a question, by commander property (for "--x is not used for
 * a new policy"), gathered from the questions of every type `new` writes.
 */
export function answerFlags(all) {
    const flags = new Map();
    for (const qs of all)
        for (const q of qs)
            flags.set(q.opt, q.flag);
    return flags;
}
