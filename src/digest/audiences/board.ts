/** The board report: counts and trends, action completion, overdue actions and policy reviews. */
import type { Block, Document, Table } from '../../document/model.js';
import { longDate, shortMonth } from '../../document/text.js';
import type { BoardDigest, Count, PolicyReview } from '../build.js';
import { buildBoard } from '../build.js';
import { ABOUT_STAFF_DATES, TITLES, actionStates, atAGlance, boardIntro } from '../wording.js';
import { actionsBlocks, digestHead } from './common.js';

/** A bar chart of counts with the table of its numbers. */
function countFigure(caption: string, column: string, rows: readonly Count[]): Block {
  return {
    kind: 'figure',
    charts: [{ type: 'bar', title: caption, bars: rows.map((r) => ({ label: r.label, value: r.count })) }],
    table: { caption, headers: [column, 'Number'], rows: rows.map((r) => [r.label, r.count]), numeric: [1] },
  };
}

function policyTable(caption: string, rows: readonly PolicyReview[]): Block {
  const table: Table = {
    caption,
    headers: ['Reference', 'Policy', 'Version', 'Owner group', 'Review date'],
    rows: rows.map((p) => [p.reference ?? p.id, p.title, p.version, p.owner_group, longDate(p.review_date)]),
  };
  return { kind: 'table', ...table };
}

const say = (text: string): Block => ({ kind: 'paragraph', text });

export function boardDocument(d: BoardDigest): Document {
  const a = d.actions;
  const states = actionStates(d);
  return {
    ...digestHead(d, TITLES.board, [boardIntro(d)]),
    sections: [
      { heading: 'At a glance', blocks: [{ kind: 'table', caption: 'Key numbers', headers: ['Measure', 'Number'], rows: atAGlance(d), numeric: [1] }] },
      {
        heading: 'Lessons by theme',
        blocks: d.lessons_by_theme.length
          ? [countFigure('Lessons approved or shared in the period, by theme', 'Theme', d.lessons_by_theme), say('A lesson can have more than one theme.')]
          : [say('No lessons were approved or shared in this period.')],
      },
      { heading: 'Lessons by status', blocks: [countFigure('All lessons in the repository today, by status', 'Status', d.lessons_by_status), say('All lessons in the repository today.')] },
      { heading: 'Learning sources by kind', blocks: [countFigure('Learning sources reported in the period, by kind', 'Source', d.sources_by_kind)] },
      {
        heading: 'Harm',
        blocks: [
          countFigure('Physical harm, learning sources reported in the period', 'Physical harm', d.harm.physical),
          countFigure('Psychological harm, learning sources reported in the period', 'Psychological harm', d.harm.psychological),
          say('For the learning sources reported in the period.'),
        ],
      },
      { heading: 'Learning responses used (PSIRF)', blocks: [countFigure('Learning responses used for sources reported in the period', 'Response', d.responses)] },
      {
        heading: 'Trend',
        blocks: [
          {
            kind: 'figure',
            charts: [
              { type: 'column', title: 'Lessons approved, by month', bars: d.trend.map((t) => ({ label: shortMonth(t.month), value: t.lessons_approved })) },
              { type: 'column', title: 'Learning sources reported, by month', bars: d.trend.map((t) => ({ label: shortMonth(t.month), value: t.sources_reported })) },
            ],
            table: {
              caption: 'Lessons approved and learning sources reported, by month',
              headers: ['Month', 'Lessons approved', 'Sources reported'],
              rows: d.trend.map((t) => [shortMonth(t.month), t.lessons_approved, t.sources_reported]),
              numeric: [1, 2],
            },
          },
        ],
      },
      {
        heading: 'Action completion',
        blocks: [
          {
            kind: 'figure',
            charts: [{ type: 'bar', title: 'Actions by state', bars: states.map((c) => ({ label: c.label, value: c.count })) }],
            table: { caption: 'Actions by state', headers: ['Actions', 'Number'], rows: [...states.map((c) => [c.label, c.count]), ['Total', a.total]], numeric: [1] },
          },
          say(
            a.percent_complete === null
              ? 'There are no actions to complete.'
              : `${a.percent_complete}% complete (done, out of all actions not cancelled). Actions of archived lessons are not counted.`,
          ),
        ],
      },
      { heading: 'Overdue actions', blocks: d.overdue_actions.length ? actionsBlocks('Overdue actions, by due date', d.overdue_actions, d.generated) : [say('No actions are overdue.')] },
      {
        heading: 'Policies overdue for review',
        blocks: d.policies_review_overdue.length ? [policyTable('Authorised policies past their review date', d.policies_review_overdue)] : [say('No authorised policy is past its review date.')],
      },
      ...(d.policies_review_due.length ? [{ heading: 'Policies due for review soon', blocks: [policyTable('Authorised policies due for review soon', d.policies_review_due)] }] : []),
    ],
    about: { heading: 'About this report', notes: [ABOUT_STAFF_DATES, ...d.notes] },
  };
}

export const boardAudience = { build: buildBoard, document: boardDocument };
