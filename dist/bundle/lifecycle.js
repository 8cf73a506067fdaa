import { a as isIsoDate, t as addDays } from "./dates.js";
// dist/model/lifecycle.js
const ORDER = [
	"draft",
	"in-review",
	"approved",
	"shared",
	"embedded"
];
function lessonStage(status) {
	return typeof status === "string" ? ORDER.indexOf(status) : -1;
}
function isApprovedOrLater(status) {
	return lessonStage(status) >= lessonStage("approved");
}
function isSharedOrLater(status) {
	return lessonStage(status) >= lessonStage("shared");
}
function isActionClosed(status) {
	return status === "done" || status === "cancelled";
}
function isOverdue(due, status, today) {
	return typeof due === "string" && isIsoDate(due) && !isActionClosed(status) && due < today;
}
function policyReviewState(reviewDate, today, warningDays) {
	if (typeof reviewDate !== "string" || !isIsoDate(reviewDate)) return void 0;
	if (reviewDate < today) return "overdue";
	return reviewDate <= addDays(today, warningDays) ? "due" : "in-date";
}
export { policyReviewState as a, lessonStage as i, isOverdue as n, isSharedOrLater as r, isApprovedOrLater as t };
