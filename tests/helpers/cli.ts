/** Running lessons in-process (fast, for logic) and as the built executable (end to end). */
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(PROJECT, 'bin/lessons.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `main(argv, io)` with captured output; never a TTY unless asked. */
export async function runLessons(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; tty?: boolean },
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = opts.tty ?? false;
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    stdin,
    env: { LESSONS_TODAY: '2026-11-21', ...opts.env },
    cwd: opts.cwd,
  });
  return { code, stdout, stderr };
}

/** Runs the built `bin/lessons.js` in a child process. */
export function runBin(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; input?: string },
): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.FORCE_COLOR;
  Object.assign(env, { LESSONS_TODAY: '2026-11-21', NO_COLOR: '1' }, opts.env);
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v === undefined) delete env[k];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...argv], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    else child.stdin?.end();
  });
}
