/**
 * Real installs of lessons, as users and CI do them: from a bare git repository holding this
 * checkout's files (as they would be committed), and from the tarball `npm pack` makes of it.
 * npm runs with its default configuration: the variables `npm test` passes down to its children
 * (npm_config_*, npm_package_*, npm_lifecycle_*) are removed, so nothing of this project's own
 * npm run leaks into the install.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT } from './cli.js';
import { git } from './repo.js';

export const TAG = 'v0.1.0';

/** The environment of a fresh shell: no npm run variables, no colour, the clock pinned. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(config|package|lifecycle|command|execpath|node_execpath)/i.test(k)) continue;
    if (k === 'INIT_CWD' || k === 'FORCE_COLOR' || k === 'NODE_OPTIONS' || k === 'VITEST' || k.startsWith('VITEST_')) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', LESSONS_TODAY: '2026-11-21', ...extra };
}

export interface Release {
  /** A temporary folder that holds everything below; remove it when done. */
  dir: string;
  /** A clone of the files, committed and tagged. */
  tree: string;
  /** `file://` address of a bare repository with the tagged commit. */
  bareUrl: string;
  /** A copy of the sample lessons repository (this project's lessons/ and config), a git repository. */
  sample: string;
}

/**
 * The files of this checkout that git would commit (tracked plus untracked-but-not-ignored, so
 * work in progress is tested too), committed and tagged in a new repository, then cloned bare.
 */
export function makeRelease(): Release {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-install-'));
  const tree = path.join(dir, 'tree');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    const from = path.join(PROJECT, f);
    try {
      cpSync(from, path.join(tree, f), { recursive: false, force: true });
    } catch (err) {
      // A tracked file deleted in the working tree is not part of what would be committed.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  git(tree, ['init', '-q', '-b', 'main']);
  git(tree, ['add', '-A']);
  git(tree, ['commit', '-q', '-m', 'release']);
  git(tree, ['tag', TAG]);
  const bare = path.join(dir, 'lessons.git');
  execFileSync('git', ['clone', '-q', '--bare', tree, bare]);

  const sample = path.join(dir, 'sample');
  mkdirSync(sample);
  cpSync(path.join(PROJECT, 'lessons'), path.join(sample, 'lessons'), { recursive: true });
  cpSync(path.join(PROJECT, 'lessons.config.yaml'), path.join(sample, 'lessons.config.yaml'));
  git(sample, ['init', '-q', '-b', 'main']);
  git(sample, ['add', '-A']);
  git(sample, ['commit', '-q', '-m', 'sample']);
  return { dir, tree, bareUrl: `git+file://${bare}`, sample };
}

export function removeRelease(r: Release | undefined): void {
  if (r) rmSync(r.dir, { recursive: true, force: true });
}
