/**
 * `lessons review [--base <ref>] [--format md|json]` (docs/commands.md): a summary of what the current
 * branch adds, changes and removes, with the problems `validate` finds in those files and the
 * reviewer checklist, fit for one pull-request comment. It reports; it does not fail on
 * problems (exit 0) — `lessons validate` is the check that blocks a merge.
 */
import type { Context } from '../context.js';
import { buildReview, reviewMarkdown } from '../authoring/review.js';
import { branchChanges } from '../repo/changes.js';

export interface ReviewOptions {
  base?: string;
  format: 'md' | 'json';
}

export async function run(ctx: Context, opts: ReviewOptions): Promise<number> {
  const repo = await ctx.repository();
  const today = await ctx.today();
  const changes = await branchChanges(repo, opts.base, (m) => ctx.warn(m), '"lessons review"');
  const review = await buildReview({ repo, changes, today });
  ctx.io.stdout.write(opts.format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : reviewMarkdown(review));
  return 0;
}
