import { describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { CONFIG, incident, lesson, policy, tempRepo } from './helpers/repo.js';

const repo = () =>
  tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-1.md': lesson('LL-1', 'services: [pharmacy]\n'),
    'lessons/learning/LL-2.md': lesson('LL-2').replace('[medication-safety]', '[falls]').replace('created: 2026-10-01', 'created: 2026-06-01'),
    'lessons/incidents/INC-1.md': incident('INC-1'),
    'lessons/policies/POL-1.md': policy('POL-1'),
    'lessons/learning/broken.md': '---\nid: [\n---\n',
  });

describe('lessons list', () => {
  it('prints the documented JSON shape with the main fields of each type', async () => {
    const r = await runLessons(['list', '--json'], { cwd: repo() });
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((e: { id: string }) => e.id)).toEqual(['INC-1', 'LL-1', 'LL-2', 'POL-1']);
    expect(rows[1]).toMatchObject({ id: 'LL-1', type: 'lesson', status: 'draft', file: 'lessons/learning/LL-1.md', kind: 'improvement', themes: ['medication-safety'] });
    expect(rows[0]).toMatchObject({ type: 'incident', source: 'incident', occurred: '2026-09', service: 'adult-inpatient' });
    expect(rows[3]).toMatchObject({ type: 'policy', reference: 'FVT.Pharm.001.08', version: '8.2' });
    expect(r.stderr).toContain('1 file could not be read');
  });

  it('filters by type, status, theme, service and date', async () => {
    const dir = repo();
    const ids = async (...args: string[]) => JSON.parse((await runLessons(['list', '--json', ...args], { cwd: dir })).stdout).map((e: { id: string }) => e.id);
    expect(await ids('--type', 'lesson')).toEqual(['LL-1', 'LL-2']);
    expect(await ids('--theme', 'falls')).toEqual(['LL-2']);
    expect(await ids('--service', 'pharmacy')).toEqual(['LL-1']);
    expect(await ids('--service', 'adult-inpatient')).toEqual(['INC-1']);
    expect(await ids('--status', 'closed')).toEqual(['INC-1']);
    expect(await ids('--type', 'lesson', '--since', '2026-09-01')).toEqual(['LL-1']);
  });

  it('prints a table, and refuses a --since that is not a date', async () => {
    const dir = repo();
    const r = await runLessons(['list', '--type', 'lesson'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toMatch(/^ID\s+TYPE\s+STATUS\s+DATE\s+TITLE$/);
    expect(r.stdout).toContain('LL-2  lesson  draft   2026-06-01  Insulin doses at ward transfer');
    const bad = await runLessons(['list', '--since', 'last week'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--since "last week" is not a date');
  });
});
