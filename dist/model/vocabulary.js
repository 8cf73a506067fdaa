/**
 * Every fixed list of values (docs/writing-entries.md) in one place: each value with the label people read, and
 * where it helps a description. The zod enums, the prompt choices of `new` and the lifecycle
 * commands, the labels in digests, briefings and the site, and the "use a, b or c" of messages all
 * come from here, so a value is spelled and named the same everywhere.
 *
 * Values are contracts (users' files hold them); labels and descriptions are wording. Lookups by a
 * user's value use maps without a prototype, so a value such as `constructor` or `__proto__` is
 * simply unknown.
 */
/** "medication-safety" → "Medication safety": how a value nobody has labelled is shown. */
export function slugLabel(slug) {
    const s = slug.replace(/[-_]+/g, ' ').trim();
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** A label inside a sentence: the first letter in lower case, unless the label starts with an acronym. */
export function inSentence(label) {
    return /^[A-Z][a-z]/.test(label) || /^[A-Z]$/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
export function vocabulary(terms) {
    const byValue = Object.create(null);
    for (const t of terms)
        byValue[t.value] = t;
    const values = terms.map((t) => t.value);
    return {
        values,
        terms,
        has: (value) => typeof value === 'string' && Object.hasOwn(byValue, value),
        label: (value) => byValue[value]?.label ?? slugLabel(value),
        phrase: (value) => inSentence(byValue[value]?.label ?? slugLabel(value)),
        describe: (value) => byValue[value]?.description ?? byValue[value]?.label ?? slugLabel(value),
    };
}
export const LESSON_KIND = vocabulary([
    { value: 'improvement', label: 'Improvement', description: 'Improvement: something went wrong and we are changing things' },
    { value: 'good-practice', label: 'Good practice', description: 'Good practice: something went well and others can learn from it' },
]);
/** In lifecycle order; `archived` stands outside the order (see lifecycle.ts). */
export const LESSON_STATUS = vocabulary([
    { value: 'draft', label: 'Draft', description: 'Draft: being written' },
    { value: 'in-review', label: 'In review', description: 'In review: ready for the approving group to look at' },
    { value: 'approved', label: 'Approved', description: 'Approved: agreed by the approving group, not shared yet' },
    { value: 'shared', label: 'Shared', description: 'Shared: sent out through at least one channel' },
    { value: 'embedded', label: 'Embedded', description: 'Embedded: checked and found to be part of everyday practice' },
    { value: 'archived', label: 'Archived', description: 'Archived: no longer current' },
]);
export const ACTION_STATUS = vocabulary([
    { value: 'open', label: 'Open' },
    { value: 'in-progress', label: 'In progress' },
    { value: 'done', label: 'Done' },
    { value: 'cancelled', label: 'Cancelled' },
]);
export const SHARE_CHANNEL = vocabulary([
    { value: 'bulletin', label: 'Bulletin' },
    { value: 'seven-minute-briefing', label: '7-minute briefing' },
    { value: 'team-meeting', label: 'Team meeting' },
    { value: 'notice-board', label: 'Notice board' },
    { value: 'intranet', label: 'Intranet' },
    { value: 'email', label: 'Email' },
    { value: 'training', label: 'Training' },
    { value: 'board-report', label: 'Board report' },
    { value: 'learning-event', label: 'Learning event' },
]);
export const SOURCE_KIND = vocabulary([
    { value: 'incident', label: 'Incident', description: 'Patient safety incident' },
    { value: 'complaint', label: 'Complaint', description: 'Complaint' },
    { value: 'claim', label: 'Claim', description: 'Claim' },
    { value: 'inquest', label: 'Inquest', description: 'Inquest' },
    { value: 'prevention-of-future-deaths', label: 'Prevention of future deaths', description: "Coroner's Prevention of Future Deaths report" },
    { value: 'mortality-review', label: 'Mortality review', description: 'Mortality review (e.g. structured judgement review)' },
    { value: 'audit', label: 'Audit', description: 'Audit' },
    { value: 'external-review', label: 'External review', description: 'External review or inspection' },
    { value: 'good-care', label: 'Good care', description: 'Report of good care' },
    { value: 'risk', label: 'Risk', description: 'Risk (something that could cause harm)' },
]);
export const PHYSICAL_HARM = vocabulary([
    { value: 'none', label: 'None', description: 'No physical harm' },
    { value: 'low', label: 'Low', description: 'Low physical harm' },
    { value: 'moderate', label: 'Moderate', description: 'Moderate physical harm' },
    { value: 'severe', label: 'Severe', description: 'Severe physical harm' },
    { value: 'fatal', label: 'Fatal', description: 'Fatal' },
]);
export const PSYCHOLOGICAL_HARM = vocabulary([
    { value: 'none', label: 'None', description: 'No psychological harm' },
    { value: 'low', label: 'Low', description: 'Low psychological harm' },
    { value: 'moderate', label: 'Moderate', description: 'Moderate psychological harm' },
    { value: 'severe', label: 'Severe', description: 'Severe psychological harm' },
]);
export const RESPONSE = vocabulary([
    { value: 'after-action-review', label: 'After action review' },
    { value: 'swarm-huddle', label: 'Swarm huddle', description: 'SWARM huddle' },
    { value: 'mdt-review', label: 'MDT review', description: 'Multidisciplinary team (MDT) review' },
    { value: 'psii', label: 'PSII', description: 'Patient safety incident investigation (PSII)' },
    { value: 'thematic-review', label: 'Thematic review' },
    { value: 'local-review', label: 'Local review', description: 'Another local review' },
    { value: 'none', label: 'None', description: 'No learning response' },
]);
export const INCIDENT_STATUS = vocabulary([
    { value: 'open', label: 'Open' },
    { value: 'under-review', label: 'Under review' },
    { value: 'closed', label: 'Closed' },
]);
export const SEIPS_SYSTEM = vocabulary([
    { value: 'person', label: 'Person', description: 'Person: the people involved (skills, fatigue, wellbeing)' },
    { value: 'tasks', label: 'Tasks', description: 'Tasks: what the work asks of people (complexity, interruptions, workload)' },
    { value: 'tools-and-technology', label: 'Tools and technology', description: 'Tools and technology: equipment, IT systems, devices' },
    { value: 'organisation', label: 'Organisation', description: 'Organisation: staffing, scheduling, policies, culture' },
    { value: 'internal-environment', label: 'Internal environment', description: 'Internal environment: layout, lighting, noise, space' },
    { value: 'external-environment', label: 'External environment', description: 'External environment: the wider system, regulation, demand' },
]);
export const POLICY_STATUS = vocabulary([
    { value: 'draft', label: 'Draft' },
    { value: 'consultation', label: 'Consultation' },
    { value: 'authorised', label: 'Authorised' },
    { value: 'superseded', label: 'Superseded' },
    { value: 'withdrawn', label: 'Withdrawn' },
]);
/** How whoever reported or complained was told what was learned (`feedback.channel`; issue 15). */
export const FEEDBACK_CHANNEL = vocabulary([
    { value: 'letter', label: 'Letter' },
    { value: 'email', label: 'Email' },
    { value: 'phone', label: 'Phone' },
    { value: 'meeting', label: 'Meeting' },
    { value: 'reporting-system', label: 'Reporting system', description: 'Feedback through the incident reporting system' },
    { value: 'other', label: 'Other' },
]);
