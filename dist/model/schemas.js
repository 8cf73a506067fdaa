/**
 * The data model (DESIGN §2) as zod schemas: one strict object per entry type.
 *
 * Field names and enum values are contracts. Every field carries a plain-language description:
 * it becomes the JSON Schema `description` editors show, and the hint in "missing field" messages.
 * Conditional requirements (approval, sharing, public summary, an authorised policy's document
 * control) are not here: they have rule ids of their own and live in `src/rules/`.
 */
import { z } from 'zod';
import { isIsoDate, isIsoMonth, normaliseDate } from './dates.js';
export const ENTRY_TYPES = ['lesson', 'incident', 'policy', 'just-culture-review'];
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;
export const LESSON_KINDS = ['improvement', 'good-practice'];
/** In lifecycle order; `archived` stands outside the order. */
export const LESSON_STATUSES = ['draft', 'in-review', 'approved', 'shared', 'embedded', 'archived'];
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'];
export const SHARE_CHANNELS = [
    'bulletin',
    'seven-minute-briefing',
    'team-meeting',
    'notice-board',
    'intranet',
    'email',
    'training',
    'board-report',
    'learning-event',
];
export const SOURCE_KINDS = [
    'incident',
    'complaint',
    'claim',
    'inquest',
    'prevention-of-future-deaths',
    'mortality-review',
    'audit',
    'external-review',
    'good-care',
    'risk',
];
export const PHYSICAL_HARM = ['none', 'low', 'moderate', 'severe', 'fatal'];
export const PSYCHOLOGICAL_HARM = ['none', 'low', 'moderate', 'severe'];
export const RESPONSES = [
    'after-action-review',
    'swarm-huddle',
    'mdt-review',
    'psii',
    'thematic-review',
    'local-review',
    'none',
];
export const INCIDENT_STATUSES = ['open', 'under-review', 'closed'];
export const SEIPS_SYSTEMS = [
    'person',
    'tasks',
    'tools-and-technology',
    'organisation',
    'internal-environment',
    'external-environment',
];
export const POLICY_STATUSES = ['draft', 'consultation', 'authorised', 'superseded', 'withdrawn'];
export const JUST_CULTURE_GUIDE = 'nhs-just-culture-guide-2018';
export const JUST_CULTURE_QUESTIONS = ['1a', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c', '5a'];
export const JUST_CULTURE_OUTCOMES = [
    'deliberate-harm',
    'substance-abuse',
    'ill-health',
    'system-focus',
    'mitigation',
    'management-action',
];
// ---------------------------------------------------------------------------------------------
// Building blocks
const text = (description) => z.string().min(1).meta({ description });
/** A calendar date. A YAML loader that turns `2026-05-01` into a `Date` is read in UTC. */
const date = (description) => z.preprocess(normaliseDate, z.iso.date()).meta({ description: `${description} (YYYY-MM-DD)` });
const id = (description) => z.string().regex(ID_PATTERN).meta({ description });
const ids = (description) => z.array(id('An entry id.')).meta({ description });
const slug = z.string().min(1);
const slugs = (description) => z.array(slug).meta({ description });
const role = (description) => z.string().min(2).meta({ description });
const common = {
    id: id('Unique id of this entry; must equal the file name without .md, e.g. LL-20261104-7kq2.'),
    title: z.string().min(5).max(200).meta({ description: 'A short title, 5 to 200 characters.' }),
};
export const actionSchema = z
    .strictObject({
    description: text('What will be done.'),
    owner: role('Who owns the action, as a role (e.g. "Ward Manager, Ward 7"), never a name.'),
    due: date('When the action is due'),
    status: z.enum(ACTION_STATUSES).meta({ description: 'open, in-progress, done or cancelled.' }),
    measure: text('How we will know the action worked.').optional(),
    completed: date('When the action was completed').optional(),
})
    .meta({ description: 'An action with an owner role, a due date and a status.' });
export const lessonSchema = z
    .strictObject({
    ...common,
    type: z.literal('lesson'),
    summary: text('One paragraph, in plain language, saying what was learned.'),
    kind: z
        .enum(LESSON_KINDS)
        .meta({ description: 'improvement (something went wrong) or good-practice (something went well).' }),
    status: z
        .enum(LESSON_STATUSES)
        .meta({ description: 'draft, in-review, approved, shared, embedded or archived.' }),
    created: date('When the lesson was first written'),
    updated: date('When the lesson was last changed').optional(),
    themes: slugs('At least one theme from the taxonomy in lessons.config.yaml.').min(1),
    services: slugs('Services the lesson applies to, from the taxonomy.').optional(),
    audience: slugs('Who the lesson is for, from the taxonomy.').optional(),
    sources: ids('Ids of the learning sources (type: incident) this lesson came from.').optional(),
    policies: ids('Ids of the policies this lesson changed or affects.').optional(),
    actions: z.array(actionSchema).meta({ description: 'Actions taken or planned.' }).optional(),
    approved_by: role('The role or group that approved the lesson.').optional(),
    approved_on: date('When the lesson was approved').optional(),
    shared: z
        .array(z.strictObject({
        channel: z.enum(SHARE_CHANNELS).meta({ description: 'How the lesson was shared.' }),
        date: date('When it was shared'),
    }))
        .meta({ description: 'Where and when the lesson was shared.' })
        .optional(),
    evaluate_by: date('When to check that the lesson is embedded').optional(),
    public: z.boolean().meta({ description: 'true to include the lesson in the public digest.' }).optional(),
    public_summary: text('What changed, in plain language for patients and carers.').optional(),
})
    .meta({ title: 'lesson', description: 'A lesson learned (improvement or good practice).' });
export const incidentSchema = z
    .strictObject({
    ...common,
    type: z.literal('incident'),
    source: z.enum(SOURCE_KINDS).meta({ description: 'What kind of learning source this is.' }),
    occurred: z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/)
        .refine((v) => isIsoMonth(v) || isIsoDate(v), { error: 'not-a-real-date' })
        .meta({ description: 'When it happened: a month (YYYY-MM, preferred) or a date (YYYY-MM-DD).' }),
    reported: date('When it was reported').optional(),
    service: slug.meta({ description: 'The service involved, from the taxonomy.' }),
    harm: z
        .strictObject({
        physical: z.enum(PHYSICAL_HARM).meta({ description: 'none, low, moderate, severe or fatal.' }).optional(),
        psychological: z
            .enum(PSYCHOLOGICAL_HARM)
            .meta({ description: 'none, low, moderate or severe.' })
            .optional(),
    })
        .meta({ description: 'Levels of physical and psychological harm.' })
        .optional(),
    response: z.enum(RESPONSES).meta({ description: 'The PSIRF learning response used.' }),
    status: z.enum(INCIDENT_STATUSES).meta({ description: 'open, under-review or closed.' }),
    external_refs: z
        .array(z.strictObject({
        system: text('The other system, e.g. LFPSE or the local risk system.'),
        ref: text('The reference in that system.'),
    }))
        .meta({ description: 'References in other systems.' })
        .optional(),
    contributory_factors: z
        .array(z.strictObject({
        system: z.enum(SEIPS_SYSTEMS).meta({ description: 'The part of the work system (SEIPS).' }),
        description: text('What in that part of the system contributed.'),
    }))
        .meta({ description: 'Contributory factors, by part of the work system.' })
        .optional(),
    lessons: ids('Ids of lessons learned from this source; each must list this entry in its sources.').optional(),
})
    .meta({ title: 'incident', description: 'A learning source: incident, complaint, claim, inquest, review, audit or good care.' });
export const policySchema = z
    .strictObject({
    ...common,
    type: z.literal('policy'),
    reference: text('The document reference, e.g. FVT.CorG.011.08.'),
    version: z.string().min(1).meta({ description: 'The version, as text in quotes, e.g. "4.0".' }),
    replaces: text('The reference or id of the document this one replaces.').optional(),
    status: z
        .enum(POLICY_STATUSES)
        .meta({ description: 'draft, consultation, authorised, superseded or withdrawn.' }),
    audience: text('Who the policy is for, in words, e.g. "All staff and volunteers Trust wide".'),
    author: role('The author, as a role.'),
    owner_group: text('The group responsible for the policy.'),
    ratified_by: text('The group that ratified the policy.').optional(),
    ratified_on: date('When it was ratified').optional(),
    implemented_on: date('When it came into use').optional(),
    review_date: date('When it must be reviewed').optional(),
    distribution_date: date('When it was distributed').optional(),
    contact: text('Where to send questions about the policy.').optional(),
    lessons: ids('Ids of lessons that changed this policy.').optional(),
})
    .meta({ title: 'policy', description: 'A policy with its document-control metadata.' });
export const justCultureReviewSchema = z
    .strictObject({
    ...common,
    type: z.literal('just-culture-review'),
    incident: id('The id of the learning source (type: incident) the review is about.'),
    guide: z.literal(JUST_CULTURE_GUIDE).meta({ description: 'The guide used.' }),
    date: date('When the guide was used'),
    answers: z
        .partialRecord(z.enum(JUST_CULTURE_QUESTIONS), z.enum(['yes', 'no']))
        .meta({ description: 'Each question id answered, with yes or no.' }),
    path: z.array(z.enum(JUST_CULTURE_QUESTIONS)).min(1).meta({ description: 'Question ids in the order asked.' }),
    outcome: z.enum(JUST_CULTURE_OUTCOMES).meta({ description: 'The outcome the answers lead to.' }),
    facilitator: role('Who facilitated, as a role.').optional(),
    notes: text('Notes, with no names.').optional(),
})
    .meta({ title: 'just-culture-review', description: 'A record of one run of the NHS just culture guide.' });
export const entrySchemas = {
    lesson: lessonSchema,
    incident: incidentSchema,
    policy: policySchema,
    'just-culture-review': justCultureReviewSchema,
};
export function isEntryType(value) {
    return typeof value === 'string' && ENTRY_TYPES.includes(value);
}
/** The order of a lesson status in the lifecycle, or -1 for `archived` and unknown values. */
export function lessonStage(status) {
    const order = ['draft', 'in-review', 'approved', 'shared', 'embedded'];
    return typeof status === 'string' ? order.indexOf(status) : -1;
}
