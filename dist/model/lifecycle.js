/**
 * The domain's rules of thumb, in one place, for the rules, digests, briefings, actions and the
 * site alike: where a lesson is in its lifecycle, when an action is overdue, when a policy's
 * review is due.
 */
import { addDays, isIsoDate } from './dates.js';
const ORDER = ['draft', 'in-review', 'approved', 'shared', 'embedded'];
/** The order of a lesson status in the lifecycle, or -1 for `archived` and unknown values. */
export function lessonStage(status) {
    return typeof status === 'string' ? ORDER.indexOf(status) : -1;
}
/** Approved, shared or embedded (not draft, in review or archived). */
export function isApprovedOrLater(status) {
    return lessonStage(status) >= lessonStage('approved');
}
/** Shared or embedded. */
export function isSharedOrLater(status) {
    return lessonStage(status) >= lessonStage('shared');
}
/** An action is finished when it is done or cancelled. */
export function isActionClosed(status) {
    return status === 'done' || status === 'cancelled';
}
/** Not done or cancelled, with a real due date before today. */
export function isOverdue(due, status, today) {
    return typeof due === 'string' && isIsoDate(due) && !isActionClosed(status) && due < today;
}
/** Where an authorised policy's review date stands today, given the warning window in days. */
export function policyReviewState(reviewDate, today, warningDays) {
    if (typeof reviewDate !== 'string' || !isIsoDate(reviewDate))
        return undefined;
    if (reviewDate < today)
        return 'overdue';
    return reviewDate <= addDays(today, warningDays) ? 'due' : 'in-date';
}
