/**
 * `lifecycle/evaluation-due` (warning): a shared lesson whose `evaluate_by` date has passed, so
 * the check that it is embedded is due (docs/rules.md). Points at `evaluate_by`.
 */
import { isIsoDate } from '../model/dates.js';
import { str } from '../util/values.js';
export const evaluationDueRule = {
    rules: [{ id: 'lifecycle/evaluation-due', severity: 'warning', description: 'A shared lesson whose `evaluate_by` date has passed: check whether it is embedded.' }],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'lesson' || data.status !== 'shared')
            return;
        const due = str(data.evaluate_by);
        if (!due || !isIsoDate(due) || due >= ctx.today)
            return;
        ctx.report({
            rule: 'lifecycle/evaluation-due',
            path: ['evaluate_by'],
            message: `This lesson was to be checked by ${due} to see whether the change has stuck. Check it (re-audit, observation, …) and record the result with "lessons status <id> embedded", or agree a new "evaluate_by" date.`,
        });
    },
};
