/** lessons actions: the action tracker, against a pinned date (LESSONS_TODAY=2026-11-21). */
import { describe, expect, it } from 'vitest';
import { runBin, runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

const repo = () =>
  tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-b.md': lesson(
      'LL-b',
      `actions:
  - {description: "Overdue, in progress", owner: Ward Manager, due: 2026-11-20, status: in-progress}
  - {description: Due today, owner: Pharmacist, due: 2026-11-21, status: open}
  - {description: Done late, owner: Ward Manager, due: 2026-01-01, status: done, completed: 2026-02-01}
`,
    ),
    'lessons/learning/LL-a.md': lesson(
      'LL-a',
      `actions:
  - {description: Same day as LL-b's first, owner: "Matron, Ward 7", due: 2026-11-20, status: open}
  - {description: Cancelled long ago, owner: Matron, due: 2025-01-01, status: cancelled}
  - {description: "Multi\\nline", owner: Lead Pharmacist, due: 2027-03-31, status: open}
`,
    ),
    'lessons/learning/LL-old.md': lesson('LL-old', 'actions:\n  - {description: Archived and overdue, owner: Ward Manager, due: 2025-01-01, status: open}\n').replace('status: draft', 'status: archived'),
  });

const rows = async (dir: string, ...argv: string[]) => {
  const r = await runLessons(['actions', '--json', ...argv], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
};

describe('lessons actions', () => {
  it('lists every action of lessons that are not archived, by due date then lesson id, with exactly the DESIGN keys', async () => {
    const all = await rows(repo());
    expect(all.map((a) => [a.due, a.lesson, a.description])).toEqual([
      ['2025-01-01', 'LL-a', 'Cancelled long ago'],
      ['2026-01-01', 'LL-b', 'Done late'],
      ['2026-11-20', 'LL-a', "Same day as LL-b's first"],
      ['2026-11-20', 'LL-b', 'Overdue, in progress'],
      ['2026-11-21', 'LL-b', 'Due today'],
      ['2027-03-31', 'LL-a', 'Multi\nline'],
    ]);
    for (const a of all) expect(Object.keys(a)).toEqual(['lesson', 'file', 'description', 'owner', 'due', 'status', 'overdue']);
    expect(all[3]).toEqual({ lesson: 'LL-b', file: 'lessons/learning/LL-b.md', description: 'Overdue, in progress', owner: 'Ward Manager', due: '2026-11-20', status: 'in-progress', overdue: true });
    // Overdue: not done or cancelled, and due before today (due today is not overdue yet).
    expect(all.map((a) => a.overdue)).toEqual([false, false, true, true, false, false]);
  });

  it('filters: --overdue, --owner (any part, any case), --due-before (strictly before)', async () => {
    const dir = repo();
    expect((await rows(dir, '--overdue')).map((a) => a.description)).toEqual(["Same day as LL-b's first", 'Overdue, in progress']);
    expect((await rows(dir, '--owner', 'WARD MAN')).map((a) => a.description)).toEqual(['Done late', 'Overdue, in progress']);
    expect((await rows(dir, '--owner', 'matron')).map((a) => a.lesson)).toEqual(['LL-a', 'LL-a']);
    expect((await rows(dir, '--due-before', '2026-11-21')).map((a) => a.due)).toEqual(['2025-01-01', '2026-01-01', '2026-11-20', '2026-11-20']);
    expect(await rows(dir, '--overdue', '--owner', 'pharmacist')).toEqual([]);
    // The clock decides what is overdue.
    const later = JSON.parse((await runLessons(['actions', '--json', '--overdue'], { cwd: dir, env: { LESSONS_TODAY: '2026-11-22' } })).stdout);
    expect(later).toHaveLength(3);
  });

  it('refuses a --due-before that is not a date (exit 2)', async () => {
    for (const bad of ['2026-02-30', 'next week', '2026-1-1']) {
      const r = await runLessons(['actions', '--due-before', bad], { cwd: repo() });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--due-before "${bad}" is not a date`);
    }
  });

  it('prints a table for people, flagging overdue actions in words', async () => {
    const r = await runLessons(['actions'], { cwd: repo() });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DUE\s+STATUS\s+OWNER\s+LESSON\s+ACTION$/);
    expect(lines[4]).toMatch(/^2026-11-20\s+in-progress OVERDUE\s+Ward Manager\s+LL-b\s+Overdue, in progress$/);
    expect(lines[6]).toMatch(/Multi line$/);
    expect(lines[lines.length - 1]).toBe('6 actions, 2 overdue (due before 2026-11-21 and not done or cancelled).');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const none = await runLessons(['actions', '--overdue', '--owner', 'nobody'], { cwd: repo() });
    expect(none.stdout).toBe('No actions are overdue.\n');
  });

  it('agrees with the action/overdue rule of validate', async () => {
    const dir = repo();
    const v = JSON.parse((await runBin(['validate', '--format', 'json'], { cwd: dir })).stdout);
    const warned = v.problems.filter((p: { rule: string }) => p.rule === 'action/overdue').length;
    expect(warned).toBe((await rows(dir, '--overdue')).length);
  });
});
