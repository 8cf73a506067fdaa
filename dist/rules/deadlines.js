/**
 * `deadline/overdue`, `deadline/due-soon` and `feedback/missing`: the clocks of a learning source
 * (worked out in src/repo/clocks.ts) and whether whoever reported it was told what was learned.
 * Each points at the field the due date is recorded in or computed from.
 */
import { hasFeedback, needsFeedback, sourceClocks } from '../repo/clocks.js';
import { FEEDBACK_CHANNEL } from '../model/vocabulary.js';
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** What to do next, in words, for a step that is not recorded. */
function remedy(c) {
    switch (c.step) {
        case 'acknowledgement':
            return 'Acknowledge the complaint, then record the date in "acknowledged".';
        case 'learning-response':
            return 'Complete the learning response and record the date in "response_completed", or agree a new date with the patient or family and record it in "agreed_completion".';
        default:
            return c.kind === 'prevention-of-future-deaths'
                ? 'Send the response to the coroner and record the date in "responded"; if the coroner agreed an extension, record the new date in "response_due".'
                : 'Send the response and record the date in "responded"; if a later date was agreed, record it in "response_due".';
    }
}
export const deadlinesRule = {
    rules: [
        { id: 'deadline/overdue', severity: 'error', description: 'A statutory or agreed deadline of a learning source has passed and the step is not recorded.' },
        { id: 'deadline/due-soon', severity: 'warning', description: 'A statutory or agreed deadline of a learning source is within `deadlines.due_soon_days` (default 14).' },
        { id: 'feedback/missing', severity: 'warning', description: 'A closed learning source with no `feedback` recorded for whoever reported it or complained.' },
    ],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'incident')
            return;
        for (const c of sourceClocks({ file: ctx.file, data }, ctx.today, ctx.config.deadlines.due_soon_days)) {
            if (c.state === 'overdue') {
                ctx.report({
                    rule: 'deadline/overdue',
                    path: c.path,
                    message: `${c.label} was due on ${c.due} (${c.rule}), ${plural(-c.days_left, 'day')} ago, and no "${c.done_field}" date is recorded. ${remedy(c)}`,
                });
            }
            else if (c.state === 'due-soon') {
                ctx.report({
                    rule: 'deadline/due-soon',
                    path: c.path,
                    message: `${c.label} is due on ${c.due} (${c.rule}), ${c.days_left === 0 ? 'today' : `in ${plural(c.days_left, 'day')}`}. ${remedy(c)}`,
                });
            }
        }
        if (needsFeedback(data) && !hasFeedback(data)) {
            ctx.report({
                rule: 'feedback/missing',
                path: ['status'],
                message: `This learning source is closed, but no feedback is recorded. Tell whoever reported it or complained what was learned and changed, then record it: feedback: {date: YYYY-MM-DD, channel: ${FEEDBACK_CHANNEL.values.join('|')}}.`,
            });
        }
    },
};
