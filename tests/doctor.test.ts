/** `lessons doctor`: one line per check of the set-up; exit 1 only when a check fails. */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRoot } from '../src/repo/repository.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, gitInit, tempRepo } from './helpers/repo.js';

type Check = { id: string; status: string; message: string };

async function doctor(cwd: string) {
  const r = await runLessons(['doctor', '--json'], { cwd });
  const out = JSON.parse(r.stdout) as { ok: boolean; checks: Check[] };
  const by = Object.fromEntries(out.checks.map((c) => [c.id, c]));
  return { code: r.code, out, by };
}

async function initialised(args: string[] = ['--package', 'github:fernbrook-nhs/lessons#v0.1.0']) {
  const dir = tempRepo({ 'README.md': 'x\n' });
  gitInit(dir);
  expect((await runLessons(['init', ...args], { cwd: dir })).code).toBe(0);
  return dir;
}

describe('lessons doctor', () => {
  it('passes on a repository init wrote, with its workflow current', async () => {
    const { code, out, by } = await doctor(await initialised());
    expect(code).toBe(0);
    expect(out.ok).toBe(true);
    expect(out.checks.map((c) => c.id)).toEqual(['node', 'git', 'repository', 'config', 'content', 'ci', 'editor']);
    expect(out.checks.every((c) => c.status === 'ok')).toBe(true);
    expect(by.ci.message).toContain('is current (installs github:fernbrook-nhs/lessons#v0.1.0)');
  });

  it('prints ✔ / ⚠ / ✖ lines and a summary', async () => {
    const dir = await initialised([]);
    const r = await runLessons(['doctor'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ Node\.js \d+/m);
    expect(r.stdout).toMatch(/^⚠ \.github\/workflows\/lessons\.yml: LESSONS_PACKAGE is still the placeholder/m);
    expect(r.stdout).toMatch(/\n⚠ Ready, with 1 warning\.\n$/);
  });

  const cases: [string, (dir: string) => void, string, string, RegExp][] = [
    ['a workflow edited by hand', (d) => writeFileSync(path.join(d, '.github/workflows/lessons.yml'), readFileSync(path.join(d, '.github/workflows/lessons.yml'), 'utf8').replace('node-version: 20', 'node-version: 18')), 'ci', 'warning', /differs from the workflow lessons/],
    ['an invalid setting', (d) => writeFileSync(path.join(d, 'lessons.config.yaml'), `${CONFIG}bogus: 1\n`), 'config', 'error', /bogus/],
    ['editor settings from an older version', (d) => writeFileSync(path.join(d, '.vscode/settings.json'), JSON.stringify({ 'yaml.schemas': { './s.json': ['lessons/learning/*.md'] } })), 'editor', 'warning', /associates \.md files/],
  ];
  it.each(cases)('reports %s', async (_, change, id, status, message) => {
    const dir = await initialised();
    change(dir);
    const { code, by } = await doctor(dir);
    expect(by[id].status).toBe(status);
    expect(by[id].message).toMatch(message);
    expect(code).toBe(status === 'error' ? 1 : 0);
  });

  it('checks the workflow at the git root runs in the subfolder', async () => {
    const root = tempRepo({ 'README.md': 'x\n' });
    gitInit(root);
    await runLessons(['init', 'gov', '--package', 'github:fernbrook-nhs/lessons#v0.1.0'], { cwd: root });
    const ok = await doctor(path.join(root, 'gov'));
    expect(ok.by.ci).toMatchObject({ status: 'ok' });
    const wf = path.join(root, '.github/workflows/lessons.yml');
    writeFileSync(wf, readFileSync(wf, 'utf8').replace('working-directory: "gov"', 'working-directory: "elsewhere"'));
    const bad = await doctor(path.join(root, 'gov'));
    expect(bad.by.ci.status).toBe('error');
    expect(bad.by.ci.message).toContain('set defaults.run.working-directory to "gov"');
    expect(bad.code).toBe(1);
  });

  it('warns outside git and without CI', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG });
    const { code, by } = await doctor(dir);
    expect(code).toBe(0);
    expect(by.git.status).toBe('warning');
    expect(by.ci.status).toBe('warning');
    expect(by.content.status).toBe('warning');
  });

  it.skipIf(findRoot(os.tmpdir()) !== undefined)('fails outside any repository, saying what to do', async () => {
    const { code, by } = await doctor(tempRepo({ 'notes.txt': 'x' }));
    expect(code).toBe(1);
    expect(by.repository.status).toBe('error');
    expect(by.repository.message).toContain('-C <folder>');
  });
});
