import { describe, expect, it } from 'vitest';
import { check, where } from './helpers/check.js';
import { layouts, prng, testNhsNumber } from './helpers/identifiers.js';
import { lesson } from './helpers/repo.js';

const nhs = layouts(testNhsNumber(prng(5)))[1];

describe('suppression comments', () => {
  it('a body comment with a reason exempts the next line from the named rule only', () => {
    const body = `\n<!-- lessons-disable-next-line pii/nhs-number -- a made-up number used in training slides -->\nExample: ${nhs}.\nAnd again ${nhs}.\n`;
    const problems = check({ 'lessons/learning/LL-1.md': lesson('LL-1', '', body) });
    expect(where(problems, 'pii/nhs-number')).toEqual(['LL-1.md:14:11']);
    expect(where(problems, 'suppression/invalid')).toEqual([]);
  });

  it('a front-matter comment with a reason exempts the next line', () => {
    const text = lesson('LL-1', `# lessons-disable-next-line pii/nhs-number -- training example\nmeasure_note: x\n`).replace('measure_note: x\n', '').replace(
      'summary: Pending doses now show on the handover screen.',
      `# lessons-disable-next-line pii/nhs-number -- training example\nsummary: Example ${nhs} from the training pack.`,
    );
    const problems = check({ 'lessons/learning/LL-1.md': text });
    expect(where(problems, 'pii/nhs-number')).toEqual([]);
    expect(where(problems, 'suppression/invalid')).toEqual([]);
  });

  it('without a reason it suppresses nothing and is reported', () => {
    const body = `\n<!-- lessons-disable-next-line pii/nhs-number -->\nExample: ${nhs}.\n`;
    const problems = check({ 'lessons/learning/LL-1.md': lesson('LL-1', '', body) });
    expect(where(problems, 'pii/nhs-number')).toEqual(['LL-1.md:13:10']);
    expect(where(problems, 'suppression/invalid')).toEqual(['LL-1.md:12:1']);
    expect(problems.find((p) => p.rule === 'suppression/invalid')?.message).toContain('no reason');
  });

  it('naming an unknown rule suppresses nothing and is reported', () => {
    const body = `\n<!-- lessons-disable-next-line pii/nhs -- typo in the rule id -->\nExample: ${nhs}.\n`;
    const problems = check({ 'lessons/learning/LL-1.md': lesson('LL-1', '', body) });
    expect(where(problems, 'pii/nhs-number')).toEqual(['LL-1.md:13:10']);
    expect(problems.find((p) => p.rule === 'suppression/invalid')?.message).toContain('"pii/nhs"');
  });

  it('can name several rules, and applies to problems from any rule on that line', () => {
    const body = `\n<!-- lessons-disable-next-line pii/nhs-number, pii/phone -- published training material -->\n${nhs} or 07700 900123\n`;
    const problems = check({ 'lessons/learning/LL-1.md': lesson('LL-1', '', body) });
    expect(problems).toEqual([]);
  });
});
