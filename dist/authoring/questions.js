import { isIsoDate, isIsoMonth } from '../model/dates.js';
import { ID_PATTERN, INCIDENT_STATUSES, LESSON_KINDS, RESPONSES, SOURCE_KINDS, } from '../model/schemas.js';
import { str } from '../util/values.js';
const LABELS = {
    kind: {
        improvement: 'Improvement: something went wrong and we are changing things',
        'good-practice': 'Good practice: something went well and others can learn from it',
    },
    source: {
        incident: 'Patient safety incident',
        complaint: 'Complaint',
        claim: 'Claim',
        inquest: 'Inquest',
        'prevention-of-future-deaths': "Coroner's Prevention of Future Deaths report",
        'mortality-review': 'Mortality review (e.g. structured judgement review)',
        audit: 'Audit',
        'external-review': 'External review or inspection',
        'good-care': 'Report of good care',
        risk: 'Risk (something that could cause harm)',
    },
    response: {
        'after-action-review': 'After action review',
        'swarm-huddle': 'SWARM huddle',
        'mdt-review': 'Multidisciplinary team (MDT) review',
        psii: 'Patient safety incident investigation (PSII)',
        'thematic-review': 'Thematic review',
        'local-review': 'Another local review',
        none: 'No learning response',
    },
};
const fixed = (field, values) => values.map((value) => ({ value, name: `${LABELS[field]?.[value] ?? value} (${value})` }));
export const STATUSES_FOR_NEW = {
    lesson: ['draft', 'in-review'],
    incident: INCIDENT_STATUSES,
    policy: ['draft', 'consultation'],
};
const STATUS_WHY = {
    lesson: 'A new lesson starts as draft or in-review; record the approval (approved_by, approved_on) when it is approved.',
    incident: 'Use open, under-review or closed.',
    policy: 'A new policy starts as draft or consultation; record ratification and review dates when it is authorised.',
};
// ---------------------------------------------------------------------------------------------
// Checks (messages finish the sentence "<flag>: ...")
function oneLine(v) {
    return /[\r\n]/.test(v) ? 'must be on one line (it contains a line break).' : undefined;
}
export function checkTitle(v) {
    if (/[\r\n]/.test(v))
        return 'a title must be on one line (it contains a line break).';
    const n = [...v.trim()].length;
    if (n < 5)
        return `a title needs at least 5 characters (this has ${n}).`;
    if (n > 200)
        return `a title can have at most 200 characters (this has ${n}). Put the detail in the summary.`;
    return undefined;
}
function nonEmpty(what) {
    return (v) => (v.trim() === '' ? `${what} cannot be empty.` : undefined);
}
function text(what, min = 1) {
    return (v) => {
        if (v.trim().length < min)
            return min > 1 ? `${what} needs at least ${min} characters.` : `${what} cannot be empty.`;
        return oneLine(v);
    };
}
function date(what, today) {
    return (v) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(v))
            return `${what} must be a date written YYYY-MM-DD, e.g. ${today}.`;
        if (!isIsoDate(v))
            return `${v} is not a real date.`;
        if (v > today)
            return `${v} is in the future.`;
        return undefined;
    };
}
function monthOrDate(what, today) {
    return (v) => {
        if (!/^\d{4}-\d{2}(-\d{2})?$/.test(v))
            return `${what} must be a month (YYYY-MM, preferred) or a date (YYYY-MM-DD), e.g. ${today.slice(0, 7)}.`;
        if (!(isIsoMonth(v) || isIsoDate(v)))
            return `${v} is not a real ${v.length === 7 ? 'month' : 'date'}.`;
        if (v > today.slice(0, v.length))
            return `${v} is in the future.`;
        return undefined;
    };
}
function slug(v) {
    return /^[^\s,][^\s,]*$/.test(v) ? undefined : `"${v}" must be one word, without spaces (e.g. medication-safety).`;
}
// ---------------------------------------------------------------------------------------------
const MAX_OFFERED = 100;
/** Entries of `type`, newest id first (ids start with their date). */
function ofType(entries, type) {
    return entries.filter((e) => e.type === type && e.id !== undefined && ID_PATTERN.test(e.id)).sort((a, b) => (a.id < b.id ? 1 : -1));
}
function refQuestion(key, flag, opt, message, list, noun) {
    const offered = list.slice(0, MAX_OFFERED);
    return {
        key,
        flag,
        opt,
        arg: '<id>',
        message,
        required: false,
        many: true,
        ask: list.length > 0,
        choices: offered.map((e) => ({ value: e.id, name: `${e.id} ${shorten(str(e.data.title) ?? '')}` })),
        closed: true,
        allowed: new Set(list.map((e) => e.id)),
        note: list.length > MAX_OFFERED ? `Only the ${MAX_OFFERED} newest ${noun} are listed; pass older ones with ${flag}.` : undefined,
        check: (v) => (ID_PATTERN.test(v) ? undefined : `"${v}" is not an id.`),
    };
}
function shorten(s, max = 70) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
function taxonomy(values) {
    if (!values)
        return { closed: false };
    return { choices: values.map((v) => ({ value: v, name: v })), closed: true };
}
/** The questions for a new entry of `type`, in the order they are asked and written. */
export function questionsFor(type, config, entries, today) {
    const title = {
        key: 'title',
        flag: '--title',
        opt: 'title',
        arg: '<title>',
        message: 'Title (5 to 200 characters, no names):',
        required: true,
        many: false,
        ask: true,
        check: checkTitle,
    };
    const status = (fallback) => ({
        key: 'status',
        flag: '--status',
        opt: 'status',
        arg: `<${STATUSES_FOR_NEW[type].join('|')}>`,
        message: 'Status:',
        required: false,
        many: false,
        ask: false,
        fallback,
        check: (v) => statusProblem(type, v),
    });
    const tx = config.taxonomy;
    if (type === 'lesson') {
        return [
            title,
            {
                key: 'summary',
                flag: '--summary',
                opt: 'summary',
                arg: '<text>',
                message: 'Summary (one paragraph, in plain language: what was learned):',
                required: true,
                many: false,
                ask: true,
                check: nonEmpty('the summary'),
            },
            {
                key: 'kind',
                flag: '--kind',
                opt: 'kind',
                arg: '<improvement|good-practice>',
                message: 'What kind of lesson is it?',
                required: true,
                many: false,
                ask: true,
                choices: fixed('kind', LESSON_KINDS),
                closed: true,
                check: () => undefined,
            },
            status('draft'),
            {
                key: 'created',
                flag: '--created',
                opt: 'created',
                arg: '<YYYY-MM-DD>',
                message: 'Created on:',
                required: false,
                many: false,
                ask: false,
                fallback: today,
                check: date('the date', today),
            },
            {
                key: 'themes',
                flag: '--theme',
                opt: 'theme',
                arg: '<theme>',
                message: tx.themes ? 'Themes (space to select, enter when done):' : 'Themes (comma-separated, e.g. medication-safety, handover):',
                required: true,
                many: true,
                ask: true,
                ...taxonomy(tx.themes),
                check: slug,
            },
            {
                key: 'services',
                flag: '--service',
                opt: 'service',
                arg: '<service>',
                message: tx.services ? 'Services it applies to (optional; space to select, enter when done):' : 'Services it applies to (optional, comma-separated):',
                required: false,
                many: true,
                ask: true,
                ...taxonomy(tx.services),
                check: slug,
            },
            {
                key: 'audience',
                flag: '--audience',
                opt: 'audience',
                arg: '<audience>',
                message: tx.audiences ? 'Who is it for? (optional; space to select, enter when done):' : 'Who is it for? (optional, comma-separated, e.g. nursing, pharmacy):',
                required: false,
                many: true,
                ask: true,
                ...taxonomy(tx.audiences),
                check: slug,
            },
            refQuestion('sources', '--sources', 'sources', 'Which learning sources did it come from? (optional; space to select, enter when done):', ofType(entries, 'incident'), 'learning sources'),
            refQuestion('policies', '--policies', 'policies', 'Which policies does it change or affect? (optional; space to select, enter when done):', ofType(entries, 'policy'), 'policies'),
        ];
    }
    if (type === 'incident') {
        return [
            title,
            {
                key: 'source',
                flag: '--source',
                opt: 'source',
                arg: '<kind>',
                message: 'What kind of learning source is it?',
                required: true,
                many: false,
                ask: true,
                choices: fixed('source', SOURCE_KINDS),
                closed: true,
                check: () => undefined,
            },
            {
                key: 'occurred',
                flag: '--occurred',
                opt: 'occurred',
                arg: '<YYYY-MM>',
                message: 'When did it happen? (YYYY-MM; a month is enough and identifies less):',
                required: true,
                many: false,
                ask: true,
                check: monthOrDate('the date', today),
            },
            {
                key: 'reported',
                flag: '--reported',
                opt: 'reported',
                arg: '<YYYY-MM-DD>',
                message: 'When was it reported? (YYYY-MM-DD, optional; leave empty to skip):',
                required: false,
                many: false,
                ask: true,
                check: date('the date', today),
            },
            {
                key: 'service',
                flag: '--service',
                opt: 'service',
                arg: '<service>',
                message: tx.services ? 'Which service was involved?' : 'Which service was involved? (one word, e.g. adult-inpatient):',
                required: true,
                many: false,
                ask: true,
                ...taxonomy(tx.services),
                check: slug,
            },
            {
                key: 'response',
                flag: '--response',
                opt: 'response',
                arg: '<response>',
                message: 'Which PSIRF learning response is used?',
                required: true,
                many: false,
                ask: true,
                choices: fixed('response', RESPONSES),
                closed: true,
                check: () => undefined,
            },
            status('open'),
        ];
    }
    return [
        title,
        {
            key: 'reference',
            flag: '--reference',
            opt: 'reference',
            arg: '<reference>',
            message: 'Document reference (e.g. FVT.CorG.011.08):',
            required: true,
            many: false,
            ask: true,
            check: text('the reference'),
        },
        {
            key: 'version',
            flag: '--doc-version',
            opt: 'docVersion',
            arg: '<version>',
            message: 'Version (e.g. 1.0):',
            required: true,
            many: false,
            ask: true,
            check: text('the version'),
        },
        {
            key: 'replaces',
            flag: '--replaces',
            opt: 'replaces',
            arg: '<reference>',
            message: 'Reference of the document it replaces (optional; leave empty to skip):',
            required: false,
            many: false,
            ask: true,
            check: text('the reference'),
        },
        status('draft'),
        {
            key: 'audience',
            flag: '--audience',
            opt: 'audience',
            arg: '<text>',
            message: 'Who is it for? (in words, e.g. All staff and volunteers Trust wide):',
            required: true,
            many: false,
            ask: true,
            check: text('the audience'),
        },
        {
            key: 'author',
            flag: '--author',
            opt: 'author',
            arg: '<role>',
            message: 'Author, as a role, not a name (e.g. Head of Patient Flow):',
            required: true,
            many: false,
            ask: true,
            check: text('the author', 2),
        },
        {
            key: 'owner_group',
            flag: '--owner-group',
            opt: 'ownerGroup',
            arg: '<group>',
            message: 'Group responsible for it (e.g. Patient Safety Group):',
            required: true,
            many: false,
            ask: true,
            check: text('the group'),
        },
    ];
}
/** Every flag `new` takes that answers a question, by commander property (for "not used for" checks). */
export const ANSWER_FLAGS = {
    title: '--title',
    summary: '--summary',
    kind: '--kind',
    theme: '--theme',
    service: '--service',
    audience: '--audience',
    sources: '--sources',
    policies: '--policies',
    source: '--source',
    occurred: '--occurred',
    reported: '--reported',
    response: '--response',
    reference: '--reference',
    docVersion: '--doc-version',
    replaces: '--replaces',
    author: '--author',
    ownerGroup: '--owner-group',
    status: '--status',
    created: '--created',
};
export function statusProblem(type, value) {
    return STATUSES_FOR_NEW[type].includes(value) ? undefined : `"${value}" cannot be the status of a new ${type}. ${STATUS_WHY[type]}`;
}
