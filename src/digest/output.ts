/**
 * `--out <file>` for digests and briefings. The file is written atomically (temporary file, then
 * rename) and replaced if it exists: an output is regenerated, unlike an entry. A path inside the
 * content folder is refused, because anything written there would be read as an entry.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import type { Repository } from '../repo/repository.js';
import { toPosix } from '../repo/repository.js';
import { safeOutput } from '../util/terminal.js';
import { writeFileAtomic } from '../util/write.js';
import { outputTarget } from '../repo/inside.js';

export interface OutputTarget {
  abs: string;
  /** How to show the path: relative to the current folder when inside it, else absolute. */
  shown: string;
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Checks `--out` before any work is done; throws UsageError or RefusedError. */
export function checkOutput(ctx: Context, repo: Repository, out: string): OutputTarget {
  if (out.trim() === '') throw new UsageError('--out needs a file name, e.g. --out digest.html.');
  const abs = path.resolve(ctx.start, out);
  const dir = path.dirname(abs);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`Cannot write ${out}: the folder ${dir} does not exist. Create it first, or choose another place.`);
  }
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    throw new UsageError(`Cannot write ${out}: it is a folder. Give a file name, e.g. ${path.join(out, 'digest.html')}.`);
  }
  // Issue 11.3: the real path decides (links followed), and only a regular file is ever replaced.
  const resolved = outputTarget(abs);
  if ('error' in resolved) {
    throw new RefusedError(
      resolved.error === 'ENOTFILE'
        ? `Refusing to write ${out}: something other than a regular file has that name (a pipe, device or socket), and lessons never replaces one. Choose another file name.`
        : `Refusing to write ${out}: it is a link to a file that does not exist. Remove the link or choose another file name.`,
    );
  }
  const target = resolved.real;
  const rel = path.relative(real(repo.contentRoot), target);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    const content = toPosix(path.relative(repo.root, repo.contentRoot)) || '.';
    throw new RefusedError(
      `Refusing to write ${out}: it is inside the content folder (${content}/), where every Markdown file is read as an entry. ` +
        'Write digests and briefings somewhere else, e.g. a "digests" folder next to it.',
    );
  }
  const fromCwd = path.relative(ctx.io.cwd, abs);
  const shown = fromCwd !== '' && !fromCwd.startsWith('..') && !path.isAbsolute(fromCwd) ? toPosix(fromCwd) : abs;
  return { abs: target, shown };
}

/** Writes the output (replacing an older one) and prints its path on stdout. */
export function writeOutput(ctx: Context, target: OutputTarget, content: string): void {
  // The same guard as the screen (issue 11.4): the file is opened, printed and shown to people.
  // A full disk or a read-only folder is a plain refusal (util/faults.ts), with nothing left behind.
  writeFileAtomic(target.abs, safeOutput(content), { overwrite: true, shown: target.shown });
  ctx.io.stdout.write(`${target.shown}\n`);
}
