/** `language/blame`, and the clinical corpus that must give no content problems at all. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { blameRule, builtInTerms, compileTerms } from '../src/rules/language/blame.js';
import { TEXT_RULES } from '../src/rules/index.js';
import { check, where } from './helpers/check.js';
import { lesson } from './helpers/repo.js';
import { PROJECT } from './helpers/cli.js';

const config = withDefaults({});
const blame = blameRule.compile(config);
const flagged = (text: string) => blame(text).map((m) => text.slice(m.index, m.index + m.length));

describe('language/blame', () => {
  it.each([
    ['The nurse failed to check the wristband.', 'failed to'],
    ['This was human error.', 'human error'],
    ['A careless mistake led to the omission.', 'careless'],
    ['The doctor was negligent.', 'negligent'],
    ['She should have known the dose was wrong.', 'should have known'],
    ['He should have escalated sooner.', 'should have escalated'],
    ['The porter was at fault.', 'at fault'],
    ['Staff were to blame for the delay.', 'to blame'],
    ['An incompetent locum was on shift.', 'incompetent'],
    ['The team was non-compliant with the policy.', 'non-compliant'],
  ])('flags "%s"', (text, match) => {
    expect(flagged(text).map((s) => s.toLowerCase())).toEqual([match]);
  });

  it.each([
    'Referral to mental health services was made the same day.',
    'Detained under the Mental Health Act, the patient was reviewed daily.',
    'Human factors training now includes handover.',
    'A failed discharge led to readmission within 48 hours.',
    'The patient had heart failure and renal failure.',
    'The baby was reviewed for failure to thrive.',
    'A failed intubation was managed with the difficult airway trolley.',
    'This was a medication error with no harm.',
    'We promote a blame-free, just culture.',
    'Every patient should have access to a named nurse.',
    'A fault in the infusion pump was reported to the manufacturer.',
  ])('is quiet on "%s"', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('matches across line breaks, and exceptions do too', () => {
    expect(flagged('The nurse failed\n  to check.')).toEqual(['failed\n  to']);
    expect(flagged('Reviewed for failure to\nthrive.')).toEqual([]);
  });

  it('says what to write instead', () => {
    const [m] = blame('This was human error.');
    expect(m.message).toMatch(/^"human error" can read as blaming a person\. Instead, [a-z]/);
    expect(m.rule).toBe('language/blame');
  });

  it('adds terms from the configuration', () => {
    const local = blameRule.compile(withDefaults({ language: { terms: [{ phrase: 'dropped the ball', suggestion: 'describe what made the step hard' }] } }));
    expect(local('The team dropped the  ball.').map((m) => m.message)).toEqual(['"dropped the ball" can read as blaming a person. Instead, describe what made the step hard.']);
  });

  it('has a valid terms file: every entry compiles on its own and has a suggestion and note', () => {
    const terms = builtInTerms();
    expect(terms.length).toBeGreaterThanOrEqual(30);
    for (const t of terms) {
      expect(() => compileTerms([t])).not.toThrow();
      expect(t.suggestion).toMatch(/^[a-z"]/);
      expect(t.note).toMatch(/\.$/);
    }
  });

  it('reports the line and column in a file, as a warning', () => {
    const problems = check({ 'lessons/learning/LL-1.md': lesson('LL-1', '', '\n## What happened\n\nThe nurse failed to check.\n') });
    expect(where(problems, 'language/blame')).toEqual(['LL-1.md:14:11']);
    expect(problems[0].severity).toBe('warning');
  });
});

describe('the clinical corpus', () => {
  const corpus = readFileSync(path.join(PROJECT, 'tests/fixtures/clinical-corpus.md'), 'utf8');
  const sentences = corpus.split('\n').filter((l) => l.trim() !== '');
  it('has at least 60 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(60);
  });
  it('gives no identifiable-data or blaming-language findings, sentence by sentence', () => {
    const matchers = TEXT_RULES.map((r) => r.compile(withDefaults({})));
    for (const s of sentences) {
      const found = matchers.flatMap((f) => f(s)).map((m) => `${m.rule}: ${s.slice(m.index, m.index + m.length)}`);
      expect(found, s).toEqual([]);
    }
  });
  it('gives no problems at all as the body of a lesson', () => {
    expect(check({ 'lessons/learning/LL-1.md': lesson('LL-1', '', `\n${corpus}`) })).toEqual([]);
  });
});
