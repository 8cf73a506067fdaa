/**
 * `lifecycle/embedded`: an embedded lesson says how that was checked (docs/writing-entries.md, docs/rules.md). EPUT's
 * identify → share → embed → sustain: "embedded" is a finding, so it needs
 * `evaluation: {date, method, result}`. Points at `status`, the key that requires it.
 */
import { isRecord, str } from '../util/values.js';
const PARTS = { date: 'when it was checked', method: 'how it was checked, such as a re-audit or observation', result: "what it found, against the actions' measures" };
export const embeddedRule = {
    rules: [{ id: 'lifecycle/embedded', severity: 'error', description: 'An embedded lesson has no `evaluation: {date, method, result}` saying how embedding was checked and what was found.' }],
    check(ctx) {
        const data = ctx.data;
        if (!data || ctx.type !== 'lesson' || data.status !== 'embedded')
            return;
        const ev = data.evaluation;
        const missing = Object.keys(PARTS).filter((k) => !isRecord(ev) || (str(ev[k]) ?? '').trim() === '');
        if (missing.length === 0)
            return;
        const what = missing.map((k) => `${k} (${PARTS[k]})`).join(', ');
        ctx.report({
            rule: 'lifecycle/embedded',
            path: ['status'],
            message: isRecord(ev)
                ? `This lesson's status is "embedded", but its "evaluation" has no ${what}. Add ${missing.length > 1 ? 'them' : 'it'}, or set the status back to "shared".`
                : `This lesson's status is "embedded", so it needs an "evaluation": ${what}. Record it with "lessons status <id> embedded", or set the status back to "shared".`,
        });
    },
};
