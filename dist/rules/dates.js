/** Date-driven warnings: `action/overdue`, `policy/review-overdue`, `policy/review-due`. */
import { isOverdue, policyReviewState } from '../model/lifecycle.js';
import { isRecord, list, str } from '../util/values.js';
function shorten(s, max = 60) {
    return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}
export const datesRule = {
    rules: [
        { id: 'action/overdue', severity: 'warning', description: 'An action that is not done or cancelled is past its due date.' },
        { id: 'policy/review-overdue', severity: 'warning', description: 'An authorised policy is past its review date.' },
        { id: 'policy/review-due', severity: 'warning', description: "An authorised policy's review date is within `policy.review_warning_days`." },
    ],
    check(ctx) {
        const data = ctx.data;
        if (!data)
            return;
        if (ctx.type === 'lesson' && data.status !== 'archived') {
            list(data.actions).forEach((action, i) => {
                if (!isRecord(action))
                    return;
                const due = str(action.due);
                const status = str(action.status);
                if (isOverdue(due, status, ctx.today)) {
                    const what = str(action.description);
                    ctx.report({
                        rule: 'action/overdue',
                        path: ['actions', i, 'due'],
                        message: `Action ${i + 1}${what ? ` (“${shorten(what)}”)` : ''} was due on ${due} and is ${status ?? 'not marked done'}. Update its status, or agree a new due date with its owner.`,
                    });
                }
            });
        }
        if (ctx.type === 'policy' && data.status === 'authorised') {
            const review = str(data.review_date);
            const days = ctx.config.policy.review_warning_days;
            const state = policyReviewState(review, ctx.today, days);
            if (state === 'overdue') {
                ctx.report({
                    rule: 'policy/review-overdue',
                    path: ['review_date'],
                    message: `This policy was due for review on ${review}. Review it, or record the agreed extension and a new review date.`,
                });
            }
            else if (state === 'due') {
                ctx.report({
                    rule: 'policy/review-due',
                    path: ['review_date'],
                    message: `This policy is due for review on ${review}, within ${days} days. Start the review now so that it stays in date.`,
                });
            }
        }
    },
};
