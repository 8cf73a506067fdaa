/**
 * Is a regular expression safe to run over a pull request's text (issue 11.2)? Patterns from the
 * configuration (`pii.patterns`, `language.terms` patterns) are searched for in every value and
 * body, so one that backtracks super-linearly (`(a+)+b`, or `\w+@x`, which rescans a long word
 * from each of its letters) would let a single file stall CI for minutes.
 *
 * The check is static, done once when the configuration is read. A pattern with only exact
 * counts and no alternation (most configured patterns, e.g. `FVH[0-9]{7}`) has one way to match at
 * each start, so it is linear and nothing is loaded. Any other is parsed (regexpp): its bounded
 * repetitions may add up to at most MAX_REPEAT choices and may not repeat a group that itself
 * branches; and a pattern with unbounded repetition (`*`, `+`, `{n,}`) is analysed with scslre
 * (the analyser behind eslint-plugin-regexp's no-super-linear-backtracking rule), with the flags
 * the rule runs it with.
 */
import { createRequire } from 'node:module';
/**
 * Bounded repetition has a cost too: `[A-Z]{0,200}[A-Z]{0,200}X` tries every split of a run at
 * every start, and `(a|a){1,30}` every combination. A configured pattern may add up at most this
 * much choice (the sum of max − min over its bounded quantifiers).
 */
export const MAX_REPEAT = 256;
/** True when `source` has an unbounded quantifier outside character classes and escapes. */
export function hasUnboundedRepetition(source) {
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === '*' || c === '+')
            return true;
        else if (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 24)))
            return true;
    }
    return false;
}
let libs;
function load() {
    const require = createRequire(import.meta.url);
    return (libs ??= { scslre: require('scslre'), regexpp: require('@eslint-community/regexpp') });
}
/**
 * Why `source` (compiled with `flags`) may take more than linear time on some text, in words for
 * the configuration message, or undefined when it is linear. The source must compile.
 */
export function backtrackingRisk(source, flags) {
    // Only exact counts ({7}) and no alternation: at most one way to match at each start.
    if (!/[*+?|]|\{\d+,/.test(source.replace(/\\./g, '')))
        return undefined;
    const { scslre, regexpp } = load();
    let literal;
    try {
        literal = new regexpp.RegExpParser().parseLiteral(`/${escapeSlashes(source)}/${flags}`);
    }
    catch {
        // Valid for the engine but beyond the analyser's parser: not shown safe, so refused.
        return 'it cannot be analysed for safety';
    }
    let choice = 0;
    let nested = false;
    regexpp.visitRegExpAST(literal, {
        onQuantifierEnter(q) {
            if (q.max === undefined || q.min === undefined || !Number.isFinite(q.max))
                return;
            choice += q.max - q.min;
            if (q.max > 3 && q.element && branches(q.element))
                nested = true;
        },
    });
    if (nested)
        return 'it repeats a group that can itself match in several ways, which can take exponential time';
    if (choice > MAX_REPEAT)
        return `its bounded repetitions add up to more than ${MAX_REPEAT} choices at every character of a file`;
    if (!hasUnboundedRepetition(source))
        return undefined;
    const reports = scslre.analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } }).reports;
    if (reports.length === 0)
        return undefined;
    return reports.some((r) => r.exponential)
        ? 'it can take exponential time on some texts (nested or overlapping repetition)'
        : 'it can take quadratic time on a long run of matching characters (an unbounded repetition that can restart at every character)';
}
/** True when `node` holds an alternation or a quantifier: repeating it multiplies the ways to match. */
function branches(node) {
    if (node.type === 'Quantifier')
        return true;
    if (node.alternatives && node.alternatives.length > 1)
        return true;
    for (const a of node.alternatives ?? [])
        if (branches(a))
            return true;
    for (const e of node.elements ?? [])
        if (branches(e))
            return true;
    return node.element ? branches(node.element) : false;
}
/** The source as the body of a `/…/` literal: unescaped slashes escaped. */
function escapeSlashes(source) {
    let out = '';
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            out += source.slice(i, i + 2);
            i++;
        }
        else
            out += c === '/' ? '\\/' : c;
    }
    return out;
}
