/**
 * Text as a reader sees it (DESIGN §5): before any `pii/*` rule looks at a text, it is folded the
 * way a renderer or a person would read it, so that text pasted from Word, Outlook, a PDF or a
 * record system cannot hide an identifier:
 *
 *   - compatibility forms become their plain form (NFKC: fullwidth digits, ligatures);
 *   - every Unicode space (no-break, narrow, thin, ideographic, tabs) becomes a plain space, and a
 *     run of spaces becomes one;
 *   - zero-width characters and soft hyphens disappear;
 *   - every dash (hyphen, en and em dash, minus sign) becomes `-`, and every dot-like separator
 *     (middle dot, one-dot leader, bullet) becomes `.`;
 *   - a line break inside a paragraph becomes a space (a blank line, a list item, a heading, a
 *     quote or a table row still starts a new line);
 *   - Markdown emphasis and code marks round words (`**476**`, `_Smith_`), backslash escapes and
 *     inline HTML tags disappear;
 *   - an HTML character reference (`&nbsp;`, `&#8211;`) is read as the character it stands for,
 *     folded as that character is (char-refs.ts).
 *
 * Folding keeps an offset map, so a match in the folded text is turned back into the span of the
 * original text it came from (the whole span: a redaction then leaves no fragment behind, and a
 * problem points at the right line and column). The map holds one record per edit, not one per
 * character, and a text that needs no folding costs a few native searches and no allocation.
 */

import { SPACE, ZERO_WIDTH } from '../../util/invisible.js';
import { characterReference } from './char-refs.js';
import { lastAtMost } from '../../util/sorted.js';

/** What one folded text knows of its original. */
export interface Folded {
  /** The folded text the rules read. */
  text: string;
  /** The original offset where the folded character at `index` starts. */
  start(index: number): number;
  /** The original offset where a folded span ending (exclusively) at `end` ends. */
  end(end: number): number;
  /**
   * The inline HTML tags folding read through that hold attributes (`<span title="…">`), as
   * original spans. Their text is not in `text` (a tag splits no identifier), but a reader of our
   * outputs sees it, so the rules read it too: `readings`.
   */
  tags?: readonly { from: number; to: number }[];
}

/**
 * Every reading of `original` the `pii/*` rules look at, each with the offset of its text in the
 * original: the folded text (`folded`, already made), then the inside of each inline HTML tag it
 * read through (`<a href="mailto:…">`, `<span title="…">`, `<img alt="…">`), folded on its own,
 * since a page or a plain-text output shows that text too. Most texts have one reading.
 */
export function readings(original: string, folded: Folded): { folded: Folded; offset: number }[] {
  const out = [{ folded, offset: 0 }];
  for (const t of folded.tags ?? []) out.push({ folded: fold(original.slice(t.from + 1, t.to - 1)), offset: t.from + 1 });
  return out;
}

/**
 * The edits, as parallel arrays (a file has hundreds; objects would cost the garbage collector):
 * edit k replaced original [from[k], to[k]) with len[k] folded characters starting at at[k].
 */
interface Edits {
  at: number[];
  len: number[];
  from: number[];
  to: number[];
}

const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const DOT = /[\u00B7\u2022\u2024\u2027\u2219\u22C5\u30FB\uFF0E]/;



/**
 * Where folding may start: a mark character, any character outside ASCII, or a pair (a space
 * before a blank, a line break before indentation). Everything else is copied as it is.
 *
 * These were one regex (`[\u0080-\uffff\t*_`~\\<]| [ \t\n]|\n[ \t]`), which V8 tries at every
 * position of the text: that scan cost more than the rest of folding. `foldStarts` finds the same
 * index with cheaper native searches, one per alternative: `indexOf` for each mark character, a
 * regex for the pairs (two literal characters, which V8 skips through two at a time), and one for
 * non-ASCII characters only when the text has any (its UTF-8 length says so for free). The least
 * of their answers is the index the single regex would find: a regex matches at the least index
 * where one of its alternatives does, and each search gives the least index of its alternative.
 */
export interface Scan {
  /** The mark characters, each a hit on its own. */
  marks: string;
  /** The pairs, as a global regex. */
  pairs: RegExp;
}
export const PLAIN: Scan = { marks: '\t*_`~\\<&', pairs: / [ \t\n]|\n[ \t]/g };
/** In a table a line break is always looked at (rows never join). */
export const TABLE: Scan = { marks: '\t\n*_`~\\<&', pairs: / [ \t\n]/g };
/** In a slug `-`, `.` and `/` separate words too. */
export const SLUG: Scan = { marks: '\t\n*_`~\\<&./-', pairs: / [ \t\n]/g };
const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * A function giving the least index ≥ `from` where folding may start in `text`, or -1. It is asked
 * with `from` never decreasing (fold's scan only moves forward), so every search goes through the
 * text once in all.
 */
export function foldStarts(text: string, scan: Scan): (from: number) => number {
  const kinds = scan.marks.length + 2;
  const nonAscii = scan.marks.length;
  const pairs = nonAscii + 1;
  // The last answer of each search: the least index ≥ the `from` it was asked for (Infinity for
  // none). It stays the answer until `from` passes it. -1: not asked yet.
  const at = new Array<number>(kinds).fill(-1);
  // Each code unit below 0x80 is one byte of UTF-8, and each other one more than one byte.
  if (Buffer.byteLength(text, 'utf8') === text.length) at[nonAscii] = Infinity;
  const search = (k: number, from: number): number => {
    if (k < nonAscii) {
      const found = text.indexOf(scan.marks[k], from);
      return found === -1 ? Infinity : found;
    }
    const re = k === pairs ? scan.pairs : NON_ASCII;
    re.lastIndex = from;
    const m = re.exec(text);
    return m ? m.index : Infinity;
  };
  return (from) => {
    let least = Infinity;
    for (let k = 0; k < kinds; k++) {
      if (at[k] < from) at[k] = search(k, from);
      if (at[k] < least) least = at[k];
    }
    return least === Infinity ? -1 : least;
  };
}

/**
 * A line break inside a paragraph: after a character that is not a line break (or the joined
 * text's separator), before one that does not start a block (a blank line, a list item, a
 * heading, a quote, a table row, an indented line: those go the slow way).
 */
const JOIN = /\n(?<=[^\n\0]\n)(?![\n\0\-*+>#| \t]|\d{1,3}[.)][ \t])/g;

const isDigit = (code: number) => code >= 48 && code <= 57;

const KEEP = 0;
const ZERO = 1;
const SPACE_RUN = 2;
/**
 * What folding does with a code point outside ASCII: keep it, drop it (zero-width), start a run of
 * spaces, or replace it (a dash, a dot, its NFKC form). Worked out once per code point and kept:
 * text pasted from Word or a PDF holds the same few quotes and dashes thousands of times.
 */
const OUTSIDE = new Map<number, typeof KEEP | typeof ZERO | typeof SPACE_RUN | string>();
function outsideAscii(cp: number): typeof KEEP | typeof ZERO | typeof SPACE_RUN | string {
  let kind = OUTSIDE.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    if (ZERO_WIDTH.test(ch)) kind = ZERO;
    else if (SPACE.test(ch)) kind = SPACE_RUN;
    else if (DASH.test(ch)) kind = '-';
    else if (DOT.test(ch)) kind = '.';
    else {
      const plain = ch.normalize('NFKC');
      kind = plain === ch ? KEEP : plain;
    }
    OUTSIDE.set(cp, kind);
  }
  return kind;
}

const IDENTITY = (text: string): Folded => ({ text, start: (i) => i, end: (i) => i });

/** Whether what a character reference stands for reads as a space (`&nbsp;`, `&#32;`, `&Tab;`, `&NewLine;`, `&ThickSpace;`). */
function isSpaceReference(value: string): boolean {
  for (const ch of value) if (ch !== ' ' && ch !== '\n' && ch !== '\r' && !SPACE.test(ch)) return false;
  return true;
}

/**
 * Where the run of spaces from `j` ends: spaces, tabs, Unicode spaces and zero-width characters,
 * written as themselves or as character references. Folding reads the run as one space (or none).
 */
function spaceRunEnd(text: string, j: number): number {
  const n = text.length;
  for (;;) {
    const c = text[j];
    if (j < n && (c === ' ' || c === '\t' || SPACE.test(c) || ZERO_WIDTH.test(c))) {
      j++;
      continue;
    }
    const ref = c === '&' ? characterReference(text, j) : undefined;
    if (ref && (isSpaceReference(ref.value) || ZERO_WIDTH.test(ref.value))) {
      j = ref.end;
      continue;
    }
    return j;
  }
}

/** What a character reference stands for, folded as the character itself is (a dash as "-", an invisible one as nothing). */
function foldCharacter(value: string): string {
  const cp = value.codePointAt(0)!;
  if (value.length !== (cp > 0xffff ? 2 : 1)) return value.normalize('NFKC');
  if (cp < 0x80) return value;
  const kind = outsideAscii(cp);
  return kind === KEEP ? value : kind === ZERO ? '' : kind === SPACE_RUN ? ' ' : kind;
}

/** What a slug reading reads as a space. */
const SLUG_SEPARATORS = '-_./';
const SLUG_SEPARATOR_RE = /[-_./]/g;

/**
 * `text` read as a slug (fold with `slug`), from its plain reading `plain` when that is the text
 * itself and it has no line break: then folding as a slug only reads each of SLUG_SEPARATORS as a
 * space, in place (nothing else in the text is folded either way), so the slug reading is the text
 * with those replaced, at the same offsets. Most problem messages are such texts, and redacting
 * them costs a third less (tests/redact.test.ts compares the two readings on random texts).
 */
export function slugReading(text: string, plain: Folded): Folded {
  if (plain.text !== text || text.includes('\n')) return fold(text, { slug: true });
  return { text: text.replace(SLUG_SEPARATOR_RE, ' '), start: (i) => i, end: (i) => i };
}

/** Folds `text` for the `pii/*` rules. `slug` also reads `-`, `_` and `.` as spaces (file names, keys, slugs). */
export function fold(original: string, options: { slug?: boolean } = {}): Folded {
  // Line breaks inside a paragraph become spaces in one native pass (the same length, so offsets do
  // not move); tables keep theirs (a row per line), so a text with a pipe goes the slow way.
  const tables = original.includes('|');
  const text = tables ? original : original.replace(JOIN, ' ');
  const edits: Edits = { at: [], len: [], from: [], to: [] };
  const tags: { from: number; to: number }[] = [];
  let out = '';
  let i = 0;
  const n = text.length;
  // `copyFrom` is where the run of characters copied unchanged began.
  let copyFrom = 0;
  let changed = text !== original;
  const flush = (upTo: number) => {
    if (upTo > copyFrom) out += text.slice(copyFrom, upTo);
  };
  const edit = (from: number, to: number, replacement: string) => {
    flush(from);
    // A replacement of the same length (a line break or a no-break space read as a space) leaves
    // every offset where it was: only edits that change the length are kept for the map.
    if (to - from !== replacement.length) {
      edits.at.push(out.length);
      edits.len.push(replacement.length);
      edits.from.push(from);
      edits.to.push(to);
    }
    changed = true;
    out += replacement;
    copyFrom = to;
  };
  const lastOut = () => (i > copyFrom ? text[i - 1] : (out[out.length - 1] ?? ''));
  const next = foldStarts(text, options.slug ? SLUG : tables ? TABLE : PLAIN);

  while (i < n) {
    // Jump to the next character that may need folding.
    const hit = next(i);
    if (hit === -1) break;
    i = hit;
    const c = text[i];
    const code = c.charCodeAt(0);
    if (code < 0x80) {
      if (c === ' ' || c === '\t') {
        const j = spaceRunEnd(text, i + 1);
        if (j < n && text[j] === '\n') {
          // Trailing spaces before a line break: let the line break decide.
          edit(i, j, '');
        } else if (j - i > 1 || c === '\t') {
          edit(i, j, lastOut() === ' ' ? '' : ' ');
        }
        i = j;
        continue;
      }
      if (c === '\n') {
        // A line break inside a paragraph reads as a space; leading spaces on the next line go with it.
        let j = i + 1;
        while (j < n && (text[j] === ' ' || text[j] === '\t' || SPACE.test(text[j]))) j++;
        if (joinsLines(text, i, j)) {
          edit(i, j, lastOut() === ' ' ? '' : ' ');
          i = j;
        } else {
          i++;
        }
        continue;
      }
      if (options.slug && SLUG_SEPARATORS.includes(c)) {
        edit(i, i + 1, ' ');
        i++;
        continue;
      }
      if (c === '\\' && i + 1 < n && /[!-/:-@[-`{-~]/.test(text[i + 1])) {
        // A Markdown escape: the reader sees only the escaped character, as it is.
        edit(i, i + 1, '');
        i += 2;
        continue;
      }
      if (c === '_' && i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        // "943_476_5919" in a key or a slug: an underscore between digits separates them.
        edit(i, i + 1, '-');
        i++;
        continue;
      }
      if (c === '*' || c === '_' || c === '`' || c === '~') {
        let j = i + 1;
        while (j < n && text[j] === c) j++;
        const before = i > 0 ? text[i - 1] : ' ';
        const after = j < n ? text[j] : ' ';
        // Emphasis or code marks round a word: one side touches the word, the other does not.
        // "first_name" (inside a word) and "3 * 4" (spaced) stay; "w***@nhs.uk" (a masked
        // address in a message) stays too.
        const wordBefore = /[\p{L}\p{N}]/u.test(before);
        const wordAfter = /[\p{L}\p{N}]/u.test(after);
        if (wordBefore !== wordAfter && after !== '@' && before !== '@') {
          edit(i, j, '');
          i = j;
          continue;
        }
        i = j;
        continue;
      }
      if (c === '&') {
        // An HTML character reference ("&nbsp;", "&#8211;"): read as the character it stands for,
        // folded like that character would be (char-refs.ts).
        const ref = characterReference(text, i);
        if (ref) {
          if (isSpaceReference(ref.value)) {
            // A space, and the spaces (or space references) after it, read as one space.
            const j = spaceRunEnd(text, ref.end);
            edit(i, j, lastOut() === ' ' || (j < n && text[j] === '\n') ? '' : ' ');
            i = j;
          } else {
            edit(i, ref.end, foldCharacter(ref.value));
            i = ref.end;
          }
          continue;
        }
      }
      if (c === '<') {
        const m = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/.exec(text.slice(i, i + 200));
        if (m) {
          if (m[0].includes('=')) tags.push({ from: i, to: i + m[0].length });
          edit(i, i + m[0].length, '');
          i += m[0].length;
          continue;
        }
      }
      i++;
      continue;
    }
    // Outside ASCII: one code point at a time.
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = outsideAscii(cp);
    if (kind === ZERO) {
      edit(i, i + width, '');
    } else if (kind === SPACE_RUN) {
      const j = spaceRunEnd(text, i + width);
      edit(i, j, lastOut() === ' ' || (j < n && text[j] === '\n') ? '' : ' ');
      i = j;
      continue;
    } else if (kind !== KEEP) {
      edit(i, i + width, kind);
    }
    i += width;
  }
  if (!changed) return IDENTITY(text);
  flush(n);
  const withTags = tags.length ? { tags } : {};
  if (edits.at.length === 0) return { text: out, start: (i) => i, end: (i) => i, ...withTags };
  return { text: out, start: (f) => toOriginal(edits, f, false), end: (f) => toOriginal(edits, f, true), ...withTags };
}

/**
 * Whether the line break at `i` (the next line's text starting at `j`) is inside a paragraph:
 * the line before is not blank, and neither line is a table row, nor does the next one start a
 * block (a list item, heading, quote, table row, the joined-text separator) or is blank.
 */
function joinsLines(text: string, i: number, j: number): boolean {
  if (i === 0) return false;
  const before = text.charCodeAt(i - 1);
  if (before === 10 || before === 0) return false; // blank line, or the separator
  if (j >= text.length) return false;
  const c = text[j];
  if (c === '\n' || c === '\0' || c === '-' || c === '*' || c === '+' || c === '>' || c === '#' || c === '|') return false;
  if (c >= '0' && c <= '9' && /^\d{1,3}[.)][ \t]/.test(text.slice(j, j + 5))) return false;
  // A table row on either line (a pipe on the line before or the line after).
  for (let k = i - 1; k >= 0 && text.charCodeAt(k) !== 10; k--) if (text.charCodeAt(k) === 124) return false;
  for (let k = j; k < text.length && text.charCodeAt(k) !== 10; k++) if (text.charCodeAt(k) === 124) return false;
  return true;
}

/** The index of the last edit with `at` ≤ f, or -1. */
function editAt(edits: Edits, f: number): number {
  return lastAtMost(edits.at, f);
}

/** Where the folded character at `f` starts (isEnd false) or ends (isEnd true) in the original. */
function charOriginal(edits: Edits, f: number, isEnd: boolean): number {
  const k = editAt(edits, f);
  if (k === -1) return f + (isEnd ? 1 : 0);
  const at = edits.at[k];
  const len = edits.len[k];
  if (f < at + len) return isEnd ? edits.to[k] : edits.from[k]; // inside a replacement
  return edits.to[k] + (f - (at + len)) + (isEnd ? 1 : 0); // copied unchanged after it
}

function toOriginal(edits: Edits, f: number, isEnd: boolean): number {
  if (!isEnd) return charOriginal(edits, f, false);
  return f === 0 ? charOriginal(edits, 0, false) : charOriginal(edits, f - 1, true);
}

/** Maps a folded span back to the original: [start, end). */
export function originalSpan(folded: Folded, index: number, length: number): { index: number; length: number } {
  const start = folded.start(index);
  const end = folded.end(index + length);
  return { index: start, length: Math.max(0, end - start) };
}
