/** `lessons new`, in process: flags, defaults, ids, templates, the checks before writing. */
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFile } from '../src/repo/read.js';
import { openRepository } from '../src/repo/repository.js';
import { checkRepository } from '../src/rules/engine.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, incident, lesson, policy, tempRepo, writeFiles } from './helpers/repo.js';

const LESSON = ['new', 'lesson', '--summary', 'Pending doses now show on the handover screen.', '--kind', 'improvement', '--theme', 'medication-safety'];
const INCIDENT = ['new', 'incident', '--title', 'Insulin dose missed at transfer', '--source', 'incident', '--occurred', '2026-10', '--service', 'adult-inpatient', '--response', 'swarm-huddle'];
const POLICY = ['new', 'policy', '--title', 'Medicines policy', '--reference', 'FVT.Pharm.001.09', '--doc-version', '9.0', '--audience', 'All clinical staff', '--author', 'Chief Pharmacist', '--owner-group', 'Medicines Safety Group'];

const repo = (files: Record<string, string> = {}) => tempRepo({ 'lessons.config.yaml': CONFIG, ...files });

function entryFiles(dir: string): string[] {
  const root = path.join(dir, 'lessons');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

function clean(dir: string) {
  return checkRepository({ repo: openRepository({ start: dir }), today: '2026-11-21' }).problems;
}

describe('lessons new (flags)', () => {
  it('writes a lesson whose title with : # " \' reads back exactly, and prints only its path', async () => {
    const dir = repo();
    const title = `Ward 7: "Insulin" doses # at transfer, isn't it? - 'quoted' & {braces} [x] *star* @at`;
    const r = await runLessons([...LESSON, '--title', title, '--yes'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^lessons\/learning\/LL-20261121-[0-9a-z]{4}\.md\n$/);
    const file = r.stdout.trim();
    const read = readEntryFile(path.join(dir, file), file, 1e6);
    expect(read.problem).toBeUndefined();
    expect(read.data).toEqual({
      id: path.basename(file, '.md'),
      type: 'lesson',
      title,
      summary: 'Pending doses now show on the handover screen.',
      kind: 'improvement',
      status: 'draft',
      created: '2026-11-21',
      themes: ['medication-safety'],
    });
    expect(read.fm!.body).toContain('## What happened');
    expect(read.fm!.body).toContain('## Questions for reflection');
    expect(clean(dir)).toEqual([]);
  });

  it('writes an incident and a policy that validate clean, into their folders', async () => {
    const dir = repo();
    const i = await runLessons([...INCIDENT, '--reported', '2026-10-29', '--yes'], { cwd: dir });
    const p = await runLessons([...POLICY, '--replaces', 'FVT.Pharm.001.08', '--yes'], { cwd: dir });
    expect(i.code).toBe(0);
    expect(p.code).toBe(0);
    expect(i.stdout).toMatch(/^lessons\/incidents\/INC-20261121-[0-9a-z]{4}\.md\n$/);
    expect(p.stdout).toMatch(/^lessons\/policies\/POL-20261121-[0-9a-z]{4}\.md\n$/);
    const inc = readEntryFile(path.join(dir, i.stdout.trim()), i.stdout.trim(), 1e6).data!;
    expect(inc).toMatchObject({ source: 'incident', occurred: '2026-10', reported: '2026-10-29', service: 'adult-inpatient', response: 'swarm-huddle', status: 'open' });
    const pol = readEntryFile(path.join(dir, p.stdout.trim()), p.stdout.trim(), 1e6).data!;
    // A version that looks like a number stays text.
    expect(pol).toMatchObject({ version: '9.0', replaces: 'FVT.Pharm.001.08', status: 'draft', owner_group: 'Medicines Safety Group' });
    expect(Object.keys(pol)).toEqual(['id', 'type', 'title', 'reference', 'version', 'replaces', 'status', 'audience', 'author', 'owner_group']);
    expect(clean(dir)).toEqual([]);
  });

  it('takes repeated and comma-separated list flags, and links existing sources and policies', async () => {
    const dir = repo({ 'lessons/incidents/INC-1.md': incident('INC-1'), 'lessons/policies/POL-1.md': policy('POL-1') });
    const r = await runLessons(
      [...LESSON, '--title', 'Insulin at transfer', '--theme', 'handover,falls', '--service', 'pharmacy', '--audience', 'nursing', '--audience', 'all-staff', '--sources', 'INC-1', '--policies', 'POL-1', '--status', 'in-review', '--created', '2026-11-02', '--yes'],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, r.stdout.trim()), 'utf8');
    expect(text).toContain('themes: [medication-safety, handover, falls]\n');
    expect(text).toContain('audience: [nursing, all-staff]\n');
    expect(text).toContain('sources: [INC-1]\n');
    expect(text).toContain('status: in-review\n');
    expect(text).toContain('created: 2026-11-02\n');
    expect(clean(dir)).toEqual([]);
  });

  it('uses --id, and never a path outside the content folder', async () => {
    const dir = repo();
    const ok = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--id', 'LL-custom-1', '--yes'], { cwd: dir });
    expect(ok.stdout).toBe('lessons/learning/LL-custom-1.md\n');
    for (const bad of ['../escape', 'a/b', '..', '.hidden', '-rf', 'x']) {
      const r = await runLessons([...LESSON, '--title', 'Insulin at transfer', `--id=${bad}`, '--yes'], { cwd: dir });
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('is not a valid id');
    }
    const again = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--id', 'LL-custom-1', '--yes'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already used');
    expect(entryFiles(dir)).toEqual(['lessons/learning/LL-custom-1.md']);
    expect(readdirSync(dir)).not.toContain('escape.md');
  });

  it('gives distinct ids, and counts the name of a file it cannot read as taken', async () => {
    const dir = repo({ 'lessons/learning/LL-broken.md': '---\ntitle: [unclosed\n---\n' });
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const r = await runLessons([...LESSON, '--title', `Lesson number ${i}`, '--yes'], { cwd: dir });
      expect(r.code).toBe(0);
      ids.add(r.stdout.trim());
    }
    expect(ids.size).toBe(5);
    const r = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--id', 'LL-broken', '--yes'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LL-broken is already used');
  });

  it('refuses a title with a line break, too short or too long (exit 2) and writes nothing', async () => {
    const dir = repo();
    for (const title of ['Two\nlines here', 'Shrt', 'x'.repeat(201)]) {
      const r = await runLessons([...LESSON, '--title', title, '--yes'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--title:');
    }
    expect(entryFiles(dir)).toEqual([]);
  });

  it('checks values against the taxonomy and the repository, suggesting the likely one', async () => {
    const dir = repo({ 'lessons/incidents/INC-20261001-abcd.md': incident('INC-20261001-abcd') });
    const theme = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--theme', 'medicaton-safety', '--yes'], { cwd: dir });
    expect(theme.code).toBe(2);
    expect(theme.stderr).toContain('Did you mean medication-safety?');
    const source = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--sources', 'INC-20261001-abce', '--yes'], { cwd: dir });
    expect(source.code).toBe(2);
    expect(source.stderr).toContain('Did you mean INC-20261001-abcd?');
    const kind = await runLessons([...LESSON.slice(0, -4), '--kind', 'good', '--theme', 'falls', '--title', 'Insulin at transfer', '--yes'], { cwd: dir });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('improvement, good-practice');
    expect(entryFiles(dir)).toEqual(['lessons/incidents/INC-20261001-abcd.md']);
  });

  it('refuses dates that are not real or are in the future, and flags of another type', async () => {
    const dir = repo();
    const cases: [string[], string][] = [
      [[...INCIDENT.filter((a, i) => i !== 6 && i !== 7), '--occurred', '2026-13'], 'not a real month'],
      [[...INCIDENT.filter((a, i) => i !== 6 && i !== 7), '--occurred', '2027-01'], 'in the future'],
      [[...INCIDENT, '--reported', '2026-02-30'], 'not a real date'],
      [[...LESSON, '--title', 'Insulin at transfer', '--created', '26-11-01'], 'YYYY-MM-DD'],
      [[...LESSON, '--title', 'Insulin at transfer', '--source', 'audit'], '--source is not used for a new lesson'],
      [[...POLICY, '--kind', 'improvement'], '--kind is not used for a new policy'],
      [[...LESSON, '--title', 'Insulin at transfer', '--status', 'approved'], 'cannot be the status of a new lesson'],
      [[...INCIDENT, '--service', 'pharmacy'], '--service can be given only once'],
    ];
    for (const [argv, message] of cases) {
      const r = await runLessons([...argv, '--yes'], { cwd: dir });
      expect(r.code, message).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(entryFiles(dir)).toEqual([]);
  });

  it('without a terminal, names the missing flags at once (exit 2); --yes never asks', async () => {
    const dir = repo();
    const r = await runLessons(['new', 'incident', '--title', 'Insulin dose missed'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no terminal');
    expect(r.stderr).toContain('--source <kind>, --occurred <YYYY-MM>, --service <service>, --response <response>');
    expect(r.stderr).not.toContain('--reported');
    const y = await runLessons(['new', 'lesson', '--yes'], { cwd: dir, tty: true });
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('--yes never asks');
    expect(y.stderr).toContain('--title <title>, --summary <text>, --kind <improvement|good-practice>, --theme <theme>');
    expect(entryFiles(dir)).toEqual([]);
  });

  it('without a terminal and with every required value, uses defaults without asking', async () => {
    const dir = repo();
    const r = await runLessons([...LESSON, '--title', 'Insulin at transfer'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, r.stdout.trim()), 'utf8')).toContain('status: draft\n');
  });

  it('accepts any one-word value when the config has no list for it', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': 'organisation: Test Trust\n' });
    const bad = await runLessons([...LESSON.slice(0, -1), 'two words', '--title', 'Insulin at transfer', '--yes'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must be one word');
    const ok = await runLessons([...LESSON.slice(0, -1), 'our-own-theme', '--service', 'ward-7', '--title', 'Insulin at transfer', '--yes'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(path.join(dir, ok.stdout.trim()), 'utf8')).toContain('themes: [our-own-theme]\nservices: [ward-7]\n');
    expect(clean(dir)).toEqual([]);
  });

  it('refuses other types with a pointer to the right command', async () => {
    const dir = repo();
    const r = await runLessons(['new', 'just-culture-review'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lessons just-culture');
    expect((await runLessons(['new', 'bulletin'], { cwd: dir })).code).toBe(2);
  });
});

describe('lessons new (templates)', () => {
  it("uses the repository's own template instead of the built-in one", async () => {
    const dir = repo({ 'templates/lesson.md': '## Our trust heading\n\n<!-- our guidance -->\n' });
    const r = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--yes'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(path.join(dir, r.stdout.trim()), 'utf8');
    expect(text).toMatch(/\n---\n\n## Our trust heading\n\n<!-- our guidance -->\n$/);
    expect(text).not.toContain('What happened');
  });

  it('refuses a template that has its own front-matter (exit 2)', async () => {
    const dir = repo({ 'templates/incident.md': '---\nstatus: open\n---\n## Summary\n' });
    const r = await runLessons([...INCIDENT, '--yes'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('templates/incident.md');
    expect(r.stderr).toContain('only the body');
    expect(entryFiles(dir)).toEqual([]);
  });

  it('checks the finished entry like validate, and writes nothing when it would not pass (exit 1)', async () => {
    const dir = repo({ 'templates/policy.md': '<!-- lessons-disable-next-line no-such-rule -- because -->\nText.\n' });
    const r = await runLessons([...POLICY, '--yes'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('was not written');
    expect(r.stderr).toContain('suppression/invalid');
    expect(r.stderr).toContain('templates/policy.md');
    expect(entryFiles(dir)).toEqual([]);
  });
});

describe('lessons new --edit', () => {
  it('opens $VISUAL (before $EDITOR) on the new file, with the path as one argument', async () => {
    const dir = repo();
    writeFiles(dir, { 'editor.sh': '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/edited.txt"\n' });
    chmodSync(path.join(dir, 'editor.sh'), 0o755);
    const r = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--yes', '--edit'], {
      cwd: dir,
      env: { VISUAL: `${path.join(dir, 'editor.sh')} --wait`, EDITOR: 'false' },
    });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'edited.txt'), 'utf8')).toBe(`--wait\n${path.join(dir, r.stdout.trim())}\n`);
  });

  it('says so when no editor is set, and still writes the file', async () => {
    const dir = repo();
    const r = await runLessons([...LESSON, '--title', 'Insulin at transfer', '--yes', '--edit'], { cwd: dir, env: { VISUAL: '', EDITOR: '' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('neither VISUAL nor EDITOR is set');
    expect(existsSync(path.join(dir, r.stdout.trim()))).toBe(true);
  });
});
