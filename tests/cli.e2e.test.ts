/** End to end: the built bin/lessons.js on temporary repositories. */
import { describe, expect, it } from 'vitest';
import { BIN, PROJECT, runBin, runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

const clean = () => tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
const broken = () =>
  tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-1.md': lesson('LL-1').replace('status: draft', 'status: aproved'),
    'lessons/learning/LL-2.md': lesson('LL-2', 'actions:\n  - {description: Teach it, owner: Ward Manager, due: 2026-01-01, status: open}\n'),
  });

describe('lessons validate (end to end)', () => {
  it('passes the sample repository in this checkout', async () => {
    const r = await runBin(['validate', '--format', 'json'], { cwd: PROJECT });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary.errors).toBe(0);
    expect(out.summary.files).toBeGreaterThanOrEqual(30);
  });

  it('exits 0 on a clean repository and 1 when there are errors, in every format', async () => {
    const ok = clean();
    const bad = broken();
    // The process's exit code, once each way; every format in process (main returns the code the launcher sets).
    expect((await runBin(['validate'], { cwd: ok })).code).toBe(0);
    expect((await runBin(['validate', '--format', 'json'], { cwd: bad })).code).toBe(1);
    for (const format of ['pretty', 'json', 'github', 'sarif', 'junit']) {
      expect((await runLessons(['validate', '--format', format], { cwd: ok })).code).toBe(0);
      const r = await runLessons(['validate', '--format', format], { cwd: bad });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('LL-1.md');
      expect(r.stderr).toBe('');
    }
  });

  it('reports across all files, never stopping at the first', async () => {
    const r = await runLessons(['validate', '--format', 'json'], { cwd: broken() });
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 2, errors: 1, warnings: 1 });
    expect(out.problems.map((p: { rule: string }) => p.rule)).toEqual(['schema', 'action/overdue']);
  });

  it('--max-warnings fails when there are more warnings than allowed', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-2.md': lesson('LL-2', 'actions:\n  - {description: Teach it, owner: Ward Manager, due: 2026-01-01, status: open}\n'),
    });
    expect((await runLessons(['validate', '--max-warnings', '1'], { cwd: dir })).code).toBe(0);
    const r = await runLessons(['validate', '--max-warnings', '0'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('more than the 0 allowed');
  });

  it('validates only the paths given, relative to -C', async () => {
    const dir = broken();
    const r = await runLessons(['-C', dir, 'validate', 'lessons/learning/LL-2.md', '--format', 'json'], { cwd: PROJECT });
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 1 });
  });

  it('finds the repository from a subfolder', async () => {
    const dir = broken();
    const r = await runLessons(['validate', '--format', 'json'], { cwd: `${dir}/lessons/learning` });
    expect(JSON.parse(r.stdout).summary.files).toBe(2);
  });

  it('honours NO_COLOR and --no-color even when colour is forced', async () => {
    const dir = broken();
    const forced = await runLessons(['validate'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const none = await runLessons(['validate'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(none.stdout).not.toMatch(/\u001b\[/);
    const flag = await runLessons(['validate', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
  });

  it('--quiet prints nothing for a clean repository and only errors otherwise', async () => {
    expect((await runLessons(['validate', '--quiet'], { cwd: clean() })).stdout).toBe('');
    const r = await runLessons(['validate', '--quiet'], { cwd: broken() });
    expect(r.stdout).toContain('schema');
    expect(r.stdout).not.toContain('action/overdue');
  });
});

describe('exit codes for usage and configuration errors', () => {
  it('exits 2 on an unknown option, an unknown command and a bad format', async () => {
    const dir = clean();
    for (const argv of [['validate', '--frobnicate'], ['frobnicate'], ['validate', '--format', 'xml'], ['validate', '--max-warnings', 'many']]) {
      const r = await runLessons(argv, { cwd: dir });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 0 for --help and --version', async () => {
    const help = await runBin(['--help'], { cwd: PROJECT });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    const version = await runBin(['--version'], { cwd: PROJECT });
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with positions for unknown config keys and bad regexes', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': 'taxonomy:\n  themse: [a]\npii:\n  patterns:\n    - {name: hospital-number, pattern: "RX[0-9"}\n',
      'lessons/learning/LL-1.md': lesson('LL-1'),
    });
    const r = await runLessons(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lessons.config.yaml:2:3: "themse" is not a setting of "taxonomy". Did you mean "themes"?');
    expect(r.stdout).toBe('');
  });

  it('exits 2 when a bad pattern is the only problem, naming the pattern', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': 'pii:\n  patterns:\n    - {name: hospital-number, pattern: "RX[0-9"}\n' });
    const r = await runLessons(['validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lessons.config.yaml:3:40: The pattern "hospital-number" is not a valid regular expression');
  });

  it('exits 2 outside any repository, and for a bad LESSONS_TODAY', async () => {
    const empty = tempRepo({ 'readme.txt': 'nothing here' });
    const r = await runLessons(['validate'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('There is no lessons repository in');
    const d = await runLessons(['validate'], { cwd: clean(), env: { LESSONS_TODAY: '2026-02-30' } });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('LESSONS_TODAY');
  });

  it('shows a stack trace only with --debug', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': 'limits: {max_file_bytes: -1}\n' });
    const plain = await runBin(['validate'], { cwd: dir });
    expect(plain.code).toBe(2);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runBin(['validate', '--debug'], { cwd: dir });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('the launcher is executable with a node shebang', async () => {
    const { readFileSync, statSync } = await import('node:fs');
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });
});
