import { PII_RULES } from './index.js';
import { isRecord } from '../util/values.js';
export const REDACTED = '[identifier removed]';
/** A function that replaces identifiable data in a string with `[identifier removed]`. */
export function redactor(config) {
    const finders = PII_RULES.map((r) => r.compile(config));
    // The shortest built-in identifier ("M1 1AE", "a@b.uk") has six characters; configured
    // patterns may be shorter, so then every string is searched.
    const shortest = config.pii.patterns.length ? 1 : 6;
    return (text) => {
        if (text.length < shortest)
            return text;
        let spans;
        for (const f of finders) {
            const found = f(text);
            if (found.length)
                (spans ??= []).push(...found);
        }
        if (!spans)
            return text;
        spans.sort((a, b) => a.index - b.index);
        let out = '';
        let at = 0;
        for (const s of spans) {
            if (s.index < at)
                continue; // overlapping matches: the first one already covered it
            out += text.slice(at, s.index) + REDACTED;
            at = s.index + s.length;
        }
        return out + text.slice(at);
    };
}
/** A copy of front-matter data with every string (and number) redacted. */
export function redactData(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (typeof value === 'number') {
        const s = String(value);
        const r = redact(s);
        return (r === s ? value : r);
    }
    if (Array.isArray(value))
        return value.map((v) => redactData(v, redact));
    if (isRecord(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactData(v, redact)]));
    return value;
}
