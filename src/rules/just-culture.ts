/**
 * `just-culture/outcome`: a just culture review's `path` and `outcome` are what the guide gives for
 * its `answers` (DESIGN §4), so a hand-edited record cannot claim an outcome its answers do not
 * reach. Runs only when `answers`, `path` and `outcome` are valid for the schema (otherwise
 * `schema` reports them). The guide's data file is read on the first review checked.
 */
import { loadGuide, questionLabel, type Answer } from '../repo/guide.js';
import { walk } from '../repo/guide-tree.js';
import { justCultureReviewSchema } from '../model/schemas.js';
import type { FileRule } from './types.js';

const shape = justCultureReviewSchema.shape;
const arrow = (ids: readonly string[]) => ids.join(' → ');

export const justCultureRule: FileRule = {
  rules: [
    {
      id: 'just-culture/outcome',
      severity: 'error',
      description:
        "A just culture review whose `path` or `outcome` is not what the guide gives for its `answers`, that lacks an answer its path needs, or answers a question the guide does not reach.",
    },
  ],
  check(ctx) {
    const data = ctx.data;
    if (!data || ctx.type !== 'just-culture-review') return;
    const answers = shape.answers.safeParse(data.answers);
    const path = shape.path.safeParse(data.path);
    const outcome = shape.outcome.safeParse(data.outcome);
    if (!answers.success || !path.success || !outcome.success) return;

    const guide = loadGuide();
    const result = walk(guide, answers.data as Partial<Record<string, Answer>>);
    if (!result.ok) {
      ctx.report({
        rule: 'just-culture/outcome',
        path: ['answers'],
        at: 'key',
        message:
          `There is no answer for ${questionLabel(guide, result.missing)}, which the guide asks ` +
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
      if (!expected.includes(q as (typeof expected)[number])) {
        ctx.report({
          rule: 'just-culture/outcome',
          path: ['answers', q],
          at: 'key',
          message: `${reaches}, so it never asks ${q}. Remove the answer to ${q}: a record holds only the questions on its path.`,
        });
      }
    }
  },
};
