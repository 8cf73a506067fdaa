/** lessons brief: a 7-minute briefing of one lesson. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutText, parseBlocks, section, shortenBlocks } from '../src/document/markdown-source.js';
import { markdownToHtml } from '../src/document/markdown-html.js';
import { runLessons } from './helpers/cli.js';
import { htmlProblems, sampleRepo } from './helpers/digest.js';
import { CONFIG, incident, lesson, policy, tempRepo } from './helpers/repo.js';

const LONG = Array.from({ length: 12 }, (_, i) => `- Point ${i + 1}: ${'a long explanation of what changed on the ward '.repeat(3).trim()}.`).join('\n');

const repo = () =>
  tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-1.md': lesson(
      'LL-1',
      'services: [adult-inpatient]\naudience: [nursing]\nsources: [INC-1]\npolicies: [POL-1]\nactions:\n  - {description: Audit it, owner: Matron, due: 2027-01-31, status: open}\n',
      `
## What happened

A dose was given late. ${'The ward was busy and the transfer happened at handover time. '.repeat(20)}

## What we learned

Deferred doses look like completed ones.

## What we changed

${LONG}

## Questions for reflection

- What does your ward do when a dose is deferred?
`,
    ),
    'lessons/incidents/INC-1.md': incident('INC-1', 'harm: {physical: moderate, psychological: low}\nreported: 2026-09-03\nlessons: [LL-1]\n'),
    'lessons/policies/POL-1.md': policy('POL-1'),
  });

describe('lessons brief', () => {
  it('has the seven parts in full in Markdown, with where to find out more', async () => {
    const r = await runLessons(['brief', 'LL-1'], { cwd: repo() });
    expect(r.code).toBe(0);
    const headings = [...r.stdout.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['1. Background', '2. Why it matters', '3. What happened', '4. What we learned', '5. What we changed', '6. Questions for reflection', '7. Find out more']);
    expect(r.stdout).toContain('# 7-minute briefing: Insulin doses at ward transfer');
    expect(r.stdout).toContain('From an incident, reported 3 September 2026 (learning response: swarm huddle).');
    expect(r.stdout).toContain('recorded as causing moderate physical harm and low psychological harm');
    expect(r.stdout).toContain('It changed a trust policy');
    expect(r.stdout).toContain('- Learning source INC-1: Insulin dose not given during transfer');
    expect(r.stdout).toContain('- Policy FVT.Pharm.001.08 version 8.2: Medicines policy');
    // The lesson by title and id, never a git path a reader of a printed copy cannot open.
    expect(r.stdout).toContain('The full lesson: Insulin doses at ward transfer (LL-1)');
    expect(r.stdout).not.toContain('lessons/learning/');
    expect(r.stdout).toContain('1 action still open; the next is due 31 January 2027.');
    // The Markdown briefing is never shortened: only the printed page must fit.
    expect(r.stdout).toContain('- Point 5:');
    expect(r.stdout).not.toContain('Shortened to fit one page');
    expect(r.stderr).toContain('not approved yet (status: draft)');
  });

  it('shortens long parts only in HTML, and says so', async () => {
    const html = (await runLessons(['brief', 'LL-1', '--format', 'html'], { cwd: repo() })).stdout;
    expect(html).toContain('Point 4:');
    expect(html).not.toContain('Point 5:');
    expect(html.match(/Shortened to fit one page/g)).toHaveLength(2);
  });

  it('writes self-contained HTML with --out', async () => {
    const dir = repo();
    const r = await runLessons(['brief', 'LL-1', '--format', 'html', '--out', 'brief.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('brief.html\n');
    const html = readFileSync(path.join(dir, 'brief.html'), 'utf8');
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toContain('<h2><span class="n">5.</span> What we changed</h2>');
  });

  it('exits 1 for an id with no lesson behind it, and 2 for something that is not an id', async () => {
    const dir = repo();
    const missing = await runLessons(['brief', 'LL-2'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no lesson with the id LL-2. Did you mean LL-1?');
    const notLesson = await runLessons(['brief', 'INC-1'], { cwd: dir });
    expect(notLesson.code).toBe(1);
    expect(notLesson.stderr).toContain('INC-1 is a learning source (lessons/incidents/INC-1.md), not a lesson.');
    const bad = await runLessons(['brief', '../etc/passwd'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a lesson id');
  });

  it('works for every sample lesson', async () => {
    const dir = sampleRepo();
    const ids = JSON.parse((await runLessons(['list', '--type', 'lesson', '--json'], { cwd: dir })).stdout).map((l: { id: string }) => l.id);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) {
      const r = await runLessons(['brief', id, '--format', 'html'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(htmlProblems(r.stdout), id).toEqual([]);
    }
  });
});

describe('Markdown bodies', () => {
  it('finds sections by heading, whatever the case or trailing punctuation', () => {
    const body = '# What happened\n\nx\n\n## WHAT WE CHANGED:\n\n- a\n\n### Detail\n\nmore\n\n## Questions for reflection\n\n- q?\n';
    expect(section(body, 'what we changed')).toBe('- a\n\n### Detail\n\nmore');
    expect(section(body, 'nothing')).toBeUndefined();
  });

  it('renders safe HTML for digests and briefings: escaped text, no links or images fetched, headings never above the page', () => {
    const html = markdownToHtml('<img src=x onerror=alert(1)> **bold** and *it* `a<b`\n\n- [NICE](https://www.nice.org.uk/) & co\n- ![chart](https://x/y.png)\n\n### Sub', { headingBase: 6, links: 'text' });
    expect(html).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; <strong>bold</strong> and <em>it</em> <code>a&lt;b</code></p>\n' +
        '<ul>\n<li>NICE (https://www.nice.org.uk/) &amp; co</li>\n<li>[image: chart]</li>\n</ul>\n' +
        '<p class="subhead"><strong>Sub</strong></p>',
    );
  });

  it('shortens at item and sentence boundaries', () => {
    expect(cutText('One. Two is longer. Three', 20)).toBe('One. Two is longer.');
    expect(cutText('words and more words here', 12)).toBe('words and…');
    const { blocks, cut } = shortenBlocks(parseBlocks('- a\n- b\n- c'), 500, 2);
    expect(cut).toBe(true);
    expect(blocks).toEqual([{ kind: 'list', ordered: false, items: ['a', 'b'] }]);
  });
});
