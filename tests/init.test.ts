/** `lessons init`: a working repository, or nothing at all. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKLIST } from '../src/authoring/checklist.js';
import { scaffoldFiles } from '../src/authoring/scaffold.js';
import { writeAll } from '../src/commands/init.js';
import { openRepository } from '../src/repo/repository.js';
import { runBin, runLessons } from './helpers/cli.js';
import { gitInit, tempRepo } from './helpers/repo.js';

const EXPECTED = [
  '.github/pull_request_template.md',
  '.github/workflows/lessons.yml',
  '.vscode/schemas/config.schema.json',
  '.vscode/settings.json',
  '.vscode/tasks.json',
  'lessons.config.yaml',
  'lessons/incidents/.gitkeep',
  'lessons/learning/.gitkeep',
  'lessons/policies/.gitkeep',
  'lessons/reviews/.gitkeep',
  'templates/incident.md',
  'templates/lesson.md',
  'templates/policy.md',
];

/** Every file under `dir`, relative, sorted, with its content. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out[path.relative(dir, abs).split(path.sep).join('/')] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('lessons init', () => {
  it('creates a new folder holding a repository that validates clean (end to end)', async () => {
    const parent = tempRepo({});
    const made = await runBin(['init', 'trust-lessons'], { cwd: parent });
    expect(made.code).toBe(0);
    const dir = path.join(parent, 'trust-lessons');
    expect(Object.keys(snapshot(dir)).sort()).toEqual(EXPECTED);
    for (const f of EXPECTED) expect(made.stdout).toContain(f);

    const v = await runBin(['validate', '--format', 'json'], { cwd: dir });
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout)).toEqual({ summary: { files: 0, errors: 0, warnings: 0 }, problems: [] });
    // And once it holds an entry written by "new", still clean.
    const n = await runBin(['new', 'lesson', '--title', 'First lesson of the trust', '--summary', 'What we learned.', '--kind', 'good-practice', '--theme', 'handover', '--yes'], { cwd: dir });
    expect(n.code).toBe(0);
    const v2 = await runBin(['validate', '--format', 'json'], { cwd: dir });
    expect(v2.code).toBe(0);
    expect(JSON.parse(v2.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0 });
  });

  it('writes a starter taxonomy the config reader accepts, and editor settings that point at real schemas', async () => {
    const dir = tempRepo({});
    expect((await runLessons(['init'], { cwd: dir })).code).toBe(0);
    const repo = openRepository({ start: dir });
    expect(repo.config.taxonomy.themes).toContain('medication-safety');
    expect(repo.config.taxonomy.services).toContain('emergency-department');
    expect(repo.config.taxonomy.audiences).toContain('patients-and-carers');
    // Commented, so a governance lead can edit it.
    expect(readFileSync(path.join(dir, 'lessons.config.yaml'), 'utf8').match(/^#/gm)!.length).toBeGreaterThan(10);

    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'));
    const map = settings['yaml.schemas'] as Record<string, string[]>;
    expect(map['./.vscode/schemas/config.schema.json']).toEqual(['lessons.config.yaml']);
    for (const schema of Object.keys(map)) {
      const s = JSON.parse(readFileSync(path.join(dir, schema), 'utf8'));
      expect(s.$schema).toContain('2020-12');
    }
  });

  it('writes a CI workflow that validates with annotations on every push and pull request', async () => {
    const dir = tempRepo({});
    await runLessons(['init', '--package', 'github:fernbrook-nhs/lessons#v0.1.0'], { cwd: dir });
    const wf = parse(readFileSync(path.join(dir, '.github/workflows/lessons.yml'), 'utf8'));
    expect(Object.keys(wf.on)).toEqual(['push', 'pull_request']);
    expect(wf.env.LESSONS_PACKAGE).toBe('github:fernbrook-nhs/lessons#v0.1.0');
    const steps = wf.jobs.validate.steps;
    expect(steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout')).with['fetch-depth']).toBe(0);
    expect(steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node')).with['node-version']).toBe(20);
    expect(steps.at(-1).run).toBe('lessons validate --format github');
  });

  it('associates no .md file with a schema (no extension reads front-matter), and adds a validate task', async () => {
    const dir = tempRepo({});
    await runLessons(['init'], { cwd: dir });
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings).toEqual({ 'yaml.schemas': { './.vscode/schemas/config.schema.json': ['lessons.config.yaml'] } });
    const tasks = JSON.parse(readFileSync(path.join(dir, '.vscode/tasks.json'), 'utf8'));
    const task = tasks.tasks[0];
    expect(task.command).toBe('lessons validate --format github');
    // The task's problem matcher reads the lines validate prints.
    const line = '::error file=lessons/learning/LL-1.md,line=4,col=3,title=lessons pii/nhs-number::An NHS number.';
    const m = new RegExp(task.problemMatcher.pattern.regexp).exec(line)!;
    expect([m[1], m[2], m[3], m[4], m[5], m[6]]).toEqual(['error', 'lessons/learning/LL-1.md', '4', '3', 'pii/nhs-number', 'An NHS number.']);
  });

  it('in a subfolder of a git repository, writes .github/ at the git root with the workflow running in the subfolder', async () => {
    const root = tempRepo({ 'README.md': 'the trust governance repository\n' });
    gitInit(root);
    const r = await runLessons(['init', 'governance/lessons'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('../../.github/workflows/lessons.yml');
    expect(existsSync(path.join(root, 'governance/lessons/.github'))).toBe(false);
    expect(existsSync(path.join(root, '.github/pull_request_template.md'))).toBe(true);
    const wf = parse(readFileSync(path.join(root, '.github/workflows/lessons.yml'), 'utf8'));
    expect(wf.defaults.run['working-directory']).toBe('governance/lessons');
    // The repository is found from the working directory the workflow runs in.
    const v = await runLessons(['validate', '--format', 'json'], { cwd: path.join(root, wf.defaults.run['working-directory']) });
    expect(v.code).toBe(0);
    // At the git root itself, no working directory.
    const top = tempRepo({ 'README.md': 'x\n' });
    gitInit(top);
    await runLessons(['init'], { cwd: top });
    expect(parse(readFileSync(path.join(top, '.github/workflows/lessons.yml'), 'utf8')).defaults).toBeUndefined();
  });

  it('writes the reviewer checklist into the pull-request template', async () => {
    const dir = tempRepo({});
    await runLessons(['init'], { cwd: dir });
    const pr = readFileSync(path.join(dir, '.github/pull_request_template.md'), 'utf8');
    for (const item of CHECKLIST) expect(pr).toContain(`- [ ] ${item}`);
  });

  it('refuses a folder that already holds any of its files: lists them, writes nothing, exits 1', async () => {
    const dir = tempRepo({
      '.vscode/settings.json': '{"editor.tabSize": 2}\n',
      'templates/lesson.md': '## Our own template\n',
      'notes.txt': 'unrelated\n',
    });
    const before = snapshot(dir);
    const r = await runBin(['init'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Nothing was written');
    expect(r.stderr).toContain('.vscode/settings.json');
    expect(r.stderr).toContain('templates/lesson.md');
    expect(r.stderr).not.toContain('lessons.config.yaml');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(path.join(dir, 'lessons'))).toBe(false);
  });

  it('counts a file where it needs a folder as in the way', async () => {
    const dir = tempRepo({ '.github': 'not a folder\n' });
    const r = await runLessons(['init'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\s+\.github$/m);
    expect(existsSync(path.join(dir, 'lessons.config.yaml'))).toBe(false);
  });

  it('refuses to treat a file as the target folder (exit 2)', async () => {
    const dir = tempRepo({ 'file.txt': 'x' });
    const r = await runLessons(['init', 'file.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a file');
  });

  it('leaves nothing behind when a write fails half-way', () => {
    const parent = tempRepo({ 'keep.txt': 'x' });
    const target = path.join(parent, 'new-repo');
    const files = scaffoldFiles({ packageSpec: 'github:fernbrook-nhs/lessons#v0.1.0' });
    let n = 0;
    const failing = (file: string, content: string) => {
      if (++n === 9) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      writeFileSync(file, content, { flag: 'wx' });
    };
    expect(() => writeAll(target, files, failing)).toThrow('disk full');
    expect(n).toBe(9);
    expect(snapshot(parent)).toEqual({ 'keep.txt': 'x' });
    expect(existsSync(target)).toBe(false);
  });
});
