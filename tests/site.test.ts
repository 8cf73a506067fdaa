/** `lessons site` in-process: the page set, what each edition holds, images, redaction, refusals. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLessons } from './helpers/cli.js';
import { sampleRepo } from './helpers/digest.js';
import { CONFIG, incident, lesson, policy, tempRepo } from './helpers/repo.js';
import { entryPagePath, entryUrl, relativeTo, slugFile } from '../src/model/pages.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const APPROVED = 'status: shared\napproved_by: Patient Safety Group\napproved_on: 2026-10-05\nshared:\n  - {channel: bulletin, date: 2026-10-12}\nevaluate_by: 2027-04-01\n';

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(root, f)).isFile()).map((f) => f.split(path.sep).join('/'));
}

function withBody(body: string, extra = ''): Record<string, string | Buffer> {
  return {
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-one.md': lesson('LL-one', `${extra}`.replace(/^/, ''), body).replace('status: draft\n', APPROVED),
    'lessons/images/ladder.png': PNG,
  };
}

describe('page addresses', () => {
  it('gives one path per entry, and a URL under the base address', () => {
    expect(entryPagePath({ type: 'lesson', id: 'LL-20261104-7kq2' })).toBe('lessons/LL-20261104-7kq2.html');
    expect(entryPagePath({ type: 'incident', id: 'INC-1x' })).toBe('sources/INC-1x.html');
    expect(entryPagePath({ type: 'policy', id: 'POL-1x' })).toBe('policies/POL-1x.html');
    expect(entryPagePath({ type: 'just-culture-review', id: 'JC-1x' })).toBeUndefined();
    expect(entryPagePath({ type: 'lesson', id: '../etc' })).toBeUndefined();
    expect(entryPagePath({ type: 'lesson', id: 'LL-1x' }, 'public')).toMatch(/^lessons\/[0-9a-f]{16}\.html$/);
    expect(entryUrl('https://intranet.example.nhs.uk/lessons/', { type: 'lesson', id: 'LL-1x' })).toBe('https://intranet.example.nhs.uk/lessons/lessons/LL-1x.html');
    expect(entryUrl(undefined, { type: 'lesson', id: 'LL-1x' })).toBeUndefined();
    expect(relativeTo('lessons/LL-1x.html', 'themes/falls.html')).toBe('../themes/falls.html');
    expect(slugFile('../Mental Health/')).toBe('mental-health');
  });
});

describe('lessons site (staff)', () => {
  it('builds every page of the sample repository', async () => {
    const dir = sampleRepo();
    const r = await runLessons(['site'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('_site\n');
    const out = files(path.join(dir, '_site'));
    for (const f of ['index.html', 'search.html', 'timeline.html', 'feed.xml', 'themes/index.html', 'services/index.html', 'sources/index.html', 'policies/index.html', 'assets/site.css', 'assets/search.js', 'assets/minisearch.js', 'assets/search-index.js', 'lessons-site.json']) {
      expect(out).toContain(f);
    }
    // Approved-or-later and archived lessons have pages; drafts and lessons in review do not.
    const lessons = readdirSync(path.join(dir, 'lessons/learning')).map((f) => [f.replace(/\.md$/, ''), readFileSync(path.join(dir, 'lessons/learning', f), 'utf8').match(/^status: (\S+)/m)?.[1]]);
    for (const [id, status] of lessons) {
      expect(out.includes(`lessons/${id}.html`), `${id} (${status})`).toBe(!['draft', 'in-review'].includes(status as string));
    }
    expect(out.filter((f) => f.startsWith('sources/') && f !== 'sources/index.html')).toHaveLength(readdirSync(path.join(dir, 'lessons/incidents')).length);
    expect(out.some((f) => /JC-/.test(f))).toBe(false);
    const page = readFileSync(path.join(dir, '_site/lessons/LL-20260428-a3kd.html'), 'utf8');
    // Every body section, the actions with their state, sources, policies and evaluation; headings in order.
    for (const h of ['Summary', 'What happened', 'What we learned', 'What we changed', 'Questions for reflection', 'Actions', 'Where this learning came from', 'Policies', 'Evaluation']) expect(page).toContain(`<h2>${h}</h2>`);
    const levels = [...page.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
    expect(page).toContain('href="../sources/INC-20260318-k7d2.html"');
    expect(page).toContain('href="../policies/POL-20240301-m2fd.html"');
    // No address on another host: every src and href is relative.
    for (const f of out.filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(path.join(dir, '_site', f), 'utf8');
      for (const m of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) expect(m[1], `${f}: ${m[1]}`).not.toMatch(/^([a-z]+:|\/\/)/i);
    }
  });

  it('copies an image and checks it', async () => {
    const dir = tempRepo(withBody('\n## What we changed\n\n![The escalation ladder](../images/ladder.png)\n'));
    const r = await runLessons(['site', '--out', 'out'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'out/lessons/LL-one.html'), 'utf8');
    const src = /<img src="([^"]+)" alt="The escalation ladder">/.exec(html)?.[1];
    expect(src).toMatch(/^\.\.\/assets\/images\/[0-9a-f]{16}\.png$/);
    expect(readFileSync(path.join(dir, 'out/lessons', src as string))).toEqual(PNG);
  });

  it.each([
    ['no description', '![](../images/ladder.png)', 'site/image-alt'],
    ['another host', '![A ward](https://example.com/ward.png)', 'site/image-remote'],
    ['a data address', '![A ward](data:image/png;base64,iVBORw0KGgo=)', 'site/image-remote'],
    ['outside the repository', '![Secrets](../../../../../../etc/hostname.png)', 'site/image-outside'],
    ['a missing file', '![A ward](../images/nothing.png)', 'site/image-missing'],
    ['not a picture', '![A ward](../learning/LL-one.md)', 'site/image-type'],
  ])('refuses an image with %s (exit 1, names the file and line, nothing written)', async (_, md, rule) => {
    const dir = tempRepo(withBody(`\n## What we changed\n\nText.\n\n${md}\n`));
    const r = await runLessons(['site', '--out', 'out'], { cwd: dir });
    if (rule === 'site/image-remote' && md.startsWith('![A ward](data:')) {
      // markdown-it does not treat an unsafe address as an image at all: it stays text.
      expect(r.code).toBe(0);
      expect(readFileSync(path.join(dir, 'out/lessons/LL-one.html'), 'utf8')).not.toContain('<img');
      return;
    }
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lessons/learning/LL-one.md');
    expect(r.stdout).toContain(rule);
    const fileLines = readFileSync(path.join(dir, 'lessons/learning/LL-one.md'), 'utf8').split('\n');
    const line = fileLines.findIndex((l) => l.startsWith('![')) + 1;
    expect(r.stdout).toMatch(new RegExp(`\\b${line}:1\\b`));
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('refuses an image that is a link to a file outside the repository', async () => {
    const dir = tempRepo(withBody('\n![A ward](../images/link.png)\n'));
    const outside = tempRepo({ 'secret.png': PNG });
    symlinkSync(path.join(outside, 'secret.png'), path.join(dir, 'lessons/images/link.png'));
    const r = await runLessons(['site', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('site/image-outside');
  });

  it('redacts identifiable data everywhere, the search index included', async () => {
    const dir = tempRepo(withBody('\n## What happened\n\nThe patient (NHS number 943 476 5919) called 07700 900123.\n', 'services: [adult-inpatient]\n'));
    const r = await runLessons(['site', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(0);
    let seen = 0;
    for (const f of files(path.join(dir, 'out'))) {
      const text = readFileSync(path.join(dir, 'out', f), 'utf8');
      expect(text, f).not.toMatch(/943 476 5919|07700 900123/);
      if (text.includes('[identifier removed]')) seen++;
    }
    expect(seen).toBeGreaterThanOrEqual(1);
    // The index holds words, not sentences: none of the identifier's digits became a search term.
    expect(readFileSync(path.join(dir, 'out/assets/search-index.js'), 'utf8')).not.toMatch(/5919|900123/);
  });

  it('renders raw HTML in a body as text, and unsafe links as text', async () => {
    const dir = tempRepo(withBody('\n## What happened\n\n<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(2)>\n'));
    expect((await runLessons(['site', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const html = readFileSync(path.join(dir, 'out/lessons/LL-one.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).not.toMatch(/href="javascript|<img/);
  });

  it('replaces its own earlier site, and refuses folders it did not make', async () => {
    const dir = sampleRepo();
    expect((await runLessons(['site', '--out', 'out'], { cwd: dir })).code).toBe(0);
    writeFileSync(path.join(dir, 'out/stale.html'), 'old');
    expect((await runLessons(['site', '--out', 'out'], { cwd: dir })).code).toBe(0);
    expect(existsSync(path.join(dir, 'out/stale.html'))).toBe(false);
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs/notes.md'), 'mine');
    const cases: [string[], number, RegExp][] = [
      [['--out', 'docs'], 1, /not empty and was not made by "lessons site"/],
      [['--out', 'lessons/site'], 1, /inside the content folder/],
      [['--out', '.'], 1, /holds the repository/],
      [['--out', '..'], 1, /holds the repository/],
      [['--out', 'no/such/folder'], 2, /does not exist/],
      [['--base-url', 'javascript:alert(1)'], 2, /--base-url must be a web address/],
      [['--audience', 'board'], 2, /must be one of: staff, public/],
    ];
    for (const [args, code, message] of cases) {
      const r = await runLessons(['site', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
    expect(readFileSync(path.join(dir, 'docs/notes.md'), 'utf8')).toBe('mine');
  });

  it('writes absolute feed links with a base address', async () => {
    const dir = sampleRepo();
    expect((await runLessons(['site', '--base-url', 'https://intranet.example.nhs.uk/learning/'], { cwd: dir })).code).toBe(0);
    const feed = readFileSync(path.join(dir, '_site/feed.xml'), 'utf8');
    expect(feed).toContain('xml:base="https://intranet.example.nhs.uk/learning/"');
    expect(feed).toMatch(/<id>https:\/\/intranet\.example\.nhs\.uk\/learning\/lessons\/LL-[^<]+\.html<\/id>/);
  });
});

describe('lessons site --audience public', () => {
  it('holds only public lessons, and of them only the title and public summary', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-pub.md': lesson('LL-pub', 'public: true\npublic_summary: Pharmacists now check insulin at transfer.\nsources: [INC-cmp]\n', '\n## What happened\n\nA private account of the night on Ward 7.\n').replace('status: draft\n', APPROVED),
      'lessons/learning/LL-staff.md': lesson('LL-staff', '', '\n## What happened\n\nStaff-only detail.\n').replace('status: draft\n', APPROVED).replace('Insulin doses at ward transfer', 'A staff-only lesson title'),
      'lessons/learning/LL-draft.md': lesson('LL-draft', 'public: true\npublic_summary: Not approved yet, so not shown.\n'),
      'lessons/incidents/INC-cmp.md': incident('INC-cmp', 'lessons: [LL-pub]\n').replace('source: incident', 'source: complaint'),
      'lessons/policies/POL-x.md': policy('POL-x'),
    });
    const r = await runLessons(['site', '--audience', 'public'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('_site-public\n');
    const out = files(path.join(dir, '_site-public'));
    expect(out.filter((f) => f.startsWith('lessons/'))).toEqual([entryPagePath({ type: 'lesson', id: 'LL-pub' }, 'public')]);
    expect(out.some((f) => /^(sources|policies|themes|services)\//.test(f))).toBe(false);
    const all = out.filter((f) => !f.endsWith('minisearch.js')).map((f) => readFileSync(path.join(dir, '_site-public', f), 'utf8')).join('\n');
    expect(all).toContain('Pharmacists now check insulin at transfer.');
    expect(all).toContain('You said, we did');
    for (const secret of ['Pending doses now show', 'private account', 'A staff-only lesson', 'Not approved yet', 'LL-pub', 'INC-cmp', 'Medicines policy', 'Patient Safety Group', 'medication-safety', 'Medication safety']) {
      expect(all, secret).not.toContain(secret);
    }
  });
});

describe('links in lesson bodies', () => {
  it('turn links to other entries into links to their pages, and drop links to entries without one', async () => {
    const dir = tempRepo({
      ...withBody('\n## What we changed\n\nSee [the policy](../policies/POL-x.md), [a draft](LL-draft.md) and [NICE](https://www.nice.org.uk/).\n'),
      'lessons/policies/POL-x.md': policy('POL-x'),
      'lessons/learning/LL-draft.md': lesson('LL-draft'),
    });
    expect((await runLessons(['site', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const html = readFileSync(path.join(dir, 'out/lessons/LL-one.html'), 'utf8');
    expect(html).toContain('<a href="../policies/POL-x.html">the policy</a>');
    expect(html).toContain(' a draft ');
    expect(html).not.toContain('LL-draft');
    expect(html).toContain('<a href="https://www.nice.org.uk/">NICE</a>');
  });
});
