// dist/rules/threads.js
const Shared = {
	NEXT: 0,
	CLAIMED: 1,
	USED: 2,
	SENT: 3,
	LENGTH: 4
};
function textsToRedact(before, found) {
	return [...before, ...found.map((f) => f.message)];
}
export { textsToRedact as n, Shared as t };
