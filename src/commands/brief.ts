/**
 * `lessons brief <lesson-id>`: a 7-minute briefing of one lesson, in Markdown or as one
 * self-contained HTML page that prints on one A4 sheet (see src/digest/brief.ts).
 *
 * An id that is not a valid id is a usage error (exit 2); a valid id with no lesson behind it is
 * the repository's state, so it exits 1, like any other refusal caused by the content.
 */
import path from 'node:path';
import type { Context } from '../context.js';
import { RefusedError, UsageError } from '../errors.js';
import { isSafeId } from '../model/ids.js';
import { briefingDocument, buildBriefing } from '../digest/brief.js';
import { renderDocument } from '../document/render.js';
import { checkOutput, writeOutput } from '../digest/output.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import { readBody } from '../digest/body.js';
import { entryType, isEntryType } from '../model/entry-types.js';
import { isApprovedOrLater } from '../model/lifecycle.js';
import { progress } from '../util/progress.js';
import { redactData, redactor } from '../rules/redact.js';
import { closest, str } from '../util/values.js';

export interface BriefOptions {
  format?: 'md' | 'html' | 'json';
  out?: string;
}

export async function run(ctx: Context, id: string, opts: BriefOptions): Promise<number> {
  if (!isSafeId(id)) {
    throw new UsageError(`"${id}" is not a lesson id. Ids look like LL-20261104-7kq2; run "lessons list --type lesson" to see them.`);
  }
  const today = await ctx.today();
  const repo = await ctx.repository();
  const target = opts.out !== undefined ? checkOutput(ctx, repo, opts.out) : undefined;
  const bar = progress(ctx.io.stderr, 'Reading entries', !ctx.globals.quiet);
  const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
  bar.done();
  const skippedMessage = skippedNote(skipped);
  if (skippedMessage) ctx.note(skippedMessage);

  const found = entries.filter((e) => e.id === id);
  const lesson = found.find((e) => e.type === 'lesson');
  if (!lesson) {
    if (found.length) {
      const type = found[0].type;
      const what = type && isEntryType(type) ? entryType(type).noun : 'an entry';
      throw new RefusedError(`${id} is ${what} (${found[0].file}), not a lesson. A briefing is made from a lesson.`);
    }
    const ids = entries.filter((e) => e.type === 'lesson' && e.id).map((e) => e.id as string);
    const near = closest(id, ids);
    throw new RefusedError(`There is no lesson with the id ${id}.${near ? ` Did you mean ${near}?` : ''} Run "lessons list --type lesson" to see the lessons.`);
  }
  if (!isApprovedOrLater(lesson.data.status)) {
    const status = str(lesson.data.status) ?? 'no status';
    ctx.warn(`${id} is ${status === 'archived' ? 'archived' : `not approved yet (status: ${status})`}; check it with the lessons team before sharing it.`);
  }
  const body = readBody(path.join(repo.root, lesson.file), repo.config.limits.max_file_bytes, repo.root) ?? '';
  // Only the printed (HTML) page must fit one A4 sheet; the Markdown briefing (and JSON) is given in full.
  const briefing = buildBriefing({ lesson, body, entries, organisation: repo.config.organisation, today, fit: opts.format === 'html', baseUrl: repo.config.site.base_url });
  const redact = redactor(repo.config);
  // JSON is the briefing's data (the same parts the page shows), redacted like every other output.
  const text =
    opts.format === 'json'
      ? `${JSON.stringify(redactData(briefing, redact), null, 2)}
`
      : renderDocument(briefingDocument(briefing), opts.format === 'html' ? 'html' : 'md', { redact });
  if (target) writeOutput(ctx, target, text);
  else ctx.io.stdout.write(text);
  return 0;
}
