/**
 * `pii/pattern`: matches of the identifiers configured in `pii.patterns` (e.g. a hospital number).
 * A pattern matches whatever the case and spacing ("RX[0-9]{7}" finds "rx1234567" and
 * "RX 123 4567"), unless the entry says `exact: true`.
 */
import type { TextMatch, TextRule } from '../../../src/rules/text.js';
import { execAll, isAllowed, mask } from '../../../src/rules/text.js';

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
      let lo = 0;
      let hi = removed.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (removed[mid] <= i) lo = mid + 1;
        else hi = mid;
      }
      return i + lo;
    },
  };
}

const SEP = '[ .-]?';

/**
 * The pattern rewritten to allow one space, dash or dot between any two of its characters
 * ("FVH[0-9]{7}" → "F[ .-]?V[ .-]?H[ .-]?(?:[0-9][ .-]?){6}[0-9]"), for patterns made of plain
 * characters, escapes and classes with counts. Anything else (groups, alternatives, anchors)
 * gives undefined, and the text is squeezed instead (slower).
 */
export function spacedSource(source: string): string | undefined {
  const atoms: string[] = [];
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
      atoms.push(atom);
      continue;
    }
    i += q[0].length;
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

export const patternRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/pattern', severity: 'error', description: 'A match of one of the identifiers configured in `pii.patterns` (any case and spacing unless `exact: true`).' }],
  compile(config) {
    const allow = config.pii.allow;
    const patterns = config.pii.patterns.map((p) => {
      const spaced = p.exact ? undefined : spacedSource(p.pattern);
      return { name: p.name, exact: p.exact === true || spaced !== undefined, re: new RegExp(spaced ?? p.pattern, p.exact ? 'g' : 'gi') };
    });
    return (text) => {
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
      for (const { name, exact, re } of patterns) {
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
