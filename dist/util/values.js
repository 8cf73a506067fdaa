/** Small readers for untyped front-matter data: rules run even when the schema check failed. */
import { visible } from './terminal.js';
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * `value` with its strings copied. A string the YAML parser cut out of a file's text is a slice
 * that keeps the whole text alive: kept in the index for every file, those slices held every
 * file's text in memory until the end (measured: 27 MB at 15,500 files, and the garbage collector
 * copying it again and again, 70-90 ms of a --changed run). Anything kept longer than one file
 * (the index, a cache of values seen) keeps a copy made here.
 */
export function detached(value) {
    if (typeof value === 'string')
        return (value.length < 13 ? value : ` ${value}`.slice(1));
    if (Array.isArray(value))
        return value.map(detached);
    if (isRecord(value)) {
        const out = {};
        for (const k in value)
            out[k] = detached(value[k]);
        return out;
    }
    return value;
}
export function str(value) {
    return typeof value === 'string' ? value : undefined;
}
export function list(value) {
    return Array.isArray(value) ? value : [];
}
/** A list of strings, keeping each string's index in the original list. */
export function stringItems(value) {
    const out = [];
    list(value).forEach((v, index) => {
        if (typeof v === 'string')
            out.push({ index, value: v });
    });
    return out;
}
/** Text on one line: runs of spaces and line breaks become one space; control characters are shown as codes. */
export function oneLine(s) {
    return visible((s ?? '').replace(/\s+/g, ' ').trim());
}
/** `actions.0.due` from `['actions', 0, 'due']`. */
export function dotted(path) {
    return path.join('.');
}
/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a, b) {
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
/**
 * Longest value (and option) a "did you mean" suggestion is worked out for: the distance costs
 * the product of the two lengths, and a typo of a slug, key or id is short (issue 11.2).
 */
export const SUGGEST_MAX_LENGTH = 64;
/** The closest of `options` to `value`, if it is close enough to be a likely typo. */
export function closest(value, options) {
    if (value.length > SUGGEST_MAX_LENGTH)
        return undefined;
    let best;
    let bestDistance = Infinity;
    for (const o of options) {
        if (o.length > SUGGEST_MAX_LENGTH)
            continue;
        const d = distance(value.toLowerCase(), o.toLowerCase());
        if (d < bestDistance) {
            best = o;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
/** "a, b or c" */
export function orList(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
/** "a, b and c" */
export function andList(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
