/**
 * Guides are versioned data (issue 12): a trust's own guide file in guides/, chosen by --guide
 * or the config, checked on load like the built-in one; records name guide and version, and
 * validate checks each record against the guide version it names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearCatalogueCache } from '../src/repo/guide-catalogue.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, incident, tempRepo, writeFiles } from './helpers/repo.js';

/** A small fictional guide (not any real tool): two questions, three outcomes. */
function trustGuide(version: string, extra = ''): string {
  return `id: trust-guide
version: "${version}"
name: Example trust decision guide
publisher: Example NHS Trust (fictional)
year: 2026
citation: Example NHS Trust (2026). Example decision guide. Fictional, for tests.
notes:
  - id: not-an-investigation
    text: The guide does not replace the learning response.
start: "q1"
questions:
  - id: "q1"
    test: First test
    summary: "first: was the act deliberate?"
    text: Was the act meant to cause harm?
    help: Answer yes only on clear evidence.
    "yes": refer
    "no": "q2"
  - id: "q2"
    test: Second test
    summary: "second: was the process workable?"
    text: Was the process workable and in routine use?
    help: Think about the whole team.
    "yes": support
    "no": system
outcomes:
  - code: refer
    title: Refer for HR advice
    singles_out: true
    recommendation: Take HR advice on what happens next. The learning response continues.
  - code: support
    title: Support and learn
    singles_out: false
    recommendation: Support the person and learn with the team. The learning response continues.
  - code: system
    title: Focus on the system
    singles_out: false
    recommendation: Set system actions. The learning response continues.
${extra}`;
}

function review(id: string, guide: string, version: string | undefined, answers: string, pathIds: string, outcome: string): string {
  return `---
id: ${id}
type: just-culture-review
title: Just culture guide review of a missed dose
incident: INC-1
guide: ${guide}
${version === undefined ? '' : `guide_version: "${version}"\n`}date: 2026-11-20
answers:
${answers}
path: ${pathIds}
outcome: ${outcome}
---

Record.
`;
}

beforeEach(() => clearCatalogueCache());

function repo(files: Record<string, string> = {}, config = CONFIG): string {
  return tempRepo({ 'lessons.config.yaml': config, 'lessons/incidents/INC-1.md': incident('INC-1'), 'guides/trust-guide-1.yaml': trustGuide('1'), ...files });
}

describe('repository guides', () => {
  it('are run with --guide, named with their version in the record, and the record validates', async () => {
    const dir = repo({ 'answers.json': JSON.stringify({ q1: 'no', q2: 'no' }) });
    const explain = await runLessons(['just-culture', '--explain', '--guide', 'trust-guide'], { cwd: dir });
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('Example trust decision guide — Example NHS Trust (fictional), 2026 (trust-guide, version 1)');
    expect(explain.stdout).toContain('refer — Refer for HR advice (singles out the individual');
    const r = await runLessons(['just-culture', 'INC-1', '--guide', 'trust-guide', '--answers', 'answers.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(''); // this guide has not been replaced
    const [file] = readdirSync(path.join(dir, 'lessons/reviews'));
    const text = readFileSync(path.join(dir, 'lessons/reviews', file), 'utf8');
    expect(text).toContain('\nguide: trust-guide\nguide_version: "1"\n');
    expect(text).toContain('outcome: system\n');
    const v = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).problems).toEqual([]);
  });

  it('are the default when the config names them', async () => {
    const dir = repo({ 'answers.json': JSON.stringify({ q1: 'no', q2: 'yes' }) }, `${CONFIG}just_culture:\n  guide: trust-guide\n`);
    const r = await runLessons(['just-culture', 'INC-1', '--answers', 'answers.json', '--json', '--no-save'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'support', guide: 'trust-guide', guide_version: '1' });
  });

  it('check each record against the version it names, and a new run uses the newest version', async () => {
    const v2 = trustGuide('2').replace('"yes": support\n    "no": system', '"yes": system\n    "no": support');
    const dir = repo({ 'guides/trust-guide-2.yaml': v2, 'answers.json': JSON.stringify({ q1: 'no', q2: 'no' }) });
    // Made with version 1: q2 no → system. Still valid with version 2 present.
    writeFiles(dir, { 'lessons/reviews/JC-1.md': review('JC-1', 'trust-guide', '1', '  "q1": "no"\n  "q2": "no"', '["q1", "q2"]', 'system') });
    const r = await runLessons(['just-culture', 'INC-1', '--guide', 'trust-guide', '--answers', 'answers.json', '--json', '--no-save'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'support', guide_version: '2' });
    const v = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).problems).toEqual([]);
  });

  it('report a record whose guide or version the repository does not have, at that line', async () => {
    const dir = repo({
      'lessons/reviews/JC-1.md': review('JC-1', 'trust-guid', '1', '  "q1": "yes"', '["q1"]', 'refer'),
      'lessons/reviews/JC-2.md': review('JC-2', 'trust-guide', '7', '  "q1": "yes"', '["q1"]', 'refer'),
      'lessons/reviews/JC-3.md': review('JC-3', 'trust-guide', '1', '  "q1": "no"\n  "q2": "yes"', '["q1", "q2"]', 'refer'),
    });
    const v = await runLessons(['validate', '--format', 'json'], { cwd: dir });
    const problems = JSON.parse(v.stdout).problems as { file: string; line: number; column: number; message: string; path: string }[];
    const at = problems.filter((p) => p.path !== null).map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.path}`);
    expect(at).toEqual(['JC-1.md:6:8 guide', 'JC-2.md:7:16 guide_version', 'JC-3.md:13:10 outcome']);
    expect(problems[0].message).toContain('Did you mean "trust-guide"?');
    expect(problems[1].message).toContain('has no version 7 (it has 1)');
  });

  it('are checked on load like the built-in guide: a dangling branch stops the run (exit 2) at its line', async () => {
    const dir = repo({ 'guides/trust-guide-1.yaml': trustGuide('1').replace('"no": system', '"no": sytem'), 'answers.json': '{"q1": "no", "q2": "no"}' });
    const r = await runLessons(['just-culture', 'INC-1', '--guide', 'trust-guide', '--answers', 'answers.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the just culture guide guides/trust-guide-1.yaml has problems');
    expect(r.stderr).toMatch(/guides\/trust-guide-1\.yaml:25:11: question q2: "no" leads to "sytem", which is neither a question nor an outcome/);
    expect(r.stderr).toContain('outcome system cannot be reached');
    expect(r.stderr).not.toContain('fault in lessons itself');
  });

  it('refuse a guide file that repeats an id and version, an outcome without singles_out, and an unknown --guide', async () => {
    const same = repo({ 'guides/copy.yaml': trustGuide('1') });
    writeFiles(same, { 'answers.json': '{"q1": "yes"}' });
    const r = await runLessons(['just-culture', 'INC-1', '--guide', 'trust-guide', '--answers', 'answers.json'], { cwd: same });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('guide "trust-guide" version 1 is already defined by guides/copy.yaml');
    clearCatalogueCache();
    const missing = repo({ 'guides/trust-guide-1.yaml': trustGuide('1').replace('    singles_out: true\n', '') });
    const m = await runLessons(['just-culture', '--explain', '--guide', 'trust-guide'], { cwd: missing });
    expect(m.code).toBe(2);
    expect(m.stderr).toContain('"singles_out" in outcomes item 1 is missing');
    clearCatalogueCache();
    const u = await runLessons(['just-culture', '--explain', '--guide', 'trust-guid'], { cwd: repo() });
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('--guide: there is no just culture guide "trust-guid". Did you mean "trust-guide"?');
  });
});
