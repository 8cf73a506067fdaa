/**
 * Is a regular expression safe to run over a pull request's text (issue 11.2)? Patterns from the
 * configuration (`pii.patterns`, `language.terms` patterns) are searched for in every value and
 * body, so one that backtracks super-linearly (`(a+)+b`, or `\w+@x`, which rescans a long word
 * from each of its letters) would let a single file stall CI for minutes.
 *
 * The check is static, done once when the configuration is read: a pattern without unbounded
 * repetition (`*`, `+`, `{n,}`) does bounded work at each start position, so it is linear and
 * needs no analysis (most configured patterns, e.g. `FVH[0-9]{7}`). Any other pattern is analysed
 * with scslre (the analyser behind eslint-plugin-regexp's no-super-linear-backtracking rule),
 * loaded only then, with the flags the rule runs it with.
 */
import { createRequire } from 'node:module';

/** True when `source` has an unbounded quantifier outside character classes and escapes. */
export function hasUnboundedRepetition(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return true;
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 24))) return true;
  }
  return false;
}

interface Scslre {
  analyse(literal: unknown, options?: { reportTypes?: Record<string, boolean> }): { reports: { type: string; exponential: boolean }[] };
}
interface Regexpp {
  RegExpParser: new () => { parseLiteral(source: string): unknown };
}

let libs: { scslre: Scslre; regexpp: Regexpp } | undefined;
function load() {
  const require = createRequire(import.meta.url);
  return (libs ??= { scslre: require('scslre') as Scslre, regexpp: require('@eslint-community/regexpp') as Regexpp });
}

/**
 * Why `source` (compiled with `flags`) may take more than linear time on some text, in words for
 * the configuration message, or undefined when it is linear. The source must compile.
 */
export function backtrackingRisk(source: string, flags: string): string | undefined {
  if (!hasUnboundedRepetition(source)) return undefined;
  const { scslre, regexpp } = load();
  let literal: unknown;
  try {
    literal = new regexpp.RegExpParser().parseLiteral(`/${escapeSlashes(source)}/${flags}`);
  } catch {
    // Valid for the engine but beyond the analyser's parser: not shown safe, so refused.
    return 'it cannot be analysed for safety';
  }
  const reports = scslre.analyse(literal, { reportTypes: { Move: true, Self: true, Trade: true } }).reports;
  if (reports.length === 0) return undefined;
  return reports.some((r) => r.exponential)
    ? 'it can take exponential time on some texts (nested or overlapping repetition)'
    : 'it can take quadratic time on a long run of matching characters (an unbounded repetition that can restart at every character)';
}

/** The source as the body of a `/…/` literal: unescaped slashes escaped. */
function escapeSlashes(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else out += c === '/' ? '\\/' : c;
  }
  return out;
}
