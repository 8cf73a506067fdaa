/**
 * Digests and briefings printed by a real browser: Debian's chromium, headless, to PDF.
 * (CI: `apt-get install -y chromium`.) Skipped, saying why, only when /usr/bin/chromium is absent.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { CHROMIUM, hasChromium, printToPdf, sampleRepo } from './helpers/digest.js';
import { CONFIG, incident, lesson, tempRepo } from './helpers/repo.js';
import { generateRepository } from '../tools/bench/generate.js';

if (!hasChromium) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the browser rendering tests: ${CHROMIUM} is not installed (apt-get install -y chromium).`);
}

let dir: string;
beforeAll(() => {
  dir = sampleRepo({ git: true });
  mkdirSync(path.join(dir, 'out'));
});

/** Runs chromium on a few files at a time. */
async function inBatches<T, R>(items: T[], size: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(f))));
  return out;
}

describe.skipIf(!hasChromium)('printing in chromium', () => {
  it('prints every digest (staff, public, board) to a PDF', async () => {
    const files: string[] = [];
    for (const audience of ['staff', 'public', 'board']) {
      const out = `out/${audience}.html`;
      const r = await runLessons(['digest', '--audience', audience, '--format', 'html', '--from', '2025-07', '--to', '2026-11-20', '--out', out], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      files.push(path.join(dir, out));
    }
    const pdfs = await inBatches(files, 3, printToPdf);
    pdfs.forEach(({ bytes, pages }, i) => {
      expect(bytes.subarray(0, 5).toString('latin1'), files[i]).toBe('%PDF-');
      expect(bytes.length, files[i]).toBeGreaterThan(10_000);
      expect(pages, files[i]).toBeGreaterThanOrEqual(1);
    });
  }, 180_000);

  it('prints the board report of a quarter on at most 3 A4 pages, and digests whose empty sections take no page of their own', async () => {
    const board = 'out/board-quarter.html';
    const r = await runLessons(['digest', '--audience', 'board', '--format', 'html', '--from', '2026-07', '--to', '2026-09', '--out', board], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const empty = 'out/public-empty.html';
    const p = await runLessons(['digest', '--audience', 'public', '--format', 'html', '--from', '2024-01', '--to', '2024-03', '--out', empty], { cwd: dir });
    expect(p.code, p.stderr).toBe(0);
    // A staff bulletin for a quiet period: every section but the overdue actions (which are listed whatever the
    // period) says "nothing", and those take no page of their own: 2 pages, where each section took one (6).
    const quiet = 'out/staff-empty.html';
    const q = await runLessons(['digest', '--format', 'html', '--from', '2024-01', '--to', '2024-03', '--out', quiet], { cwd: dir });
    expect(q.code, q.stderr).toBe(0);
    const [quarter, none, staff] = await inBatches([path.join(dir, board), path.join(dir, empty), path.join(dir, quiet)], 3, printToPdf);
    expect(quarter.pages).toBeGreaterThanOrEqual(1);
    expect(quarter.pages).toBeLessThanOrEqual(3);
    expect(none.pages).toBe(1);
    expect(staff.pages).toBe(2);
  }, 120_000);

  it('keeps the board report of a busy quarter (400 lessons, over 100 overdue actions) on at most 3 pages', async () => {
    const repo = tempRepo({});
    generateRepository(repo, { lessons: 400 });
    const r = await runLessons(['digest', '--audience', 'board', '--format', 'html', '--from', '2026-07', '--to', '2026-09', '--out', 'board.html'], { cwd: repo, env: { LESSONS_TODAY: '2027-03-01' } });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse((await runLessons(['digest', '--audience', 'board', '--format', 'json', '--from', '2026-07', '--to', '2026-09'], { cwd: repo, env: { LESSONS_TODAY: '2027-03-01' } })).stdout);
    expect(json.overdue_actions.length).toBeGreaterThan(100);
    const { pages } = await printToPdf(path.join(repo, 'board.html'));
    expect(pages).toBeLessThanOrEqual(3);
  }, 120_000);

  it('prints the 7-minute briefing of every sample lesson on exactly one A4 page', async () => {
    const ids: string[] = JSON.parse((await runLessons(['list', '--type', 'lesson', '--json'], { cwd: dir })).stdout).map((l: { id: string }) => l.id);
    const files: string[] = [];
    for (const id of ids) {
      const out = `out/brief-${id}.html`;
      const r = await runLessons(['brief', id, '--format', 'html', '--out', out], { cwd: dir });
      expect(r.code).toBe(0);
      files.push(path.join(dir, out));
    }
    const pdfs = await inBatches(files, 3, printToPdf);
    expect(pdfs.map((p) => p.pages)).toEqual(files.map(() => 1));
  }, 300_000);

  it('keeps a briefing on one page even when every part of the lesson is very long', async () => {
    const long = (what: string) => Array.from({ length: 15 }, (_, i) => `- ${what} ${i + 1}: ${'words that go on for a while to fill the line '.repeat(6).trim()}.`).join('\n');
    const para = 'This paragraph is long and keeps going so that the section is far longer than a page would hold. '.repeat(30);
    const repo = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-long.md': lesson(
        'LL-long',
        `sources: [INC-1, INC-2, INC-3, INC-4]\nservices: [adult-inpatient, pharmacy]\naudience: [nursing, all-staff]\n`,
        `\n## What happened\n\n${para}\n\n## Why it matters\n\n${para}\n\n## What we learned\n\n${long('Learning')}\n\n## What we changed\n\n${long('Change')}\n\n## Questions for reflection\n\n${long('Question')}\n`,
      ).replace('summary: Pending doses now show on the handover screen.', `summary: "${para.trim()}"`).replace('title: Insulin doses at ward transfer', `title: "${'A very long title about insulin doses at ward transfer and handover '.repeat(2).trim()}"`),
      ...Object.fromEntries([1, 2, 3, 4].map((n) => [`lessons/incidents/INC-${n}.md`, incident(`INC-${n}`).replace('Insulin dose not given during transfer', `${'A long title for a learning source that goes on '.repeat(3)}${n}`)])),
    });
    const r = await runLessons(['brief', 'LL-long', '--format', 'html', '--out', 'long.html'], { cwd: repo });
    expect(r.code).toBe(0);
    const { pages } = await printToPdf(path.join(repo, 'long.html'));
    expect(pages).toBe(1);
  }, 120_000);
});
