/** lessons digest: periods, audiences, the public allow-list, HTML structure, --out. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contrastRatio, TEXT_PAIRS } from '../src/document/html-parts.js';
import { trendMonths } from '../src/digest/build.js';
import { lastCalendarMonth } from '../src/digest/period.js';
import { PROJECT, runBin, runLessons } from './helpers/cli.js';
import { htmlProblems, sampleRepo } from './helpers/digest.js';
import { CONFIG, git, incident, lesson, policy, tempRepo } from './helpers/repo.js';

const json = async (dir: string, ...argv: string[]) => {
  const r = await runLessons(['digest', '--format', 'json', ...argv], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

const lessonIds = (d: { themes: { lessons: { id: string }[] }[] }) => d.themes.flatMap((t) => t.lessons.map((l) => l.id)).sort();

describe('the period', () => {
  it('defaults to the last calendar month, also across a year end', () => {
    expect(lastCalendarMonth('2026-11-21')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(lastCalendarMonth('2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(lastCalendarMonth('2028-03-31')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('shows at least 6 and at most 12 months in the board trend', () => {
    expect(trendMonths('2026-10-01', '2026-10-31')).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(trendMonths('2025-12-01', '2026-09-30')).toHaveLength(10);
    expect(trendMonths('2020-01-01', '2026-09-30')).toHaveLength(12);
  });

  it('takes dates and whole months; --from alone runs to today; --to alone is its month', async () => {
    const dir = sampleRepo();
    expect((await json(dir, '--from', '2026-09-01', '--to', '2026-09-30')).period).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect((await json(dir, '--from', '2026-07', '--to', '2026-09')).period).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect((await json(dir, '--from', '2026-02')).period).toEqual({ from: '2026-02-01', to: '2026-11-21' });
    expect((await json(dir, '--to', '2026-02-15')).period).toEqual({ from: '2026-02-01', to: '2026-02-15' });
    const pinned = await runLessons(['digest', '--format', 'json'], { cwd: dir, env: { LESSONS_TODAY: '2027-01-10' } });
    expect(JSON.parse(pinned.stdout).period).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('refuses impossible dates, a reversed period and unknown refs (exit 2)', async () => {
    const dir = sampleRepo();
    const bad = await runLessons(['digest', '--from', '2026-02-30'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from "2026-02-30" is not a real date');
    const reversed = await runLessons(['digest', '--from', '2026-10-01', '--to', '2026-09-01'], { cwd: dir });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('starts (2026-10-01) after it ends (2026-09-01)');
    // Not a date, and this folder is not in git: it cannot be a ref either.
    const ref = await runLessons(['digest', '--from', 'v2026-10'], { cwd: dir });
    expect(ref.code).toBe(2);
    expect(ref.stderr).toContain('not in a git repository');
    const inGit = sampleRepo({ git: true });
    const unknown = await runLessons(['digest', '--from', 'v1999'], { cwd: inGit });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"v1999" is not a date (YYYY-MM-DD) or a tag, branch or commit');
    const injected = await runLessons(['digest', '--from', '--output=x'], { cwd: inGit });
    expect(injected.code).toBe(2);
    expect(existsSync(path.join(inGit, 'x'))).toBe(false);
  });

  it('counts a lesson by approved_on or a shared date, only when approved, shared or embedded', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-approved.md': lesson('LL-approved', 'approved_by: Panel\napproved_on: 2026-10-31\n').replace('status: draft', 'status: approved'),
      'lessons/learning/LL-shared.md': lesson(
        'LL-shared',
        'approved_by: Panel\napproved_on: 2026-08-01\nshared: [{channel: bulletin, date: 2026-10-01}]\nevaluate_by: 2027-01-01\n',
      ).replace('status: draft', 'status: shared'),
      'lessons/learning/LL-before.md': lesson('LL-before', 'approved_by: Panel\napproved_on: 2026-09-30\n').replace('status: draft', 'status: approved'),
      'lessons/learning/LL-after.md': lesson('LL-after', 'approved_by: Panel\napproved_on: 2026-11-01\n').replace('status: draft', 'status: approved'),
      'lessons/learning/LL-draft.md': lesson('LL-draft', 'approved_on: 2026-10-10\n'),
      'lessons/learning/LL-archived.md': lesson('LL-archived', 'approved_by: Panel\napproved_on: 2026-10-10\n').replace('status: draft', 'status: archived'),
    });
    const d = await json(dir);
    expect(lessonIds(d)).toEqual(['LL-approved', 'LL-shared']);
    expect(d.history.source).toBe('front-matter');
  });
});

describe('the staff digest', () => {
  it('groups by theme, highlights good practice, lists due and overdue actions and linked policies', async () => {
    const actions = `actions:
  - {description: Due in October, owner: Ward Manager, due: 2026-10-15, status: done, completed: 2026-10-14}
  - {description: Overdue since September, owner: Pharmacist, due: 2026-09-01, status: open}
  - {description: Later, owner: Pharmacist, due: 2027-01-01, status: open}
`;
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-a.md': lesson('LL-a', `approved_by: Panel\napproved_on: 2026-10-05\npolicies: [POL-1]\n${actions}`, BODY).replace('status: draft', 'status: approved'),
      'lessons/learning/LL-b.md': lesson('LL-b', 'approved_by: Panel\napproved_on: 2026-10-06\n')
        .replace('status: draft', 'status: approved')
        .replace('kind: improvement', 'kind: good-practice')
        .replace('[medication-safety]', '[handover, falls]'),
      'lessons/policies/POL-1.md': policy('POL-1'),
      'lessons/policies/POL-2.md': policy('POL-2', 'lessons: [LL-b]\n'),
      'lessons/policies/POL-3.md': policy('POL-3'),
    });
    const d = await json(dir);
    expect(d.themes.map((t: { theme: string }) => t.theme)).toEqual(['medication-safety', 'handover']);
    const a = d.themes[0].lessons[0];
    expect(a.what_we_changed).toBe('- Pending doses now show on the handover screen.\n- Pharmacy checks transfers daily.');
    expect(a.questions).toBe('- What does your ward do when a dose is deferred?');
    expect(d.good_practice.map((g: { id: string }) => g.id)).toEqual(['LL-b']);
    expect(d.actions_due.map((x: { description: string }) => x.description)).toEqual(['Due in October']);
    expect(d.overdue_actions).toEqual([
      { lesson: 'LL-a', file: 'lessons/learning/LL-a.md', description: 'Overdue since September', owner: 'Pharmacist', due: '2026-09-01', status: 'open', overdue: true },
    ]);
    // POL-1 through the lesson's policies, POL-2 through the policy's lessons; POL-3 is not linked.
    expect(d.policies.map((p: { id: string; lessons: string[] }) => [p.id, p.lessons])).toEqual([
      ['POL-1', ['LL-a']],
      ['POL-2', ['LL-b']],
    ]);
    const md = (await runLessons(['digest'], { cwd: dir })).stdout;
    expect(md).toContain('## Good practice to celebrate');
    expect(md).toContain('### Medication safety');
    expect(md).toContain('- Pharmacy checks transfers daily.');
    expect(md).not.toContain('lessons-disable'); // comments in the body are not shown
    expect(md).not.toContain('A dose was given late'); // "What happened" is not part of the bulletin
  });

  it('escapes titles with markup in every format', async () => {
    const title = `Heparin <b>&amp; "insulin" 'units' <script>alert(1)</script> | *x*`;
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-x.md': lesson('LL-x', 'approved_by: Panel\napproved_on: 2026-10-05\n')
        .replace('status: draft', 'status: approved')
        .replace('title: Insulin doses at ward transfer', `title: ${JSON.stringify(title)}`),
    });
    const html = (await runLessons(['digest', '--format', 'html'], { cwd: dir })).stdout;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Heparin &lt;b&gt;&amp;amp; &quot;insulin&quot; &#39;units&#39; &lt;script&gt;alert(1)&lt;/script&gt; | *x*');
    expect(htmlProblems(html)).toEqual([]);
    const md = (await runLessons(['digest'], { cwd: dir })).stdout;
    expect(md).toContain('#### Heparin \\<b\\>&amp;amp; "insulin" \'units\' \\<script\\>alert(1)\\</script\\> \\| \\*x\\*');
    expect(JSON.parse((await runLessons(['digest', '--format', 'json'], { cwd: dir })).stdout).themes[0].lessons[0].title).toBe(title);
  });

  it('says when dates come from the front-matter because there is no git (digest and stderr)', async () => {
    const dir = sampleRepo();
    const r = await runLessons(['digest'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('not in a git repository');
    expect(r.stdout).toContain('No git history was available');
    // Outside git, "updated" comes from the front-matter `updated` dates.
    const d = await json(dir);
    expect(d.history).toEqual({ source: 'front-matter', shallow: false });
    expect(d.updated.map((u: { id: string }) => u.id)).toEqual(['LL-20260305-z1mt', 'LL-20260421-x8pe']);
  });

  it('a git repository without commits also falls back to the front-matter', async () => {
    const dir = sampleRepo();
    git(dir, ['init', '-q', '-b', 'main']);
    const r = await runLessons(['digest'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no commits yet');
  });
});

describe('--from <git ref>', () => {
  it('selects the entries whose files changed since the tag', async () => {
    const dir = sampleRepo({ git: true });
    const d = await json(dir, '--from', 'v2026-09');
    expect(d.period).toEqual({ from: '2026-06-30', to: '2026-11-21', from_ref: 'v2026-09' });
    expect(lessonIds(d)).toEqual(['LL-20260428-a3kd']);
    expect(d.updated).toEqual([]);
    // The tag itself: nothing changed since HEAD.
    git(dir, ['tag', 'now']);
    expect(lessonIds(await json(dir, '--from', 'now'))).toEqual([]);
    // --to as a ref: changes between two refs.
    expect(lessonIds(await json(dir, '--from', 'v2026-09', '--to', 'now'))).toEqual(['LL-20260428-a3kd']);
    const md = (await runLessons(['digest', '--from', 'v2026-09'], { cwd: dir })).stdout;
    expect(md).toContain('(changes since v2026-09)');
  });

  it('warns about a shallow clone on stderr', async () => {
    const src = sampleRepo({ git: true });
    const clone = path.join(tempRepo({}), 'clone');
    git(path.dirname(clone), ['clone', '-q', '--depth', '1', `file://${src}`, clone]);
    const r = await runLessons(['digest', '--format', 'json'], { cwd: clone });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: this is a shallow clone');
    expect(r.stderr).toContain('fetch-depth: 0');
    expect(JSON.parse(r.stdout).history).toEqual({ source: 'git', shallow: true });
    // An older tag is not there: the message says why.
    const missing = await runLessons(['digest', '--from', 'v2026-09'], { cwd: clone });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('shallow clone');
  });
});

const BODY = `
## What happened

A dose was given late.

## What we learned

Deferred doses look like completed ones.

## What we changed

<!-- lessons-disable-next-line language/blame -- quoted from the audit -->
- Pending doses now show on the handover screen.
- Pharmacy checks transfers daily.

## Questions for reflection

- What does your ward do when a dose is deferred?
`;

describe('the public digest leaks nothing but titles and public summaries', () => {
  const leakRepo = () => {
    let n = 0;
    const m = () => `ZZLEAK${++n}`;
    const body = (tag: string) => `\n## What happened\n\n${tag} happened.\n\n## What we learned\n\n${tag}\n\n## What we changed\n\n- ${tag}\n\n## Questions for reflection\n\n- ${tag}?\n`;
    const full = (id: string, isPublic: boolean) => `---
id: ${id}
type: lesson
title: ${isPublic ? `Public lesson ${id}` : `Secret title ${m()}`}
summary: Summary ${m()}
kind: improvement
status: shared
created: 2026-09-01
updated: 2026-10-02
themes: [medication-safety, ${m().toLowerCase()}]
services: [${m().toLowerCase()}]
audience: [${m().toLowerCase()}]
sources: [INC-${id}]
policies: [POL-${id}]
actions:
  - {description: Action ${m()}, owner: Owner ${m()}, due: 2026-10-20, status: open, measure: Measure ${m()}}
  - {description: Done ${m()}, owner: Role ${m()}, due: 2026-09-20, status: done, completed: 2026-09-19}
approved_by: Approver ${m()}
approved_on: 2026-10-01
shared: [{channel: bulletin, date: 2026-10-03}]
evaluate_by: 2027-01-01
public: ${isPublic}
public_summary: ${isPublic ? `What we changed, in plain words, for ${id}.` : `Would-be public text ${m()}`}
---
${body(m())}`;
    return tempRepo({
      'lessons.config.yaml': 'organisation: Test Trust\n',
      'lessons/learning/LL-pub.md': full('LL-pub', true),
      'lessons/learning/LL-priv.md': full('LL-priv', false),
      'lessons/incidents/INC-LL-pub.md': incident('INC-LL-pub', `external_refs: [{system: ${m()}, ref: ${m()}}]\n`)
        .replace('source: incident', 'source: complaint')
        .replace('Insulin dose not given during transfer', `Complaint ${m()}`)
        .replace('A dose was not given.', `Body ${m()}`),
      'lessons/incidents/INC-LL-priv.md': incident('INC-LL-priv').replace('Insulin dose not given during transfer', `Incident ${m()}`).replace('A dose was not given.', `Body ${m()}`),
      'lessons/policies/POL-LL-pub.md': policy('POL-LL-pub', `lessons: [LL-pub]\n`).replace('Medicines policy', `Policy ${m()}`),
      'lessons/policies/POL-LL-priv.md': policy('POL-LL-priv').replace('Medicines policy', `Policy ${m()}`),
    });
  };

  it('in md, html and json', async () => {
    const dir = leakRepo();
    // Control: the markers are there to be found (the staff digest shows many of them, from both lessons).
    const staff = (await runLessons(['digest', '--format', 'json'], { cwd: dir })).stdout;
    expect(new Set(staff.match(/ZZLEAK\d+/g)).size).toBeGreaterThanOrEqual(12);
    for (const format of ['md', 'html', 'json']) {
      const r = await runLessons(['digest', '--audience', 'public', '--format', format], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/ZZLEAK/i);
      expect(r.stderr).not.toMatch(/ZZLEAK/i);
      expect(r.stdout).toContain('Public lesson LL-pub');
      expect(r.stdout).toContain('What we changed, in plain words, for LL-pub.');
      for (const other of ['LL-priv', 'INC-', 'POL-', '.md', 'Pharmacist', 'Ward Manager']) expect(r.stdout).not.toContain(other);
      if (format === 'html') expect(htmlProblems(r.stdout)).toEqual([]);
    }
    const d = JSON.parse((await runLessons(['digest', '--audience', 'public', '--format', 'json'], { cwd: dir })).stdout);
    // The lesson came from a complaint: "You said, we did".
    expect(d.you_said_we_did).toEqual([{ title: 'Public lesson LL-pub', summary: 'What we changed, in plain words, for LL-pub.', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect(d.what_we_learned).toEqual([]);
    expect(Object.keys(d).sort()).toEqual(['audience', 'contact', 'generated', 'history', 'notes', 'organisation', 'period', 'what_we_learned', 'you_said_we_did']);
    expect(d.contact).toBeNull();
  });

  it('leaves out (with a warning) a public lesson with no public summary', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      'lessons/learning/LL-1.md': lesson('LL-1', 'approved_by: Panel\napproved_on: 2026-10-05\npublic: true\n').replace('status: draft', 'status: approved'),
    });
    const r = await runLessons(['digest', '--audience', 'public', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).what_we_learned).toEqual([]);
    expect(r.stderr).toContain('LL-1.md is marked public but has no public_summary');
  });
});

describe('HTML', () => {
  it('is self-contained, accessible and printable for every audience', async () => {
    const dir = sampleRepo({ git: true });
    for (const audience of ['staff', 'public', 'board']) {
      const r = await runLessons(['digest', '--audience', audience, '--format', 'html', '--from', '2025-07', '--to', '2026-11-20'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(htmlProblems(r.stdout), audience).toEqual([]);
      expect(r.stdout).not.toMatch(/https?:/);
      if (audience === 'public') expect(r.stdout).toContain('<li><strong>Phone:</strong> 01632 960000</li><li><strong>Email:</strong> pals@fernbrook.example.nhs.uk</li><li><strong>Website:</strong> www.fernbrook.example.nhs.uk/pals</li>');
      expect(r.stdout).toContain('Fernbrook Valley NHS Foundation Trust');
    }
  });

  it('folds each board chart and its numbers into one figure', async () => {
    const dir = sampleRepo({ git: true });
    const html = (await runLessons(['digest', '--audience', 'board', '--format', 'html', '--from', '2026-09', '--to', '2026-11-20'], { cwd: dir })).stdout;
    const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    const titles = svgs.map((s) => /<title[^>]*>([^<]*)<\/title>/.exec(s)?.[1]);
    // The trend is drawn; the counts are tables with a bar in each row.
    expect(titles).toEqual(['Lessons approved and learning sources reported, by month']);
    // Each column's value is written as text too, not only drawn, and the period is marked in words.
    expect(svgs[0]).toMatch(/<rect[^>]*><\/rect>\n<text[^>]*>\d+<\/text>/);
    expect(svgs[0]).toMatch(/<desc id="chart-1-desc">Column chart by month\. Lessons approved: [^<]*This period: Sep 2026 to Nov 2026\.<\/desc>/);
    const figures = [...html.matchAll(/<figure class="folded">[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures.length).toBe(5);
    for (const f of figures) expect(f).toMatch(/<table[^>]*>\n<caption>/);
    expect(html).toContain('<th scope="row">Prevention of future deaths</th><td class="num">1</td><td class="barcell" aria-hidden="true"><span class="bar" style="width:100%"></span></td>');
    // Sections flow on from one another when printed: no page per section.
    expect(html).not.toMatch(/<section class="sheet">/);
  });

  it('uses text colours with at least 4.5:1 contrast', () => {
    for (const [fg, bg] of TEXT_PAIRS) expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('--out', () => {
  it('writes the file (replacing an older one) and prints its path', async () => {
    const dir = sampleRepo();
    mkdirSync(path.join(dir, 'digests'));
    writeFileSync(path.join(dir, 'digests/board.html'), 'old');
    const r = await runLessons(['digest', '--audience', 'board', '--format', 'html', '--out', 'digests/board.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('digests/board.html\n');
    expect(readFileSync(path.join(dir, 'digests/board.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('refuses a path inside the content folder (exit 1), and a missing folder (exit 2)', async () => {
    const dir = sampleRepo();
    const inside = await runLessons(['digest', '--out', 'lessons/learning/digest.md'], { cwd: dir });
    expect(inside.code).toBe(1);
    expect(inside.stderr).toContain('inside the content folder (lessons/)');
    expect(existsSync(path.join(dir, 'lessons/learning/digest.md'))).toBe(false);
    const viaDots = await runLessons(['digest', '--out', 'digests/../lessons/x.md'], { cwd: dir });
    expect(viaDots.code).toBe(1);
    const sub = await runLessons(['-C', path.join(dir, 'lessons'), 'digest', '--out', 'x.md'], { cwd: dir });
    expect(sub.code).toBe(1);
    const missing = await runLessons(['digest', '--out', 'nowhere/digest.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });
});

describe('progress', () => {
  it('shows progress on stderr for a slow run on a terminal, and never otherwise', async () => {
    const dir = sampleRepo();
    let t = 1_000_000;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => (t += 150));
    try {
      const tty = await runLessons(['digest', '--out', 'x.md'], { cwd: dir, tty: true });
      expect(tty.code).toBe(0);
      expect(tty.stderr).toMatch(/\rReading entries \d+\/42/);
      expect(tty.stderr).toContain('\r\u001b[2K'); // the line is cleared at the end
      const pipe = await runLessons(['digest', '--out', 'y.md'], { cwd: dir, tty: false });
      expect(pipe.stderr).not.toContain('Reading entries');
      const quiet = await runLessons(['--quiet', 'digest', '--out', 'z.md'], { cwd: dir, tty: true });
      expect(quiet.stderr).toBe('');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('end to end (built binary)', () => {
  it('writes a board report with -C from another folder, printing the absolute path', async () => {
    const dir = sampleRepo({ git: true });
    const r = await runBin(['-C', dir, 'digest', '--audience', 'board', '--format', 'html', '--out', 'board.html'], { cwd: PROJECT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${path.join(dir, 'board.html')}\n`);
    expect(htmlProblems(readFileSync(path.join(dir, 'board.html'), 'utf8'))).toEqual([]);
    const actions = await runBin(['actions', '--overdue', '--json'], { cwd: dir });
    expect(JSON.parse(actions.stdout).map((a: { lesson: string }) => a.lesson)).toEqual(['LL-20260709-j2wn']);
    const brief = await runBin(['brief', 'LL-00000000-none'], { cwd: dir });
    expect(brief.code).toBe(1);
    expect(brief.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});
