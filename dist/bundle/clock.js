import { a as isIsoDate, s as localToday } from "./dates.js";
import { o as UsageError } from "./errors.js";
// dist/clock.js
function today(env, now = new Date()) {
	const pinned = env.LESSONS_TODAY;
	if (pinned !== void 0 && pinned !== "") {
		if (!isIsoDate(pinned)) throw new UsageError(`LESSONS_TODAY is "${pinned}", which is not a real date. Use the form YYYY-MM-DD, e.g. 2026-11-04.`);
		return pinned;
	}
	return localToday(now);
}
export { today };
