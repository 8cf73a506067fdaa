/** `lessons new` end to end: a real terminal, no terminal, and git branches. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFile } from '../src/repo/read.js';
import { BIN, runBin } from './helpers/cli.js';
import { KEYS, spawnPty } from './helpers/pty.js';
import { CONFIG, git, gitInit, incident, tempRepo, writeFiles } from './helpers/repo.js';

const ENV = { LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' };

function entryFiles(dir: string): string[] {
  return readdirSync(path.join(dir, 'lessons'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

/** A committed repository whose commits lessons (git runs with GIT_* variables other than identity and dates dropped) can make. */
function gitRepo(files: Record<string, string> = {}): string {
  const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-1.md': incident('INC-1'), ...files });
  gitInit(dir);
  git(dir, ['config', 'user.name', 'Lessons Team']);
  git(dir, ['config', 'user.email', 'lessons.team@example.invalid']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  return dir;
}

const LESSON = (title: string) => ['new', 'lesson', '--title', title, '--summary', 'Pending doses now show on the handover screen.', '--kind', 'improvement', '--theme', 'handover', '--yes'];

describe('lessons new on a terminal', () => {
  it('asks for each field, offers the taxonomy and existing sources, checks as you type, and writes the file', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-20261001-abcd.md': incident('INC-20261001-abcd') });
    const s = spawnPty(process.execPath, [BIN, 'new', 'lesson'], { cwd: dir, env: ENV });
    await s.waitFor('Title (5 to 200 characters');
    s.write(`Shrt${KEYS.enter}`);
    await s.waitFor('at least 5 characters');
    s.write(`${KEYS.backspace.repeat(4)}Handover of "time-critical" meds: #1 lesson${KEYS.enter}`);
    await s.waitFor('Summary');
    s.write(`Time-critical medicines are now part of every transfer handover.${KEYS.enter}`);
    await s.waitFor('What kind of lesson is it?');
    s.write(KEYS.down + KEYS.enter); // good-practice
    await s.waitFor('Themes');
    s.write(KEYS.enter); // nothing chosen yet: refused
    await s.waitFor('Choose at least one');
    s.write(KEYS.space + KEYS.down + KEYS.space + KEYS.enter); // medication-safety, handover
    await s.waitFor('Services it applies to');
    s.write(KEYS.enter); // none
    await s.waitFor('Who is it for?');
    s.write(KEYS.down + KEYS.space + KEYS.enter); // all-staff
    await s.waitFor('Which learning sources');
    await s.waitFor('INC-20261001-abcd');
    s.write(KEYS.space + KEYS.enter);
    expect(await s.exited).toBe(0);
    const screen = s.screen();
    const file = /lessons\/learning\/LL-20261121-[0-9a-z]{4}\.md/.exec(screen)![0];
    const read = readEntryFile(path.join(dir, file), file, 1e6);
    expect(read.data).toEqual({
      id: path.basename(file, '.md'),
      type: 'lesson',
      title: 'Handover of "time-critical" meds: #1 lesson',
      summary: 'Time-critical medicines are now part of every transfer handover.',
      kind: 'good-practice',
      status: 'draft',
      created: '2026-11-21',
      themes: ['medication-safety', 'handover'],
      audience: ['all-staff'],
      sources: ['INC-20261001-abcd'],
    });
    const v = await runBin(['validate', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).summary).toEqual({ files: 2, errors: 0, warnings: 0 });
  });

  it('writes nothing and exits 130 on Ctrl-C in the middle', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-1.md': incident('INC-1') });
    const s = spawnPty(process.execPath, [BIN, 'new', 'lesson', '--kind', 'improvement'], { cwd: dir, env: ENV });
    await s.waitFor('Title');
    s.write(`Insulin at transfer${KEYS.enter}`);
    await s.waitFor('Summary');
    s.write('Half a summ');
    s.write(KEYS.ctrlC);
    expect(await s.exited).toBe(130);
    expect(s.screen()).toContain('Nothing was written');
    expect(entryFiles(dir)).toEqual(['lessons/incidents/INC-1.md']);
  });
});

describe('lessons new without a terminal', () => {
  it('exits 2 at once naming the missing flags, even with stdin left open', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    const env: NodeJS.ProcessEnv = { ...process.env, ...ENV };
    delete env.NODE_EXTRA_CA_CERTS;
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, 'new', 'policy', '--title', 'Medicines policy'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 10_000);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2); // null would mean it hung waiting for input
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(stderr).toContain('--reference <reference>, --doc-version <version>, --audience <text>, --author <role>, --owner-group <group>');
    expect(existsSync(path.join(dir, 'lessons'))).toBe(false);
  });
});

describe('lessons new --branch', () => {
  it('creates lessons/<id> from HEAD, switches to it and commits only the new file', async () => {
    const dir = gitRepo();
    const title = `--upload-pack=touch pwned: "quoted" # and 'single'`;
    const r = await runBin(LESSON(title).concat('--branch'), { cwd: dir });
    expect(r.stderr).toContain('created the branch');
    expect(r.code).toBe(0);
    const file = r.stdout.trim();
    const id = path.basename(file, '.md');
    expect(git(dir, ['branch', '--show-current']).trim()).toBe(`lessons/${id}`);
    expect(git(dir, ['log', '-1', '--format=%s']).trim()).toBe(`Add lesson ${id}: ${title}`);
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe(file);
    expect(git(dir, ['rev-parse', 'HEAD~1']).trim()).toBe(git(dir, ['rev-parse', 'main']).trim());
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('');
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
  });

  it('two entries on two branches, merged, have distinct ids and validate clean', async () => {
    const dir = gitRepo();
    const a = await runBin(LESSON('Insulin doses at transfer').concat('--branch'), { cwd: dir });
    git(dir, ['switch', '-q', 'main']);
    const b = await runBin(LESSON('Falls sensors at night').concat('--branch'), { cwd: dir });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout).not.toBe(b.stdout);
    git(dir, ['switch', '-q', 'main']);
    git(dir, ['merge', '-q', '--no-edit', `lessons/${path.basename(a.stdout.trim(), '.md')}`]);
    git(dir, ['merge', '-q', '--no-edit', `lessons/${path.basename(b.stdout.trim(), '.md')}`]);
    expect(entryFiles(dir)).toEqual(['lessons/incidents/INC-1.md', a.stdout.trim(), b.stdout.trim()].sort());
    const v = await runBin(['validate', '--format', 'json'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).summary).toEqual({ files: 3, errors: 0, warnings: 0 });
  });

  it('refuses when changes are staged, and writes nothing (exit 2)', async () => {
    const dir = gitRepo();
    writeFiles(dir, { 'notes.md': 'staged work\n' });
    git(dir, ['add', 'notes.md']);
    const r = await runBin(LESSON('Insulin doses at transfer').concat('--branch'), { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('staged changes (notes.md)');
    expect(r.stdout).toBe('');
    expect(entryFiles(dir)).toEqual(['lessons/incidents/INC-1.md']);
    expect(git(dir, ['branch', '--show-current']).trim()).toBe('main');
  });

  it('refuses outside a git repository, without git, and before the first commit (exit 2)', async () => {
    const plain = tempRepo({ 'lessons.config.yaml': CONFIG });
    const r = await runBin(LESSON('Insulin doses at transfer').concat('--branch'), { cwd: plain });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a git repository');

    const noGit = tempRepo({});
    const r2 = await runBin(LESSON('Insulin doses at transfer').concat('--branch'), { cwd: gitRepo(), env: { PATH: noGit } });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('needs git, which is not installed');

    const empty = tempRepo({ 'lessons.config.yaml': CONFIG });
    git(empty, ['init', '-q', '-b', 'main']);
    const r3 = await runBin(LESSON('Insulin doses at transfer').concat('--branch'), { cwd: empty });
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain('no commits yet');
    for (const d of [plain, empty]) expect(existsSync(path.join(d, 'lessons'))).toBe(false);
  });
});

describe('lessons new writes what validate accepts', () => {
  it('for each type, end to end', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    const runs = [
      LESSON('Insulin doses at transfer'),
      ['new', 'incident', '--title', 'Insulin dose missed at transfer', '--source', 'complaint', '--occurred', '2026-10', '--service', 'pharmacy', '--response', 'after-action-review', '--yes'],
      ['new', 'policy', '--title', 'Medicines policy', '--reference', 'FVT.Pharm.001.09', '--doc-version', '9.0', '--audience', 'All clinical staff', '--author', 'Chief Pharmacist', '--owner-group', 'Medicines Safety Group', '--yes'],
    ];
    for (const argv of runs) {
      const r = await runBin(argv, { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(path.join(dir, r.stdout.trim()), 'utf8')).toMatch(/^---\nid: /);
    }
    const v = await runBin(['validate'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('3 files checked: no problems found');
  });
});
