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
import { isRecord } from '../util/values.js';
import { fold, originalSpan, readings, type Folded } from './pii/fold.js';
import { digitRuns, type DigitRuns } from './pii/scan.js';
import type { FileContext, FileRule, RuleInfo, Severity } from './types.js';
import { pathOf, type ValueAt } from './value-path.js';
import type { PathSegment } from '../repo/frontmatter.js';
import { lastAtMost } from '../util/sorted.js';
import { literalSetsOf, termSource } from './language/blame.js';

export interface TextMatch {
  rule: string;
  index: number;
  length: number;
  message: string;
  severity?: Severity;
}

export interface TextRule {
  rules: readonly RuleInfo[];
  /**
   * Reads text as a reader sees it (pii/fold.ts): the `pii/*` rules. Such rules also read the
   * front-matter's keys and comments and the file name.
   */
  folded?: boolean;
  /**
   * A matcher for this configuration (compiled once per configuration). `runs`, when given, is
   * `digitRuns(text)` (pii/scan.ts), computed once and shared by the detectors that read it.
   */
  compile(config: Config): Matcher;
}

export type Matcher = (text: string, runs?: DigitRuns) => TextMatch[];

/**
 * What the text stage reads of one file, as plain data (so that another thread can read it, see
 * parallel.ts): the front-matter values and the body (joined into one text by `scan`, not here:
 * the body is most of it, and this thread need not copy it), and the pieces read
 * besides them (keys, front-matter comments, the file name), each folded on its own.
 */
export interface TextJob {
  /** The values, each followed by the separator; the text the rules read is `values + body`. */
  values: string;
  body: string;
  outside: { text: string; slug: boolean }[];
}

/**
 * One match of the text stage, at its place in the original text: in `values + body`, or (with `piece`)
 * in that piece of `outside`. Matches that cross a separator are already left out.
 */
export interface TextFound {
  rule: string;
  message: string;
  severity?: Severity;
  index: number;
  length: number;
  piece?: number;
}

/**
 * The text rules as one file rule, in two halves: `prepare` (on the file's thread: what is read,
 * and how a match is reported) and `scan` (the matching itself, which needs nothing but the job
 * and the configuration). `check` runs both at once; parallel.ts runs `scan` on another thread.
 */
export interface TextFileRule extends FileRule {
  prepare(ctx: FileContext): { job: TextJob; deliver(found: readonly TextFound[]): void };
  scan(config: Config): (job: TextJob) => TextFound[];
}

/** Turns text rules into one file rule. */
export function textFileRule(textRules: readonly TextRule[]): TextFileRule {
  const compiled = new WeakMap<Config, (job: TextJob) => TextFound[]>();
  const scan = (config: Config) => {
    let m = compiled.get(config);
    if (!m) {
      m = scanner(
        textRules.filter((r) => !r.folded).map((r) => r.compile(config)),
        textRules.filter((r) => r.folded).map((r) => r.compile(config)),
      );
      compiled.set(config, m);
    }
    return m;
  };
  const inert = new WeakMap<Config, boolean>();
  const skipsInert = (config: Config) => {
    let skip = inert.get(config);
    if (skip === undefined) {
      skip = config.pii.patterns.every((p) => needsMoreThanInert(p.pattern)) && config.language.terms.every((t) => needsMoreThanInert(termSource(t)));
      inert.set(config, skip);
    }
    return skip;
  };
  const prepare = (ctx: FileContext) => {
    // Joined once from its parts: a string grown piece by piece is a chain the first regex to
    // read it must copy into one (measured: 60 ms on 15,500 files), where join copies once.
    const parts: string[] = [];
    const skipInert = skipsInert(ctx.config);
    if (ctx.data) collectValues(ctx.data, parts, skipInert);
    const values = parts.join('');
    const bodyStart = values.length;
    const outside = outsidePieces(ctx);
    // Where each value starts in the values' text, worked out only when something is found in a
    // value. `deliver` does not hold on to `parts` or `values`: it may wait for another thread (a
    // batch of files at a time), and held texts cost the garbage collector on every collection
    // meanwhile. It collects them again from the data, which gives the same parts.
    let again: { values: string; starts: number[] } | undefined;
    const deliver = (found: readonly TextFound[]) => {
      for (const m of found) {
        if (m.piece !== undefined) {
          outside.report[m.piece](m);
        } else if (m.index >= bodyStart) {
          ctx.report({ rule: m.rule, message: m.message, severity: m.severity, offset: m.index - bodyStart });
        } else {
          if (!again) {
            const parts: string[] = [];
            collectValues(ctx.data!, parts, skipInert);
            const starts: number[] = [];
            for (let k = 0, at = 0; k + 1 < parts.length; k += 2) {
              starts.push(at);
              at += parts[k].length + SEPARATOR.length;
            }
            again = { values: parts.join(''), starts };
          }
          const { values, starts } = again;
          const needle = values.slice(m.index, m.index + m.length);
          ctx.report({ rule: m.rule, message: m.message, severity: m.severity, path: pathOfValue(ctx.data!, lastAtMost(starts, m.index), skipInert), needle });
        }
      }
    };
    return { job: { values, body: ctx.text, outside: outside.pieces }, deliver };
  };
  return {
    rules: textRules.flatMap((r) => r.rules),
    prepare,
    scan,
    check(ctx) {
      const { job, deliver } = prepare(ctx);
      deliver(scan(ctx.config)(job));
    },
  };
}

/** The matching half of the text stage, for compiled matchers (those that read raw text, and the `pii/*` ones, which read it folded). */
function scanner(raw: readonly Matcher[], folded: readonly Matcher[]): (job: TextJob) => TextFound[] {
  return ({ values, body, outside }) => {
    const joined = values + body;
    const found: TextFound[] = [];
    const add = (m: TextMatch, index: number, length: number) => {
      if (joined.slice(index, index + length).includes('\0')) return;
      found.push({ rule: m.rule, message: m.message, severity: m.severity, index, length });
    };
    for (const f of raw) for (const m of f(joined)) add(m, m.index, m.length);
    if (folded.length === 0) return found;
    // The folded text, and the inside of any inline HTML tag in it (fold.ts readings).
    for (const { folded: text, offset } of readings(joined, fold(joined))) {
      const runs = digitRuns(text.text);
      for (const f of folded) {
        for (const m of f(text.text, runs)) {
          const span = originalSpan(text, m.index, m.length);
          add(m, offset + span.index, span.length);
        }
      }
    }
    scanOutside(outside, folded, found);
    return found;
  };
}

/**
 * Every string (and number, as written) in the front-matter, in order, pushed onto `parts` each
 * followed by the separator; inert values left out when `skipInert`. Nothing is made for where a
 * value is: `pathOfValue` walks the data again for the few values something is found in (making a
 * link per value cost more than the rest of the walk).
 */
function collectValues(value: unknown, parts: string[], skipInert: boolean): void {
  if (typeof value === 'string') {
    if (!(skipInert && isInert(value))) parts.push(value, SEPARATOR);
  } else if (typeof value === 'number') {
    const s = String(value);
    if (!(skipInert && isInert(s))) parts.push(s, SEPARATOR);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) collectValues(value[i], parts, skipInert);
  } else if (isRecord(value)) {
    for (const k in value) collectValues(value[k], parts, skipInert);
  }
}

/** The key path of value `n` (counted from 0) in the order `collectValues` gives them. */
export function pathOfValue(data: Record<string, unknown>, n: number, skipInert: boolean): PathSegment[] {
  const path: PathSegment[] = [];
  let left = n;
  const walk = (value: unknown): boolean => {
    if (typeof value === 'string' || typeof value === 'number') {
      if (skipInert && isInert(typeof value === 'string' ? value : String(value))) return false;
      return left-- === 0;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        if (walk(value[i])) return true;
        path.pop();
      }
    } else if (isRecord(value)) {
      for (const k in value) {
        path.push(k);
        if (walk(value[k])) return true;
        path.pop();
      }
    }
    return false;
  };
  walk(data);
  return path;
}

/**
 * Whether a front-matter value is one no built-in text rule can find anything in, so it is left
 * out of the joined text (unless a configured pattern or term could match it: needsMoreThanInert):
 * at most ten characters, all ASCII digits and hyphens, fewer than ten of them digits (a date
 * "2026-09-02", a month "2024-12", a year, a count "3"). Every built-in
 * finding needs what such a value lacks: a letter (names, addresses, postcodes, National
 * Insurance and registration numbers, e-mail addresses, blaming wording, and the label or cue
 * before a hospital number or a date of birth), ten digits or more (NHS and phone numbers) or a
 * "<", "=" or ">" (a merge-conflict marker), and no match crosses the separator between values.
 * Such values are a third of a repository's front-matter values and hold most of its runs of
 * digits, which the digit-based detectors each look at (measured: 62 ms of 504 on the 15,500-file
 * benchmark). tests/text-inert.test.ts runs every rule over such values to confirm.
 */
export function isInert(value: string): boolean {
  const n = value.length;
  if (n > 10) return false;
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 45) return false;
  }
  return digits < 10;
}

/**
 * Whether every match of a configured pattern or term holds a character an inert value cannot
 * (anything but a digit or "-"): the pattern has a literal set each of whose members holds one
 * (literals.ts; "FVH[0-9]{7}" needs "fvh"). Written with spaces between its characters, or
 * matched with the spaces squeezed out (pii/pattern.ts), it still holds that character. A
 * pattern the analysis cannot read ("[0-9]{7}") could match an inert value, and then every value
 * is read.
 */
function needsMoreThanInert(source: string): boolean {
  const sets = literalSetsOf(source);
  return sets !== null && sets.some((set) => set.length > 0 && set.every((literal) => /[^\d-]/.test(literal)));
}

/**
 * The `pii/*` rules also read what a reader of the file sees besides values and the body: the
 * front-matter's keys and comments, and the file name. Each is a piece of the job (keys and the
 * file name read as slugs), with how a match in it is reported.
 */
function outsidePieces(ctx: FileContext): { pieces: TextJob['outside']; report: ((m: TextFound) => void)[] } {
  const pieces: TextJob['outside'] = [];
  const report: ((m: TextFound) => void)[] = [];
  const add = (text: string, slug: boolean, onFound: (m: TextFound) => void) => {
    pieces.push({ text, slug });
    report.push(onFound);
  };
  const name = ctx.file.slice(ctx.file.lastIndexOf('/') + 1);
  // A file named by its generated id (LL-20261104-7kq2.md: a date and four random characters)
  // cannot hold an identifier, so the common case costs one test.
  if (!GENERATED_NAME.test(name)) add(name, true, (m) => ctx.report({ rule: m.rule, message: `${m.message} (It is in the file name: rename the file.)`, severity: m.severity, at: 'start' }));
  if (ctx.data) {
    forEachKey(ctx.data, (key, link) => {
      if (INTERESTING_KEY.test(key)) add(key, true, (m) => ctx.report({ rule: m.rule, message: m.message, severity: m.severity, path: pathOf(link), at: 'key' }));
    });
  }
  if (ctx.frontMatter && ctx.frontMatter.yaml.includes('#')) {
    for (const c of yamlComments(ctx.frontMatter.yaml)) {
      add(c.text, false, (m) =>
        ctx.report({ rule: m.rule, message: m.message, severity: m.severity, position: { line: ctx.frontMatter!.line + c.line, column: c.column + m.index } }),
      );
    }
  }
  return { pieces, report };
}

/**
 * The folded matchers over the outside pieces, joined into a second text (so each rule still runs
 * once), each piece folded on its own. A match is given as the original index in its piece.
 */
function scanOutside(outside: TextJob['outside'], finders: readonly Matcher[], found: TextFound[]): void {
  if (outside.length === 0) return;
  const folded: Folded[] = [];
  const starts: number[] = [];
  let joined = '';
  for (const piece of outside) {
    const f = fold(piece.text, { slug: piece.slug });
    starts.push(joined.length);
    folded.push(f);
    joined += f.text + SEPARATOR;
  }
  const runs = digitRuns(joined);
  for (const f of finders) {
    for (const m of f(joined, runs)) {
      const k = lastAtMost(starts, m.index);
      const local = m.index - starts[k];
      if (local + m.length > folded[k].text.length) continue; // crosses a separator
      found.push({ rule: m.rule, message: m.message, severity: m.severity, index: folded[k].start(local), length: m.length, piece: k });
    }
  }
}

const GENERATED_NAME = /^[A-Z]{1,8}-\d{8}-[a-z0-9]{4}\.md$/;

/** Keys worth reading: anything but the lower-case words of the schema's own keys. */
const INTERESTING_KEY = /[^a-z_]/;

/** Visits every mapping key in the front-matter, with where it is (see value-path.ts). */
function forEachKey(data: Record<string, unknown>, visit: (key: string, link: ValueAt) => void): void {
  const walk = (value: unknown, link: ValueAt | undefined) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object' && value[i] !== null) walk(value[i], { parent: link, key: i });
    } else if (isRecord(value)) {
      for (const k in value) {
        const v = value[k];
        const nested = typeof v === 'object' && v !== null;
        // Most keys are the schema's own lower-case words with plain values: no link is made for them.
        if (!nested && !INTERESTING_KEY.test(k)) continue;
        const here = { parent: link, key: k };
        visit(k, here);
        if (nested) walk(v, here);
      }
    }
  };
  walk(data, undefined);
}

/**
 * The comments in a front-matter block, as YAML reads them: a `#` at the start of a line or after a
 * space or tab, outside quoted scalars, and not inside a block scalar (`|` or `>`), whose lines are
 * values. A quote starts a quoted scalar only where a value starts (after `key: `, `- `, `? `, at
 * the start of a line, or after `[`, `{` or `,` in a flow collection): elsewhere it is a character
 * of a plain value (`title: don't 'x # Mrs Smith` has a comment). A quoted scalar may go on over
 * several lines; `\"` and `''` do not end one. `line` is 0-based within the YAML, `column`
 * 1-based. tests/yaml-comments.test.ts compares this with the `yaml` package's own reading.
 */
export function yamlComments(yaml: string): { text: string; line: number; column: number }[] {
  const out: { text: string; line: number; column: number }[] = [];
  const lines = yaml.split('\n');
  let blockIndent = -1;
  let quote = '';
  let depth = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    // Where a value may start: the start of a line outside quotes (a quoted scalar goes on).
    let valueStart = quote === '';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = '';
        }
        continue;
      }
      if (c === ' ' || c === '\t') continue;
      const next = line[i + 1];
      const spaceAfter = next === undefined || next === ' ' || next === '\t';
      if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) {
        out.push({ text: line.slice(i + 1), line: n, column: i + 2 });
        break;
      }
      if (valueStart && (c === '"' || c === "'")) {
        quote = c;
        valueStart = false;
      } else if (c === ':' && (spaceAfter || (depth > 0 && (next === ',' || next === ']' || next === '}')))) {
        valueStart = true;
      } else if (valueStart && (c === '-' || c === '?') && spaceAfter) {
        valueStart = true;
      } else if ((valueStart || depth > 0) && (c === '[' || c === '{')) {
        depth++;
        valueStart = true;
      } else if (depth > 0 && (c === ']' || c === '}')) {
        depth--;
        valueStart = false;
      } else if (depth > 0 && c === ',') {
        valueStart = true;
      } else {
        valueStart = false;
      }
    }
    if (!quote && /[:-]\s*[|>][0-9+-]*\s*(?:#.*)?$/.test(line)) blockIndent = blockParent(line, indent);
  }
  return out;
}

/**
 * The column a block scalar's lines must be indented beyond, for a line that ends in a block scalar
 * header (`key: |`, `- >-`): the key's column, after any `- ` before it ("  - description: >-"
 * has its text indented beyond column 4, not 2), or the last dash's for an item that is the scalar.
 */
function blockParent(line: string, indent: number): number {
  let at = indent;
  let dash = -1;
  while (line[at] === '-' && (line[at + 1] === ' ' || line[at + 1] === '\t')) {
    dash = at;
    at += 2;
    while (line[at] === ' ' || line[at] === '\t') at++;
  }
  return line[at] === '|' || line[at] === '>' ? dash : at;
}

const SEPARATOR = '\n\0\n';

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
