/** The CI integrations shipped at the project root, and the workflow init writes, stay consistent. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REVIEW_MARKER } from '../src/authoring/review.js';
import { scaffoldFiles } from '../src/authoring/scaffold.js';
import { PROJECT, runLessons } from './helpers/cli.js';
import { CONFIG, git, gitInit, lesson, tempRepo } from './helpers/repo.js';

type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };

function bashSyntaxOk(script: string): void {
  execFileSync('bash', ['-n'], { input: script });
}

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8'));
  const steps = action.runs.steps as Step[];

  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['path', 'format', 'sarif', 'review', 'base', 'token']);
    expect(action.inputs.format.default).toBe('github');
  });

  it('runs validate with annotations, uploads SARIF, and finds its review comment by the marker review prints', () => {
    expect(steps.find((s) => s.name === 'Validate')!.run).toContain('validate --format "$FORMAT"');
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(steps.find((s) => s.name === 'Review summary')!.run).toContain(`startswith("${REVIEW_MARKER}")`);
    // The action fails when validate does, after the other steps.
    expect(steps.at(-1)!.run).toContain('exit "${CODE:-2}"');
    expect(steps.at(-1)!.if).toContain('always()');
  });

  it('has shell steps that bash can parse', () => {
    for (const s of steps) if (s.run) bashSyntaxOk(s.run);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(path.join(PROJECT, '.pre-commit-hooks.yaml'), 'utf8'));
  it('runs validate on the staged lesson files', () => {
    expect(hook).toMatchObject({ id: 'lessons-validate', entry: 'lessons validate --cache', language: 'node', pass_filenames: true });
    const files = new RegExp(hook.files);
    expect(files.test('lessons/learning/LL-20261104-7kq2.md')).toBe(true);
    expect(files.test('templates/lesson.md')).toBe(false);
    expect(files.test('lessons.config.yaml')).toBe(false);
  });
});

describe('the pre-commit hook as pre-commit runs it', () => {
  it('checks the staged files, keeping its cache in the git folder (nothing to commit or ignore)', async () => {
    const [hook] = parse(readFileSync(path.join(PROJECT, '.pre-commit-hooks.yaml'), 'utf8'));
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-1.md': lesson('LL-1'), 'lessons/learning/LL-2.md': lesson('LL-2') });
    gitInit(dir);
    const [, ...args] = String(hook.entry).split(' ');
    for (let run = 0; run < 2; run++) {
      const r = await runLessons([...args, 'lessons/learning/LL-1.md'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(existsSync(path.join(dir, '.git', 'lessons-cache.json'))).toBe(true);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });
});

describe('the workflow lessons init writes', () => {
  it('has shell steps that bash can parse', () => {
    const wf = parse(scaffoldFiles({ packageSpec: 'github:x/lessons#v1' }).get('.github/workflows/lessons.yml')!);
    for (const s of wf.jobs.validate.steps as Step[]) if (s.run) bashSyntaxOk(s.run);
  });
});
