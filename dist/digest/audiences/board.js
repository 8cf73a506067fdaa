import { longDate, periodText, plural, shortMonth, statusName } from '../../document/text.js';
import { buildBoardReport } from '../board-report.js';
import { SOURCE_KIND } from '../../model/vocabulary.js';
import { ABOUT_STAFF_DATES, TITLES } from '../wording.js';
import { digestHead } from './common.js';
/** At most this many rows in a board table; the rest are counted under it (the JSON has them all). */
export const BOARD_ROWS = 10;
/** Recurring themes: at most this many in the table, and this many called out in words. */
const THEME_ROWS = 6;
const CALLOUTS = 5;
const say = (text, tone) => (tone ? { kind: 'paragraph', text, tone } : { kind: 'paragraph', text });
/** A bar chart folded into the table of its numbers; rows with nothing to count are left out. */
function countFigure(caption, column, rows, other = 'Other') {
    const nonzero = rows.filter((r) => r.count > 0);
    // A long tail is summed into one row, so a figure never runs over the page.
    const shown = nonzero.length > 8
        ? [...nonzero.slice(0, 7), { key: 'other', label: `${other} (${nonzero.length - 7})`, count: nonzero.slice(7).reduce((n, r) => n + r.count, 0) }]
        : nonzero;
    return {
        kind: 'figure',
        fold: true,
        charts: [{ type: 'bar', title: caption, bars: shown.map((r) => ({ label: r.label, value: r.count })) }],
        table: { caption, headers: [column, 'Number'], rows: shown.length ? shown.map((r) => [r.label, r.count]) : [['None', 0]], numeric: [1] },
    };
}
/** "↑ 3", "↓ 30 points", "no change", "–". */
export function changeText(c) {
    if (c.change === null || c.direction === null)
        return '–';
    if (c.direction === 'same')
        return 'no change';
    const n = Math.abs(c.change);
    return `${c.direction === 'up' ? '↑' : '↓'} ${n}${c.unit === 'percent' ? (n === 1 ? ' point' : ' points') : ''}`;
}
const value = (c, v) => (v === null ? null : c.unit === 'percent' ? `${v}%` : v);
function clockState(c) {
    return c.days_left < 0 ? `${plural(-c.days_left, 'day')} overdue` : c.days_left === 0 ? 'due today' : `due in ${plural(c.days_left, 'day')}`;
}
function clocksTable(caption, rows) {
    return {
        kind: 'table',
        caption,
        headers: ['Learning source', 'Deadline', 'Due', 'State', 'Owner'],
        rows: rows.map((c) => [c.title, `${c.label} (${c.rule})`, longDate(c.due), clockState(c), c.owner ?? 'not recorded']),
    };
}
function policyTable(caption, rows) {
    const table = {
        caption,
        headers: ['Policy', 'Reference', 'Version', 'Owner group', 'Review date'],
        rows: rows.map((p) => [p.title, p.reference ?? p.id, p.version, p.owner_group, longDate(p.review_date)]),
    };
    return { kind: 'table', ...table };
}
export function boardDocument(d) {
    const prev = d.previous_period;
    const periodName = periodText(d.period.from, d.period.to);
    const sections = [];
    // 1. Compared with the previous period.
    sections.push({
        heading: prev ? 'This period compared with the previous one' : 'This period',
        blocks: [
            {
                kind: 'table',
                caption: prev ? `${periodName}, compared with ${periodText(prev.from, prev.to)}` : periodName,
                headers: prev ? ['Measure', 'This period', 'Previous period', 'Change'] : ['Measure', 'This period'],
                rows: d.comparison.map((c) => (prev ? [c.label, value(c, c.current), value(c, c.previous), changeText(c)] : [c.label, value(c, c.current)])),
                numeric: prev ? [1, 2] : [1],
            },
            say(`Today (${longDate(d.generated)}): ${plural(d.deadlines.overdue.length, 'statutory or agreed deadline')} overdue, ${plural(d.deadlines.due_soon.length, 'deadline')} due soon, ${plural(d.at_a_glance.overdue_actions, 'action')} overdue, ${plural(d.at_a_glance.policies_review_overdue, 'policy', 'policies')} past review.`),
        ],
    });
    // 2. The lessons that matter most.
    sections.push({
        heading: 'The lessons that matter most',
        blocks: d.key_lessons.length
            ? [
                say('Chosen by the harm of the events they came from, then by how often their themes recur in learning sources of the last 12 months.', 'meta'),
                ...d.key_lessons.map((l) => ({
                    kind: 'group',
                    heading: l.title,
                    style: l.kind === 'good-practice' ? 'good' : 'lesson',
                    blocks: [
                        say(l.why, 'meta'),
                        { kind: 'paragraph', text: [{ strong: 'What changed:' }, ' ', l.what_changed ?? l.summary ?? 'Not recorded in the lesson.'] },
                        { kind: 'paragraph', text: [{ strong: `Evidence it is embedded (status: ${statusName(l.status)}):` }, ' ', l.evidence.join(' ') || 'None recorded yet.'] },
                    ],
                })),
            ]
            : [say('No lessons were approved or shared in this period.')],
    });
    // 3. Overdue: deadlines and actions, by title and owner role.
    const overdue = [{ kind: 'subheading', text: 'Statutory and agreed deadlines' }];
    const clocks = [...d.deadlines.overdue, ...d.deadlines.due_soon];
    overdue.push(clocks.length ? clocksTable('Deadlines overdue or due soon, by due date', clocks.slice(0, BOARD_ROWS)) : say('No statutory or agreed deadline is overdue or due soon.'));
    if (clocks.length > BOARD_ROWS)
        overdue.push(say(`And ${plural(clocks.length - BOARD_ROWS, 'more deadline')}: "lessons deadlines" lists them all.`, 'meta'));
    overdue.push({ kind: 'subheading', text: 'Actions' });
    if (d.overdue_actions.length === 0)
        overdue.push(say('No actions are overdue.'));
    else if (d.overdue_by_lesson.length === d.overdue_actions.length && d.overdue_actions.length <= BOARD_ROWS) {
        overdue.push({
            kind: 'table',
            caption: 'Overdue actions, by due date',
            headers: ['Lesson', 'Action', 'Owner', 'Due'],
            rows: d.overdue_actions.map((a) => [a.lesson_title, a.description, a.owner, a.due ? longDate(a.due) : 'not set']),
        });
    }
    else {
        overdue.push({
            kind: 'table',
            caption: `Lessons with overdue actions (${plural(d.overdue_actions.length, 'action')}), oldest first`,
            headers: ['Lesson', 'Overdue', 'Owners', 'Oldest due'],
            rows: d.overdue_by_lesson.slice(0, BOARD_ROWS).map((g) => [g.lesson_title, g.overdue, g.owners.join('; '), g.oldest_due ? longDate(g.oldest_due) : 'not set']),
            numeric: [1],
        });
        const rest = d.overdue_by_lesson.slice(BOARD_ROWS);
        if (rest.length)
            overdue.push(say(`And ${plural(rest.length, 'more lesson')} with ${plural(rest.reduce((n, g) => n + g.overdue, 0), 'overdue action')}: "lessons actions --overdue" lists them all.`, 'meta'));
    }
    const a = d.actions;
    overdue.push(say(a.percent_complete === null ? 'There are no actions to complete.' : `${a.percent_complete}% of actions are complete (${a.done} done out of ${a.total - a.cancelled} not cancelled; ${a.overdue} overdue, ${a.open} open and not yet due).`));
    sections.push({ heading: 'What is overdue', blocks: overdue });
    // 4. Recurring themes.
    const themes = d.recurring_themes.themes;
    const across = themes.filter((t) => t.across_kinds);
    sections.push({
        heading: 'Themes that recur',
        blocks: themes.length
            ? [
                ...(across.length
                    ? [
                        {
                            kind: 'paragraph',
                            text: [
                                { strong: 'Seen in more than one kind of source:' },
                                ' ',
                                across
                                    .slice(0, CALLOUTS)
                                    .map((t) => `${t.label} (${t.kinds.length > 4 ? `${t.kinds.length} kinds` : t.kinds.map((k) => SOURCE_KIND.phrase(k.key)).join(', ')})`)
                                    .join('; '),
                                across.length > CALLOUTS ? `; and ${plural(across.length - CALLOUTS, 'more theme')}.` : '.',
                            ],
                        },
                    ]
                    : []),
                {
                    kind: 'table',
                    caption: `Themes of learning sources reported from ${periodText(d.recurring_themes.window.from, d.recurring_themes.window.to)}, in two or more sources`,
                    headers: ['Theme', 'Sources', 'In this period', 'Kinds of source'],
                    rows: themes.slice(0, THEME_ROWS).map((t) => [t.label, t.sources, t.in_period, t.kinds.map((k) => `${k.label} ${k.count}`).join(', ')]),
                    numeric: [1, 2],
                },
                ...(themes.length > THEME_ROWS ? [say(`And ${plural(themes.length - THEME_ROWS, 'more theme')} in two or more sources (in the JSON of this report).`, 'meta')] : []),
            ]
            : [say('No theme appears in more than one learning source in the last 12 months.')],
    });
    // 5. Closing the loop.
    const fb = d.feedback;
    sections.push({
        heading: 'Closing the loop with reporters',
        blocks: [
            say(fb.percent === null
                ? 'No learning source reported in the period, with someone to tell, has been closed yet.'
                : `Feedback on what was learned was given for ${fb.with_feedback} of ${fb.closed} closed learning sources reported in the period (${fb.percent}%)${fb.previous_percent === null ? '' : `; ${fb.previous_percent}% in the previous period`}. Audits, external reviews and risks are not counted: no one reported them.`),
        ],
    });
    // 6. Trends, with the period marked.
    const first = d.trend.findIndex((t) => t.in_period);
    const last = d.trend.map((t) => t.in_period).lastIndexOf(true);
    sections.push({
        heading: 'Trends',
        blocks: [
            {
                kind: 'figure',
                fold: true,
                charts: [
                    {
                        type: 'columns',
                        title: 'Lessons approved and learning sources reported, by month',
                        categories: d.trend.map((t) => shortMonth(t.month)),
                        series: [
                            { name: 'Lessons approved', values: d.trend.map((t) => t.lessons_approved) },
                            { name: 'Learning sources reported', values: d.trend.map((t) => t.sources_reported) },
                        ],
                        highlight: first >= 0 ? { from: first, to: last, label: 'This period' } : undefined,
                        yLabel: 'Number',
                    },
                ],
                // Months across, so the numbers take three rows under the chart.
                table: {
                    caption: 'Lessons approved and learning sources reported, by month',
                    headers: ['Month', ...d.trend.map((t) => shortMonth(t.month))],
                    rows: [
                        ['Lessons approved', ...d.trend.map((t) => t.lessons_approved)],
                        ['Sources reported', ...d.trend.map((t) => t.sources_reported)],
                        ['In this period', ...d.trend.map((t) => (t.in_period ? 'yes' : ''))],
                    ],
                    numeric: d.trend.map((_, i) => i + 1),
                },
            },
        ],
    });
    // 7. Where learning came from.
    sections.push({
        heading: 'Where learning came from',
        blocks: [
            {
                kind: 'row',
                blocks: [
                    countFigure('Learning sources reported in the period, by kind', 'Kind of source', d.sources_by_kind),
                    countFigure('Lessons approved or shared in the period, by theme', 'Theme', d.lessons_by_theme, 'Other themes'),
                    countFigure('Physical harm, sources reported in the period', 'Physical harm', d.harm.physical),
                    countFigure('Learning responses used (PSIRF)', 'Response', d.responses),
                ],
            },
        ],
    });
    // 8. Policies.
    const policies = [];
    if (d.policies_review_overdue.length)
        policies.push(policyTable('Authorised policies past their review date', d.policies_review_overdue));
    if (d.policies_review_due.length)
        policies.push(policyTable('Authorised policies due for review soon', d.policies_review_due));
    sections.push({ heading: 'Policy reviews', blocks: policies.length ? policies : [say('No authorised policy is past its review date or due for review soon.')] });
    return {
        ...digestHead(d, TITLES.board, ['Learning from patient safety events, complaints, claims, inquests, mortality reviews and good care: what changed, what is overdue, and what keeps coming back.']),
        sections,
        about: { heading: 'About this report', notes: [ABOUT_STAFF_DATES, ...d.notes] },
        layout: 'compact',
    };
}
export const boardAudience = { build: buildBoardReport, document: boardDocument };
