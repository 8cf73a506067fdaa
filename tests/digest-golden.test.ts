/**
 * Golden outputs of digests and a briefing on the sample repository (a copy with a pinned git
 * history, LESSONS_TODAY=2026-11-21). To accept a deliberate change, run
 *   UPDATE_GOLDEN=1 npx vitest run --config tests/vitest.config.ts tests/digest-golden.test.ts
 * and review the diff of tests/golden/ before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, runLessons } from './helpers/cli.js';
import { sampleRepo } from './helpers/digest.js';

const GOLDEN = path.join(PROJECT, 'tests/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    if (!UPDATE) throw new Error(`Golden file ${name} did not exist; it has been written. Review it and run again.`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

let dir: string;
beforeAll(() => {
  dir = sampleRepo({ git: true });
});

const CASES: [string, string[]][] = [
  ['digest-staff-default.md', ['digest']],
  ['digest-staff-autumn.md', ['digest', '--from', '2026-09', '--to', '2026-11-20']],
  ['digest-staff-autumn.json', ['digest', '--from', '2026-09', '--to', '2026-11-20', '--format', 'json']],
  ['digest-public.md', ['digest', '--audience', 'public', '--from', '2025-07-01', '--to', '2026-11-20']],
  ['digest-public.json', ['digest', '--audience', 'public', '--from', '2025-07-01', '--to', '2026-11-20', '--format', 'json']],
  ['digest-board.md', ['digest', '--audience', 'board', '--from', '2026-09-01', '--to', '2026-11-20']],
  ['digest-board.json', ['digest', '--audience', 'board', '--from', '2026-09-01', '--to', '2026-11-20', '--format', 'json']],
  ['brief-LL-20260428-a3kd.md', ['brief', 'LL-20260428-a3kd']],
  ['actions.json', ['actions', '--json']],
];

describe('golden outputs on the sample repository', () => {
  for (const [name, argv] of CASES) {
    it(`lessons ${argv.join(' ')}`, async () => {
      const r = await runLessons(argv, { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      golden(name, r.stdout);
    });
  }

  it('the default period is the last calendar month', async () => {
    const r = await runLessons(['digest', '--format', 'json'], { cwd: dir });
    const d = JSON.parse(r.stdout);
    expect(d.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(d.audience).toBe('staff');
    expect(d.generated).toBe('2026-11-21');
    expect(d.organisation).toBe('Fernbrook Valley NHS Foundation Trust');
    expect(d.history).toEqual({ source: 'git', shallow: false });
    // Approved or shared in October: approved_on or a shared date in the month.
    expect(d.themes.flatMap((t: { lessons: { id: string }[] }) => t.lessons.map((l) => l.id)).sort()).toEqual([
      'LL-20260820-d7hq',
      'LL-20260918-s9ty',
      'LL-20260924-k3fb',
      'LL-20261001-e6zn',
    ]);
    // The one lesson whose file changed in October (git) is listed as updated.
    expect(d.updated.map((u: { id: string }) => u.id)).toEqual(['LL-20260428-a3kd']);
    expect(d.updated[0].changed).toBe('2026-10-20');
  });
});
