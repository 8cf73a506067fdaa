/**
 * The just culture guide's data file: every path through the tree (walked from the data itself)
 * checked against an independent encoding of docs/just-culture.md, and the load-time checks that reject a
 * broken data file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/errors.js';
import { parseAnswers, toAnswer } from '../src/just-culture/answers.js';
import { GUIDE_URL, GuideDataError, loadGuide, parseGuide, type Answer } from '../src/repo/guide.js';
import { renderMermaid } from '../src/just-culture/render.js';
import { enumeratePaths, walk } from '../src/repo/guide-tree.js';
import { JUST_CULTURE_GUIDE, JUST_CULTURE_OUTCOMES, JUST_CULTURE_QUESTIONS } from '../src/model/schemas.js';

const SOURCE = readFileSync(fileURLToPath(GUIDE_URL), 'utf8');
const guide = loadGuide();

/**
 * docs/just-culture.md, encoded independently of the data file: the tests in order, with the polarity flips
 * (the foresight test carries on only on yes, the substitution test only on no).
 */
function designOutcome(a: Partial<Record<string, Answer>>): string {
  if (a['1a'] === 'yes') return 'deliberate-harm';
  if (a['2a'] === 'yes') return 'substance-abuse';
  if (a['2b'] === 'yes' || a['2c'] === 'yes') return 'ill-health';
  if (['3a', '3b', '3c'].some((q) => a[q] === 'no')) return 'system-focus';
  if (['4a', '4b', '4c'].some((q) => a[q] === 'yes')) return 'system-focus';
  return a['5a'] === 'yes' ? 'mitigation' : 'management-action';
}

/** Where docs/just-culture.md stops asking: the first answer that decides the outcome. */
function designStops(q: string, a: Answer): boolean {
  const stopOn: Record<string, Answer> = { '1a': 'yes', '2a': 'yes', '2b': 'yes', '2c': 'yes', '3a': 'no', '3b': 'no', '3c': 'no', '4a': 'yes', '4b': 'yes', '4c': 'yes' };
  return q === '5a' || stopOn[q] === a;
}

describe('the guide data file', () => {
  const paths = enumeratePaths(guide);

  it('is the 2018 guide, with its citation and usage notes', () => {
    expect(guide.id).toBe(JUST_CULTURE_GUIDE);
    expect(guide.citation).toMatch(/NHS Improvement.*2018.*A just culture guide/);
    expect(guide.notes.map((n) => n.id)).toEqual(['not-an-investigation', 'only-when-a-concern', 'one-act', 'revisit', 'not-hr-advice', 'fairness']);
    expect(guide.localPractice.label).toMatch(/not part of the 2018 guide/);
    expect(guide.localPractice.restorative.questions.map((q) => q.question)).toEqual(['Who is hurt?', 'What do they need?', 'Whose obligation is it to meet that need?']);
  });

  it('has exactly the question ids and outcome codes of the record format', () => {
    expect([...guide.questions.keys()].sort()).toEqual([...JUST_CULTURE_QUESTIONS].sort());
    expect([...guide.outcomes.keys()].sort()).toEqual([...JUST_CULTURE_OUTCOMES].sort());
  });

  it('gives, on every path through the tree, the outcome of docs/just-culture.md and asks the questions in order', () => {
    expect(paths).toHaveLength(12);
    for (const p of paths) {
      const answers = Object.fromEntries(p.steps.map((s) => [s.question, s.answer]));
      const label = p.steps.map((s) => `${s.question}=${s.answer}`).join(' ');
      expect(p.outcome, label).toBe(designOutcome(answers));
      // Linear order 1a → 5a, stopping exactly where the table decides.
      expect(p.steps.map((s) => s.question), label).toEqual(JUST_CULTURE_QUESTIONS.slice(0, p.steps.length));
      p.steps.forEach((s, i) => expect(designStops(s.question, s.answer), `${label} at ${s.question}`).toBe(i === p.steps.length - 1));
    }
  });

  it('agrees with docs/just-culture.md for all 2,048 complete sets of answers', () => {
    for (let bits = 0; bits < 1 << JUST_CULTURE_QUESTIONS.length; bits++) {
      const answers = Object.fromEntries(JUST_CULTURE_QUESTIONS.map((q, i) => [q, (bits >> i) & 1 ? 'yes' : 'no'])) as Record<string, Answer>;
      const result = walk(guide, answers);
      expect(result.ok && result.outcome).toBe(designOutcome(answers));
    }
  });

  it('can reach every outcome', () => {
    expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(JUST_CULTURE_OUTCOMES));
  });

  it('says in every outcome that the wider investigation continues', () => {
    for (const o of guide.outcomes.values()) expect(o.recommendation, o.code).toMatch(/wider investigation\s+continues/i);
  });

  it('stops the walk at the first question with no answer', () => {
    const result = walk(guide, { '1a': 'no', '2a': 'no', '2b': 'no', '2c': 'no', '3a': 'yes', '4a': 'yes' });
    expect(result).toMatchObject({ ok: false, path: ['1a', '2a', '2b', '2c', '3a'], missing: '3b' });
  });

  it('draws a Mermaid flowchart with a node per question and outcome and an edge per answer', () => {
    const chart = renderMermaid(guide);
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    const edges = [...chart.matchAll(/^ {2}(\S+) -->\|(yes|no)\| (\S+)$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
    expect(edges).toHaveLength(22);
    expect(edges).toContain('q3a no o_system_focus');
    expect(edges).toContain('q3c yes q4a');
    expect(edges).toContain('q4c no q5a');
    expect(edges).toContain('q5a no o_management_action');
    for (const q of JUST_CULTURE_QUESTIONS) expect(chart).toContain(`  q${q}{"`);
    for (const o of JUST_CULTURE_OUTCOMES) expect(chart).toContain(`  o_${o.replace(/-/g, '_')}(["`);
  });
});

describe('the load-time checks', () => {
  const broken = (from: string, to: string) => {
    expect(SOURCE).toContain(from);
    try {
      parseGuide(SOURCE.replace(from, to), 'guide.yaml');
    } catch (err) {
      expect(err).toBeInstanceOf(GuideDataError);
      expect((err as CliError).exitCode).toBe(2);
      return (err as Error).message;
    }
    throw new Error('the broken data file was accepted');
  };
  const lineOf = (text: string) => SOURCE.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('accept the data file as it is', () => {
    expect(() => parseGuide(SOURCE, 'guide.yaml')).not.toThrow();
  });

  it('reject a dangling branch, at its line', () => {
    const message = broken('"no": "2b"', '"no": "2z"');
    expect(message).toContain(`guide.yaml:${lineOf('"no": "2b"')}:11: question 2a: "no" leads to "2z", which is neither a question nor an outcome`);
    expect(message).toContain('fault in lessons itself');
  });

  it('reject a cycle', () => {
    const message = broken('"yes": "4a"', '"yes": "3a"');
    expect(message).toContain('question 3c: "yes" leads back to 3a (3a → 3b → 3c → 3a), so this path would never end');
  });

  it('reject an unreachable question', () => {
    const message = broken('"no": "3a"', '"no": "4a"');
    expect(message).toContain('question 3a cannot be reached from the start question 1a');
    expect(message).toContain('question 3b cannot be reached');
  });

  it('reject a duplicate question, an outcome that is not reached, and an outcome that does not say whether it singles out the individual', () => {
    expect(broken('id: "2b"', 'id: "2a"')).toContain('question "2a" appears twice');
    expect(broken('code: mitigation', 'code: mitigated')).toMatch(/question 5a: "yes" leads to "mitigation", which is neither[\s\S]*outcome mitigated cannot be reached/);
    expect(broken('    singles_out: true\n', '')).toContain('"singles_out" in outcomes item 1 is missing');
  });

  it('say that the 2018 guide has been replaced, and name its version', () => {
    expect(guide.version).toBe('2018');
    expect(guide.superseded?.by).toMatch(/being fair/i);
    expect([...guide.outcomes.values()].filter((o) => o.singlesOut).map((o) => o.code)).toEqual(['deliberate-harm', 'substance-abuse', 'ill-health', 'management-action']);
  });

  it('reject a start question that does not exist, and a field that is missing', () => {
    expect(broken('start: "1a"', 'start: "0a"')).toContain('the start question "0a" is not one of the guide\'s questions');
    expect(broken('    test: Health test\n    summary: "health: are there signs of physical ill health?"\n', '    summary: "health: are there signs of physical ill health?"\n')).toContain('"test" in questions item 3 is missing');
  });
});

describe('answers from a file', () => {
  it('accepts yes/no in any case and booleans, and nothing else', () => {
    expect(['yes', 'No', ' NO ', 'YES', true, false].map(toAnswer)).toEqual(['yes', 'no', 'no', 'yes', 'yes', 'no']);
    expect(['y', 'n', 'true', 1, 0, null, 'ja'].map(toAnswer)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
  it('reads YAML and JSON maps, keeping "no" as text', () => {
    expect(parseAnswers('1a: no\n2a: Yes\n', 'a.yaml', guide)).toEqual({ '1a': 'no', '2a': 'yes' });
    expect(parseAnswers('{"1a": false, "2a": "NO"}', 'a.json', guide)).toEqual({ '1a': 'no', '2a': 'no' });
  });
  it('names the file, line and column of an unknown question and a bad answer', () => {
    expect(() => parseAnswers('1a: no\n6a: no\n2a: maybe\n', 'a.yaml', guide)).toThrow(/a\.yaml:2:1: "6a" is not a question of the guide[\s\S]*a\.yaml:3:5: the answer to 2a is "maybe"; answer yes or no/);
    expect(() => parseAnswers('1a: no\n1a: yes\n', 'a.yaml', guide)).toThrow(/a\.yaml:2:1: .*a key appears twice\): "1a"/);
    expect(() => parseAnswers('- 1a\n', 'a.yaml', guide)).toThrow(/must be a map/);
    expect(() => parseAnswers('', 'a.yaml', guide)).toThrow(/has no answers/);
  });
});
