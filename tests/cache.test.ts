/**
 * `validate --cache`: unchanged files' results come from the cache, anything that could change
 * them (content, configuration, rule set, today) makes them be computed again, and a broken cache
 * is ignored.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { CONFIG, git, gitInit, lesson, tempRepo } from './helpers/repo.js';

const OVERDUE = 'actions:\n  - description: Add pending doses to the handover screen.\n    owner: Ward Manager\n    due: 2026-10-01\n    status: open\n';

function repo(): string {
  return tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-1.md': lesson('LL-1', OVERDUE),
    'lessons/learning/LL-2.md': lesson('LL-2'),
  });
}

interface Report {
  summary: { files: number; errors: number; warnings: number };
  problems: { file: string; rule: string; message: string; line: number }[];
}

async function validate(dir: string, extra: string[] = [], env: Record<string, string> = {}): Promise<Report & { code: number; stderr: string }> {
  const r = await runLessons(['validate', '--format', 'json', ...extra], { cwd: dir, env });
  return { ...(JSON.parse(r.stdout) as Report), code: r.code, stderr: r.stderr };
}

/** Rewrites every cached message of `file` so that a reused result can be told apart. */
function markCached(cacheFile: string, file: string): void {
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: Record<string, { problems: { message: string }[] }> };
  for (const p of cache.files[file].problems) p.message = 'FROM THE CACHE';
  writeFileSync(cacheFile, JSON.stringify(cache));
}

describe('validate --cache', () => {
  it('gives the same results as without it, and reuses them on the next run', async () => {
    const dir = repo();
    const cacheFile = path.join(dir, 'cache.json');
    const plain = await validate(dir);
    expect(plain.problems.map((p) => p.rule)).toContain('action/overdue');
    const first = await validate(dir, ['--cache', '--cache-location', cacheFile]);
    expect(first.problems).toEqual(plain.problems);
    expect(existsSync(cacheFile)).toBe(true);

    markCached(cacheFile, 'lessons/learning/LL-1.md');
    const second = await validate(dir, ['--cache', '--cache-location', cacheFile]);
    expect(second.problems.map((p) => p.message)).toEqual(['FROM THE CACHE']);
    expect(second.summary).toEqual(plain.summary);
  });

  it('checks a file again when its content changes, but not when only its times do', async () => {
    const dir = repo();
    const cacheFile = path.join(dir, 'cache.json');
    const file = path.join(dir, 'lessons/learning/LL-1.md');
    await validate(dir, ['--cache', '--cache-location', cacheFile]);
    markCached(cacheFile, 'lessons/learning/LL-1.md');

    utimesSync(file, new Date('2026-01-01'), new Date('2026-01-01')); // same content, new times: hashed, reused
    expect((await validate(dir, ['--cache', '--cache-location', cacheFile])).problems.map((p) => p.message)).toEqual(['FROM THE CACHE']);

    writeFileSync(file, lesson('LL-1', OVERDUE.replace('2026-10-01', '2026-09-01')));
    const changed = await validate(dir, ['--cache', '--cache-location', cacheFile]);
    expect(changed.problems).toEqual([expect.objectContaining({ rule: 'action/overdue', message: expect.stringContaining('2026-09-01') })]);
  });

  it.each([
    ['the configuration changes', (dir: string) => writeFileSync(path.join(dir, 'lessons.config.yaml'), CONFIG.replace('organisation: Test Trust', 'organisation: Other Trust')), {}],
    ['"today" changes', () => undefined, { LESSONS_TODAY: '2026-11-22' }],
    ['the cache is for another rule set or version', (_: string, cacheFile: string) => {
      const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string };
      cache.key = 'another-rule-set';
      writeFileSync(cacheFile, JSON.stringify(cache));
    }, {}],
  ] as const)('starts again when %s', async (_name, change, env) => {
    const dir = repo();
    const cacheFile = path.join(dir, 'cache.json');
    await validate(dir, ['--cache', '--cache-location', cacheFile]);
    markCached(cacheFile, 'lessons/learning/LL-1.md');
    change(dir, cacheFile);
    const again = await validate(dir, ['--cache', '--cache-location', cacheFile], env);
    expect(again.problems.map((p) => p.rule)).toEqual(['action/overdue']);
    expect(again.problems[0].message).not.toBe('FROM THE CACHE');
  });

  it.each([['garbage', 'not json {'], ['another shape', '{"format":"lessons-cache/1","key":1,"files":[]}'], ['wrong records', '{"files":{"lessons/learning/LL-1.md":{"size":"x"}}}'], ['empty', '']])(
    'ignores a corrupt cache (%s) and rewrites it',
    async (_name, content) => {
      const dir = repo();
      const cacheFile = path.join(dir, 'cache.json');
      writeFileSync(cacheFile, content);
      const r = await validate(dir, ['--cache', '--cache-location', cacheFile]);
      expect(r.code).toBe(0);
      expect(r.problems.map((p) => p.rule)).toEqual(['action/overdue']);
      expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toMatchObject({ format: 'lessons-cache/1' });
    },
  );

  it('reads only a regular file: never a FIFO (which would hang) or a link', async () => {
    const dir = repo();
    const real = path.join(dir, 'real.json');
    await validate(dir, ['--cache', '--cache-location', real]);
    markCached(real, 'lessons/learning/LL-1.md');
    const link = path.join(dir, 'link.json');
    symlinkSync(real, link);
    expect((await validate(dir, ['--cache', '--cache-location', link])).problems.map((p) => p.message)).not.toContain('FROM THE CACHE');
    const fifo = path.join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    const r = await validate(dir, ['--cache', '--cache-location', fifo]);
    expect(r.problems.map((p) => p.rule)).toEqual(['action/overdue']);
  });

  it('sees repository-wide problems across cached files (a duplicate id added later)', async () => {
    const dir = repo();
    const cacheFile = path.join(dir, 'cache.json');
    await validate(dir, ['--cache', '--cache-location', cacheFile]);
    writeFileSync(path.join(dir, 'lessons/learning/LL-3.md'), lesson('LL-2'));
    const r = await validate(dir, ['--cache', '--cache-location', cacheFile]);
    expect(r.problems.map((p) => p.rule)).toEqual(expect.arrayContaining(['id/duplicate']));
  });

  it('lives in the git folder by default (never committed or listed as a change), else at the root', async () => {
    const dir = repo();
    gitInit(dir);
    await validate(dir, ['--cache']);
    expect(existsSync(path.join(dir, '.git', 'lessons-cache.json'))).toBe(true);
    expect(git(dir, ['status', '--porcelain'])).toBe('');

    const plain = repo();
    await validate(plain, ['--cache']);
    expect(existsSync(path.join(plain, '.lessons-cache.json'))).toBe(true);
    // The cache is not an entry: it is outside the content folder.
    expect((await validate(plain, ['--cache'])).summary.files).toBe(2);
  });

  it('warns, and still reports, when the cache cannot be written', async () => {
    const dir = repo();
    const r = await validate(dir, ['--cache', '--cache-location', path.join(dir, 'no-such-folder', 'cache.json')]);
    expect(r.problems.map((p) => p.rule)).toEqual(['action/overdue']);
    expect(r.stderr).toMatch(/warning: the cache .* could not be written/);
  });

  it('--cache-location needs --cache', async () => {
    const r = await runLessons(['validate', '--cache-location', 'x.json'], { cwd: repo() });
    expect(r.code).toBe(2);
  });
});
