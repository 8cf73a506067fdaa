/**
 * Issue 11.6: the review comment never exceeds GitHub's limit whatever the repository holds; the
 * action updates only its own sticky comment (marker and author); a configuration change that
 * weakens the checks is listed for the reviewer.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMENT_LIMIT, REVIEW_MARKER } from '../src/authoring/review.js';
import { PROJECT, runLessons } from './helpers/cli.js';
import { CONFIG, git, gitInit, incident, lesson, tempRepo, writeFiles } from './helpers/repo.js';

describe('the review comment stays within 65,536 characters', () => {
  it.each([
    ['many entries with long titles and actions', () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 400; i++) {
        const id = `LL-20261104-${i.toString(36).padStart(4, '0')}`;
        const actions = Array.from({ length: 8 }, (_, j) => `  - {description: "Action ${j} ${'x'.repeat(250)}", owner: Ward Manager, due: 2026-12-01, status: open}`).join('\n');
        files[`lessons/learning/${id}.md`] = lesson(id, `actions:\n${actions}\n`).replace('title: Insulin doses at ward transfer', `title: "${'Long title '.repeat(18)}"`);
      }
      return files;
    }],
    ['one entry with problems whose messages quote huge values', () => {
      const huge = 'unknown-theme-'.repeat(40_000);
      return { 'lessons/learning/LL-20261104-aaaa.md': lesson('LL-20261104-aaaa').replace('themes: [medication-safety]', `themes: [${Array.from({ length: 40 }, (_, i) => `${huge.slice(0, 20_000)}${i}`).join(', ')}]`) };
    }],
    ['no changed entries but thousands of problems elsewhere', () => ({})],
  ])('%s', async (_name, make) => {
    const base: Record<string, string> = { 'lessons.config.yaml': CONFIG };
    const elsewhere = _name.startsWith('no changed');
    if (elsewhere) {
      // Removing the sources breaks references in 300 lessons the branch does not change.
      for (let i = 0; i < 300; i++) {
        const id = `LL-20261104-${i.toString(36).padStart(4, '0')}`;
        base[`lessons/learning/${id}.md`] = lesson(id, `sources: [${Array.from({ length: 10 }, (_, j) => `INC-2026110${j}-aaaa`).join(', ')}]\n`);
      }
      for (let j = 0; j < 10; j++) base[`lessons/incidents/INC-2026110${j}-aaaa.md`] = incident(`INC-2026110${j}-aaaa`);
    }
    const dir = tempRepo(base);
    gitInit(dir);
    git(dir, ['switch', '-q', '-c', 'feature']);
    if (elsewhere) for (let j = 0; j < 10; j++) git(dir, ['rm', '-q', `lessons/incidents/INC-2026110${j}-aaaa.md`]);
    writeFiles(dir, make());
    const r = await runLessons(['review', '--base', 'main'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(REVIEW_MARKER)).toBe(true);
    expect(r.stdout.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(r.stdout.length).toBeGreaterThan(2000);
  });
});

describe('configuration changes that weaken the checks are listed', () => {
  it('pii.allow, pii.patterns, language.terms, taxonomy and the size limit', async () => {
    const before = `${CONFIG}pii:\n  patterns:\n    - {name: hospital-number, pattern: "FVH[0-9]{7}"}\n    - {name: unit, pattern: "U[0-9]{6}"}\nlanguage:\n  terms:\n    - {phrase: "dropped the ball", suggestion: "describe what made the step hard"}\n`;
    const after = `organisation: Test Trust\ntaxonomy:\n  themes: [medication-safety, handover, falls, anything-goes]\n  audiences: [nursing, all-staff]\npii:\n  patterns:\n    - {name: hospital-number, pattern: "FVH[0-9]{9}"}\n  allow: [ward7.team@example.nhs.uk]\nlimits:\n  max_file_bytes: 50000000\n`;
    const dir = tempRepo({ 'lessons.config.yaml': before, 'lessons/learning/LL-1.md': lesson('LL-1') });
    gitInit(dir);
    git(dir, ['switch', '-q', '-c', 'loosen']);
    writeFiles(dir, { 'lessons.config.yaml': after });
    const md = await runLessons(['review', '--base', 'main'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('### Configuration changes that weaken the checks');
    for (const line of [
      '- `pii.allow` added `ward7.team@example.nhs.uk`',
      '- `pii.patterns` removed `{"name":"unit","pattern":"U[0-9]{6}"}`',
      '- `pii.patterns` changed `{"name":"hospital-number","pattern":"FVH[0-9]{7}"} → {"name":"hospital-number","pattern":"FVH[0-9]{9}"}`',
      '- `language.terms` removed `{"phrase":"dropped the ball","suggestion":"describe what made the step hard"}`',
      '- `taxonomy.themes` added `anything-goes`',
      '- `taxonomy.services` removed: `the list is gone, so any value is now accepted`',
      '- `limits.max_file_bytes` raised to `50000000`',
    ]) expect(md.stdout).toContain(line);
    const json = JSON.parse((await runLessons(['review', '--base', 'main', '--format', 'json'], { cwd: dir })).stdout);
    expect(json.config.map((c: { setting: string }) => c.setting)).toEqual(['pii.allow', 'pii.patterns', 'pii.patterns', 'language.terms', 'taxonomy.themes', 'taxonomy.services', 'limits.max_file_bytes']);
  });

  it('a change that only tightens the checks is not listed', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    gitInit(dir);
    git(dir, ['switch', '-q', '-c', 'tighten']);
    writeFiles(dir, { 'lessons.config.yaml': `${CONFIG.replace('falls', 'falls').replace('[medication-safety, handover, falls]', '[medication-safety, handover]')}pii:\n  patterns:\n    - {name: unit, pattern: "U[0-9]{6}"}\n` });
    const r = await runLessons(['review', '--base', 'main'], { cwd: dir });
    expect(r.stdout).not.toContain('Configuration changes');
  });
});

describe('action.yml updates only its own sticky comment', () => {
  const step = (parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')).runs.steps as { name?: string; run?: string }[]).find((s) => s.name === 'Review summary')!;

  /** Runs the step's script with real bash and jq, and a stand-in for the GitHub CLI. */
  function runStep(comments: unknown[]): string[] {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    gitInit(dir);
    const bin = mkdtempSync(path.join(os.tmpdir(), 'lessons-gh-'));
    const log = path.join(bin, 'calls.log');
    writeFileSync(path.join(bin, 'comments.json'), JSON.stringify(comments));
    writeFileSync(
      path.join(bin, 'gh'),
      `#!/usr/bin/env bash
echo "$*" >> "${log}"
case "$*" in
  *graphql*) echo "github-actions" ;;
  *"/comments --paginate"*) cat "${path.join(bin, 'comments.json')}" ;;
esac
`,
    );
    chmodSync(path.join(bin, 'gh'), 0o755);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_ACTION_PATH: PROJECT, RUNNER_TEMP: bin, GITHUB_STEP_SUMMARY: path.join(bin, 'summary.md'), BASE: 'main', PR: '7', REPO: 'trust/lessons', GH_TOKEN: 'x', LESSONS_TODAY: '2026-11-21' };
    delete (env as Record<string, unknown>).NODE_EXTRA_CA_CERTS;
    execFileSync('bash', ['-e', '-c', step.run!], { cwd: dir, env, stdio: 'pipe' });
    return readFileSync(log, 'utf8').trim().split('\n').filter((l) => l.includes('--method'));
  }

  const ours = { id: 22, user: { login: 'github-actions[bot]' }, body: `${REVIEW_MARKER}\n## Lessons review` };
  const forged = { id: 11, user: { login: 'someone' }, body: `${REVIEW_MARKER}\nplease merge` };

  it('updates the comment by its own account, not an earlier one with the marker by someone else', () => {
    expect(runStep([forged, ours])).toEqual([expect.stringMatching(/^api --method PATCH repos\/trust\/lessons\/issues\/comments\/22 /)]);
  });

  it('posts a new comment when only someone else\'s carries the marker', () => {
    expect(runStep([forged])).toEqual([expect.stringMatching(/^api --method POST repos\/trust\/lessons\/issues\/7\/comments /)]);
  });
});
