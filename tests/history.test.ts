/**
 * Git history for digests: ONE `git log` pass over the content folder, never one git process per
 * file. Every git call made through openGit is counted (the module is wrapped, not replaced).
 */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openHistory, parseLog } from '../src/repo/history.js';
import { openRepository } from '../src/repo/repository.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, git, lesson, tempRepo, writeFiles } from './helpers/repo.js';

const calls = vi.hoisted(() => [] as string[][]);

vi.mock('../src/repo/git.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../src/repo/git.js')>();
  return {
    ...mod,
    openGit: async (dir: string, purpose: string) => {
      const g = await mod.openGit(dir, purpose);
      return {
        ...g,
        raw: (args: string[]) => {
          calls.push(args);
          return g.raw(args);
        },
      };
    },
  };
});

/** A repository of `n` lessons over `commits` commits (each commit adds some and edits one). */
function manyFiles(n: number, commits: number): string {
  const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  const per = Math.ceil(n / commits);
  for (let c = 0; c < commits; c++) {
    const files: Record<string, string> = {};
    for (let i = c * per; i < Math.min(n, (c + 1) * per); i++) {
      const id = `LL-${String(i).padStart(5, '0')}`;
      files[`lessons/learning/${id}.md`] = lesson(id, 'approved_by: Panel\napproved_on: 2026-10-05\n').replace('status: draft', 'status: approved');
    }
    if (c > 0) files['lessons/learning/LL-00000.md'] = lesson('LL-00000', `updated: 2026-0${c + 1}-01\n`);
    writeFiles(dir, files);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `commit ${c}`], `2026-0${c + 1}-15T10:00:00Z`);
  }
  return dir;
}

describe('git history', () => {
  it('reads first and last dates of every file from one git log', async () => {
    const dir = manyFiles(300, 5);
    calls.length = 0;
    const repo = openRepository({ start: dir });
    const history = await openHistory(repo);
    expect(history.available).toBe(true);
    if (!history.available) return;
    const log = await history.log();
    expect(log.commits).toBe(5);
    expect(log.files.size).toBe(300);
    expect(log.files.get('lessons/learning/LL-00000.md')).toMatchObject({ first: '2026-01-15', last: '2026-05-15', commits: 5 });
    expect(log.files.get('lessons/learning/LL-00299.md')).toMatchObject({ first: '2026-05-15', last: '2026-05-15', commits: 1 });
    expect(log.files.get('lessons/learning/LL-00000.md')?.authors).toEqual(['Test']);
    // Calling log() again reuses the one pass.
    await history.log();
    expect(calls.filter((a) => a[0] === 'log')).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(3);
  });

  it('the digest command runs git log once, whatever the number of files', async () => {
    const dir = manyFiles(200, 4);
    calls.length = 0;
    const r = await runLessons(['digest', '--audience', 'board', '--format', 'json', '--from', '2026-01', '--to', '2026-11'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const logs = calls.filter((a) => a[0] === 'log');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('--name-only');
    expect(calls.length).toBeLessThanOrEqual(4);
    // With a ref: one more call to resolve it and one diff, still one log of the whole folder.
    git(dir, ['tag', 'v1', 'HEAD~1']);
    calls.length = 0;
    const withRef = await runLessons(['digest', '--format', 'json', '--from', 'v1'], { cwd: dir });
    expect(withRef.code, withRef.stderr).toBe(0);
    expect(calls.filter((a) => a[0] === 'log' && a.includes('--name-only'))).toHaveLength(1);
    expect(calls.filter((a) => a[0] === 'diff')).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(6);
    const ids = JSON.parse(withRef.stdout).themes.flatMap((t: { lessons: { id: string }[] }) => t.lessons.map((l) => l.id));
    expect(ids).toHaveLength(50); // the last commit's files (LL-00000 changed too, but it is a draft)
  });

  it('never shows git author names in a digest', async () => {
    const dir = manyFiles(10, 2);
    writeFiles(dir, { 'lessons/learning/LL-00001.md': lesson('LL-00001', 'approved_by: Panel\napproved_on: 2026-10-05\nupdated: 2026-10-06\n').replace('status: draft', 'status: approved') });
    git(dir, ['commit', '-q', '-am', 'edit', '--author', 'Zed Quillfeather <zq@example.invalid>'], '2026-10-06T10:00:00Z');
    const history = await openHistory(openRepository({ start: dir }));
    if (!history.available) throw new Error('expected git');
    expect((await history.log()).files.get('lessons/learning/LL-00001.md')?.authors).toContain('Zed Quillfeather');
    for (const audience of ['staff', 'public', 'board']) {
      for (const format of ['md', 'html', 'json']) {
        const r = await runLessons(['digest', '--audience', audience, '--format', format, '--from', '2026-01'], { cwd: dir });
        expect(r.code).toBe(0);
        expect(r.stdout).not.toContain('Quillfeather');
      }
    }
  });

  it('works when the lessons repository is a folder inside a bigger git repository', async () => {
    const top = tempRepo({});
    const dir = path.join(top, 'governance');
    writeFiles(dir, {
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-1.md': lesson('LL-1'),
    });
    writeFiles(top, { 'lessons/learning/LL-outside.md': lesson('LL-outside') });
    git(top, ['init', '-q', '-b', 'main']);
    git(top, ['add', '-A']);
    git(top, ['commit', '-q', '-m', 'all'], '2026-03-03T10:00:00Z');
    const history = await openHistory(openRepository({ start: dir }));
    if (!history.available) throw new Error('expected git');
    expect([...(await history.log()).files.keys()]).toEqual(['lessons/learning/LL-1.md']);
  });

  it('parses git log -z output (newest first), keeping only Markdown files', () => {
    const raw =
      '\x1eaaa\x1f2026-10-20T12:00:00+01:00\x1fA\0\nlessons/a.md\0lessons/b.md\0' +
      '\x1ebbb\x1f2026-06-30T23:30:00-05:00\x1fB\0\nlessons/a.md\0lessons/img.png\0';
    const log = parseLog(raw);
    expect(log.commits).toBe(2);
    expect(log.files.get('lessons/a.md')).toEqual({ first: '2026-06-30', last: '2026-10-20', commits: 2, authors: ['A', 'B'] });
    expect(log.files.get('lessons/b.md')).toEqual({ first: '2026-10-20', last: '2026-10-20', commits: 1, authors: ['A'] });
    expect(log.files.has('lessons/img.png')).toBe(false);
  });

  it('reports no history outside git, or with no commits', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    expect(await openHistory(openRepository({ start: dir }))).toEqual({ available: false, reason: 'not-a-repository' });
    git(dir, ['init', '-q']);
    expect(await openHistory(openRepository({ start: dir }))).toEqual({ available: false, reason: 'no-commits' });
  });
});
