/**
 * `dates/order`: a lesson's dates in an order that cannot be right (docs/rules.md): approved before it
 * was created, shared before it was approved, to be evaluated before it was approved, or approved,
 * completed or evaluated after today. Points at the date that is out of order.
 */
import { isIsoDate } from '../model/dates.js';
import { isRecord, list, str } from '../util/values.js';
const date = (v) => {
    const s = str(v);
    return s && isIsoDate(s) ? s : undefined;
};
export const dateOrderRule = {
    rules: [
        {
            id: 'dates/order',
            severity: 'error',
            description: 'Dates out of order: approval before creation, sharing or `evaluate_by` before approval, or an approval, completion or evaluation date in the future.',
        },
    ],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'lesson')
            return;
        const created = date(data.created);
        const approved = date(data.approved_on);
        const fix = 'Check the date (YYYY-MM-DD).';
        if (approved && created && approved < created) {
            ctx.report({ rule: 'dates/order', path: ['approved_on'], message: `The lesson was approved on ${approved}, before it was created (${created}). ${fix}` });
        }
        if (approved && approved > ctx.today) {
            ctx.report({ rule: 'dates/order', path: ['approved_on'], message: `The approval date ${approved} is in the future (today is ${ctx.today}). Record an approval when it has happened.` });
        }
        if (approved) {
            list(data.shared).forEach((s, i) => {
                const d = isRecord(s) ? date(s.date) : undefined;
                if (d && d < approved) {
                    ctx.report({ rule: 'dates/order', path: ['shared', i, 'date'], message: `The lesson was shared on ${d}, before it was approved (${approved}). ${fix}` });
                }
            });
            const evaluateBy = date(data.evaluate_by);
            if (evaluateBy && evaluateBy < approved) {
                ctx.report({ rule: 'dates/order', path: ['evaluate_by'], message: `"evaluate_by" (${evaluateBy}) is before the lesson was approved (${approved}): the check that it is embedded comes after it is shared. ${fix}` });
            }
        }
        list(data.actions).forEach((a, i) => {
            const done = isRecord(a) ? date(a.completed) : undefined;
            if (done && done > ctx.today) {
                ctx.report({ rule: 'dates/order', path: ['actions', i, 'completed'], message: `Action ${i + 1} is recorded as completed on ${done}, which is in the future (today is ${ctx.today}). Record the date it was completed.` });
            }
        });
        const evaluated = isRecord(data.evaluation) ? date(data.evaluation.date) : undefined;
        if (evaluated && evaluated > ctx.today) {
            ctx.report({ rule: 'dates/order', path: ['evaluation', 'date'], message: `The evaluation date ${evaluated} is in the future (today is ${ctx.today}). Record an evaluation when it has been done.` });
        }
    },
};
