/** `validate --changed`: per-file rules only on what the branch changes; repository rules over everything. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './helpers/cli.js';
import { CONFIG, git, gitInit, incident, lesson, tempRepo, writeFiles } from './helpers/repo.js';

function repoWithBranch() {
  const dir = tempRepo({
    'lessons.config.yaml': CONFIG,
    // An old problem on main: an unknown theme in LL-OLD.
    'lessons/learning/LL-OLD.md': lesson('LL-OLD').replace('[medication-safety]', '[not-a-theme]'),
    'lessons/incidents/INC-1.md': incident('INC-1'),
  });
  gitInit(dir);
  git(dir, ['checkout', '-q', '-b', 'lessons/new']);
  writeFiles(dir, { 'lessons/learning/LL-NEW.md': lesson('LL-NEW').replace('status: draft', 'status: approved') });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'add LL-NEW']);
  return dir;
}

describe('validate --changed', () => {
  it('checks only the files the branch adds or changes', async () => {
    const dir = repoWithBranch();
    const r = await runBin(['validate', '--changed', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.summary.files).toBe(1);
    expect(out.problems.map((p: { file: string; rule: string }) => `${p.file} ${p.rule}`)).toEqual(['lessons/learning/LL-NEW.md lifecycle/approval']);
    expect(r.code).toBe(1);
  });

  it('includes uncommitted and untracked files, and still runs repository-wide rules over everything', async () => {
    const dir = repoWithBranch();
    // An untracked file that reuses an id from main: id/duplicate names both files.
    writeFiles(dir, { 'lessons/learning/sub/LL-OLD.md': lesson('LL-OLD') });
    const r = await runBin(['validate', '--changed', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(r.stdout);
    expect(out.summary.files).toBe(2);
    const rules = out.problems.map((p: { file: string; rule: string }) => `${p.file} ${p.rule}`);
    expect(rules).toContain('lessons/learning/LL-OLD.md id/duplicate');
    expect(rules).toContain('lessons/learning/sub/LL-OLD.md id/duplicate');
    expect(rules).not.toContain('lessons/learning/LL-OLD.md taxonomy/unknown');
  });

  it('lists in JUnit only the entry files it checked, not other Markdown files the branch changes', async () => {
    const dir = repoWithBranch();
    writeFiles(dir, { 'docs/guide.md': '# How we work\n', 'lessons/learning/README.md': '# About this folder\n' });
    const r = await runBin(['validate', '--changed', '--format', 'junit'], { cwd: dir });
    expect(r.stdout).toContain('tests="1"');
    expect(r.stdout).toContain('name="lessons/learning/LL-NEW.md"');
    expect(r.stdout).not.toContain('guide.md');
    expect(r.stdout).not.toContain('README.md');
  });

  it('uses --base, and refuses a base that does not exist or looks like an option', async () => {
    const dir = repoWithBranch();
    const ok = await runBin(['validate', '--changed', '--base', 'main', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(ok.stdout).summary.files).toBe(1);
    const missing = await runBin(['validate', '--changed', '--base', 'nope'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"nope" is not a branch, tag or commit');
    const injected = await runBin(['validate', '--changed', '--base=--output=/tmp/x'], { cwd: dir });
    expect(injected.code).toBe(2);
    expect(injected.stderr).toContain('is not a valid branch');
  });

  it('outside git, or with --base alone, says what is wrong (exit 2)', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    const r = await runBin(['validate', '--changed'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a git repository');
    const b = await runBin(['validate', '--base', 'main'], { cwd: dir });
    expect(b.code).toBe(2);
  });

  it('detects a shallow clone and says how to fix it', async () => {
    const origin = repoWithBranch();
    git(origin, ['checkout', '-q', 'main']);
    writeFileSync(path.join(origin, 'lessons/learning/LL-MAIN.md'), lesson('LL-MAIN'));
    git(origin, ['add', '-A']);
    git(origin, ['commit', '-q', '-m', 'more on main'], '2026-11-02T10:00:00Z');
    const work = mkdtempSync(path.join(os.tmpdir(), 'lessons-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'lessons/new', `file://${origin}`, work]);
      const r = await runBin(['validate', '--changed', '--base', 'origin/main'], { cwd: work });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('shallow clone');
      expect(r.stderr).toContain('fetch-depth: 0');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
