import { periodText, plural } from '../document/text.js';
export const TITLES = {
    staff: 'Learning bulletin',
    public: 'What we have learned and changed',
    board: 'Learning from patient safety events and feedback: board report',
};
export function staffIntro(d) {
    return d.period.from_ref
        ? `Lessons approved or shared that changed since ${d.period.from_ref}: ${plural(d.summary.lessons, 'lesson')}. Please discuss them at your next team meeting.`
        : `Lessons approved or shared from ${periodText(d.period.from, d.period.to)}: ${plural(d.summary.lessons, 'lesson')}. Please discuss them at your next team meeting.`;
}
export function publicIntro() {
    return ('We listen to patients, families and carers, and we learn both when care goes well and when it does not. ' +
        'Here is what we have learned recently and what we have changed as a result.');
}
export function boardIntro(d) {
    return `Learning identified, shared and acted on from ${periodText(d.period.from, d.period.to)}, with the state of actions and policy reviews on the day it was made.`;
}
/** The board report's key numbers, as [label, number] rows. */
export function atAGlance(d) {
    const g = d.at_a_glance;
    return [
        ['Lessons approved or shared in the period', g.lessons],
        ['of which good practice', g.good_practice],
        ['Learning sources reported in the period', g.sources],
        ['Actions completed in the period', g.actions_completed],
        ['Actions overdue today', g.overdue_actions],
        ['Policies overdue for review', g.policies_review_overdue],
    ];
}
/** Actions by state, for the board report. */
export function actionStates(d) {
    const a = d.actions;
    return [
        { key: 'done', label: 'Done', count: a.done },
        { key: 'open', label: 'Open, not yet due', count: a.open },
        { key: 'overdue', label: 'Overdue', count: a.overdue },
        { key: 'cancelled', label: 'Cancelled', count: a.cancelled },
    ];
}
export const ABOUT_STAFF_DATES = 'A lesson is included when it was approved (approved_on) or shared (a shared date) in the period, and its status is approved, shared or embedded. ' +
    'Learning sources count by their reported date (or the month they occurred). Overdue actions are those not done or cancelled whose due date has passed, whatever the period. ' +
    'Actions of archived lessons are left out.';
export const ABOUT_PUBLIC = 'To tell us about your care, good or bad, please speak to the team looking after you or contact the Patient Advice and Liaison Service (PALS).';
