/**
 * `lessons doctor`: checks the set-up, one line per check, and says what to do about each one
 * that is not right: Node, git, the repository, its settings, its content folder, and the CI and
 * editor files `lessons init` writes (present, and the same as this version would write them).
 * Exit 1 when a check fails; warnings do not fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { Chalk } from 'chalk';
import { scaffoldFiles } from '../authoring/scaffold.js';
import type { Context } from '../context.js';
import { CliError, ConfigError } from '../errors.js';
import { findRoot, toPosix, type Repository } from '../repo/repository.js';
import { findGitRoot } from './init.js';
import { version } from '../version.js';

export type CheckStatus = 'ok' | 'warning' | 'error';

export interface Check {
  id: string;
  status: CheckStatus;
  message: string;
}

export interface DoctorOptions {
  json?: boolean;
  format?: string;
}

const MIN_NODE: [number, number] = [20, 17];

export async function run(ctx: Context, opts: DoctorOptions): Promise<number> {
  const checks = await diagnose(ctx);
  if (opts.json || opts.format === 'json') {
    ctx.io.stdout.write(`${JSON.stringify({ version: version(), ok: !checks.some((c) => c.status === 'error'), checks }, null, 2)}\n`);
  } else {
    const c = new Chalk({ level: ctx.colour('stdout') ? 1 : 0 });
    const mark = { ok: c.green('✔'), warning: c.yellow('⚠'), error: c.red('✖') };
    const lines = checks.map((k) => `${mark[k.status]} ${k.message.replace(/\n/g, '\n  ')}`);
    const errors = checks.filter((k) => k.status === 'error').length;
    const warnings = checks.filter((k) => k.status === 'warning').length;
    const summary = errors
      ? c.red.bold(`✖ ${errors} check${errors === 1 ? '' : 's'} failed${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}.`)
      : warnings
        ? c.yellow.bold(`⚠ Ready, with ${warnings} warning${warnings === 1 ? '' : 's'}.`)
        : c.green.bold('✔ Everything lessons needs is in place.');
    ctx.io.stdout.write(`${lines.join('\n')}\n\n${summary}\n`);
  }
  return checks.some((k) => k.status === 'error') ? 1 : 0;
}

export async function diagnose(ctx: Context): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (id: string, status: CheckStatus, message: string) => checks.push({ id, status, message });

  const [major, minor] = process.versions.node.split('.').map(Number);
  const nodeOk = major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
  add('node', nodeOk ? 'ok' : 'error', nodeOk ? `Node.js ${process.versions.node}.` : `Node.js ${process.versions.node} is too old: lessons needs ${MIN_NODE.join('.')} or newer.`);

  const root = findRoot(ctx.start);
  add('git', ...(await gitCheck(root ?? ctx.start)));

  let repo: Repository | undefined;
  try {
    repo = await ctx.repository();
    add('repository', 'ok', `Lessons repository: ${repo.root}`);
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    if (root) {
      add('repository', 'ok', `Lessons repository: ${root}`);
      add('config', 'error', err.message);
    } else {
      add('repository', 'error', err.message);
    }
    return checks;
  }

  add('config', 'ok', repo.configFile ? `${toPosix(path.relative(repo.root, repo.configFile))} is valid.` : 'No lessons.config.yaml: every setting has its default (run "lessons init" elsewhere to see a commented one).');
  const content = toPosix(path.relative(repo.root, repo.contentRoot)) || '.';
  add('content', existsSync(repo.contentRoot) ? 'ok' : 'warning', existsSync(repo.contentRoot) ? `Content folder: ${content}/` : `The content folder ${content}/ does not exist yet: "lessons new lesson" creates it.`);

  checks.push(...ciChecks(repo));
  checks.push(...editorChecks(repo));
  return checks;
}

async function gitCheck(dir: string): Promise<[CheckStatus, string]> {
  const { openGit, GitUnavailableError } = await import('../repo/git.js');
  try {
    const git = await openGit(dir, 'lessons');
    const v = (await git.raw(['--version'])).trim().replace(/^git version /, '');
    return ['ok', `git ${v}.`];
  } catch (err) {
    if (err instanceof GitUnavailableError) {
      if (err.reason === 'not-a-repository') {
        return ['warning', 'This folder is not in a git repository: history, "lessons review", "--changed", "--branch" and digests by git tag need one. Run "git init".'];
      }
      return ['error', err.message];
    }
    if (err instanceof ConfigError) return ['error', err.message];
    throw err;
  }
}

/** The CI files: the GitHub workflow (current?), or a GitLab job or pre-commit hook that runs lessons. */
function ciChecks(repo: Repository): Check[] {
  const out: Check[] = [];
  const gitRoot = findGitRoot(repo.root) ?? repo.root;
  const workflowFile = path.join(gitRoot, '.github/workflows/lessons.yml');
  const shown = (f: string) => toPosix(path.relative(repo.root, f));
  if (existsSync(workflowFile)) {
    const text = readFileSync(workflowFile, 'utf8');
    let doc: { env?: { LESSONS_PACKAGE?: unknown }; defaults?: { run?: { 'working-directory'?: unknown } } } | undefined;
    try {
      doc = parse(text) as typeof doc;
    } catch {
      doc = undefined;
    }
    const spec = typeof doc?.env?.LESSONS_PACKAGE === 'string' ? doc.env.LESSONS_PACKAGE : undefined;
    const expectedDir = toPosix(path.relative(gitRoot, repo.root));
    const wd = doc?.defaults?.run?.['working-directory'];
    if (!doc) {
      out.push({ id: 'ci', status: 'error', message: `${shown(workflowFile)} is not valid YAML, so GitHub will not run it.` });
    } else if (expectedDir && wd !== expectedDir) {
      out.push({ id: 'ci', status: 'error', message: `${shown(workflowFile)} does not run in ${expectedDir}/, where this lessons repository is: set defaults.run.working-directory to "${expectedDir}".` });
    } else if (spec?.includes('your-org/')) {
      out.push({ id: 'ci', status: 'warning', message: `${shown(workflowFile)}: LESSONS_PACKAGE is still the placeholder "${spec}". Set it to where your trust keeps lessons (see docs/install.md).` });
    } else if (spec && scaffoldFiles({ packageSpec: spec, workingDirectory: expectedDir || undefined }).get('.github/workflows/lessons.yml') === text) {
      out.push({ id: 'ci', status: 'ok', message: `${shown(workflowFile)} is current (installs ${spec}).` });
    } else {
      out.push({
        id: 'ci',
        status: 'warning',
        message: `${shown(workflowFile)} differs from the workflow lessons ${version()} writes (edited by hand, or written by an older version). Compare it with the one "lessons init" writes in an empty folder.`,
      });
    }
    return out;
  }
  const others = [
    ['.gitlab-ci.yml', /lessons validate/],
    ['.pre-commit-config.yaml', /lessons-validate/],
  ] as const;
  const found = others.filter(([f, re]) => existsSync(path.join(gitRoot, f)) && re.test(readFileSync(path.join(gitRoot, f), 'utf8')));
  if (found.length) {
    for (const [f] of found) out.push({ id: 'ci', status: 'ok', message: `${f} runs lessons validate.` });
  } else {
    out.push({ id: 'ci', status: 'warning', message: 'No CI runs "lessons validate" (no .github/workflows/lessons.yml, .gitlab-ci.yml job or pre-commit hook). See docs/ci.md.' });
  }
  return out;
}

/** Editor settings: older versions associated .md files with schemas, which no extension reads. */
function editorChecks(repo: Repository): Check[] {
  const file = path.join(repo.root, '.vscode/settings.json');
  if (!existsSync(file)) return [];
  let settings: unknown;
  try {
    settings = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return []; // VS Code allows comments in settings.json; not ours to judge.
  }
  const map = (settings as Record<string, unknown>)?.['yaml.schemas'];
  const globs = map && typeof map === 'object' ? Object.values(map as Record<string, unknown>).flat() : [];
  if (globs.some((g) => typeof g === 'string' && g.endsWith('.md'))) {
    return [
      {
        id: 'editor',
        status: 'warning',
        message: '.vscode/settings.json associates .md files with schemas under "yaml.schemas"; no extension applies them to front-matter. Remove those lines and use the "lessons: validate" task (see docs/editors.md).',
      },
    ];
  }
  return [{ id: 'editor', status: 'ok', message: '.vscode/settings.json checks lessons.config.yaml.' }];
}
