/**
 * `lifecycle/approval`, `lifecycle/shared` and `public/summary`: fields a lesson needs because of
 * its status or because it is public. They point at the key that requires them.
 */
import { isApprovedOrLater, isSharedOrLater } from '../model/lifecycle.js';
import { list, str } from '../util/values.js';
function isBlank(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
export const lifecycleRule = {
    rules: [
        { id: 'lifecycle/approval', severity: 'error', description: 'A lesson that is approved or later has no `approved_by` or `approved_on`.' },
        { id: 'lifecycle/shared', severity: 'error', description: 'A lesson that is shared or embedded has no `shared` list or no `evaluate_by` date.' },
        { id: 'public/summary', severity: 'error', description: '`public: true` without a `public_summary`.' },
    ],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'lesson')
            return;
        const status = str(data.status);
        if (isApprovedOrLater(status)) {
            const missing = ['approved_by', 'approved_on'].filter((f) => isBlank(data[f]));
            if (missing.length) {
                ctx.report({
                    rule: 'lifecycle/approval',
                    path: ['status'],
                    message: `This lesson's status is "${status}", so it needs ${missing.map((f) => `"${f}"`).join(' and ')}: who approved it (a role or group) and when. Add ${missing.length > 1 ? 'them' : 'it'}, or set the status back to "in-review".`,
                });
            }
        }
        if (isSharedOrLater(status)) {
            const missing = [];
            if (list(data.shared).length === 0)
                missing.push('"shared" (where and when it was shared)');
            if (isBlank(data.evaluate_by))
                missing.push('"evaluate_by" (when to check it is embedded)');
            if (missing.length) {
                ctx.report({
                    rule: 'lifecycle/shared',
                    path: ['status'],
                    message: `This lesson's status is "${status}", so it needs ${missing.join(' and ')}. Add ${missing.length > 1 ? 'them' : 'it'}, or set the status back to "approved".`,
                });
            }
        }
        if (data.public === true && isBlank(data.public_summary)) {
            ctx.report({
                rule: 'public/summary',
                path: ['public'],
                message: 'This lesson is marked public, so it needs "public_summary": what changed, in plain language for patients and carers. Add it, or remove "public: true".',
            });
        }
    },
};
