/**
 * `just-culture/outcome`: a just culture review's `path` and `outcome` are what its guide gives
 * for its `answers` (docs/just-culture.md), so a hand-edited record cannot claim an outcome its answers do not
 * reach. The record is checked against the guide and version it names (`guide`, `guide_version`):
 * the built-in 2018 guide or a guide file in the repository's `guides/`. Runs only when `answers`,
 * `path` and `outcome` are valid for the schema (otherwise `schema` reports them). Guide files are
 * read on the first review checked.
 */
import { GuideDataError, questionLabel } from '../repo/guide.js';
import { findGuide, loadCatalogue } from '../repo/guide-catalogue.js';
import { walk } from '../repo/guide-tree.js';
import { justCultureReviewSchema } from '../model/schemas.js';
import { str } from '../util/values.js';
const shape = justCultureReviewSchema.shape;
const arrow = (ids) => ids.join(' → ');
export const justCultureRule = {
    rules: [
        {
            id: 'just-culture/outcome',
            severity: 'error',
            description: "A just culture review whose `path` or `outcome` is not what its guide gives for its `answers`, that lacks an answer its path needs, answers a question the guide does not reach, or names a guide or guide version the repository does not have.",
        },
    ],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'just-culture-review')
            return;
        const answers = shape.answers.safeParse(data.answers);
        const path = shape.path.safeParse(data.path);
        const outcome = shape.outcome.safeParse(data.outcome);
        const guideId = str(data.guide);
        if (!answers.success || !path.success || !outcome.success || !guideId)
            return;
        const version = data.guide_version === undefined ? undefined : String(data.guide_version);
        let catalogue;
        try {
            catalogue = loadCatalogue(ctx.root, ctx.config.limits.max_file_bytes);
        }
        catch (err) {
            if (!(err instanceof GuideDataError))
                throw err;
            const first = err.problems[0];
            ctx.report({
                rule: 'just-culture/outcome',
                path: ['guide'],
                message: `This record could not be checked: the guide file ${err.file} has problems (first at line ${first?.line ?? 1}: ${first?.message ?? 'unreadable'}). Run "lessons just-culture --explain --guide <id>" to see them all.`,
            });
            return;
        }
        const found = findGuide(catalogue, guideId, version);
        if (!found.ok) {
            const message = found.message.charAt(0).toUpperCase() + found.message.slice(1);
            ctx.report({ rule: 'just-culture/outcome', path: [found.reason === 'unknown-version' ? 'guide_version' : 'guide'], message: `${message} This record cannot be checked without it.` });
            return;
        }
        const guide = found.guide;
        const result = walk(guide, answers.data);
        if (!result.ok) {
            ctx.report({
                rule: 'just-culture/outcome',
                path: ['answers'],
                at: 'key',
                message: `There is no answer for ${questionLabel(guide, result.missing)}, which the guide asks ` +
                    (result.path.length ? `after ${arrow(result.path)}` : 'first') +
                    `. Add "${result.missing}": "yes" or "no", or run "lessons just-culture" again.`,
            });
            return;
        }
        const expected = result.path;
        const reaches = `With these answers the guide goes ${arrow(expected)} and reaches ${result.outcome}`;
        if (path.data.length !== expected.length || path.data.some((q, i) => q !== expected[i])) {
            ctx.report({
                rule: 'just-culture/outcome',
                path: ['path'],
                message: `${reaches}, but path is ${arrow(path.data)}. Set path to [${expected.map((q) => `"${q}"`).join(', ')}].`,
            });
        }
        if (outcome.data !== result.outcome) {
            ctx.report({
                rule: 'just-culture/outcome',
                path: ['outcome'],
                message: `${reaches}, but outcome is ${outcome.data}. Check the answers, or set outcome to ${result.outcome}.`,
            });
        }
        for (const q of Object.keys(answers.data)) {
            if (!expected.includes(q)) {
                ctx.report({
                    rule: 'just-culture/outcome',
                    path: ['answers', q],
                    at: 'key',
                    message: guide.questions.has(q)
                        ? `${reaches}, so it never asks ${q}. Remove the answer to ${q}: a record holds only the questions on its path.`
                        : `${q} is not a question of ${guide.name} (${guide.id}). Remove it: a record holds only the questions on its path.`,
                });
            }
        }
    },
};
