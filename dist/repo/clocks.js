/**
 * Statutory and agreed clocks on learning sources (docs/writing-entries.md, issue 15): the one place that knows
 * which deadlines a source has, when each is due and whether it was met. The rules
 * (`deadline/overdue`, `deadline/due-soon`, `feedback/missing`), `lessons deadlines` and the board
 * report all read clocks from here.
 *
 * | source kind | step | due | met by |
 * |---|---|---|---|
 * | prevention-of-future-deaths | response to the coroner | `response_due` if recorded (an extension), else 56 calendar days after `received` | `responded` |
 * | complaint | acknowledgement | 3 working days after `received` (England and Wales) | `acknowledged` |
 * | complaint | response | `response_due` as agreed with the complainant, else 6 months after `received` | `responded` |
 * | any other kind | response | `response_due`, when recorded | `responded` |
 * | any kind | learning response (e.g. PSII) | `agreed_completion`, when recorded | `response_completed` |
 *
 * Days are counted from the day after `received` (the day of receipt is day 0). A deadline is
 * passed on the day after it: a step recorded on the due date is in time.
 */
import { addDays, daysBetween, isIsoDate } from '../model/dates.js';
import { isRecord, str, stringItems } from '../util/values.js';
import { addMonths, addWorkingDays } from './calendar.js';
export const PFD_RESPONSE_DAYS = 56;
export const COMPLAINT_ACK_WORKING_DAYS = 3;
export const COMPLAINT_RESPONSE_MONTHS = 6;
function date(data, field) {
    const v = str(data[field]);
    return v && isIsoDate(v) ? v : undefined;
}
/** The steps a source's clocks have, from its kind and the dates it records. */
function steps(data) {
    const kind = str(data.source);
    const received = date(data, 'received');
    const due = date(data, 'response_due');
    const out = [];
    if (kind === 'prevention-of-future-deaths') {
        if (due) {
            out.push({ step: 'response', label: "Response to the coroner's report", due, basis: 'recorded', rule: 'as extended by the coroner', started: received ?? null, doneField: 'responded', path: ['response_due'] });
        }
        else if (received) {
            out.push({ step: 'response', label: "Response to the coroner's report", due: addDays(received, PFD_RESPONSE_DAYS), basis: 'statutory', rule: `${PFD_RESPONSE_DAYS} days after the report was received`, started: received, doneField: 'responded', path: ['received'] });
        }
    }
    else if (kind === 'complaint') {
        if (received) {
            out.push({
                step: 'acknowledgement',
                label: 'Acknowledgement of the complaint',
                due: addWorkingDays(received, COMPLAINT_ACK_WORKING_DAYS),
                basis: 'statutory',
                rule: `${COMPLAINT_ACK_WORKING_DAYS} working days after it was received (weekends and bank holidays not counted)`,
                started: received,
                doneField: 'acknowledged',
                path: ['received'],
            });
        }
        if (due) {
            out.push({ step: 'response', label: 'Response to the complaint', due, basis: 'recorded', rule: 'as agreed with the complainant', started: received ?? null, doneField: 'responded', path: ['response_due'] });
        }
        else if (received) {
            out.push({ step: 'response', label: 'Response to the complaint', due: addMonths(received, COMPLAINT_RESPONSE_MONTHS), basis: 'default', rule: `${COMPLAINT_RESPONSE_MONTHS} months after it was received, as no other date was agreed`, started: received, doneField: 'responded', path: ['received'] });
        }
    }
    else if (due) {
        out.push({ step: 'response', label: 'Response', due, basis: 'recorded', rule: 'as recorded', started: received ?? null, doneField: 'responded', path: ['response_due'] });
    }
    const completion = date(data, 'agreed_completion');
    if (completion) {
        out.push({
            step: 'learning-response',
            label: 'Learning response',
            due: completion,
            basis: 'recorded',
            rule: 'as agreed',
            started: date(data, 'response_started') ?? null,
            doneField: 'response_completed',
            path: ['agreed_completion'],
        });
    }
    return out;
}
/** Every clock of one learning source (none for other entry types), in the order of the table above. */
export function sourceClocks(entry, today, dueSoonDays) {
    const { data } = entry;
    if (data.type !== 'incident')
        return [];
    return steps(data).map((s) => {
        const done = date(data, s.doneField) ?? null;
        const daysLeft = daysBetween(today, s.due);
        const state = done ? (done > s.due ? 'met-late' : 'met') : daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'open';
        return {
            source: str(data.id) ?? '',
            file: entry.file,
            title: str(data.title) ?? str(data.id) ?? entry.file,
            kind: str(data.source) ?? '',
            step: s.step,
            label: s.label,
            started: s.started,
            due: s.due,
            basis: s.basis,
            rule: s.rule,
            done_field: s.doneField,
            done,
            state,
            days_left: daysLeft,
            owner: str(data.response_owner) ?? null,
            lessons: stringItems(data.lessons).map((l) => l.value),
            path: s.path,
        };
    });
}
/** True while the step is not recorded. */
export const isOpen = (c) => c.state === 'open' || c.state === 'due-soon' || c.state === 'overdue';
/** Every open clock of every source, by due date, then source id and step order. */
export function openClocks(entries, today, dueSoonDays) {
    const out = entries.flatMap((e) => sourceClocks(e, today, dueSoonDays).map((c, i) => ({ c, i }))).filter((x) => isOpen(x.c));
    out.sort((a, b) => (a.c.due < b.c.due ? -1 : a.c.due > b.c.due ? 1 : a.c.source < b.c.source ? -1 : a.c.source > b.c.source ? 1 : a.i - b.i));
    return out.map((x) => x.c);
}
// ---------------------------------------------------------------------------------------------
// Feedback to whoever reported or complained
/**
 * Source kinds with someone to tell what was learned (a reporter, a complainant, a claimant, a
 * family). Audits, external reviews and risks have no reporter, so `feedback/missing` and the
 * board's feedback share leave them out.
 */
export const FEEDBACK_KINDS = new Set(['incident', 'complaint', 'claim', 'inquest', 'prevention-of-future-deaths', 'mortality-review', 'good-care']);
export function needsFeedback(data) {
    return data.type === 'incident' && data.status === 'closed' && FEEDBACK_KINDS.has(str(data.source) ?? '');
}
export function hasFeedback(data) {
    return isRecord(data.feedback) && str(data.feedback.date) !== undefined;
}
