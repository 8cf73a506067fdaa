/**
 * A line scanner for block-style YAML front-matter: it finds where each key and value starts
 * without building a `yaml` Document (which costs about twelve times the js-yaml parse that
 * already produced the data).
 *
 * It understands only what front-matter is usually written in: block mappings with plain keys,
 * block sequences (also "compact" ones at their key's indentation), plain, quoted and block
 * (`|`, `>`) scalars, and one-line flow sequences and mappings of plain or quoted scalars
 * (`[handover, falls]`, `{channel: bulletin, date: 2026-03-12}`). Anything else (tabs, anchors, aliases, tags,
 * quoted or complex keys, multi-line flow or quoted scalars, directives) gives `undefined`, and
 * so does an outline whose shape is not exactly that of the data js-yaml produced (`matches`).
 * The caller then falls back to the `yaml` Document, so positions are always what the Document
 * would give (tests/locator.property.test.ts compares the two on every path).
 *
 * Offsets are UTF-16 offsets into the block's text, like the Document's ranges.
 */

export type Outline = MapOutline | SeqOutline | ScalarOutline;

/**
 * The outline of a whole block: its top-level keys, each value read only when first asked for
 * (`value`). A file with something to point at usually needs one or two of its fifteen or so
 * top-level values ("actions", "review_date"), and reading the others cost most of the outline
 * (measured below). `matchesRoot` checks the keys against the data; a value must then be checked
 * against its data with `matches` before it is used.
 */
/**
 * A top-level block sequence ("actions:", "contributory_factors:") whose items are read when first
 * asked for: where each item starts is found from the dashes at the sequence's column, and an item
 * read later must end exactly at the next dash (or where the sequence ends). Its length must be the
 * data's; each item read must then be checked against its data with `matches`.
 */
export interface LazySeqOutline {
  kind: 'lazy-seq';
  start: number;
  count: number;
  item(k: number): Outline | undefined;
  /** A lower bound of where the sequence ends (every item is read for it). */
  end(): number | undefined;
}

export interface RootOutline {
  kind: 'root';
  start: number;
  keys: string[];
  keyStarts: number[];
  /** The value of key `k` (a block sequence's items also read when asked for), or undefined when the scanner cannot be sure of it. */
  value(k: number): Outline | LazySeqOutline | undefined;
  /** A lower bound of where the block ends (every value is read for it). */
  end(): number | undefined;
}

interface Span {
  /** Where the node starts (the Document's `range[0]`). */
  start: number;
  /** A lower bound of where the node ends (at most the Document's `range[2]`). */
  end: number;
}

export interface MapOutline extends Span {
  kind: 'map';
  keys: string[];
  keyStarts: number[];
  values: Outline[];
}

export interface SeqOutline extends Span {
  kind: 'seq';
  items: Outline[];
}

export interface ScalarOutline extends Span {
  kind: 'scalar';
  /** What the data must be: any scalar, a string, or exactly this string (a one-line plain scalar). */
  expect: 'scalar' | 'string';
  plain?: string;
}

/** Thrown inside the scanner when it cannot be sure; caught by `outline`. */
class Unsure extends Error {}
const UNSURE = new Unsure();

/** Characters a plain scalar cannot start with (YAML indicators), or only when followed by a non-space. */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const FLOW = new Set([...',[]{}'].map((c) => c.charCodeAt(0)));

function plainStart(c: number, next: number): boolean {
  if (c === 32 || c === 10 || c === 9 || Number.isNaN(c) || (c >= 128 && /\s/.test(String.fromCharCode(c)))) return false;
  if (!INDICATORS.has(c)) return true;
  // "-", "?" and ":" may start a plain scalar when followed by a character that is not a space or flow indicator.
  return (c === 45 || c === 63 || c === 58) && !Number.isNaN(next) && next !== 32 && next !== 10 && next !== 9 && !FLOW.has(next);
}
const FLOW_KEY = /^([A-Za-z_][A-Za-z0-9_-]*): /;
const BLOCK_HEADER = /^[|>][+-]?(?: +#.*)?$/;

class Scanner {
  /** Line tables (typed arrays: this runs for every file with something to point at). */
  private readonly count: number;
  private readonly starts: Int32Array;
  /** Offset of the first character that is not a space, or -1 for a blank line. */
  private readonly firsts: Int32Array;
  /** Offset just after the last character that is not a space. */
  private readonly ends: Int32Array;

  constructor(private readonly src: string) {
    let lines = 1;
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) lines++;
    this.count = lines;
    this.starts = new Int32Array(lines);
    this.firsts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    let pos = 0;
    for (let n = 0; n < lines; n++) {
      const nl = src.indexOf('\n', pos);
      const end = nl === -1 ? src.length : nl;
      let first = pos;
      while (first < end && src.charCodeAt(first) === 32) first++;
      let last = end;
      while (last > first && src.charCodeAt(last - 1) === 32) last--;
      this.starts[n] = pos;
      this.firsts[n] = first === end ? -1 : first;
      this.ends[n] = last;
      pos = nl + 1;
    }
  }

  /** Where a plain key (`[A-Za-z_][A-Za-z0-9_-]*`) starting at `at` ends, if a ": " or ":" at `end` follows it; else -1. */
  private keyEnd(at: number, end: number): number {
    const src = this.src;
    let c = src.charCodeAt(at);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return -1;
    let k = at + 1;
    for (; k < end; k++) {
      c = src.charCodeAt(k);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
    }
    if (k >= end || c !== 58 /* : */) return -1;
    return k + 1 === end || src.charCodeAt(k + 1) === 32 ? k : -1;
  }

  /** Where line `i` ends, before its newline (trailing spaces included). */
  private lineEnd(i: number): number {
    return i + 1 < this.count ? this.starts[i + 1] - 1 : this.src.length;
  }

  private indent(i: number): number {
    return this.firsts[i] - this.starts[i];
  }

  private isComment(i: number): boolean {
    return this.firsts[i] !== -1 && this.src.charCodeAt(this.firsts[i]) === 35; /* # */
  }

  /** The next line from `i` that holds something other than spaces or a comment. */
  private next(i: number): number {
    while (i < this.count && (this.firsts[i] === -1 || this.isComment(i))) i++;
    return i;
  }

  private isDash(at: number): boolean {
    const c = this.src.charCodeAt(at + 1);
    return this.src.charCodeAt(at) === 45 /* - */ && (Number.isNaN(c) || c === 32 || c === 10);
  }

  /**
   * The root: a mapping at column 1 and nothing after it, its values read when asked for. Where a
   * top-level value ends is found without reading it: at the next line with something at column
   * 1 (a dash there continues a sequence written at its key's indentation). A value read later
   * must end there too (the same test the whole mapping made when it was read at once), so each
   * value read is exactly what reading the whole block would have given.
   */
  root(): RootOutline {
    let i = this.next(0);
    if (i >= this.count || this.indent(i) !== 0) throw UNSURE;
    for (let k = 0; k < this.count; k++) {
      const f = this.firsts[k];
      const c = this.src.charCodeAt(f);
      if (f === this.starts[k] && (c === 37 /* % */ || ((c === 45 || c === 46) && /^(?:---|\.\.\.)/.test(this.src.slice(f, f + 3))))) throw UNSURE;
    }
    const keys: string[] = [];
    const keyStarts: number[] = [];
    /** Per key: its line, where its value starts, and the line of the next key (or the line count). */
    const lines: number[] = [];
    const valueStarts: number[] = [];
    const ends: number[] = [];
    for (;;) {
      const at = this.firsts[i];
      const keyEnd = this.keyEnd(at, this.ends[i]);
      if (keyEnd === -1) throw UNSURE;
      keys.push(this.src.slice(at, keyEnd));
      keyStarts.push(at);
      let q = keyEnd + 1;
      while (q < this.ends[i] && this.src.charCodeAt(q) === 32) q++;
      const j = this.topValueEnd(i, q);
      lines.push(i);
      valueStarts.push(q);
      ends.push(j);
      if (j >= this.count) break;
      i = j;
    }
    const values: (Outline | LazySeqOutline | null | undefined)[] = [];
    const value = (k: number): Outline | LazySeqOutline | undefined => {
      if (values[k] === undefined) {
        try {
          values[k] = this.lazySeq(lines[k], valueStarts[k], ends[k]);
          if (values[k] === undefined) {
            const [v, after] = this.value(lines[k], valueStarts[k], 0, true);
            values[k] = this.next(after) === ends[k] ? v : null;
          }
        } catch (err) {
          if (!(err instanceof Unsure)) throw err;
          values[k] = null;
        }
      }
      return values[k] ?? undefined;
    };
    const start = keyStarts[0];
    return {
      kind: 'root',
      start,
      keys,
      keyStarts,
      value,
      end: () => {
        let end = start;
        for (let k = 0; k < keys.length; k++) {
          const v = value(k);
          const e = v === undefined ? undefined : v.kind === 'lazy-seq' ? v.end() : v.end;
          if (e === undefined) return undefined;
          end = Math.max(end, e);
        }
        return end;
      },
    };
  }

  /**
   * The top-level value of the key on line `i` (starting at `q`, ending before line `end`) as a
   * lazy sequence, when it is a block sequence (what `value` would read with `seq`); null when the
   * items do not reach exactly to `end` (reading the whole block would not have been sure either);
   * undefined when it is not a block sequence.
   */
  private lazySeq(i: number, q: number, end: number): LazySeqOutline | null | undefined {
    if (q < this.ends[i] && this.src.charCodeAt(q) !== 35) return undefined; /* # */
    const first = this.next(i + 1);
    if (first >= end || !this.isDash(this.firsts[first])) return undefined;
    const col = this.indent(first);
    const dashes: number[] = [];
    for (let d = first; ; ) {
      dashes.push(d);
      let n = this.next(d + 1);
      while (n < end && this.indent(n) > col) n = this.next(n + 1);
      if (n >= end) break;
      // A line left of the dashes, or a key at their column, before the top-level value ends.
      if (this.indent(n) !== col || !this.isDash(this.firsts[n])) return null;
      d = n;
    }
    const items: (Outline | null | undefined)[] = [];
    const item = (k: number): Outline | undefined => {
      if (items[k] === undefined) {
        try {
          const [v, after] = this.item(dashes[k], col);
          items[k] = this.next(after) === (k + 1 < dashes.length ? dashes[k + 1] : end) ? v : null;
        } catch (err) {
          if (!(err instanceof Unsure)) throw err;
          items[k] = null;
        }
      }
      return items[k] ?? undefined;
    };
    const start = this.firsts[first];
    return {
      kind: 'lazy-seq',
      start,
      count: dashes.length,
      item,
      end: () => {
        let e = start;
        for (let k = 0; k < dashes.length; k++) {
          const v = item(k);
          if (!v) return undefined;
          e = Math.max(e, v.end);
        }
        return e;
      },
    };
  }

  /**
   * The line after the top-level value of the key on line `i` (its value starting at `q`): the
   * next line with something other than a comment at column 1 that is not a dash of a sequence
   * written at the key's indentation, or the line count.
   */
  private topValueEnd(i: number, q: number): number {
    let j = this.next(i + 1);
    const onItsLine = q < this.ends[i] && this.src.charCodeAt(q) !== 35; /* # */
    if (!onItsLine && j < this.count && this.indent(j) === 0 && this.isDash(this.firsts[j])) {
      while (j < this.count && (this.indent(j) > 0 || this.isDash(this.firsts[j]))) j = this.next(j + 1);
      return j;
    }
    while (j < this.count && this.indent(j) > 0) j = this.next(j + 1);
    return j;
  }

  /** A block mapping whose first key is at offset `at` on line `i`; returns it and the line after it. */
  private map(i: number, at: number): [MapOutline, number] {
    const indent = at - this.starts[i];
    const out: MapOutline = { kind: 'map', start: at, end: at, keys: [], keyStarts: [], values: [] };
    for (;;) {
      const keyEnd = this.keyEnd(at, this.ends[i]);
      if (keyEnd === -1) throw UNSURE;
      out.keys.push(this.src.slice(at, keyEnd));
      out.keyStarts.push(at);
      let q = keyEnd + 1;
      while (q < this.ends[i] && this.src.charCodeAt(q) === 32) q++;
      const [value, after] = this.value(i, q, indent, true);
      out.values.push(value);
      out.end = Math.max(out.end, value.end);
      const j = this.next(after);
      if (j >= this.count || this.indent(j) < indent) return [out, after];
      if (this.indent(j) > indent) throw UNSURE;
      i = j;
      at = this.firsts[j];
    }
  }

  /** A block sequence whose first dash is at the start of line `i`. */
  private seq(i: number): [SeqOutline, number] {
    const indent = this.indent(i);
    const out: SeqOutline = { kind: 'seq', start: this.firsts[i], end: this.firsts[i], items: [] };
    for (;;) {
      const [item, after] = this.item(i, indent);
      out.items.push(item);
      out.end = Math.max(out.end, item.end);
      const j = this.next(after);
      if (j >= this.count || this.indent(j) < indent) return [out, after];
      if (this.indent(j) > indent) throw UNSURE;
      if (!this.isDash(this.firsts[j])) return [out, after];
      i = j;
    }
  }

  /** The item of a block sequence (dashes at column `indent`) whose dash starts line `i`; returns it and the line after it. */
  private item(i: number, indent: number): [Outline, number] {
    let q = this.firsts[i] + 1;
    while (q < this.ends[i] && this.src.charCodeAt(q) === 32) q++;
    if (q < this.ends[i] && this.keyEnd(q, this.ends[i]) !== -1) return this.map(i, q);
    if (this.isDash(q)) throw UNSURE;
    return this.value(i, q, indent, false);
  }

  /**
   * The value that starts at offset `q` on line `i` (after `key:` or `-` and spaces), for a
   * parent at `indent`. Returns it and the first line after it.
   */
  private value(i: number, q: number, indent: number, compact: boolean): [Outline, number] {
    const src = this.src;
    const lineEnd = this.ends[i];
    if (q >= lineEnd || src.charCodeAt(q) === 35) {
      // Nothing on this line: a nested block below, or null (positioned where the value would be).
      const j = this.next(i + 1);
      if (j < this.count) {
        const f = this.firsts[j];
        if (this.indent(j) > indent || (compact && this.indent(j) === indent && this.isDash(f))) {
          if (this.isDash(f)) return this.seq(j);
          if (this.indent(j) > indent && this.keyEnd(f, this.ends[j]) !== -1) return this.map(j, f);
          throw UNSURE;
        }
      }
      // The Document puts a null after the spaces that follow the indicator.
      const at = q >= lineEnd ? this.lineEnd(i) : q;
      return [{ kind: 'scalar', expect: 'scalar', start: at, end: at }, i + 1];
    }
    const c = src[q];
    if (c === '|' || c === '>') {
      if (!BLOCK_HEADER.test(src.slice(q, lineEnd))) throw UNSURE;
      let end = lineEnd;
      let k = i + 1;
      let inner = -1;
      for (; k < this.count; k++) {
        if (this.firsts[k] === -1) continue;
        const n = this.indent(k);
        if (n <= indent) break;
        // A line less indented than the first content line ends the scalar (a comment): unsure.
        if (inner === -1) inner = n;
        else if (n < inner) throw UNSURE;
        end = this.ends[k];
      }
      return [{ kind: 'scalar', expect: 'string', start: q, end }, k];
    }
    if (c === '"' || c === "'") {
      let k = q + 1;
      for (; k < lineEnd; k++) {
        const ch = src[k];
        if (c === '"' && ch === '\\') k++;
        else if (ch === c) {
          if (c === "'" && src[k + 1] === "'") k++;
          else break;
        }
      }
      if (k >= lineEnd) throw UNSURE;
      this.rest(k + 1, lineEnd);
      return [{ kind: 'scalar', expect: 'string', start: q, end: k + 1 }, this.noContinuation(i, indent)];
    }
    if (c === '[') return [this.flowSeq(q, lineEnd), this.noContinuation(i, indent)];
    if (c === '{') return [this.flowMap(q, lineEnd), this.noContinuation(i, indent)];
    if (!plainStart(src.charCodeAt(q), src.charCodeAt(q + 1))) throw UNSURE;
    // A plain scalar: up to a comment (" #"), possibly continued on more-indented lines.
    let end = this.plainEnd(q, lineEnd);
    const text = src.slice(q, end);
    if (text.includes(': ') || text.endsWith(':') || text.includes('\t')) throw UNSURE;
    let k = i + 1;
    let continued = false;
    if (end === lineEnd) {
      for (; k < this.count; k++) {
        if (this.firsts[k] === -1) continue;
        if (this.isComment(k) || this.indent(k) <= indent) break;
        const e = this.plainEnd(this.firsts[k], this.ends[k]);
        const piece = src.slice(this.firsts[k], e);
        if (piece.includes(': ') || piece.endsWith(':')) throw UNSURE;
        continued = true;
        end = e;
        if (e !== this.ends[k]) {
          k++;
          break;
        }
      }
    }
    return [continued ? { kind: 'scalar', expect: 'string', start: q, end } : { kind: 'scalar', expect: 'scalar', start: q, end, plain: text }, k];
  }

  /** Where a plain scalar starting at `q` ends on its line: before " #" or at the line end. */
  private plainEnd(q: number, lineEnd: number): number {
    let hash = q;
    while (hash < lineEnd && !(this.src.charCodeAt(hash) === 35 && this.src.charCodeAt(hash - 1) === 32)) hash++;
    if (hash >= lineEnd) return lineEnd;
    let e = hash - 1;
    while (e > q && this.src.charCodeAt(e - 1) === 32) e--;
    return e;
  }

  /** After a closed value: only spaces or a comment may follow on the line. */
  private rest(from: number, lineEnd: number): void {
    let k = from;
    while (k < lineEnd && this.src.charCodeAt(k) === 32) k++;
    if (k < lineEnd && !(this.src.charCodeAt(k) === 35 && k > from)) throw UNSURE;
  }

  /** A one-line value must not be followed by more-indented lines (that would be a continuation). */
  private noContinuation(i: number, indent: number): number {
    const j = this.next(i + 1);
    if (j < this.count && this.indent(j) > indent) throw UNSURE;
    return i + 1;
  }

  /** `[a, b, c]` of plain words on one line. */
  private flowSeq(q: number, lineEnd: number): SeqOutline {
    const src = this.src;
    const out: SeqOutline = { kind: 'seq', start: q, end: q + 1, items: [] };
    let k = q + 1;
    for (;;) {
      while (k < lineEnd && src.charCodeAt(k) === 32) k++;
      if (k >= lineEnd) throw UNSURE;
      if (src[k] === ']') {
        if (out.items.length) throw UNSURE; // "[a, ]": a trailing comma
        break;
      }
      const s = k;
      for (let c = src.charCodeAt(k); k < lineEnd && c !== 44 /* , */ && c !== 93 /* ] */; c = src.charCodeAt(++k));
      let e = k;
      while (e > s && src.charCodeAt(e - 1) === 32) e--;
      const text = src.slice(s, e);
      if (!text || /[[\]{}#&*!|>'"%@`?]|: |:$|^[-:]/.test(text) || k >= lineEnd) throw UNSURE;
      out.items.push({ kind: 'scalar', expect: 'scalar', start: s, end: e, plain: text });
      if (src[k] === ']') break;
      k++;
    }
    out.end = k + 1;
    this.rest(k + 1, lineEnd);
    return out;
  }

  /** `{key: value, …}` on one line: plain keys, plain or quoted one-line values. */
  private flowMap(q: number, lineEnd: number): MapOutline {
    const src = this.src;
    const out: MapOutline = { kind: 'map', start: q, end: q + 1, keys: [], keyStarts: [], values: [] };
    let k = q + 1;
    for (;;) {
      while (k < lineEnd && src.charCodeAt(k) === 32) k++;
      if (k >= lineEnd) throw UNSURE;
      if (src[k] === '}') {
        if (out.keys.length) throw UNSURE; // "{a: 1, }": a trailing comma
        break;
      }
      const m = FLOW_KEY.exec(src.slice(k, lineEnd));
      if (!m) throw UNSURE;
      out.keys.push(m[1]);
      out.keyStarts.push(k);
      k += m[0].length;
      while (k < lineEnd && src.charCodeAt(k) === 32) k++;
      const s = k;
      let e: number;
      let value: ScalarOutline;
      if (src[k] === '"' || src[k] === "'") {
        const quote = src[k];
        for (k++; k < lineEnd; k++) {
          if (quote === '"' && src[k] === '\\') k++;
          else if (src[k] === quote) {
            if (quote === "'" && src[k + 1] === "'") k++;
            else break;
          }
        }
        if (k >= lineEnd) throw UNSURE;
        k++;
        value = { kind: 'scalar', expect: 'string', start: s, end: k };
        while (k < lineEnd && src.charCodeAt(k) === 32) k++;
      } else {
        while (k < lineEnd && src[k] !== ',' && src[k] !== '}') k++;
        e = k;
        while (e > s && src.charCodeAt(e - 1) === 32) e--;
        const text = src.slice(s, e);
        if (!text || /[[\]{}#&*!|>'"%@`?]|: |:$|^[-:]/.test(text)) throw UNSURE;
        value = { kind: 'scalar', expect: 'scalar', start: s, end: e, plain: text };
      }
      out.values.push(value);
      if (k >= lineEnd || (src[k] !== ',' && src[k] !== '}')) throw UNSURE;
      if (src[k] === '}') break;
      k++;
    }
    out.end = k + 1;
    this.rest(k + 1, lineEnd);
    return out;
  }
}

/** The outline of a front-matter block, or undefined where the scanner cannot be sure. */
export function outline(src: string): RootOutline | undefined {
  if (src.includes('\t') || src.includes('\r')) return undefined;
  try {
    return new Scanner(src).root();
  } catch (err) {
    if (err instanceof Unsure) return undefined;
    throw err;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether the root's keys are exactly the keys of `data`, in order (each value is checked when read: `matches`). */
export function matchesRoot(o: RootOutline, data: unknown): boolean {
  if (!isPlainObject(data)) return false;
  const keys = Object.keys(data);
  if (keys.length !== o.keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== o.keys[i]) return false;
  return true;
}

/** Whether the outline has exactly the shape of `data` (keys in order, lengths, scalars). */
export function matches(o: Outline, data: unknown): boolean {
  switch (o.kind) {
    case 'map': {
      if (!isPlainObject(data)) return false;
      const keys = Object.keys(data);
      if (keys.length !== o.keys.length) return false;
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== o.keys[i] || !matches(o.values[i], data[keys[i]])) return false;
      }
      return true;
    }
    case 'seq':
      if (!Array.isArray(data) || data.length !== o.items.length) return false;
      for (let i = 0; i < data.length; i++) if (!matches(o.items[i], data[i])) return false;
      return true;
    case 'scalar':
      if (typeof data === 'object' && data !== null) return false;
      if (o.expect === 'string' && typeof data !== 'string') return false;
      return o.plain === undefined || typeof data !== 'string' || data === o.plain;
  }
}
