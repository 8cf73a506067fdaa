/**
 * `lessons just-culture` without a terminal: --answers end to end for every outcome, the JSON
 * shape, missing and unreached answers, the record (written, valid, refused), --explain, usage
 * errors. In process, except `--answers -` (standard input) which runs the built binary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadGuide } from '../src/repo/guide.js';
import { enumeratePaths } from '../src/repo/guide-tree.js';
import { JUST_CULTURE_OUTCOMES } from '../src/model/schemas.js';
import { RULE_IDS } from '../src/rules/index.js';
import { runBin, runLessons } from './helpers/cli.js';
import { CONFIG, incident, lesson, tempRepo, writeFiles } from './helpers/repo.js';

const guide = loadGuide();
const SYSTEM_FOCUS = { '1a': 'no', '2a': 'no', '2b': 'no', '2c': 'no', '3a': 'yes', '3b': 'no' };

function repo(files: Record<string, string> = {}): string {
  return tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/incidents/INC-1.md': incident('INC-1'),
    'lessons/learning/LL-1.md': lesson('LL-1'),
    ...files,
  });
}

function reviews(dir: string): string[] {
  const d = path.join(dir, 'lessons/reviews');
  return existsSync(d) ? readdirSync(d).sort() : [];
}

function frontMatter(text: string): Record<string, unknown> {
  return parseYaml(text.split('\n---\n')[0].replace(/^---\n/, '')) as Record<string, unknown>;
}

/** Writes `answers` as a JSON file in `dir` and runs the command with it. */
async function runWith(dir: string, answers: Record<string, unknown> | string, args: string[] = []) {
  writeFiles(dir, { 'answers.json': typeof answers === 'string' ? answers : JSON.stringify(answers) });
  return runLessons(['just-culture', ...args, '--answers', 'answers.json'], { cwd: dir });
}

/** A valid NHS number in the 999 test range (Modulus 11 check digit). */
function testNhsNumber(): string {
  for (let n = 999000001; n < 999999999; n++) {
    const digits = String(n).split('').map(Number);
    const sum = digits.reduce((acc, d, i) => acc + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${n}${check === 11 ? 0 : check}`;
  }
  throw new Error('none');
}

describe('lessons just-culture --answers', () => {
  const byOutcome = new Map(enumeratePaths(guide).map((p) => [p.outcome, p] as const));

  it.each([...JUST_CULTURE_OUTCOMES])('reaches %s and prints the documented JSON, writing nothing with --no-save', async (code) => {
    const dir = repo();
    const p = byOutcome.get(code)!;
    const answers = Object.fromEntries(p.steps.map((s) => [s.question, s.answer]));
    const r = await runWith(dir, answers, ['INC-1', '--json', '--no-save']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['path', 'answers', 'outcome', 'recommendation', 'guide', 'guide_version']);
    expect([json.guide, json.guide_version]).toEqual(['nhs-just-culture-guide-2018', '2018']);
    expect(json.path).toEqual(p.steps.map((s) => s.question));
    expect(json.answers).toEqual(answers);
    expect(json.outcome).toBe(code);
    expect(json.recommendation).toBe(guide.outcomes.get(code)!.recommendation);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(reviews(dir)).toEqual([]);
  });

  it('stops with exit 2, naming the question, when the path needs an answer that is missing', async () => {
    const dir = repo();
    const r = await runWith(dir, { '1a': 'no', '2a': 'no', '2b': 'no', '2c': 'no', '3a': 'yes' }, ['INC-1', '--no-save']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no answer for 3b (foresight: were the protocols workable and in routine use?)');
    expect(r.stdout).toBe('');
  });

  it('warns about answers the path never reaches and leaves them out of the result and the record', async () => {
    const dir = repo();
    const r = await runWith(dir, { ...SYSTEM_FOCUS, '4a': 'yes', '5a': 'no' }, ['INC-1', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: answers\.json answers 4a, 5a, which the guide does not reach/);
    expect(Object.keys(JSON.parse(r.stdout).answers)).toEqual(['1a', '2a', '2b', '2c', '3a', '3b']);
    const [file] = reviews(dir);
    const fm = frontMatter(readFileSync(path.join(dir, 'lessons/reviews', file), 'utf8'));
    expect(Object.keys(fm.answers as object)).toEqual(['1a', '2a', '2b', '2c', '3a', '3b']);
  });

  it('accepts booleans and any case, and refuses other answers and unknown questions (exit 2)', async () => {
    const dir = repo();
    const ok = await runWith(dir, '"1a": false\n"2a": "No"\n"2b": "NO"\n"2c": no\n"3a": true\n"3b": "no"\n', ['INC-1', '--json', '--no-save']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).outcome).toBe('system-focus');
    const bad = await runWith(dir, '{"1a": "n"}', ['INC-1', '--no-save']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('answers.json:1:8: the answer to 1a is "n"; answer yes or no.');
    const unknown = await runWith(dir, '{"1a": "no", "6a": "no"}', ['INC-1', '--no-save']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"6a" is not a question of the guide');
  });

  it('needs the incident id (exit 2) and a readable answers file (exit 2)', async () => {
    const dir = repo();
    const r = await runWith(dir, SYSTEM_FOCUS);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('with --answers, give the incident id too');
    const missing = await runLessons(['just-culture', 'INC-1', '--answers', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the answers file nope.yaml could not be read: it does not exist.');
  });

  it('writes a record that validates, with quoted answers, today\'s date and no recommendation in the front-matter', async () => {
    const dir = repo();
    const r = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json', '--facilitator', 'Head of Patient Safety', '--notes', 'The escalation route relied on one bleep.'], {
      cwd: (writeFiles(dir, { 'answers.json': JSON.stringify(SYSTEM_FOCUS) }), dir),
    });
    expect(r.code).toBe(0);
    const [file] = reviews(dir);
    expect(file).toMatch(/^JC-20261121-[0-9a-z]{4}\.md$/);
    expect(r.stdout).toContain(`Written: lessons/reviews/${file}\n`);
    expect(r.stdout).toContain('Outcome: Focus on the system, not the individual (system-focus)');
    expect(r.stdout).toContain('the wider investigation of the incident continues');
    const text = readFileSync(path.join(dir, 'lessons/reviews', file), 'utf8');
    expect(text).toContain('\nanswers:\n  "1a": "no"\n  "2a": "no"\n  "2b": "no"\n  "2c": "no"\n  "3a": "yes"\n  "3b": "no"\n');
    expect(text).toContain('\npath: ["1a", "2a", "2b", "2c", "3a", "3b"]\n');
    const fm = frontMatter(text);
    expect(fm).toEqual({
      id: file.replace(/\.md$/, ''),
      type: 'just-culture-review',
      title: 'Just culture guide: Insulin dose not given during transfer',
      incident: 'INC-1',
      guide: 'nhs-just-culture-guide-2018',
      guide_version: '2018',
      date: '2026-11-21',
      facilitator: 'Head of Patient Safety',
      answers: SYSTEM_FOCUS,
      path: ['1a', '2a', '2b', '2c', '3a', '3b'],
      outcome: 'system-focus',
      notes: 'The escalation route relied on one bleep.',
    });
    expect(text.split('\n---\n')[1]).toContain(guide.outcomes.get('system-focus')!.recommendation);
    const v = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).problems).toEqual([]);
    expect(v.code).toBe(0);
  });

  it('refuses the record (exit 1, nothing written) for an incident that does not exist or is not an incident', async () => {
    const dir = repo();
    const r = await runWith(dir, SYSTEM_FOCUS, ['INC-2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no entry "INC-2" in this repository. Did you mean "INC-1"?');
    const l = await runWith(dir, SYSTEM_FOCUS, ['LL-1']);
    expect(l.code).toBe(1);
    expect(l.stderr).toContain('"LL-1" is a lesson (lessons/learning/LL-1.md), not a learning source (type: incident)');
    expect(reviews(dir)).toEqual([]);
  });

  it('refuses a record that fails the entry checks, listing each problem with its position (exit 1, nothing written)', async () => {
    const dir = repo();
    writeFiles(dir, { 'answers.json': JSON.stringify(SYSTEM_FOCUS) });
    const r = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json', '--facilitator', 'X'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/lessons\/reviews\/JC-20261121-[0-9a-z]{4}\.md:9:14: error: .*\(schema\)/);
    expect(r.stderr).toContain('the record was not written');
    expect(reviews(dir)).toEqual([]);
  });

  it.skipIf(!RULE_IDS.has('pii/nhs-number'))('refuses a record whose notes hold an NHS number', async () => {
    const dir = repo();
    writeFiles(dir, { 'answers.json': JSON.stringify(SYSTEM_FOCUS) });
    const nhs = testNhsNumber();
    const r = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json', '--notes', `Patient ${nhs} was affected.`], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(pii/nhs-number)');
    expect(reviews(dir)).toEqual([]);
  });

  it('keeps the title within 200 characters for a long incident title', async () => {
    const long = `Delayed ${'escalation '.repeat(16)}overnight`; // valid (≤ 200), but too long with the prefix
    expect(long.length).toBeGreaterThan(180);
    expect(long.length).toBeLessThanOrEqual(200);
    const dir = repo({ 'lessons/incidents/INC-1.md': incident('INC-1').replace('title: Insulin dose not given during transfer', `title: ${long}`) });
    const r = await runWith(dir, SYSTEM_FOCUS, ['INC-1']);
    expect(r.code).toBe(0);
    const [file] = reviews(dir);
    const title = frontMatter(readFileSync(path.join(dir, 'lessons/reviews', file), 'utf8')).title as string;
    expect(title.length).toBe(200);
    expect(title.endsWith('…')).toBe(true);
    expect((await runLessons(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('reads the answers from standard input with "--answers -"', async () => {
    const dir = repo();
    const r = await runBin(['just-culture', 'INC-1', '--answers', '-', '--json', '--no-save'], { cwd: dir, input: '1a: yes\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path: ['1a'], outcome: 'deliberate-harm' });
  });
});

describe('lessons just-culture without --answers', () => {
  it('refuses to prompt without a terminal, naming what to pass (exit 2)', async () => {
    const r = await runLessons(['just-culture', 'INC-1'], { cwd: repo() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--answers <file>');
  });
  it('on a terminal, refuses an incident id that does not exist before asking anything (exit 1)', async () => {
    const dir = repo();
    const r = await runLessons(['just-culture', 'INC-9'], { cwd: dir, tty: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('there is no entry "INC-9"');
    expect(r.stdout).toBe('');
  });
});

describe('lessons just-culture --explain', () => {
  it('prints every question with its help and where yes and no lead, every outcome and the local practice', async () => {
    const r = await runLessons(['just-culture', '--explain'], { cwd: repo() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NHS Improvement (2018). A just culture guide.');
    for (const q of guide.questions.values()) {
      expect(r.stdout).toContain(`${q.id}  ${q.test}`);
      expect(r.stdout.replace(/\s+/g, ' ')).toContain(q.help.replace(/\s+/g, ' '));
    }
    expect(r.stdout).toMatch(/3c {2}Foresight test[\s\S]*?yes → question 4a[\s\S]*?no → outcome system-focus/);
    for (const o of JUST_CULTURE_OUTCOMES) expect(r.stdout).toContain(`  ${o} — `);
    expect(r.stdout).toContain('Local practice (not part of the 2018 guide)');
  });

  it('prints a Mermaid flowchart with --format mermaid, and needs no repository', async () => {
    const r = await runLessons(['just-culture', '--explain', '--format', 'mermaid'], { cwd: tempRepo({}) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart TD\n/);
    expect(r.stdout).toContain('  q4a -->|yes| o_system_focus\n');
  });

  it('treats --format without --explain, and --explain with an incident, as usage errors (exit 2)', async () => {
    const dir = repo();
    const a = await runLessons(['just-culture', 'INC-1', '--format', 'mermaid'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--format only applies to --explain');
    const b = await runLessons(['just-culture', 'INC-1', '--explain'], { cwd: dir });
    expect(b.code).toBe(2);
    const c = await runLessons(['just-culture', '--explain', '--format', 'svg'], { cwd: dir });
    expect(c.code).toBe(2);
  });
});
