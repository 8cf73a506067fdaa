/** `lessons validate [paths…]` (docs/commands.md, docs/rules.md). */
import { appendFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { version } from '../version.js';
import { ConfigError, UsageError } from '../errors.js';
import { DataFileError } from '../repo/data-file.js';
import { findRoot, listEntryFiles, toPosix } from '../repo/repository.js';
import { checkRepositoryParallel } from '../rules/parallel.js';
import { loadReporter } from '../reporters/index.js';
import { progress } from '../util/progress.js';
export async function run(ctx, paths, opts) {
    const repo = await openForValidate(ctx, opts.format);
    const today = await ctx.today();
    let selected = paths.length ? selectPaths(repo, ctx.start, paths) : undefined;
    if (opts.changed) {
        const { changedFiles } = await import('../repo/changes.js');
        const changed = await changedFiles(repo, opts.base, (m) => ctx.warn(m));
        selected = selected ? new Set([...selected].filter((f) => changed.has(f))) : changed;
    }
    else if (opts.base) {
        throw new UsageError('--base only makes sense with --changed.');
    }
    if (!existsSync(repo.contentRoot) && !ctx.globals.quiet) {
        ctx.io.stderr.write(`lessons: the content folder ${toPosix(path.relative(repo.root, repo.contentRoot)) || '.'}/ does not exist yet; there is nothing to check.\n`);
    }
    let cache;
    if (opts.cache) {
        const { cacheKey, defaultCacheLocation } = await import('../rules/cache.js');
        cache = { location: opts.cacheLocation ? path.resolve(ctx.io.cwd, opts.cacheLocation) : defaultCacheLocation(repo), key: cacheKey(repo, today, version()) };
    }
    else if (opts.cacheLocation) {
        throw new UsageError('--cache-location only makes sense with --cache.');
    }
    const startedAt = new Date().toISOString().slice(0, 19);
    const started = performance.now();
    const bar = progress(ctx.io.stderr, 'Checking', opts.format === 'pretty' && !ctx.globals.quiet);
    const result = await checkRepositoryParallel({ repo, today, selected, onFile: bar.update, cache }, ctx.io.env);
    bar.done();
    for (const w of result.warnings ?? [])
        ctx.warn(w);
    const elapsedMs = performance.now() - started;
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const shown = ctx.globals.quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
    const reporter = await loadReporter(opts.format);
    const reporterContext = { color: ctx.colour('stdout'), root: repo.root, env: ctx.io.env, version: version() };
    const output = reporter({ summary: { files: result.checked.length, errors, warnings }, problems: shown, checked: result.checked, elapsedMs, startedAt }, reporterContext);
    if (!(ctx.globals.quiet && opts.format === 'pretty' && shown.length === 0))
        ctx.io.stdout.write(output);
    const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
    if (opts.format === 'github' && summaryFile) {
        const { stepSummary } = await import('../reporters/github.js');
        try {
            appendFileSync(summaryFile, stepSummary({ summary: { files: result.checked.length, errors, warnings }, problems: shown, checked: result.checked }, reporterContext));
        }
        catch (err) {
            ctx.io.stderr.write(`lessons: could not write the job summary to $GITHUB_STEP_SUMMARY (${err.code ?? 'error'}); the annotations above are complete up to GitHub's limit.\n`);
        }
    }
    if (errors > 0)
        return 1;
    if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
        ctx.io.stderr.write(`lessons: ${warnings} warnings, more than the ${opts.maxWarnings} allowed by --max-warnings.\n`);
        return 1;
    }
    return 0;
}
/**
 * Opens the repository; with `--format github`, a configuration error also becomes an annotation
 * on the configuration file (each of its problems), before the usual message and exit 2.
 */
async function openForValidate(ctx, format) {
    try {
        return await ctx.repository();
    }
    catch (err) {
        // A broken configuration file (every problem, positioned) or another configuration error.
        const file = err instanceof DataFileError ? err.file : err instanceof ConfigError ? err.file : undefined;
        if (format === 'github' && file) {
            const { configAnnotations } = await import('../reporters/github.js');
            const { workspacePath } = await import('../reporters/paths.js');
            const root = findRoot(ctx.start) ?? ctx.start;
            const problems = err instanceof DataFileError ? err.problems : [{ line: err.line ?? 1, column: err.column ?? 1, message: err.message }];
            ctx.io.stdout.write(configAnnotations(workspacePath(file, root, ctx.io.env), problems));
        }
        throw err;
    }
}
/** The entry files named by `paths` (files or folders, relative to the working folder). */
function selectPaths(repo, start, paths) {
    const all = listEntryFiles(repo);
    const selected = new Set();
    const contentRel = toPosix(path.relative(repo.root, repo.contentRoot));
    for (const p of paths) {
        const abs = path.resolve(start, p);
        if (!existsSync(abs))
            throw new UsageError(`${p} does not exist.`);
        const rel = toPosix(path.relative(repo.root, abs));
        if (rel.startsWith('..') || path.isAbsolute(rel))
            throw new UsageError(`${p} is outside the lessons repository (${repo.root}).`);
        if (statSync(abs).isDirectory()) {
            const prefix = rel === '' ? '' : `${rel}/`;
            for (const f of all)
                if (f.startsWith(prefix))
                    selected.add(f);
        }
        else if (all.includes(rel)) {
            selected.add(rel);
        }
        else {
            throw new UsageError(`${p} is not an entry file: lessons checks the .md files inside the content folder ${contentRel}/.`);
        }
    }
    return selected;
}
