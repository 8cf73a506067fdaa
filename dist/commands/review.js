import { buildReview, reviewMarkdown } from '../authoring/review.js';
import { branchChanges } from '../repo/changes.js';
export async function run(ctx, opts) {
    const repo = await ctx.repository();
    const today = await ctx.today();
    const changes = await branchChanges(repo, opts.base, (m) => ctx.warn(m), '"lessons review"');
    const review = await buildReview({ repo, changes, today });
    ctx.io.stdout.write(opts.format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : reviewMarkdown(review));
    return 0;
}
