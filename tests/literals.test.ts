import { describe, expect, it } from 'vitest';
import { builtInTerms, compileTerms, termSource } from '../src/rules/language/blame.js';
// In this tree the terms file has no checked data: terms-file.ts reads it (blame.ts builtInTerms).
import '../src/rules/language/terms-file.js';
import { requiredLiteralSets, requiredLiterals } from '../src/rules/language/literals.js';
import { mulberry32 } from '../tools/bench/generate.js';
import { randomExample } from './helpers/regex-examples.js';

describe('requiredLiterals', () => {
  it.each([
    ['human\\s+errors?', ['human']],
    ['failed\\s+to', ['failed']],
    ['(?:careless|negligent)', ['careless', 'negligent']],
    ['(?:staff|nurse)\\s+error', ['error']],
    ['should(?:\\s+not|n[\'’]t)?(?:\\s+have|[\'’]ve)\\s+known', ['should']],
    ['(?<!no[\\s-])blame(?!-free)', ['blame']],
    ['at\\s+fault', ['fault']],
    ['d\\.o\\.b', ['d.o.b']],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredLiterals(source)?.sort()).toEqual([...expected].sort());
  });

  it('gives up (null) when no literal is certain, rather than guessing', () => {
    for (const source of ['\\w+', '(?:a|[xy]z)', 'x?y?', '(?:foo)?bar?', 'ab', '(?=error)\\w+', '\\u0041bc']) {
      expect(requiredLiterals(source), source).toBeNull();
    }
  });

  it('finds literals for every built-in term (so the prefilter works for all of them)', () => {
    for (const t of builtInTerms()) expect(requiredLiterals(termSource(t)), t.phrase ?? t.pattern).not.toBeNull();
  });

  it('never hides a match: with and without the prefilter, the same findings', () => {
    const terms = builtInTerms();
    const sentences = [
      'The nurse failed to check the wristband, a careless slip.',
      'She should have known; he was at fault and is to blame.',
      'This was human error by an incompetent locum, non-compliant with the policy.',
      'The team dropped the ball and disregarded the alarm.',
      'Nothing here but heart failure and a medication error.',
    ];
    const prefiltered = compileTerms(terms);
    for (const s of sentences) {
      // Each term on its own, without any prefilter, is the reference.
      const reference = terms.flatMap((t) => {
        const re = new RegExp(`\\b(?:${termSource(t)})\\b`, 'gi');
        return [...s.matchAll(re)].map((m) => m.index);
      });
      for (const m of prefiltered(s)) expect(reference).toContain(m.index);
      expect(prefiltered(s).length > 0).toBe(reference.length > 0);
    }
  });
});

describe('requiredLiteralSets', () => {
  it.each([
    ['(?:should|ought\\s+to)\\s+know\\s+better', ['know'], [['better'], ['should', 'ought']]],
    ['human\\s+errors?', ['human'], [['error', 'errors']]],
    ['(?:lack\\s+of\\s+care|lapse\\s+of\\s+care)', ['lack', 'lapse'], [['care']]],
  ])('%s needs one of %j, and one of each of %j', (source, first, others) => {
    const sets = requiredLiteralSets(source)!;
    expect(sets[0].sort()).toEqual([...first].sort());
    for (const set of others) expect(sets.map((s) => [...s].sort())).toContainEqual([...set].sort());
  });

  it('takes no literal from a character whose lower case is another letter to a /i regex (İ, the Kelvin sign)', () => {
    // "İ".toLowerCase() is "i" and a combining dot, which no text with "İ" holds: the term never fired.
    expect(requiredLiterals('kİlİt')).toBeNull();
    expect(requiredLiteralSets('kİlİt\\s+error')).toEqual([['error']]);
    expect(requiredLiterals('\u212Aelvin')).toEqual(['elvin']);
    expect(requiredLiterals('naïve')).toEqual(['naïve']);
    const text = 'the kİlİt here';
    expect(compileTerms([{ pattern: 'kİlİt', suggestion: 'x' }])(text).map((m) => text.slice(m.index, m.index + m.length))).toEqual(['kİlİt']);
  });

  it('is null when requiredLiterals is', () => {
    for (const source of ['\\w+', '(?:a|[xy]z)', 'x?y?', '\\u0041bc']) expect(requiredLiteralSets(source), source).toBeNull();
  });

  /** Every match of the pattern (as the rule runs it) holds a member of every set, in any case. */
  const sound = (source: string, texts: readonly string[]): number => {
    const sets = requiredLiteralSets(source);
    if (!sets) return 0;
    let checked = 0;
    const re = new RegExp(`\\b(?:${source})\\b`, 'gi');
    for (const text of texts) {
      for (const m of text.matchAll(re)) {
        if (m[0] === '') continue;
        const match = m[0].toLowerCase();
        for (const set of sets) expect(set.some((l) => match.includes(l)), `${source}: ${JSON.stringify(m[0])} holds none of ${JSON.stringify(set)}`).toBe(true);
        checked += sets.length;
      }
    }
    return checked;
  };

  it('holds for every match of every built-in term', () => {
    const rand = mulberry32(7);
    for (const t of builtInTerms()) {
      const example = randomExample(termSource(t), rand);
      expect(sound(termSource(t), Array.from({ length: 40 }, () => example())), t.phrase ?? t.pattern).toBeGreaterThanOrEqual(30);
    }
  });

  it('holds for every match of random patterns', () => {
    const rand = mulberry32(2026);
    const words = ['fault', 'failed', 'human', 'error', 'care', 'lack', 'not', 'did', 'more', 'be'];
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
    const pattern = (depth: number): string => {
      const parts: string[] = [];
      const n = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < n; k++) {
        const r = rand();
        let atom: string;
        if (depth < 2 && r < 0.3) atom = `(?:${Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pattern(depth + 1)).join('|')})`;
        else if (r < 0.4) atom = pick(['[\\w-]+', '\\w', '[ab]', '.']);
        else if (r < 0.45) atom = pick(['(?!not)', '(?<=a)', '\\b']);
        else atom = pick(words);
        atom += pick(['', '', '', '?', '+', '*', '{0,2}', '{1,2}', 's?']);
        parts.push(atom);
      }
      return parts.join(pick(['\\s+', '\\s*', ' ', '']));
    };
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const source = pattern(0);
      try {
        new RegExp(source);
      } catch {
        continue;
      }
      const example = randomExample(source, rand);
      checked += sound(source, Array.from({ length: 20 }, () => `${pick(['', 'x ', 'the '])}${example()}${pick(['', ' y', '.'])}`));
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('leaves the findings of compileTerms as they are without any prefilter, for built-in and random terms', () => {
    const rand = mulberry32(99);
    const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
    // A term the literal analysis cannot read (an always-true lookahead with a \\u escape) runs
    // on every text: the same terms made opaque are the reference.
    const opaque = (terms: readonly ReturnType<typeof builtInTerms>[number][]) => terms.map((term) => {
      const { phrase: _, ...t } = term;
      return { ...t, pattern: `(?=|\\u0000)${termSource(term)}` };
    });
    const random = ['(?:lack|lapse)\\s+of\\s+(?:care|attention)', 'did\\s+not\\s+(?:check|read)\\s+the\\s+(?:chart|notes)', '(?:more|less)\\s+careful', 'fault', 'human\\s+errors?'].map((pattern) => ({ pattern, suggestion: 'x' }));
    for (const terms of [builtInTerms(), random]) {
      const fast = compileTerms(terms);
      const reference = compileTerms(opaque(terms));
      const examples = terms.map((t) => randomExample(termSource(t), rand));
      for (let n = 0; n < 300; n++) {
        const text = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => (rand() < 0.5 ? pick(examples)() : pick(['the ', 'and more ', 'been ', 'have ', '\n\0\n', 'Should ', 'care ', ' ']))).join(' ');
        expect(fast(text), JSON.stringify(text)).toEqual(reference(text));
      }
    }
  });
});
