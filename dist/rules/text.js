/** Turns text rules into one file rule. */
export function textFileRule(textRules) {
    const compiled = new WeakMap();
    const matchers = (config) => {
        let m = compiled.get(config);
        if (!m) {
            m = textRules.map((r) => r.compile(config));
            compiled.set(config, m);
        }
        return m;
    };
    return {
        rules: textRules.flatMap((r) => r.rules),
        check(ctx) {
            const find = matchers(ctx.config);
            const starts = [];
            const paths = [];
            let joined = '';
            ctx.forEachString((value, path) => {
                starts.push(joined.length);
                paths.push(path);
                joined += value + SEPARATOR;
            });
            const bodyStart = joined.length;
            joined += ctx.text;
            for (const f of find) {
                for (const m of f(joined)) {
                    const text = joined.slice(m.index, m.index + m.length);
                    if (text.includes('\0'))
                        continue;
                    if (m.index >= bodyStart) {
                        ctx.report({ rule: m.rule, message: m.message, severity: m.severity, offset: m.index - bodyStart });
                    }
                    else {
                        ctx.report({ rule: m.rule, message: m.message, severity: m.severity, path: paths[valueAt(starts, m.index)](), needle: text });
                    }
                }
            }
        },
    };
}
const SEPARATOR = '\n\0\n';
/** The index of the value that contains `offset` (the last start at or before it). */
function valueAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/**
 * True when the character before `index` is one of `chars`: checked in code rather than with a
 * leading lookbehind, which would make the regex engine stop at every position of the text.
 */
export function glued(text, index, chars) {
    return index > 0 && chars.test(text[index - 1]);
}
/**
 * Every match of a global regex in `text`. Unlike `String.prototype.matchAll`, which copies the
 * regex on every call (measured: most of validate's time with the combined language terms), this
 * reuses the compiled one.
 */
export function* execAll(re, text) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0].length === 0)
            re.lastIndex++;
        yield m;
    }
}
/**
 * Masks an identifier for messages: CI logs are themselves a leak, so only the first `keep`
 * letters or digits are shown (`943 476 5919` → `943 *** ****`).
 */
export function mask(value, keep = 3) {
    let shown = 0;
    return value.replace(/[A-Za-z0-9]/g, (c) => (shown++ < keep ? c : '*'));
}
/** True when [index, index+length) lies inside an occurrence of one of `allowed` in `text` (any case). */
export function isAllowed(text, index, length, allowed) {
    if (allowed.length === 0)
        return false;
    const lower = text.toLowerCase();
    for (const a of allowed) {
        const needle = a.toLowerCase();
        for (let at = lower.indexOf(needle, Math.max(0, index + length - needle.length)); at !== -1 && at <= index; at = lower.indexOf(needle, at + 1)) {
            if (at + needle.length >= index + length)
                return true;
        }
    }
    return false;
}
