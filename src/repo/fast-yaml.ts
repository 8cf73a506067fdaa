/**
 * A fast reader for the block-style YAML that front-matter is nearly always written in: the data
 * js-yaml (YAML 1.2 core schema) gives, at a fraction of its cost, or `undefined` whenever this
 * reader cannot be sure, and then js-yaml reads the block (frontmatter.ts `parseYaml`).
 *
 * What it reads: a block mapping at the top with plain keys (`[A-Za-z_][A-Za-z0-9_-]*`); nested
 * block mappings and block sequences (also "compact" ones at their key's indentation, and
 * `- key: value` items); one-line plain scalars (typed by js-yaml's own core-schema resolvers, so
 * `true`, `~`, `0x1F` and `.inf` come out exactly as js-yaml makes them); one-line double-quoted
 * scalars (with the one-character escapes such as `\"` and `\\`) and single-quoted scalars;
 * literal and folded block scalars (`|`, `|-`, `>`, `>-`) whose lines are not indented beyond the
 * first; one-line flow sequences and mappings of plain words; comments and blank lines.
 *
 * What sends a block to js-yaml: tabs, carriage returns, characters js-yaml refuses, a byte order
 * mark, anchors, aliases and tags (any value starting with `&`, `*` or `!`), quoted or complex
 * keys, a key given twice (js-yaml reports it), `\x`, `\u` and `\U` escapes and escaped line
 * breaks, values over several lines (plain or quoted), block scalars with an indentation
 * indicator, `+` chomping, leading blank lines or more-indented lines, nested or quoted flow
 * collections, directives and document markers, and anything not listed above.
 * tests/fast-yaml.test.ts compares the two readers on every front-matter block of the benchmark
 * corpora and the fixtures, and on mutated blocks.
 */
import jsyaml from 'js-yaml';

type Type = { resolve(data: string): boolean; construct(data: string): unknown };
/** The core schema's implicit types (null, bool, int, float), as js-yaml applies them to a plain scalar. */
const IMPLICIT = (jsyaml.CORE_SCHEMA as unknown as { implicit: Type[] }).implicit;
/** Only a plain scalar starting with one of these can be anything but a string in the core schema. */
const MAY_BE_TYPED = new Set([...'~nNtTfF0123456789-+.'].map((c) => c.charCodeAt(0)));
/** What js-yaml refuses in a stream, and line breaks other than LF that it treats specially. */
const REFUSED = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\x85\u2028\u2029\r\t\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const NOT_PLAIN_ASCII = /[^\x20-\x7E\n]/;
/** The plain words js-yaml's core schema reads as null or a boolean (a key that is one of them becomes "null", "true" or "false"). */
const TYPED_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** Characters a plain scalar cannot start with (YAML indicators), except "-" and "?" before a non-space. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/** Thrown when the reader cannot be sure; caught by `readBlockYaml`. */
class Unsure extends Error {}
const UNSURE = new Unsure();

/** The data of a front-matter block, exactly as js-yaml's core schema gives it, or undefined when unsure. */
export function readBlockYaml(src: string): Record<string, unknown> | undefined {
  // Printable ASCII and line feeds only (most blocks) cannot hold what js-yaml refuses.
  if (NOT_PLAIN_ASCII.test(src) && REFUSED.test(src)) return undefined;
  try {
    return new Reader(src).document();
  } catch (err) {
    // Unsure, or nesting too deep for the stack (a file over the usual size limit): js-yaml decides.
    if (err instanceof Unsure || err instanceof RangeError) return undefined;
    throw err;
  }
}

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const COMMA = 44;

/**
 * `s` without the spaces (U+0020) at its start and end. YAML's own white space is the space and the
 * tab (and tabs send a block to js-yaml), so a no-break, ideographic or other Unicode space, which
 * `String.prototype.trim` would remove, is part of the value: "done\u00A0" pasted from Word stays
 * "done\u00A0" for js-yaml, and so it must here.
 */
export function trimSpaces(s: string): string {
  let a = 0;
  let e = s.length;
  while (a < e && s.charCodeAt(a) === SPACE) a++;
  while (e > a && s.charCodeAt(e - 1) === SPACE) e--;
  return a === 0 && e === s.length ? s : s.slice(a, e);
}

function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === DASH;
}

/** A key js-yaml keeps as it is written: not `__proto__`, and not a word it reads as null or a boolean ("True" becomes "true"). */
function plainKey(key: string): boolean {
  // A key starts with a letter or "_": of the core schema's typed words only these can be one.
  if (key.length < 4 || key.length > 9) return true;
  // Each of them starts with "n", "t", "f" (either case) or "_": most keys are passed on that alone.
  const c = key.charCodeAt(0) | 32;
  if (c !== 110 && c !== 116 && c !== 102 && c !== 127 /* "_" | 32 */) return true;
  return key !== '__proto__' && !TYPED_WORDS.has(key);
}

function resolvePlain(s: string): unknown {
  if (s === '') return null;
  if (!MAY_BE_TYPED.has(s.charCodeAt(0))) return s;
  // A date (2026-03-05) is neither an int nor a float in the core schema: a "-" inside.
  if (s.length === 10 && s.charCodeAt(4) === DASH && s.charCodeAt(7) === DASH && s.charCodeAt(0) !== DASH) return s;
  for (const t of IMPLICIT) if (t.resolve(s)) return t.construct(s);
  return s;
}

class Reader {
  private readonly lines: string[];
  /** Indentation of each line, or -1 for a blank line or a comment line. */
  private readonly indents: Int32Array;

  constructor(src: string) {
    this.lines = src.split('\n');
    this.indents = new Int32Array(this.lines.length);
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      let k = 0;
      while (k < line.length && line.charCodeAt(k) === SPACE) k++;
      this.indents[i] = k === line.length || line.charCodeAt(k) === HASH ? -1 : k;
    }
  }

  /** The next line at or after `i` with content (not blank, not a comment), or the line count. */
  private next(i: number): number {
    while (i < this.lines.length && this.indents[i] === -1) i++;
    return i;
  }

  document(): Record<string, unknown> {
    for (const line of this.lines) {
      // Directives and document markers belong to js-yaml.
      if (line.startsWith('%') || line.startsWith('---') || line.startsWith('...')) throw UNSURE;
    }
    const first = this.next(0);
    if (first >= this.lines.length || this.indents[first] !== 0) throw UNSURE;
    const [map, after] = this.mapping(first, 0);
    if (this.next(after) < this.lines.length) throw UNSURE;
    return map;
  }

  /** Where the key starting at `at` on `line` ends (the colon), if it is a plain key followed by ": " or ":" at the end. */
  private keyEnd(line: string, at: number): number {
    if (!isKeyStart(line.charCodeAt(at))) return -1;
    let k = at + 1;
    while (k < line.length && isKeyChar(line.charCodeAt(k))) k++;
    if (line.charCodeAt(k) !== COLON) return -1;
    return k + 1 === line.length || line.charCodeAt(k + 1) === SPACE ? k : -1;
  }

  /**
   * A block mapping whose first key is at column `col` of line `i` (later keys start their own
   * lines at that column). Returns it and the index of the line after it.
   */
  private mapping(i: number, col: number): [Record<string, unknown>, number] {
    const out: Record<string, unknown> = {};
    for (;;) {
      const line = this.lines[i];
      const colon = this.keyEnd(line, col);
      if (colon === -1) throw UNSURE;
      const key = line.slice(col, colon);
      // A key given twice is js-yaml's to report ("constructor" and the like also land here: harmless).
      if (!plainKey(key) || out[key] !== undefined) throw UNSURE;
      let at = colon + 1;
      while (at < line.length && line.charCodeAt(at) === SPACE) at++;
      let value: unknown;
      let after: number;
      if (at >= line.length || line.charCodeAt(at) === HASH) {
        [value, after] = this.below(i + 1, col);
      } else {
        [value, after] = this.inline(i, at, col);
      }
      out[key] = value;
      const j = this.next(after);
      if (j >= this.lines.length || this.indents[j] < col) return [out, j];
      if (this.indents[j] > col) throw UNSURE;
      if (this.lines[j].charCodeAt(col) === DASH) throw UNSURE; // a sequence where a key belongs
      i = j;
    }
  }

  /** The value of a key whose line ends after the colon: a nested block, or null. */
  private below(i: number, col: number): [unknown, number] {
    const j = this.next(i);
    if (j >= this.lines.length) return [null, j];
    const indent = this.indents[j];
    const line = this.lines[j];
    const dash = line.charCodeAt(indent) === DASH && (indent + 1 === line.length || line.charCodeAt(indent + 1) === SPACE);
    if (indent < col || (indent === col && !dash)) return [null, j];
    if (dash) return this.sequence(j, indent);
    if (this.keyEnd(line, indent) === -1) throw UNSURE; // a scalar on the next line
    return this.mapping(j, indent);
  }

  /** A block sequence whose dashes are at column `col`, the first on line `i`. */
  private sequence(i: number, col: number): [unknown[], number] {
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[i];
      let at = col + 1;
      while (at < line.length && line.charCodeAt(at) === SPACE) at++;
      if (at >= line.length || line.charCodeAt(at) === HASH) throw UNSURE; // an item on the lines below
      let item: unknown;
      let after: number;
      if (this.keyEnd(line, at) !== -1) {
        [item, after] = this.mapping(i, at);
      } else {
        [item, after] = this.inline(i, at, col);
      }
      out.push(item);
      const j = this.next(after);
      if (j >= this.lines.length || this.indents[j] < col) return [out, j];
      if (this.indents[j] > col) throw UNSURE;
      const next = this.lines[j];
      if (next.charCodeAt(col) !== DASH || !(col + 1 === next.length || next.charCodeAt(col + 1) === SPACE)) return [out, j];
      i = j;
    }
  }

  /**
   * A value that starts at `at` on line `i`, for a parent whose content is at column `parent`:
   * a one-line scalar or flow collection, or a block scalar. Returns it and the line after it.
   */
  private inline(i: number, at: number, parent: number): [unknown, number] {
    const line = this.lines[i];
    const c = line.charCodeAt(at);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(i, at, parent);
    let value: unknown;
    let end: number;
    if (c === 34 /* " */) {
      [value, end] = doubleQuoted(line, at);
    } else if (c === 39 /* ' */) {
      let k = at + 1;
      let text = '';
      for (;;) {
        const q = line.indexOf("'", k);
        if (q === -1) throw UNSURE;
        text += line.slice(k, q);
        if (line.charCodeAt(q + 1) === 39) {
          text += "'";
          k = q + 2;
        } else {
          end = q + 1;
          break;
        }
      }
      value = text;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      const close = line.indexOf(c === 91 ? ']' : '}', at + 1);
      if (close === -1) throw UNSURE;
      const inner = line.slice(at + 1, close);
      value = c === 91 ? flowSequence(inner) : flowMapping(inner);
      end = close + 1;
    } else {
      const text = plainText(line.slice(at), false);
      value = resolvePlain(text);
      end = line.length;
    }
    // After the value: only spaces, or a comment.
    let k = end;
    while (k < line.length && line.charCodeAt(k) === SPACE) k++;
    if (k < line.length && !(line.charCodeAt(k) === HASH && k > end)) throw UNSURE;
    // The value must end on its line: a more-indented line after it would continue it.
    const j = this.next(i + 1);
    if (j < this.lines.length && this.indents[j] > parent) throw UNSURE;
    return [value, i + 1];
  }

  /** A literal or folded block scalar whose header is at `at` on line `i`. */
  private blockScalar(i: number, at: number, parent: number): [string, number] {
    const header = trimSpaces(this.lines[i].slice(at));
    if (header !== '|' && header !== '>' && header !== '|-' && header !== '>-') throw UNSURE;
    const folded = header[0] === '>';
    const strip = header.length === 2;
    const lines = this.lines;
    let j = i + 1;
    // The first line with text sets the indentation; blank lines before it are left to js-yaml.
    if (j >= lines.length || lines[j].trim() === '') throw UNSURE;
    let indent = 0;
    while (indent < lines[j].length && lines[j].charCodeAt(indent) === SPACE) indent++;
    if (indent <= parent) throw UNSURE;
    const content: string[] = [];
    let lastText = -1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      let k = 0;
      while (k < line.length && line.charCodeAt(k) === SPACE) k++;
      if (k === line.length) {
        if (k > indent) throw UNSURE; // spaces beyond the indentation are text
        content.push('');
        continue;
      }
      if (k < indent) break;
      if (k > indent && folded) throw UNSURE; // more-indented lines fold differently
      content.push(line.slice(indent));
      lastText = content.length - 1;
    }
    const body = content.slice(0, lastText + 1);
    let text: string;
    if (!folded) {
      text = body.join('\n');
    } else {
      text = body[0];
      let blanks = 0;
      for (let n = 1; n < body.length; n++) {
        if (body[n] === '') {
          blanks++;
          continue;
        }
        text += blanks === 0 ? ` ${body[n]}` : `${'\n'.repeat(blanks)}${body[n]}`;
        blanks = 0;
      }
    }
    // `j` is the first line after the scalar (its trailing blank lines included).
    return [strip ? text : `${text}\n`, j];
  }
}

/**
 * The text of a one-line plain scalar (a comment cut off, trailing spaces trimmed), or unsure
 * when it starts with an indicator, holds a ": " (a mapping) or, in a flow collection, a flow
 * indicator.
 */
function plainText(s: string, flow: boolean): string {
  const c = s.charCodeAt(0);
  const next = s.charCodeAt(1);
  if (INDICATORS.has(c)) {
    // "-" and "?" may start a plain scalar before a character that is not a space (or a flow indicator in a flow).
    if (!((c === DASH || c === 63) && !Number.isNaN(next) && next !== SPACE && !(flow && ',[]{}'.includes(s[1])))) throw UNSURE;
  }
  // Cut at a comment, then the spaces before it (only U+0020: see trimSpaces).
  let end = s.indexOf(' #');
  if (end === -1) end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === SPACE) end--;
  const text = end === s.length ? s : s.slice(0, end);
  if (text.charCodeAt(text.length - 1) === COLON || text.includes(': ')) throw UNSURE;
  if (flow && /[[\]{},]/.test(text)) throw UNSURE;
  return text;
}

/**
 * One item of a one-line flow collection starting at `at` in `inner`: a quoted scalar
 * or a plain word. Returns the value and where it ends (before a "," or the end), or unsure.
 */
function flowScalar(inner: string, at: number): [unknown, number] {
  while (inner.charCodeAt(at) === SPACE) at++;
  const c = inner.charCodeAt(at);
  if (c === 34 /* " */ || c === 39 /* ' */) {
    let text: string;
    let end: number;
    if (c === 34) [text, end] = doubleQuoted(inner, at);
    else {
      const close = inner.indexOf("'", at + 1);
      if (close === -1) throw UNSURE;
      text = inner.slice(at + 1, close);
      if (inner.charCodeAt(close + 1) === 39) throw UNSURE; // '' inside: left to js-yaml
      end = close + 1;
    }
    while (inner.charCodeAt(end) === SPACE) end++;
    if (end < inner.length && inner.charCodeAt(end) !== COMMA) throw UNSURE;
    return [text, end];
  }
  let end = inner.indexOf(',', at);
  if (end === -1) end = inner.length;
  const word = trimSpaces(inner.slice(at, end));
  if (word === '' || word.includes(':') || word.includes('#') || word.includes('"') || word.includes("'")) throw UNSURE;
  return [resolvePlain(plainText(word, true)), end];
}

/**
 * The single-character escapes of a double-quoted scalar and what js-yaml makes of each (YAML 1.2:
 * `\"`, `\\`, `\/`, `\n`, `\t` and the rest). A tab after the backslash cannot occur here (a tab
 * sends the block to js-yaml); `\x`, `\u` and `\U`, an escaped line break and an unknown escape
 * (an error) are left to js-yaml.
 */
const ESCAPES: ReadonlyMap<string, string> = new Map(
  Object.entries({ '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1B', ' ': ' ' }).concat(
    Object.entries({ '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xA0', L: '\u2028', P: '\u2029' }),
  ),
);

/**
 * A double-quoted scalar that starts at `at` and closes on the same line: its value, with the
 * escapes of `ESCAPES` read as js-yaml reads them, and where it ends (after the closing quote).
 */
function doubleQuoted(line: string, at: number): [string, number] {
  let close = line.indexOf('"', at + 1);
  if (close === -1) throw UNSURE;
  let slash = line.indexOf('\\', at + 1);
  if (slash === -1 || slash > close) return [line.slice(at + 1, close), close + 1];
  let text = '';
  let k = at + 1;
  for (;;) {
    // `slash` is the next backslash, before the closing quote found so far.
    const escaped = ESCAPES.get(line[slash + 1]);
    if (escaped === undefined) throw UNSURE;
    text += line.slice(k, slash) + escaped;
    k = slash + 2;
    if (k > close) {
      close = line.indexOf('"', k); // the quote found was escaped
      if (close === -1) throw UNSURE;
    }
    slash = line.indexOf('\\', k);
    if (slash === -1 || slash > close) return [text + line.slice(k, close), close + 1];
  }
}

/** The items of a one-line flow sequence of plain or quoted scalars (`[a, "b c"]`), or unsure. */
function flowSequence(inner: string): unknown[] {
  if (trimSpaces(inner) === '') return [];
  if (/[[\]{}]/.test(inner)) throw UNSURE;
  const out: unknown[] = [];
  for (let at = 0; ; ) {
    const [value, end] = flowScalar(inner, at);
    out.push(value);
    if (end >= inner.length) return out;
    at = end + 1; // past the comma
    if (trimSpaces(inner.slice(at)) === '') throw UNSURE; // a trailing comma
  }
}

/** The pairs of a one-line flow mapping of plain keys and plain or quoted scalars (`{a: b, c: "d"}`), or unsure. */
function flowMapping(inner: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (trimSpaces(inner) === '') return out;
  if (/[[\]{}]/.test(inner)) throw UNSURE;
  for (let at = 0; ; ) {
    while (inner.charCodeAt(at) === SPACE) at++;
    let k = at;
    while (k < inner.length && isKeyChar(inner.charCodeAt(k))) k++;
    const key = inner.slice(at, k);
    if (!isKeyStart(key.charCodeAt(0)) || inner.charCodeAt(k) !== COLON || inner.charCodeAt(k + 1) !== SPACE) throw UNSURE;
    if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) throw UNSURE;
    const [value, end] = flowScalar(inner, k + 2);
    out[key] = value;
    if (end >= inner.length) return out;
    at = end + 1;
    if (trimSpaces(inner.slice(at)) === '') throw UNSURE;
  }
}
