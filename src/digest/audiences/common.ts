/** Pieces of digest documents that more than one audience uses. */
import type { Block, Document, InlineText } from '../../document/model.js';
import { longDate, periodText, statusName } from '../../document/text.js';
import type { ActionRow } from '../actions.js';
import type { DigestHeader } from '../build.js';

/** The title block of a digest: organisation, period (and ref), date made. */
export function digestHead(d: DigestHeader, title: string, intro: readonly InlineText[]): Pick<Document, 'title' | 'organisation' | 'subtitle' | 'intro'> {
  const period = `${periodText(d.period.from, d.period.to)}${d.period.from_ref ? ` (changes since ${d.period.from_ref})` : ''}`;
  return { title, organisation: d.organisation, subtitle: [[{ strong: d.organisation }], period, `made on ${longDate(d.generated)}`], intro };
}

/** A table of actions by due date, with the meaning of "overdue" when any is. */
export function actionsBlocks(caption: string, rows: readonly ActionRow[], today: string): Block[] {
  const blocks: Block[] = [
    {
      kind: 'table',
      caption,
      headers: ['Due', 'Status', 'Owner', 'Lesson', 'Action'],
      rows: rows.map((a) => [a.due ? longDate(a.due) : 'not set', `${statusName(a.status)}${a.overdue ? ' (overdue)' : ''}`, a.owner, a.lesson, a.description]),
    },
  ];
  if (rows.some((a) => a.overdue)) blocks.push({ kind: 'paragraph', text: `Overdue means not done or cancelled, and due before ${longDate(today)}.` });
  return blocks;
}
