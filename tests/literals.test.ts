import { describe, expect, it } from 'vitest';
import { builtInTerms, compileTerms, termSource } from '../src/rules/language/blame.js';
import { requiredLiterals } from '../src/rules/language/literals.js';

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
