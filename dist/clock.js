import { isIsoDate, localToday } from './model/dates.js';
import { UsageError } from './errors.js';
/**
 * Today's date, as an ISO date. `LESSONS_TODAY=YYYY-MM-DD` overrides it everywhere (overdue
 * actions, review dates, default periods), so that runs and tests are reproducible.
 */
export function today(env, now = new Date()) {
    const pinned = env.LESSONS_TODAY;
    if (pinned !== undefined && pinned !== '') {
        if (!isIsoDate(pinned)) {
            throw new UsageError(`LESSONS_TODAY is "${pinned}", which is not a real date. Use the form YYYY-MM-DD, e.g. 2026-11-04.`);
        }
        return pinned;
    }
    return localToday(now);
}
