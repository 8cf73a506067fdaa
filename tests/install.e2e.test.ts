/**
 * Every install path the project documents, done for real (docs/commands.md "Installing needs no build
 * step"): the workflow `lessons init` writes installs from a git address, the GitLab job in
 * docs/ci.md installs the `npm pack` tarball, and pre-commit installs the hook from a git
 * repository. Each installs globally into a temporary prefix with npm's default configuration and
 * runs `lessons validate` on a copy of the sample repository.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaffoldFiles } from '../src/authoring/scaffold.js';
import { PROJECT, runLessons } from './helpers/cli.js';
import { cleanEnv, makeRelease, removeRelease, TAG, type Release } from './helpers/install.js';
import { git } from './helpers/repo.js';
import { parseJunit } from './helpers/junit.js';

type Step = { name?: string; run?: string };

let release: Release;
/** What the sample gives in process: the installed command must agree. */
let expected: { files: number; errors: number; warnings: number };
beforeAll(async () => {
  release = makeRelease();
  expected = JSON.parse((await runLessons(['validate', '--format', 'json'], { cwd: PROJECT })).stdout).summary;
}, 120_000);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
afterAll(() => removeRelease(release));

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without blocking, so the install tests can run at the same time. */
function exec(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (e) => resolve({ status: null, stdout, stderr: stderr + String(e) }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return exec('bash', ['-e', '-o', 'pipefail', '-c', script], cwd, env);
}

/** What a global install put in the prefix: the package's own files and its dependencies. */
function installed(prefix: string) {
  const pkg = path.join(prefix, 'lib', 'node_modules', 'lessons');
  const deps = existsSync(path.join(pkg, 'node_modules')) ? readdirSync(path.join(pkg, 'node_modules')) : [];
  return { pkg, files: readdirSync(pkg).sort(), deps };
}

function expectRuntimeOnly(prefix: string) {
  const { pkg, files, deps } = installed(prefix);
  // Ship what runs: the compiled code, the launcher, the templates; no sources, tests or dev tools.
  expect(files).toEqual(expect.arrayContaining(['bin', 'dist', 'package.json', 'templates']));
  expect(files).not.toContain('src');
  expect(files).not.toContain('tests');
  expect(existsSync(path.join(pkg, 'dist', 'cli.js'))).toBe(true);
  expect(existsSync(path.join(pkg, 'dist', 'bundle', 'cli.js'))).toBe(true);
  expect(existsSync(path.join(pkg, 'dist', 'bench'))).toBe(false);
  for (const dev of ['typescript', 'vitest', 'ajv']) expect(deps).not.toContain(dev);
}

// Real installs take seconds each, and much longer on a busy machine; the three run at once.
describe.concurrent('installing lessons', { timeout: 240_000 }, () => {
  it('the workflow lessons init writes installs it from a git address and runs validate', async () => {
    const spec = `${release.bareUrl}#${TAG}`;
    const wf = parse(scaffoldFiles({ packageSpec: spec }).get('.github/workflows/lessons.yml')!);
    const steps = wf.jobs.validate.steps as Step[];
    const install = steps.find((s) => s.name === 'Install lessons')!.run!;
    const check = steps.find((s) => s.name === 'Check lesson files')!.run!;
    expect(install).toContain('npm install --global');

    const prefix = path.join(release.dir, 'prefix-git');
    const githubPath = path.join(release.dir, 'github-path');
    const summary = path.join(release.dir, 'step-summary.md');
    writeFileSync(githubPath, '');
    writeFileSync(summary, '');
    const env = { LESSONS_PACKAGE: spec, GITHUB_PATH: githubPath, NPM_CONFIG_PREFIX: prefix };
    const inst = await bash(install, release.sample, cleanEnv(env));
    expect(inst.stderr + inst.stdout).not.toMatch(/tsc: not found|ERR!/);
    expect(inst.status).toBe(0);
    expectRuntimeOnly(prefix);

    const run = await bash(check, release.sample, cleanEnv({
      PATH: `${path.join(prefix, 'bin')}:${process.env.PATH}`,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: release.sample,
      GITHUB_STEP_SUMMARY: summary,
    }));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=lessons\/learning\/[^,]+\.md,line=\d+,/m);
    expect(expected.errors).toBe(0);
    expect(run.stdout).toContain(`\nlessons: ${plural(expected.files, 'file')} checked, 0 errors, ${plural(expected.warnings, 'warning')}.\n`);
    expect(readFileSync(summary, 'utf8')).toContain('action/overdue');
  });

  it('the GitLab job in docs/ci.md installs the npm pack tarball and writes a JUnit report', async () => {
    // npm pack prints the tarball's name and nothing else on stdout (pre-commit reads that line).
    const pack = await exec('npm', ['pack', '--pack-destination', release.dir], release.tree, cleanEnv());
    expect(pack.status).toBe(0);
    const packed = pack.stdout;
    expect(packed).toBe('lessons-0.1.0.tgz\n');
    const tarball = path.join(release.dir, packed.trim());

    const job = gitlabJob();
    const script = (job.script as string[]).join('\n');
    expect(script).toContain('npm install --global');
    const prefix = path.join(release.dir, 'prefix-tarball');
    const run = await bash(script, release.sample, cleanEnv({
      ...(job.variables as Record<string, string>),
      LESSONS_PACKAGE: tarball,
      NPM_CONFIG_PREFIX: prefix,
      PATH: `${path.join(prefix, 'bin')}:${process.env.PATH}`,
      CI_PROJECT_DIR: release.sample,
    }));
    expect(run.stderr).not.toMatch(/ERR!/);
    expect(run.status).toBe(0);
    expectRuntimeOnly(prefix);

    const report = (job.artifacts as { reports: { junit: string } }).reports.junit;
    const suites = parseJunit(readFileSync(path.join(release.sample, report), 'utf8'));
    expect(suites.tests).toBe(expected.files);
    expect(suites.failures).toBe(0);
  });

  it("this repository's action.yml runs from its own checkout with only runtime dependencies", async () => {
    const action = parse(readFileSync(path.join(release.tree, 'action.yml'), 'utf8'));
    const steps = action.runs.steps as Step[];
    const actionPath = path.join(release.dir, 'action');
    cpSync(release.tree, actionPath, { recursive: true });
    const install = await bash(steps.find((s) => s.name === 'Install lessons')!.run!, actionPath, cleanEnv());
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    const deps = readdirSync(path.join(actionPath, 'node_modules'));
    for (const dev of ['typescript', 'vitest']) expect(deps).not.toContain(dev);

    const output = path.join(release.dir, 'action-output');
    writeFileSync(output, '');
    const env = cleanEnv({ GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: output, GITHUB_WORKSPACE: release.sample, RUNNER_TEMP: release.dir, FORMAT: 'github' });
    const validate = await bash(steps.find((s) => s.name === 'Validate')!.run!, release.sample, env);
    expect(validate.stdout).toMatch(/^lessons: \d+ files checked, 0 errors/m);
    expect(readFileSync(output, 'utf8')).toBe('code=0\n');
    const sarif = await bash(steps.find((s) => s.name === 'Write SARIF')!.run!, release.sample, env);
    expect(sarif.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(release.dir, 'lessons.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  const havePreCommit = preCommit.status === 0;
  it.skipIf(!havePreCommit)(`pre-commit (${havePreCommit ? preCommit.stdout.trim() : 'not installed: apt-get install pre-commit'}) installs the hook and it blocks identifiable data`, async () => {
    const [hook] = parse(readFileSync(path.join(PROJECT, '.pre-commit-hooks.yaml'), 'utf8'));
    const have = preCommit.stdout.trim().split(' ')[1];
    expect(compareVersions(have, hook.minimum_pre_commit_version)).toBeGreaterThanOrEqual(0);

    // Its own copy of the sample: this test stages a file with an identifier in it.
    const sample = path.join(release.dir, 'sample-pre-commit');
    cpSync(release.sample, sample, { recursive: true });
    writeFileSync(
      path.join(sample, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${release.bareUrl.replace(/^git\+file:\/\//, '')}\n    rev: ${TAG}\n    hooks:\n      - id: lessons-validate\n`,
    );
    const env = cleanEnv({ PRE_COMMIT_HOME: path.join(release.dir, 'pre-commit-home') });
    const lesson = readdirSync(path.join(sample, 'lessons/learning')).find((f) => f.endsWith('.md'))!;
    const rel = `lessons/learning/${lesson}`;
    const ok = await exec('pre-commit', ['run', '--files', rel], sample, env);
    expect(ok.stdout + ok.stderr).toMatch(/lessons validate\.+Passed/);
    expect(ok.status).toBe(0);

    // A staged NHS number (999 range, valid check digit) fails the hook.
    const file = path.join(sample, rel);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## What happened\n/, '\n## What happened\n\nNHS number 999 000 0018 was on the form.\n'));
    git(sample, ['add', rel]);
    const bad = await exec('pre-commit', ['run', '--files', rel], sample, env);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('pii/nhs-number');
    git(sample, ['checkout', '--', rel]);
  });
});

/** The `.gitlab-ci.yml` block of docs/ci.md. */
function gitlabJob(): Record<string, unknown> {
  const doc = readFileSync(path.join(PROJECT, 'docs/ci.md'), 'utf8');
  const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.startsWith('# .gitlab-ci.yml'));
  if (!block) throw new Error('docs/ci.md has no ```yaml block starting "# .gitlab-ci.yml"');
  return parse(block).lessons;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
