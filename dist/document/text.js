import { ACTION_STATUS, LESSON_KIND, LESSON_STATUS, SHARE_CHANNEL } from '../model/vocabulary.js';
/** Wording shared by digests and briefings: dates for people, counts, channel names. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `2026-10-01` → `1 October 2026` (fixed English names, so output never depends on the machine's locale). */
export function longDate(iso) {
    if (!iso)
        return '';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m)
        return iso;
    return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
/** `2026-10` → `Oct 2026`. */
export function shortMonth(month) {
    const m = /^(\d{4})-(\d{2})$/.exec(month);
    return m ? `${(MONTHS[Number(m[2]) - 1] ?? m[2]).slice(0, 3)} ${m[1]}` : month;
}
/** "1 to 31 October 2026", "1 September to 20 November 2026", "1 December 2025 to 31 January 2026". */
export function periodText(from, to) {
    if (from === to)
        return longDate(from);
    const [a, b] = [longDate(from).split(' '), longDate(to).split(' ')];
    if (a.length !== 3 || b.length !== 3)
        return `${from} to ${to}`;
    if (a[2] === b[2] && a[1] === b[1])
        return `${a[0]} to ${b.join(' ')}`;
    if (a[2] === b[2])
        return `${a[0]} ${a[1]} to ${b.join(' ')}`;
    return `${a.join(' ')} to ${b.join(' ')}`;
}
export function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** How a sharing channel reads in a sentence: "7-minute briefing", "team meeting". */
export function channelName(channel) {
    return SHARE_CHANNEL.phrase(channel);
}
/** A lesson or action status in a sentence: "in review", "in progress"; "not recorded" when there is none. */
export function statusName(status) {
    if (!status)
        return 'not recorded';
    return LESSON_STATUS.has(status) ? LESSON_STATUS.phrase(status) : ACTION_STATUS.has(status) ? ACTION_STATUS.phrase(status) : status.replace(/-/g, ' ');
}
/** "Improvement", "Good practice"; an unknown kind as written; "Lesson" when there is none. */
export function kindName(kind) {
    return kind ? (LESSON_KIND.has(kind) ? LESSON_KIND.label(kind) : kind) : 'Lesson';
}
