import { buildReview, reviewMarkdown } from '../authoring/review.js';
import { mergeBase } from '../repo/changes.js';
export async function run(ctx, opts) {
    const repo = await ctx.repository();
    const today = await ctx.today();
    const { git, ref, commit } = await mergeBase(repo, opts.base, ctx.io.stderr, '"lessons review"');
    const review = await buildReview({ repo, git, ref, commit, today });
    ctx.io.stdout.write(opts.format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : reviewMarkdown(review));
    return 0;
}
