/**
 * dist/ is committed, so that `npm install --global <git address>` needs no build step (npm does
 * not install devDependencies, TypeScript among them, when it prepares a git dependency for a
 * global install). This test fails when the committed dist/ is not what the committed sources
 * build to: it builds HEAD's src/ in a temporary folder and compares the two, file by file.
 * Fix it with `npm run build:dist` and commit dist/ with the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/cli.js';

const isClone = existsSync(path.join(PROJECT, '.git'));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessons-dist-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function untar(tree: string[], into: string): void {
  mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', ...tree], { cwd: PROJECT, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
}

function files(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const abs = path.join(dir, d.name);
    return d.isDirectory() ? files(abs, base) : [path.relative(base, abs).split(path.sep).join('/')];
  });
}

describe.skipIf(!isClone)('the committed dist/', () => {
  it('is what the committed sources build to', () => {
    const build = path.join(tmp, 'build');
    untar(['src', 'tools', 'tsconfig.json', 'package.json'], build);
    symlinkSync(path.join(PROJECT, 'node_modules'), path.join(build, 'node_modules'), 'dir');
    execFileSync(process.execPath, [path.join(PROJECT, 'node_modules/typescript/bin/tsc'), '-p', path.join(build, 'tsconfig.json')], { cwd: build });
    execFileSync(process.execPath, [path.join(build, 'tools/copy-data.mjs')], { cwd: build });
    execFileSync(process.execPath, [path.join(build, 'tools/bundle.mjs')], { cwd: build });

    const committed = path.join(tmp, 'committed');
    const tracked = execFileSync('git', ['ls-tree', '-r', '--name-only', 'HEAD', 'dist'], { cwd: PROJECT, encoding: 'utf8' }).trim();
    if (tracked) untar(['dist'], committed);

    const built = files(path.join(build, 'dist')).sort();
    const have = files(path.join(committed, 'dist')).sort();
    const stale = built.filter((f) => !have.includes(f) || !readFileSync(path.join(build, 'dist', f)).equals(readFileSync(path.join(committed, 'dist', f))));
    const orphans = have.filter((f) => !built.includes(f));
    const advice = 'dist/ is out of date with src/ in the last commit: run "npm run build:dist" and commit dist/.';
    expect(stale, `${advice} Missing or different:`).toEqual([]);
    expect(orphans, `${advice} No longer built:`).toEqual([]);
  });
});
