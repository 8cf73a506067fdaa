/**
 * `pii/pattern`: matches of the identifiers configured in `pii.patterns` (e.g. a hospital number).
 * A pattern matches whatever the case and spacing ("RX[0-9]{7}" finds "rx1234567" and
 * "RX 123 4567"), unless the entry says `exact: true`.
 */
import type { TextMatch, TextRule } from '../text.js';
import { execAll, isAllowed, mask } from '../text.js';
import { lastAtMost } from '../../util/sorted.js';
import { runsOf, type DigitRuns } from './scan.js';

/**
 * The text without the single spaces, dashes and dots that people put inside a number (between two
 * letters or digits, at least one a digit), with a map back to the text's offsets.
 */
function compact(text: string): { text: string; at: (i: number) => number } | undefined {
  const gap = /(?<=[A-Za-z0-9])[ .-](?=[A-Za-z0-9])/g;
  let out = '';
  let from = 0;
  const removed: number[] = []; // folded offsets after which one character was removed
  for (const m of execAll(gap, text)) {
    const before = text[m.index - 1];
    const after = text[m.index + 1];
    if (!/\d/.test(before) && !/\d/.test(after)) continue;
    out += text.slice(from, m.index);
    removed.push(out.length);
    from = m.index + 1;
  }
  if (removed.length === 0) return undefined;
  out += text.slice(from);
  return {
    text: out,
    at: (i) => {
      // Every removal at or before i shifts it one to the right.
      return i + lastAtMost(removed, i) + 1;
    },
  };
}

const SEP = '[ .-]?';

/** One character of a pattern (a plain character, an escape or a class) and its count. */
interface Atom {
  atom: string;
  /** The quantifier as written: "", "?", "*", "+" or "{n}", "{n,}", "{n,m}". */
  quantifier: string;
  min: number;
}

/**
 * The pattern as a sequence of atoms, for patterns made of plain characters, escapes and classes
 * with counts; anything else (groups, alternatives, anchors, back-references) gives undefined.
 */
function atomsOf(source: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    let atom: string;
    const c = source[i];
    if (c === '\\') {
      if (i + 1 >= source.length || /[bBkpPu0-9]/.test(source[i + 1])) return undefined;
      atom = source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = source.indexOf(']', i + 2);
      if (end === -1 || source.slice(i, end).includes('\\')) return undefined;
      atom = source.slice(i, end + 1);
      i = end + 1;
    } else if ('()|^$*+?{}'.includes(c)) {
      return undefined;
    } else {
      atom = c;
      i++;
    }
    const q = /^(?:\{(\d+)(?:(,)(\d*))?\}|([?*+]))/.exec(source.slice(i));
    if (!q) {
      atoms.push({ atom, quantifier: '', min: 1 });
      continue;
    }
    i += q[0].length;
    atoms.push({ atom, quantifier: q[0], min: q[4] ? (q[4] === '+' ? 1 : 0) : Number(q[1]) });
  }
  return atoms;
}

/**
 * The pattern rewritten to allow one space, dash or dot between any two of its characters
 * ("FVH[0-9]{7}" → "F[ .-]?V[ .-]?H[ .-]?(?:[0-9][ .-]?){6}[0-9]"), for patterns made of plain
 * characters, escapes and classes with counts. Anything else (groups, alternatives, anchors)
 * gives undefined, and the text is squeezed instead (slower).
 */
export function spacedSource(source: string): string | undefined {
  const parsed = atomsOf(source);
  if (!parsed) return undefined;
  const atoms: string[] = [];
  for (const { atom, quantifier } of parsed) {
    const q = /^(?:\{(\d+)(?:(,)(\d*))?\}|([?*+]))/.exec(quantifier);
    if (!q) {
      atoms.push(atom);
      continue;
    }
    const unit = `(?:${atom}${SEP})`;
    if (q[4] === '?') atoms.push(`${atom}?`);
    else if (q[4] === '*') atoms.push(`${unit}*`);
    else if (q[4] === '+') atoms.push(`${unit}*${atom}`);
    else {
      const min = Number(q[1]);
      const max = q[2] ? (q[3] === '' ? '' : String(Number(q[3]) - 1)) : String(min - 1);
      if (min === 0) return undefined;
      atoms.push(`${unit}{${min - 1}${q[2] ? `,${max}` : ''}}${atom}`);
    }
  }
  return atoms.length ? atoms.join(SEP) : undefined;
}

/**
 * What the digit runs must hold for a pattern made of atoms (atomsOf) to match, or undefined when
 * nothing is known. Its first atoms that are digits ([0-9] or \d, `digits` of them at least) match
 * digits with at most one space, dot or dash between them (spacedSource's separators), so within
 * one chain of runs (DigitRuns.separated) of at least `digits`. When a letter must come just before
 * them ("FVH[0-9]{7}": H), their first digit starts a run and the letter, in either case, stands
 * just before it or before one separator: a text whose runs do not allow that (dates, ids) cannot
 * match, and the pattern is not run over it.
 */
function digitNeed(atoms: readonly Atom[]): { digits: number; letter: string | undefined } | undefined {
  const isDigits = (a: Atom) => a.atom === '[0-9]' || a.atom === '\\d';
  const first = atoms.findIndex(isDigits);
  if (first === -1) return undefined;
  let digits = 0;
  for (let k = first; k < atoms.length && isDigits(atoms[k]); k++) digits += atoms[k].min;
  if (digits === 0) return undefined;
  const before = atoms[first - 1];
  const letter = before && before.min > 0 && /^[A-Za-z]$/.test(before.atom) ? before.atom : undefined;
  return { digits, letter };
}

function mayMatch(need: { digits: number; letter: string | undefined }, text: string, runs: DigitRuns): boolean {
  const { starts, separated } = runs;
  for (let i = 0; i < runs.count; i++) {
    if (separated[i] < need.digits) continue;
    if (need.letter === undefined) return true;
    const s = starts[i];
    let at = s - 1;
    if (at >= 0 && SEPARATORS.includes(text[at])) at--;
    if (at >= 0 && text[at].toLowerCase() === need.letter.toLowerCase()) return true;
  }
  return false;
}
const SEPARATORS = ' .-';

export const patternRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/pattern', severity: 'error', description: 'A match of one of the identifiers configured in `pii.patterns` (any case and spacing unless `exact: true`).' }],
  compile(config) {
    const allow = config.pii.allow;
    const patterns = config.pii.patterns.map((p) => {
      const spaced = p.exact ? undefined : spacedSource(p.pattern);
      const exact = p.exact === true || spaced !== undefined;
      // Only a pattern read as it is (exact, or spaced) is known by its atoms; the others also run
      // over the squeezed text, where the runs are not the text's.
      const atoms = exact ? atomsOf(p.pattern) : undefined;
      return { name: p.name, exact, re: new RegExp(spaced ?? p.pattern, p.exact ? 'g' : 'gi'), need: atoms && digitNeed(atoms) };
    });
    return (text, given) => {
      if (patterns.length === 0) return [];
      const out: TextMatch[] = [];
      const seen = new Set<string>();
      const add = (name: string, index: number, length: number) => {
        const key = `${index}:${length}`;
        if (length === 0 || seen.has(key) || isAllowed(text, index, length, allow)) return;
        seen.add(key);
        const found = text.slice(index, index + length);
        out.push({
          rule: 'pii/pattern',
          index,
          length,
          message: `This matches the "${name}" identifier set in lessons.config.yaml (${mask(found)}). Remove it: a lesson must never identify a patient.`,
        });
      };
      let squeezed: ReturnType<typeof compact> | null = null;
      for (const { name, exact, re, need } of patterns) {
        if (need && !mayMatch(need, text, runsOf(text, given))) continue;
        for (const m of execAll(re, text)) add(name, m.index, m[0].length);
        if (exact) continue; // exact as configured, or already spaced

        if (squeezed === null) squeezed = compact(text);
        if (!squeezed) continue;
        for (const m of execAll(re, squeezed.text)) {
          if (m[0].length === 0) continue;
          const start = squeezed.at(m.index);
          const end = squeezed.at(m.index + m[0].length - 1) + 1;
          add(name, start, end - start);
        }
      }
      // A match in the squeezed text that is also a match in the text: keep one. One sweep in
      // order of start (longest first at each start), not every pair: comparing each match with
      // every other made a text of many matches quadratic (issue 11.2). No two matches share a
      // start and a length (`seen`), so a match lies inside another exactly when one that starts
      // at or before it (and is not it) reaches at least as far.
      if (out.length < 2) return out;
      const order = out.map((_, i) => i).sort((i, j) => out[i].index - out[j].index || out[j].length - out[i].length);
      const inside = new Set<number>();
      let reach = -1;
      for (const i of order) {
        const end = out[i].index + out[i].length;
        if (reach >= end) inside.add(i);
        else reach = end;
      }
      return inside.size ? out.filter((_, i) => !inside.has(i)) : out;
    };
  },
};
