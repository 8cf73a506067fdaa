// dist/rules/threads.js
const Shared = {
	NEXT: 0,
	CLAIMED: 1,
	USED: 2,
	SENT: 3,
	LENGTH: 4
};
function textsToRedact(before, found) {
	if (found.length === 0) return before;
	const out = before.slice();
	for (const f of found) out.push(f.message);
	return out;
}
export { textsToRedact as n, Shared as t };
