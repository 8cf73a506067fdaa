import { longDate, periodText, statusName } from '../../document/text.js';
/** The title block of a digest: organisation, period (and ref), date made. */
export function digestHead(d, title, intro) {
    const period = `${periodText(d.period.from, d.period.to)}${d.period.from_ref ? ` (changes since ${d.period.from_ref})` : ''}`;
    return { title, organisation: d.organisation, subtitle: [[{ strong: d.organisation }], period, `made on ${longDate(d.generated)}`], intro };
}
/** A table of actions by due date, with the meaning of "overdue" when any is. */
export function actionsBlocks(caption, rows, today) {
    const blocks = [
        {
            kind: 'table',
            caption,
            headers: ['Due', 'Status', 'Owner', 'Lesson', 'Action'],
            rows: rows.map((a) => [a.due ? longDate(a.due) : 'not set', `${statusName(a.status)}${a.overdue ? ' (overdue)' : ''}`, a.owner, a.lesson, a.description]),
        },
    ];
    if (rows.some((a) => a.overdue))
        blocks.push({ kind: 'paragraph', text: `Overdue means not done or cancelled, and due before ${longDate(today)}.` });
    return blocks;
}
