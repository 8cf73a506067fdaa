/**
 * Issue 11.5: faults of the machine, simulated for real: a small tmpfs that fills up, a read-only
 * mount, `ulimit -n`, a pipe whose reader goes away, and SIGTERM in the middle of a write. Each
 * gives one plain message and the right exit code (1 a refused write, 2 the environment), no
 * stack trace, and no temporary file left behind.
 *
 * Mounting needs root (as in CI and the development machines here); without it those cases are
 * skipped and say so.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, PROJECT } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo } from './helpers/repo.js';

const env = (): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' };
  delete e.NODE_EXTRA_CA_CERTS;
  return e;
};

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `bash -c script` (so that ulimit can be set) with lessons as "$L". */
function sh(script: string, cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { ...env(), L: `${process.execPath} ${BIN}` } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** stderr without the note about dates when the folder is not a git repository. */
function messages(r: Ran): string[] {
  return r.stderr.trim().split('\n').filter((l) => !l.startsWith('lessons: note:'));
}

function expectPlain(r: Ran): void {
  expect(r.stderr).not.toMatch(/\n\s+at |something went wrong inside lessons|node:internal|Native stack/);
}

function temporaryFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.tmp')) out.push(path.join(d, e.name));
    }
  };
  walk(dir);
  return out;
}

let canMount = false;
const mounts: string[] = [];
function mountTmpfs(size: string, ro = false): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-fault-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${ro ? ',ro' : ''}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}
beforeAll(() => {
  try {
    mountTmpfs('64k');
    canMount = true;
  } catch {
    canMount = false;
  }
});
afterAll(() => {
  for (const m of mounts.reverse()) {
    try {
      execFileSync('umount', ['-l', m]);
      rmSync(m, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }
});

/** A repository whose digest is large (hundreds of KiB), to fill a small disk. */
function bigRepo(): string {
  const files: Record<string, string> = { 'lessons.config.yaml': CONFIG };
  const long = 'The pending dose list was not visible on the ward transfer screen. '.repeat(120);
  for (let i = 0; i < 60; i++) {
    const id = `LL-20261015-${String(i).padStart(4, 'a')}`.slice(0, 16);
    files[`lessons/learning/${id}.md`] = lesson(id, `approved_by: Medicines Safety Group\napproved_on: 2026-10-20\n`, `\n## What happened\n\n${long}\n\n## What we learned\n\n${long}\n\n## What we changed\n\n${long}\n`).replace('status: draft', 'status: approved');
  }
  return tempRepo(files);
}

describe('faults', () => {
  it('disk full: --out gives one message, exit 1, and leaves no temporary file', async (t) => {
    if (!canMount) return t.skip();
    const disk = mountTmpfs('96k');
    const repo = bigRepo();
    const r = await sh(`$L digest --from 2026-10-01 --to 2026-10-31 --format json --out ${disk}/digest.json`, repo);
    expect(r.code, r.stderr).toBe(1);
    expectPlain(r);
    expect(messages(r)).toEqual([expect.stringMatching(/^lessons: Could not write .*digest\.json: the disk is full\. Nothing was written\.$/)]);
    expect(readdirSync(disk)).toEqual([]);
  });

  it('disk full: "new" in a repository on a full disk refuses (exit 1), nothing half-written', async (t) => {
    if (!canMount) return t.skip();
    const disk = mountTmpfs('64k');
    writeFileSync(path.join(disk, 'lessons.config.yaml'), CONFIG);
    mkdirSync(path.join(disk, 'lessons/learning'), { recursive: true });
    // Fill the disk to the last block.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${path.join(disk, 'fill')}`, 'bs=4k'], { stdio: 'ignore' });
    } catch {
      /* "No space left on device" is the point */
    }
    const r = await sh(`$L new lesson --title "Insulin doses at transfer" --summary "Pending doses show." --kind improvement --theme handover --yes`, disk);
    expect(r.code, r.stderr).toBe(1);
    expectPlain(r);
    expect(r.stderr).toMatch(/the disk is full/);
    expect(readdirSync(path.join(disk, 'lessons/learning'))).toEqual([]);
    expect(temporaryFiles(disk)).toEqual([]);
  });

  it('read-only folder: one message, exit 1', async (t) => {
    if (!canMount) return t.skip();
    const ro = mountTmpfs('64k', true);
    const repo = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/learning/LL-20261104-7kq2.md': lesson('LL-20261104-7kq2') });
    const r = await sh(`$L digest --out ${ro}/digest.md`, repo);
    expect(r.code, r.stderr).toBe(1);
    expectPlain(r);
    expect(messages(r)).toEqual([expect.stringMatching(/^lessons: Could not write .*digest\.md: the folder is on a read-only file system\. Nothing was written\.$/)]);
  });

  it.each([20, 24, 40])('too few file handles (ulimit -n %i): one message, exit 2', async (n) => {
    const r = await sh(`ulimit -n ${n}; $L validate --format json`, PROJECT);
    expectPlain(r);
    if (r.code === 0) return; // enough handles after all on this machine
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/run out of open files/);
  });

  it('a closed pipe ("lessons list | head -1") ends quietly with the command\'s own exit code', async () => {
    for (const cmd of ['list', 'validate --format json', 'digest --from 2025-01-01 --to 2026-11-20 --format json', 'actions']) {
      const r = await sh(`set -o pipefail; $L ${cmd} | head -c 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`, PROJECT);
      expect(r.stderr, cmd).toMatch(/^status=[01]\n$/);
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s in the middle of a write (a slow disk): the write completes, no temporary file, no half file', async (signal) => {
    const repo = bigRepo();
    const out = path.join(repo, 'out');
    mkdirSync(out);
    const target = path.join(out, 'digest.json');
    const child = spawn(process.execPath, ['--import', path.join(PROJECT, 'tests/helpers/slow-disk.mjs'), BIN, 'digest', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'json', '--out', target], { cwd: repo, env: env() });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig })));
    // Wait until the temporary file exists: the write is under way.
    const started = Date.now();
    while (temporaryFiles(out).length === 0 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 5));
    expect(temporaryFiles(out).length, 'the write started').toBe(1);
    child.kill(signal);
    const { code, signal: killedBy } = await done;
    // Not killed in the middle: the write finished (and the command with it, exit 0) or the
    // signal was handled after it (exit 130); never a temporary file or half a file.
    expect(killedBy, stderr).toBeNull();
    expect([0, 130], stderr).toContain(code);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(temporaryFiles(out)).toEqual([]);
    const written = readdirSync(out);
    if (written.length) JSON.parse(execFileSync('cat', [target], { encoding: 'utf8' }));
  });
});
