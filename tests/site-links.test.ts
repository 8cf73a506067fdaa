/**
 * Links instead of paths: with `site.base_url`, digests, briefings, the review comment and
 * `lessons list` link each entry to its page in the learning library, and every such page exists
 * in the site that `lessons site` builds. Without it, they name entries by id and title.
 */
import { existsSync, readFileSync, appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { htmlProblems, sampleRepo } from './helpers/digest.js';
import { git } from './helpers/repo.js';

const BASE = 'https://intranet.example.nhs.uk/lessons';
let dir: string;
let site: string;

beforeAll(async () => {
  dir = sampleRepo({ git: true });
  appendFileSync(path.join(dir, 'lessons.config.yaml'), `\nsite:\n  base_url: ${BASE}/\n`);
  git(dir, ['commit', '-q', '-am', 'Publish the learning library']);
  const r = await runLessons(['site', '--out', 'site'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  site = path.join(dir, 'site');
});

/** Every address under BASE in `text`, each checked to be a page of the built site. */
function pages(text: string): string[] {
  const found = [...text.matchAll(new RegExp(`${BASE.replace(/[.]/g, '\\.')}/([A-Za-z0-9/._-]+\\.html)`, 'g'))].map((m) => m[1]);
  for (const p of found) expect(existsSync(path.join(site, p)), p).toBe(true);
  return found;
}

describe('with site.base_url', () => {
  it('digests link each lesson to its page (Markdown, HTML, JSON)', async () => {
    const args = ['digest', '--from', '2026-09', '--to', '2026-11-20'];
    const md = (await runLessons(args, { cwd: dir })).stdout;
    expect(md).toContain(`[A NEWS2 alert needs a second route when the first responder is busy](${BASE}/lessons/LL-20260428-a3kd.html)`);
    expect(md).not.toContain('lessons/learning/');
    expect(pages(md).length).toBeGreaterThanOrEqual(10);
    const html = (await runLessons([...args, '--format', 'html'], { cwd: dir })).stdout;
    expect(html).toContain(`<a href="${BASE}/lessons/LL-20260428-a3kd.html">`);
    expect(pages(html).length).toBeGreaterThanOrEqual(10);
    expect(htmlProblems(html)).toEqual([]);
    const brief = (await runLessons(['brief', 'LL-20260428-a3kd', '--format', 'html'], { cwd: dir })).stdout;
    expect(htmlProblems(brief)).toEqual([]);
    const json = JSON.parse((await runLessons([...args, '--format', 'json'], { cwd: dir })).stdout);
    expect(json.themes[0].lessons[0].url).toMatch(new RegExp(`^${BASE}/lessons/LL-`));
  });

  it('a briefing links the lesson, its sources and policies', async () => {
    const md = (await runLessons(['brief', 'LL-20260428-a3kd'], { cwd: dir })).stdout;
    expect(md).toContain(`The full lesson: [A NEWS2 alert needs a second route when the first responder is busy](${BASE}/lessons/LL-20260428-a3kd.html)`);
    expect(pages(md).sort()).toEqual(['lessons/LL-20260428-a3kd.html', 'policies/POL-20240301-m2fd.html', 'sources/INC-20260318-k7d2.html']);
  });

  it('lessons list shows and prints each page', async () => {
    const rows = JSON.parse((await runLessons(['list', '--type', 'policy', '--json'], { cwd: dir })).stdout) as { id: string; url: string }[];
    for (const r of rows) expect(r.url).toBe(`${BASE}/policies/${r.id}.html`);
    pages(rows.map((r) => r.url).join('\n'));
    const table = (await runLessons(['list', '--type', 'lesson'], { cwd: dir })).stdout;
    expect(table.split('\n')[0]).toMatch(/TITLE\s+PAGE$/);
    expect(table).toContain(`${BASE}/lessons/LL-20260428-a3kd.html`);
  });

  it('the review comment gives the page each entry will have', async () => {
    git(dir, ['checkout', '-q', '-b', 'change']);
    const file = path.join(dir, 'lessons/learning/LL-20260428-a3kd.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('updated: 2026-11-09', 'updated: 2026-11-20'));
    const md = (await runLessons(['review', '--base', 'main'], { cwd: dir })).stdout;
    expect(md).toContain(`- Page in the learning library (once merged): ${BASE}/lessons/LL-20260428-a3kd.html`);
    git(dir, ['checkout', '-q', '--', '.']);
    git(dir, ['checkout', '-q', 'main']);
  });
});

describe('without site.base_url', () => {
  it('digests and briefings name entries by id and title, never by file path', async () => {
    const plain = sampleRepo();
    for (const args of [['digest', '--from', '2026-09', '--to', '2026-11-20'], ['digest', '--from', '2026-09', '--to', '2026-11-20', '--format', 'html'], ['brief', 'LL-20260428-a3kd'], ['brief', 'LL-20260428-a3kd', '--format', 'html']]) {
      const r = await runLessons(args, { cwd: plain });
      expect(r.code).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/lessons\/(learning|incidents|policies)\//);
      expect(r.stdout, args.join(' ')).toContain('LL-20260428-a3kd');
    }
  });
});
