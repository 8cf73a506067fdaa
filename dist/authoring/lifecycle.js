/**
 * The lifecycle as data, for `lessons status`, `action` and `link`: each type's statuses in order,
 * what a status needs (docs/writing-entries.md), and the values the commands ask for, each with the flag named
 * after the field it sets. The rules (`lifecycle/*`, `schema`) check the same requirements on any
 * file; the commands ask for them so that nobody has to edit nested YAML by hand.
 */
import { isIsoDate } from '../model/dates.js';
import { ACTION_STATUSES, entrySchemas, INCIDENT_STATUSES, LESSON_STATUSES, lessonStage, POLICY_STATUSES, SHARE_CHANNELS, } from '../model/schemas.js';
import { SHARE_CHANNEL } from '../model/vocabulary.js';
import { emptySections, REQUIRED_SECTIONS } from '../rules/empty-section.js';
import { AUTHORISED_POLICY_FIELDS } from '../rules/schema.js';
import { isRecord, list, str } from '../util/values.js';
/** The top-level fields of each type, in the order the schema (and new files) list them. */
export const FIELD_ORDER = {
    lesson: Object.keys(entrySchemas.lesson.shape),
    incident: Object.keys(entrySchemas.incident.shape),
    policy: Object.keys(entrySchemas.policy.shape),
    'just-culture-review': Object.keys(entrySchemas['just-culture-review'].shape),
};
export const LESSON_FIELDS = FIELD_ORDER.lesson;
export const STATUSES = {
    lesson: LESSON_STATUSES,
    incident: INCIDENT_STATUSES,
    policy: POLICY_STATUSES,
};
// ---------------------------------------------------------------------------------------------
// Checks
export function checkDate(when) {
    return (v, today) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
            return `write the date as YYYY-MM-DD, e.g. ${today}.`;
        if (!isIsoDate(v))
            return `${v} is not a real date.`;
        if (when === 'past' && v > today)
            return `${v} is in the future; record it when it has happened.`;
        return undefined;
    };
}
function checkText(what, min = 1) {
    return (v) => {
        if (v.trim().length < min)
            return min > 1 ? `${what} needs at least ${min} characters.` : `${what} cannot be empty.`;
        return undefined;
    };
}
function checkChoice(choices) {
    return (v) => (choices.includes(v) ? undefined : `"${v}" is not one of ${choices.join(', ')}.`);
}
const addYears = (date, years) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
const addMonths = (date, months) => {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7)) - 1 + months;
    const d = Math.min(Number(date.slice(8, 10)), 28);
    return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};
// ---------------------------------------------------------------------------------------------
// The fields `lessons status` asks for
/** The body sections an approved lesson needs, as fields whose path is ['body', heading]. */
function sectionFields() {
    const hint = {
        whatHappened: 'What happened? (a few sentences in plain language; roles, never names):',
        whatWeLearned: 'What did we learn about how our systems work? (a few sentences):',
        whatWeChanged: 'What have we changed, or will we change? (a few sentences):',
    };
    const out = {};
    for (const s of REQUIRED_SECTIONS) {
        out[s.opt] = { path: ['body', s.name], flag: s.flag, opt: s.opt, arg: '<text>', message: hint[s.opt] ?? `${s.name}:`, check: checkText(`"${s.name}"`, 3) };
    }
    return out;
}
export const STATUS_FIELDS = {
    ...sectionFields(),
    approvedBy: { path: ['approved_by'], flag: '--approved-by', opt: 'approvedBy', arg: '<role>', message: 'Approved by (a role or group, never a name, e.g. Patient Safety and Learning Group):', check: checkText('the approver', 2) },
    approvedOn: { path: ['approved_on'], flag: '--approved-on', opt: 'approvedOn', arg: '<YYYY-MM-DD>', message: 'Approved on (YYYY-MM-DD):', suggest: (t) => t, check: checkDate('past') },
    channel: {
        path: ['shared', 'channel'],
        flag: '--channel',
        opt: 'channel',
        arg: '<channel>',
        message: 'Where was it shared?',
        choices: SHARE_CHANNEL.terms.map((t) => ({ value: t.value, name: `${t.description ?? t.label} (${t.value})` })),
        check: checkChoice(SHARE_CHANNELS),
    },
    sharedDate: { path: ['shared', 'date'], flag: '--shared-date', opt: 'sharedDate', arg: '<YYYY-MM-DD>', message: 'Shared on (YYYY-MM-DD):', suggest: (t) => t, check: checkDate('past') },
    evaluateBy: {
        path: ['evaluate_by'],
        flag: '--evaluate-by',
        opt: 'evaluateBy',
        arg: '<YYYY-MM-DD>',
        message: 'Check that it is embedded by (YYYY-MM-DD; often 3 to 6 months after sharing):',
        suggest: (t) => addMonths(t, 6),
        check: checkDate('any'),
    },
    evaluationDate: { path: ['evaluation', 'date'], flag: '--evaluation-date', opt: 'evaluationDate', arg: '<YYYY-MM-DD>', message: 'When was embedding checked? (YYYY-MM-DD):', suggest: (t) => t, check: checkDate('past') },
    evaluationMethod: {
        path: ['evaluation', 'method'],
        flag: '--evaluation-method',
        opt: 'evaluationMethod',
        arg: '<method>',
        message: 'How was it checked? (e.g. re-audit, observation, staff survey, case-note review):',
        check: checkText('the method', 3),
    },
    evaluationResult: {
        path: ['evaluation', 'result'],
        flag: '--evaluation-result',
        opt: 'evaluationResult',
        arg: '<text>',
        message: "What did it find, against the actions' measures? (one or two sentences, no names):",
        check: checkText('the result', 3),
    },
    publicTitle: { path: ['public_title'], flag: '--public-title', opt: 'publicTitle', arg: '<text>', message: 'A plain-language title for patients and carers:', check: checkText('the public title', 5) },
    publicSummary: {
        path: ['public_summary'],
        flag: '--public-summary',
        opt: 'publicSummary',
        arg: '<text>',
        message: 'What changed, in plain language for patients and carers (no names or identifying details):',
        check: checkText('the public summary', 10),
    },
    ratifiedBy: { path: ['ratified_by'], flag: '--ratified-by', opt: 'ratifiedBy', arg: '<group>', message: 'Ratified by (the group, e.g. Policy Ratification Group):', check: checkText('the group', 2) },
    ratifiedOn: { path: ['ratified_on'], flag: '--ratified-on', opt: 'ratifiedOn', arg: '<YYYY-MM-DD>', message: 'Ratified on (YYYY-MM-DD):', suggest: (t) => t, check: checkDate('past') },
    implementedOn: { path: ['implemented_on'], flag: '--implemented-on', opt: 'implementedOn', arg: '<YYYY-MM-DD>', message: 'In use from (YYYY-MM-DD):', suggest: (t, d) => str(d.ratified_on) ?? t, check: checkDate('any') },
    reviewDate: { path: ['review_date'], flag: '--review-date', opt: 'reviewDate', arg: '<YYYY-MM-DD>', message: 'Review by (YYYY-MM-DD; typically three years):', suggest: (t) => addYears(t, 3), check: checkDate('any') },
};
const blank = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
/** Which fields moving an entry of `type` to `to` asks for (those it does not have yet), and which it may take. */
export function statusNeeds(type, data, to, body = '') {
    const needed = [];
    const allowed = [];
    if (type === 'lesson') {
        const stage = lessonStage(to);
        if (stage >= lessonStage('approved')) {
            const empty = new Set(emptySections(body).map((s) => s.opt));
            for (const n of ['whatHappened', 'whatWeLearned', 'whatWeChanged'])
                if (empty.has(n))
                    allowed.push(n), needed.push(n);
            allowed.push('approvedBy', 'approvedOn', 'publicTitle', 'publicSummary');
            if (blank(data.approved_by))
                needed.push('approvedBy');
            if (blank(data.approved_on))
                needed.push('approvedOn');
        }
        if (stage >= lessonStage('shared')) {
            allowed.push('channel', 'sharedDate', 'evaluateBy');
            if (list(data.shared).length === 0)
                needed.push('channel', 'sharedDate');
            if (blank(data.evaluate_by))
                needed.push('evaluateBy');
        }
        if (stage >= lessonStage('embedded')) {
            allowed.push('evaluationDate', 'evaluationMethod', 'evaluationResult');
            const ev = isRecord(data.evaluation) ? data.evaluation : {};
            if (blank(ev.date))
                needed.push('evaluationDate');
            if (blank(ev.method))
                needed.push('evaluationMethod');
            if (blank(ev.result))
                needed.push('evaluationResult');
        }
    }
    if (type === 'policy' && to === 'authorised') {
        const byField = { ratified_by: 'ratifiedBy', ratified_on: 'ratifiedOn', implemented_on: 'implementedOn', review_date: 'reviewDate' };
        for (const [field, name] of Object.entries(byField)) {
            allowed.push(name);
            if (blank(data[field]))
                needed.push(name);
        }
    }
    return { needed, allowed };
}
/** What stays in the file when an entry goes back to an earlier status, in words. */
export function leftInPlace(type, data, to) {
    const kept = [];
    if (type === 'lesson') {
        const stage = to === 'archived' ? -1 : lessonStage(to);
        if (to === 'archived')
            return [];
        if (stage < lessonStage('approved') && !blank(data.approved_by))
            kept.push('approved_by and approved_on (who approved it and when)');
        if (stage < lessonStage('shared') && list(data.shared).length)
            kept.push('shared (where and when it was shared)');
        if (stage < lessonStage('shared') && !blank(data.evaluate_by))
            kept.push('evaluate_by');
        if (stage < lessonStage('embedded') && isRecord(data.evaluation))
            kept.push('evaluation (how embedding was checked)');
    }
    if (type === 'policy' && to !== 'authorised' && POLICY_STATUSES.indexOf(to) < POLICY_STATUSES.indexOf('authorised')) {
        const present = Object.keys(AUTHORISED_POLICY_FIELDS).filter((f) => !blank(data[f]));
        if (present.length)
            kept.push(`${present.join(', ')} (document control)`);
    }
    return kept;
}
/** True when `to` comes before `from` in the type's order (`archived` counts as neither). */
export function isBackwards(type, from, to) {
    if (from === undefined)
        return false;
    if (type === 'lesson')
        return lessonStage(to) >= 0 && lessonStage(from) > lessonStage(to);
    const order = STATUSES[type];
    return order.indexOf(from) > order.indexOf(to) && order.indexOf(to) >= 0;
}
// ---------------------------------------------------------------------------------------------
// The fields of an action
export const ACTION_FIELDS = {
    description: { path: ['description'], flag: '--description', opt: 'description', arg: '<text>', message: 'What will be done? (one sentence, no names):', check: checkText('the description', 3) },
    owner: { path: ['owner'], flag: '--owner', opt: 'owner', arg: '<role>', message: 'Who owns it? (a role, never a name, e.g. Ward Manager, Ward 7):', check: checkText('the owner', 2) },
    due: { path: ['due'], flag: '--due', opt: 'due', arg: '<YYYY-MM-DD>', message: 'Due by (YYYY-MM-DD):', suggest: (t) => addMonths(t, 3), check: checkDate('any') },
    measure: {
        path: ['measure'],
        flag: '--measure',
        opt: 'measure',
        arg: '<text>',
        message: 'How will we know it worked? (a measure; optional, leave empty to skip):',
        optional: true,
        check: checkText('the measure', 3),
    },
    status: { path: ['status'], flag: '--status', opt: 'status', arg: '<status>', message: 'Status:', choices: ACTION_STATUSES.map((s) => ({ value: s, name: s })), check: checkChoice(ACTION_STATUSES) },
    completed: { path: ['completed'], flag: '--completed', opt: 'completed', arg: '<YYYY-MM-DD>', message: 'Completed on (YYYY-MM-DD):', suggest: (t) => t, check: checkDate('past') },
};
