/**
 * `pii/pattern`: matches of the identifiers configured in `pii.patterns` (e.g. a hospital number).
 * A pattern matches whatever the case and spacing ("RX[0-9]{7}" finds "rx1234567" and
 * "RX 123 4567"), unless the entry says `exact: true`.
 */
import type { TextMatch, TextRule } from '../text.js';
import { execAll, isAllowed, mask } from '../text.js';

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

export const patternRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/pattern', severity: 'error', description: 'A match of one of the identifiers configured in `pii.patterns` (any case and spacing unless `exact: true`).' }],
  compile(config) {
    const allow = config.pii.allow;
    const patterns = config.pii.patterns.map((p) => ({ name: p.name, exact: p.exact === true, re: new RegExp(p.pattern, p.exact ? 'g' : 'gi') }));
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
        if (exact) continue;
        if (squeezed === null) squeezed = compact(text);
        if (!squeezed) continue;
        for (const m of execAll(re, squeezed.text)) {
          if (m[0].length === 0) continue;
          const start = squeezed.at(m.index);
          const end = squeezed.at(m.index + m[0].length - 1) + 1;
          add(name, start, end - start);
        }
      }
      // A match in the squeezed text that is also a match in the text: keep one.
      return out.filter((a, i) => !out.some((b, j) => j !== i && b.index <= a.index && b.index + b.length >= a.index + a.length && (b.length > a.length || j < i)));
    };
  },
};
