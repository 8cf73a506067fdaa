/**
 * `lessons digest`: a digest of learning for a period, for staff (a learning bulletin), for
 * patients and carers (plain language, public lessons only) or for the board (counts, trends and
 * charts), as Markdown, HTML or JSON (docs/digests.md). See src/digest/build.ts for which dates count.
 */
import path from 'node:path';
import { AUDIENCES, digestDocument } from '../digest/audiences/index.js';
import { checkOutput, writeOutput } from '../digest/output.js';
import { resolvePeriod } from '../digest/period.js';
import { renderDocument } from '../document/render.js';
import { openHistory, SHALLOW_WARNING, whyNoHistory } from '../repo/history.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import { readBody } from '../digest/body.js';
import { progress } from '../util/progress.js';
import { redactData, redactor } from '../rules/redact.js';
export async function run(ctx, opts) {
    const today = await ctx.today();
    const repo = await ctx.repository();
    const audience = opts.audience ?? 'staff';
    const format = opts.format ?? 'md';
    const target = opts.out !== undefined ? checkOutput(ctx, repo, opts.out) : undefined;
    const quiet = ctx.globals.quiet;
    // Git first (a bad --from ref is a usage error before any file is read); the one `git log`
    // pass runs while the files are read.
    const history = await openHistory(repo);
    const period = await resolvePeriod({ from: opts.from, to: opts.to }, today, history);
    const logPromise = history.available ? history.log() : undefined;
    // Keep a rejected log from being reported as unhandled while the files are read.
    logPromise?.catch(() => undefined);
    const bar = progress(ctx.io.stderr, 'Reading entries', !quiet);
    const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
    bar.done();
    const log = await logPromise;
    const skippedMessage = skippedNote(skipped);
    if (skippedMessage)
        ctx.note(skippedMessage);
    if (history.available && history.shallow)
        ctx.warn(SHALLOW_WARNING);
    if (!history.available)
        ctx.note(`note: ${whyNoHistory(history.reason)}, so dates come from the front-matter of each file.`);
    const digest = AUDIENCES[audience].build({
        audience,
        entries,
        config: repo.config,
        period,
        today,
        log,
        shallow: history.available && history.shallow,
        readBody: (file) => readBody(path.join(repo.root, file), repo.config.limits.max_file_bytes, repo.root),
        warn: (message) => ctx.warn(message),
    });
    // Identifiable data in an entry that has not been fixed yet must not reach a shared document:
    // the JSON is redacted as data, the documents text by text as they are rendered.
    const redact = redactor(repo.config);
    const text = format === 'json' ? `${JSON.stringify(redactData(digest, redact), null, 2)}\n` : renderDocument(digestDocument(digest), format, { redact });
    if (target)
        writeOutput(ctx, target, text);
    else
        ctx.io.stdout.write(text);
    return 0;
}
