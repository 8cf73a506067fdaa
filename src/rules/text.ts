/**
 * Content rules read text: every string (and number) in the front-matter and the Markdown body.
 * A text rule only finds matches in a string; this adapter runs it over both places and reports
 * each match where it is (the value's path and the matched text, or an offset in the body).
 *
 * The values and the body are joined into one text, so each rule runs once per file rather than
 * once per value (a file has dozens of short values: per-call cost dominated). The separator,
 * a NUL between two line breaks, is something no rule's pattern crosses (no `\s`, no `[^\n]`);
 * a match that contains it anyway (a configured pattern) is dropped.
 */
import type { Config } from '../model/config.js';
import type { PathSegment } from '../repo/frontmatter.js';
import type { FileRule, RuleInfo, Severity } from './types.js';

export interface TextMatch {
  rule: string;
  index: number;
  length: number;
  message: string;
  severity?: Severity;
}

export interface TextRule {
  rules: readonly RuleInfo[];
  /** A matcher for this configuration (compiled once per configuration). */
  compile(config: Config): (text: string) => TextMatch[];
}

/** Turns text rules into one file rule. */
export function textFileRule(textRules: readonly TextRule[]): FileRule {
  const compiled = new WeakMap<Config, ((text: string) => TextMatch[])[]>();
  const matchers = (config: Config) => {
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
      const starts: number[] = [];
      const paths: (() => PathSegment[])[] = [];
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
          if (text.includes('\0')) continue;
          if (m.index >= bodyStart) {
            ctx.report({ rule: m.rule, message: m.message, severity: m.severity, offset: m.index - bodyStart });
          } else {
            ctx.report({ rule: m.rule, message: m.message, severity: m.severity, path: paths[valueAt(starts, m.index)](), needle: text });
          }
        }
      }
    },
  };
}

const SEPARATOR = '\n\0\n';

/** The index of the value that contains `offset` (the last start at or before it). */
function valueAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * True when the character before `index` is one of `chars`: checked in code rather than with a
 * leading lookbehind, which would make the regex engine stop at every position of the text.
 */
export function glued(text: string, index: number, chars: RegExp): boolean {
  return index > 0 && chars.test(text[index - 1]);
}

/**
 * Every match of a global regex in `text`. Unlike `String.prototype.matchAll`, which copies the
 * regex on every call (measured: most of validate's time with the combined language terms), this
 * reuses the compiled one.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/**
 * Masks an identifier for messages: CI logs are themselves a leak, so only the first `keep`
 * letters or digits are shown (`943 476 5919` → `943 *** ****`).
 */
export function mask(value: string, keep = 3): string {
  let shown = 0;
  return value.replace(/[A-Za-z0-9]/g, (c) => (shown++ < keep ? c : '*'));
}

/** True when [index, index+length) lies inside an occurrence of one of `allowed` in `text` (any case). */
export function isAllowed(text: string, index: number, length: number, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return false;
  for (const a of allowed) {
    const needle = a.toLowerCase();
    if (needle.length < length) continue;
    // Only the window an occurrence covering the match can lie in is lowered (issue 11.2: lowering
    // the whole text for every match made many matches in a long text quadratic).
    const from = Math.max(0, index + length - needle.length);
    const lower = text.slice(from, index + needle.length).toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1 && from + at <= index; at = lower.indexOf(needle, at + 1)) {
      if (from + at + needle.length >= index + length) return true;
    }
  }
  return false;
}
