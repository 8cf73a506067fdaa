/**
 * `lessons site [--audience staff|public] [--out <dir>] [--base-url <url>]`: the learning library,
 * one static folder that works opened from disk or from any web server (see src/site/build.ts).
 *
 * The folder is built beside its destination and swapped in only when complete, so a failed build
 * (an image without a description, say: exit 1, problems listed like `validate` does) leaves the
 * previous site as it was. An existing folder is replaced only when it is a site this command
 * made (it holds `lessons-site.json`); any other non-empty folder is refused, and so is a folder
 * inside the content folder or one that holds the repository.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Context } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import { skippedNote } from '../repo/load.js';
import { readEntryFile } from '../repo/read.js';
import { listEntryFiles, toPosix } from '../repo/repository.js';
import { indexEntry } from '../rules/engine.js';
import type { IndexedEntry } from '../rules/types.js';
import { redactor } from '../rules/redact.js';
import { progress } from '../util/progress.js';
import { tuneCompiler } from '../util/compiler.js';
import { buildSite } from '../site/build.js';
import { indexerFor } from '../site/search-index.js';
import { version } from '../version.js';

export interface SiteOptions {
  audience?: 'staff' | 'public';
  out?: string;
  baseUrl?: string;
}

const MARKER = 'lessons-site.json';
export const DEFAULT_OUT = { staff: '_site', public: '_site-public' } as const;

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function within(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function run(ctx: Context, opts: SiteOptions): Promise<number> {
  const audience = opts.audience ?? 'staff';
  if (opts.baseUrl !== undefined && !/^https?:\/\/[^\s/?#]+[^\s?#]*$/.test(opts.baseUrl)) {
    throw new UsageError(`--base-url must be a web address starting with https:// or http://, e.g. https://intranet.example.nhs.uk/lessons (got "${opts.baseUrl}").`);
  }
  const today = await ctx.today();
  const repo = await ctx.repository();
  const baseUrl = (opts.baseUrl ?? repo.config.site.base_url)?.replace(/\/+$/, '');
  if (opts.out !== undefined && opts.out.trim() === '') throw new UsageError('--out needs a folder name, e.g. --out _site.');
  const out = opts.out !== undefined ? path.resolve(ctx.start, opts.out) : path.join(repo.root, DEFAULT_OUT[audience]);
  const shown = toPosix(path.relative(ctx.io.cwd, out)) || '.';
  const parent = path.dirname(out);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError(`Cannot write the site to ${shown}: the folder ${parent} does not exist. Create it first, or choose another place.`);
  }
  const target = path.join(real(parent), path.basename(out));
  if (within(real(repo.contentRoot), target)) {
    throw new RefusedError(`Refusing to write the site to ${shown}: it is inside the content folder, where every Markdown file is read as an entry. Use a folder next to it, e.g. ${DEFAULT_OUT[audience]}.`);
  }
  if (within(target, real(repo.root))) {
    throw new RefusedError(`Refusing to write the site to ${shown}: that folder holds the repository itself. Use a new folder, e.g. ${DEFAULT_OUT[audience]}.`);
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new UsageError(`Cannot write the site to ${shown}: it is a file. Give a folder name.`);
    if (readdirSync(target).length > 0 && !existsSync(path.join(target, MARKER))) {
      throw new RefusedError(`Refusing to replace ${shown}: it is not empty and was not made by "lessons site". Choose an empty or new folder.`);
    }
  }

  // Each file is read once: the front-matter for every entry, and the body of each lesson (the
  // staff site shows them; the public one never reads them).
  const bar = progress(ctx.io.stderr, 'Reading entries', !ctx.globals.quiet);
  tuneCompiler();
  const files = listEntryFiles(repo);
  const entries: IndexedEntry[] = [];
  const skipped: string[] = [];
  const bodies = new Map<string, { body: string; line: number }>();
  files.forEach((file, i) => {
    const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
    if (read.data) {
      entries.push(indexEntry(file, read.data));
      if (audience === 'staff' && read.data.type === 'lesson' && read.fm) bodies.set(file, { body: read.fm.body, line: read.fm.bodyLine });
    } else skipped.push(file);
    bar.update(i + 1, files.length);
  });
  bar.done();
  if (!ctx.globals.quiet) ctx.io.stderr.write(skippedNote(skipped));

  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  mkdirSync(tmp);
  // Ctrl-C: take the half-built folder away, then stop as an interrupted run does (exit 130).
  const interrupted = () => {
    rmSync(tmp, { recursive: true, force: true });
    process.kill(process.pid, 'SIGINT');
  };
  process.once('SIGINT', interrupted);
  const made = new Set<string>([tmp]);
  // Pages are written while the next ones are made (at most WRITES at a time), and the search
  // index is built in another thread on a large repository.
  const WRITES = 32;
  const writing = new Set<Promise<void>>();
  let failed: unknown;
  const settle = async () => {
    await Promise.all(writing);
    if (failed) throw failed;
  };
  try {
    const result = await buildSite({
      audience,
      entries,
      config: repo.config,
      today,
      root: repo.root,
      baseUrl,
      redact: redactor(repo.config),
      readBody: (file) => bodies.get(file),
      warn: (message) => ctx.warn(message),
      indexer: indexerFor(entries.length, ctx.io.env),
      async emit(sitePath, content) {
        const abs = path.join(tmp, ...sitePath.split('/'));
        const dir = path.dirname(abs);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        const done: Promise<void> = writeFile(abs, content)
          .catch((err: unknown) => {
            failed ??= err;
          })
          .finally(() => writing.delete(done));
        writing.add(done);
        if (writing.size >= WRITES) await Promise.race(writing);
        if (failed) throw failed;
      },
    });
    await settle();
    if (result.problems.length) {
      rmSync(tmp, { recursive: true, force: true });
      const { loadReporter } = await import('../reporters/index.js');
      const pretty = await loadReporter('pretty');
      const files = new Set(result.problems.map((p) => p.file));
      ctx.io.stdout.write(
        pretty(
          { summary: { files: files.size, errors: result.problems.length, warnings: 0 }, problems: result.problems, checked: [...files] },
          { color: ctx.colour('stdout'), root: repo.root, env: ctx.io.env, version: version() },
        ),
      );
      ctx.io.stderr.write(`lessons: the site was not built (${shown} is unchanged): fix the problems above and run "lessons site" again.\n`);
      return 1;
    }
    const old = existsSync(target) ? `${target}.${randomBytes(6).toString('hex')}.old` : undefined;
    if (old) renameSync(target, old);
    renameSync(tmp, target);
    if (old) rmSync(old, { recursive: true, force: true });
    ctx.note(`built the ${audience} site: ${result.pages} pages, ${result.lessons} lesson${result.lessons === 1 ? '' : 's'}. Open ${path.join(shown, 'index.html')} in a browser, or publish the folder.`);
    ctx.io.stdout.write(`${shown}\n`);
    return 0;
  } catch (err) {
    await Promise.allSettled(writing);
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }
}
