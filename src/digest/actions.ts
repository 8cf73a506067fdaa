/**
 * Actions across lessons, for `lessons actions`, digests and briefings.
 *
 * An action is overdue when it is not done or cancelled and its due date is before today: the same
 * test as the `action/overdue` rule. Like that rule, actions of archived lessons are left out
 * everywhere (an archived lesson is no longer being acted on).
 */
import { isIsoDate } from '../model/dates.js';
import { isOverdue } from '../model/lifecycle.js';
import type { IndexedEntry } from '../model/entry.js';
import { isRecord, list, str } from '../util/values.js';

/** One action, in the shape of `lessons actions --json` (docs/commands.md): exactly these keys. */
export interface ActionRow {
  lesson: string;
  file: string;
  description: string | null;
  owner: string | null;
  due: string | null;
  status: string | null;
  overdue: boolean;
}

export { isOverdue } from '../model/lifecycle.js';

/** The actions of one lesson, in file order. */
export function lessonActions(e: IndexedEntry, today: string): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const a of list(e.data.actions)) {
    if (!isRecord(a)) continue;
    const due = str(a.due) ?? null;
    const status = str(a.status) ?? null;
    rows.push({
      lesson: e.id ?? '',
      file: e.file,
      description: str(a.description) ?? null,
      owner: str(a.owner) ?? null,
      due,
      status,
      overdue: isOverdue(due, status, today),
    });
  }
  return rows;
}

/** Every action of every lesson that is not archived, sorted by due date, then lesson id. */
export function allActions(entries: readonly IndexedEntry[], today: string): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const e of entries) {
    if (e.type !== 'lesson' || e.data.status === 'archived' || e.id === undefined) continue;
    rows.push(...lessonActions(e, today));
  }
  return sortActions(rows);
}

/** By due date (actions without a valid date last), then lesson id; file order otherwise (stable). */
export function sortActions(rows: ActionRow[]): ActionRow[] {
  // Keys are computed once per row: checking a date inside the comparator costs seconds at 40,000 actions.
  const keyed = rows.map((r, i) => ({ r, i, due: r.due !== null && isIsoDate(r.due) ? r.due : '\uffff' }));
  keyed.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.r.lesson < b.r.lesson ? -1 : a.r.lesson > b.r.lesson ? 1 : a.i - b.i));
  keyed.forEach((k, i) => (rows[i] = k.r));
  return rows;
}
