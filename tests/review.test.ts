/** `lessons review`: what a branch adds, changes and removes, for one pull-request comment. */
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../src/authoring/checklist.js';
import { md, REVIEW_MARKER, type Review } from '../src/authoring/review.js';
import { runBin, runLessons } from './helpers/cli.js';
import { CONFIG, git, gitInit, incident, lesson, tempRepo, writeFiles } from './helpers/repo.js';
import { layouts, prng, testNhsNumber } from './helpers/identifiers.js';

const ACTION = 'actions:\n  - description: Add pending doses to the handover screen.\n    owner: Ward Manager\n    due: 2027-01-10\n    status: open\n';

/** main: two lessons and two sources; the branch approves LL-1 (new action, one action moved on), adds LL-NEW (with a problem), removes INC-2 (still cited by LL-3). */
function branchRepo(): string {
  const dir = tempRepo({
    'lessons.config.yaml': CONFIG,
    'lessons/learning/LL-1.md': lesson('LL-1', `sources: [INC-1]\n${ACTION}`).replace('status: draft', 'status: in-review'),
    'lessons/learning/LL-3.md': lesson('LL-3', 'sources: [INC-2]\n'),
    'lessons/incidents/INC-1.md': incident('INC-1'),
    'lessons/incidents/INC-2.md': incident('INC-2'),
  });
  gitInit(dir);
  git(dir, ['switch', '-q', '-c', 'feature']);
  writeFiles(dir, {
    'lessons/learning/LL-1.md': lesson(
      'LL-1',
      `approved_by: Medicines Safety Group\napproved_on: 2026-11-20\nsources: [INC-1]\n${ACTION.replace('status: open', 'status: in-progress')}  - description: Audit <b>@ward7</b> handovers *monthly*.\n    owner: Lead Pharmacist\n    due: 2027-03-01\n    status: open\n`,
    ).replace('status: draft', 'status: approved'),
    'lessons/learning/LL-NEW.md': lesson('LL-NEW', 'themes2: oops\n').replace('title: Insulin doses at ward transfer', 'title: "A new lesson: with # and \\"quotes\\""'),
  });
  rmSync(path.join(dir, 'lessons/incidents/INC-2.md'));
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'feature work']);
  return dir;
}

describe('lessons review', () => {
  it('never copies identifiable data from an entry into the comment, in any format', async () => {
    const nhs = testNhsNumber(prng(11));
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    gitInit(dir);
    git(dir, ['switch', '-q', '-c', 'feature']);
    writeFiles(dir, {
      'lessons/learning/LL-1.md': lesson('LL-1', `actions:\n  - {description: Call 07700 900123 about ${layouts(nhs)[1]}, owner: Ward Manager, due: 2027-01-10, status: open}\n`).replace(
        'title: Insulin doses at ward transfer',
        `title: Insulin for ${nhs} at SW1A 2AA`,
      ),
    });
    git(dir, ['commit', '-qam', 'leak']);
    for (const format of ['md', 'json']) {
      const r = await runLessons(['review', '--base', 'main', '--format', format], { cwd: dir });
      expect(r.code).toBe(0);
      for (const secret of [nhs, layouts(nhs)[1], '900123', '2AA']) expect(r.stdout, format).not.toContain(secret);
      expect(r.stdout).toContain('identifier removed');
    }
  });

  it('summarises added, changed and removed entries in Markdown, with problems and the checklist', async () => {
    const dir = branchRepo();
    const r = await runLessons(['review'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out.split('\n')[0]).toBe(REVIEW_MARKER);
    expect(out).toContain('Compared with `main`');
    expect(out).toContain('1 added, 1 changed, 1 removed');

    const added = out.slice(out.indexOf('### Added (1)'), out.indexOf('### Changed'));
    expect(added).toContain('#### Lesson `LL-NEW`: A new lesson: with \\# and "quotes"');
    expect(added).toContain('- Status: draft');
    expect(added).toMatch(/\*\*error\*\* line \d+: .*themes2.*\(`schema`\)/);

    const changed = out.slice(out.indexOf('### Changed (1)'), out.indexOf('### Removed'));
    expect(changed).toContain('#### Lesson `LL-1`: Insulin doses at ward transfer');
    expect(changed).toContain('- Status: in-review → approved');
    expect(changed).toContain('- Also changed: `approved_by`, `approved_on`');
    expect(changed).toContain('- New actions:\n  - Audit &lt;b\\>&#64;ward7&lt;/b\\> handovers \\*monthly\\*. — owner: Lead Pharmacist; due: 2027-03-01; status: open');
    expect(changed).toContain('- Changed actions:\n  - Add pending doses to the handover screen. — status open → in-progress');
    expect(changed).toContain('- No problems found.');

    const removed = out.slice(out.indexOf('### Removed (1)'), out.indexOf('### Problems elsewhere'));
    expect(removed).toContain('#### Learning source `INC-2`: Insulin dose not given during transfer');
    expect(removed).toContain('- Status when removed: closed');

    // LL-3 is not changed, but now cites a removed source.
    const elsewhere = out.slice(out.indexOf('### Problems elsewhere'), out.indexOf('### Reviewer checklist'));
    expect(elsewhere).toMatch(/`lessons\/learning\/LL-3\.md` line \d+: .*INC-2.*\(`ref\/unresolved`\)/);

    const checklist = out.slice(out.indexOf('### Reviewer checklist'));
    expect(checklist.match(/^- \[ \] /gm)).toHaveLength(CHECKLIST.length);
    for (const item of CHECKLIST) expect(checklist).toContain(`- [ ] ${item}`);
  });

  it('gives the same content as JSON', async () => {
    const dir = branchRepo();
    const r = await runLessons(['review', '--format', 'json', '--base', 'main'], { cwd: dir });
    expect(r.code).toBe(0);
    const review = JSON.parse(r.stdout) as Review;
    expect(review.base.ref).toBe('main');
    expect(review.base.commit).toBe(git(dir, ['rev-parse', 'main']).trim());
    expect(review.summary).toEqual({ added: 1, changed: 1, removed: 1, errors: 2, warnings: 0 });
    expect(review.entries.map((e) => [e.change, e.id, e.type, e.status])).toEqual([
      ['added', 'LL-NEW', 'lesson', { from: null, to: 'draft' }],
      ['changed', 'LL-1', 'lesson', { from: 'in-review', to: 'approved' }],
      ['removed', 'INC-2', 'incident', { from: 'closed', to: null }],
    ]);
    const ll1 = review.entries[1];
    expect(ll1.actions.added).toEqual([{ description: 'Audit <b>@ward7</b> handovers *monthly*.', owner: 'Lead Pharmacist', due: '2027-03-01', status: 'open' }]);
    expect(ll1.actions.changed).toEqual([
      { description: 'Add pending doses to the handover screen.', owner: 'Ward Manager', due: '2027-01-10', status: 'in-progress', changes: { status: { from: 'open', to: 'in-progress' } } },
    ]);
    expect(review.entries[0].problems.map((p) => p.rule)).toEqual(['schema']);
    expect(review.elsewhere.map((p) => [p.file, p.rule])).toEqual([['lessons/learning/LL-3.md', 'ref/unresolved']]);
    expect(review.checklist).toEqual([...CHECKLIST]);
  });

  it('counts uncommitted and untracked files, like validate --changed', async () => {
    const dir = branchRepo();
    const n = await runLessons(['new', 'lesson', '--title', 'Falls sensors at night', '--summary', 'Sensors help.', '--kind', 'improvement', '--theme', 'falls', '--yes'], { cwd: dir });
    const r = await runLessons(['review', '--format', 'json'], { cwd: dir });
    const review = JSON.parse(r.stdout) as Review;
    expect(review.entries.filter((e) => e.change === 'added').map((e) => e.file)).toEqual(['lessons/learning/LL-NEW.md', n.stdout.trim()].sort());
  });

  it('works when the lessons repository is a folder inside a larger git repository', async () => {
    const top = tempRepo({
      'README.md': 'the trust governance repository\n',
      'governance/lessons.config.yaml': CONFIG,
      'governance/lessons/learning/LL-1.md': lesson('LL-1'),
      'governance/lessons/learning/LL-2.md': lesson('LL-2'),
    });
    gitInit(top);
    git(top, ['switch', '-q', '-c', 'feature']);
    writeFiles(top, { 'governance/lessons/learning/LL-1.md': lesson('LL-1').replace('status: draft', 'status: in-review'), 'other/notes.md': 'x\n' });
    rmSync(path.join(top, 'governance/lessons/learning/LL-2.md'));
    git(top, ['add', '-A']);
    git(top, ['commit', '-q', '-m', 'change']);
    const r = await runLessons(['-C', 'governance', 'review', '--format', 'json'], { cwd: top });
    expect(r.code).toBe(0);
    const review = JSON.parse(r.stdout) as Review;
    expect(review.entries.map((e) => [e.change, e.file, e.status])).toEqual([
      ['changed', 'lessons/learning/LL-1.md', { from: 'draft', to: 'in-review' }],
      ['removed', 'lessons/learning/LL-2.md', { from: 'draft', to: null }],
    ]);
  });

  it('says so when the branch changes no entries', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1') });
    gitInit(dir);
    git(dir, ['switch', '-q', '-c', 'docs']);
    writeFiles(dir, { 'README.md': 'notes\n' });
    const r = await runLessons(['review'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${REVIEW_MARKER}\n## Lessons review\n\nCompared with \`main\` (from commit \`${git(dir, ['rev-parse', 'main']).trim().slice(0, 12)}\`): this branch does not add, change or remove any entries.\n`);
  });

  it('refuses a base that does not exist, and a folder outside git (exit 2)', async () => {
    const dir = branchRepo();
    const r = await runLessons(['review', '--base', 'no-such-branch'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"no-such-branch" is not a branch');
    const o = await runLessons(['review', '--base', '--output=x'], { cwd: dir });
    expect(o.code).toBe(2);
    const plain = tempRepo({ 'lessons.config.yaml': CONFIG });
    const p = await runLessons(['review'], { cwd: plain });
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('"lessons review" needs a git repository');
  });

  it('asks git a fixed number of times however many files change (one cat-file for every old version)', async () => {
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const count = async (n: number) => {
      const files: Record<string, string> = { 'lessons.config.yaml': CONFIG };
      for (let i = 0; i < n; i++) files[`lessons/learning/LL-${i}.md`] = lesson(`LL-${i}`);
      const dir = tempRepo(files);
      gitInit(dir);
      git(dir, ['switch', '-q', '-c', 'feature']);
      for (let i = 0; i < n; i++) {
        if (i % 2) rmSync(path.join(dir, `lessons/learning/LL-${i}.md`));
        else writeFiles(dir, { [`lessons/learning/LL-${i}.md`]: lesson(`LL-${i}`).replace('status: draft', 'status: in-review') });
      }
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '-m', 'many']);
      const shim = tempRepo({ 'bin/git': `#!/bin/sh\necho "$1" >> "$LESSONS_TEST_GIT_LOG"\nexec "${realGit}" "$@"\n` });
      chmodSync(path.join(shim, 'bin/git'), 0o755);
      const log = path.join(shim, 'calls.log');
      writeFileSync(log, '');
      const r = await runBin(['review', '--format', 'json'], { cwd: dir, env: { PATH: `${path.join(shim, 'bin')}:${process.env.PATH}`, LESSONS_TEST_GIT_LOG: log } });
      expect(r.code).toBe(0);
      const review = JSON.parse(r.stdout) as Review;
      expect(review.summary.changed + review.summary.removed).toBe(n);
      expect(review.entries.filter((e) => e.change === 'changed').every((e) => e.status.from === 'draft' && e.status.to === 'in-review')).toBe(true);
      expect(review.entries.filter((e) => e.change === 'removed').every((e) => e.title === 'Insulin doses at ward transfer')).toBe(true);
      return readFileSync(log, 'utf8').trim().split('\n');
    };
    const few = await count(4);
    const many = await count(40);
    expect(many.length).toBe(few.length);
    expect(many.filter((c) => c === 'cat-file')).toHaveLength(1);
    expect(many).not.toContain('show');
  });
});

describe('Markdown escaping of file content', () => {
  it('keeps titles from formatting, mentioning people, or opening HTML comments', () => {
    expect(md('<!-- lessons-review --> @team *bold* [link](x) `code`\nnext')).toBe(
      '&lt;\\!-- lessons-review --\\> &#64;team \\*bold\\* \\[link\\]\\(x\\) \\`code\\` next',
    );
  });
});
