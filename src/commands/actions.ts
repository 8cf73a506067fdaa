/**
 * `lessons actions`: the action tracker. Every action of every lesson that is not archived (the
 * same lessons the `action/overdue` rule checks), sorted by due date and then lesson id, as a
 * table for people or `--json` (docs/commands.md: an array of {lesson, file, description, owner, due,
 * status, overdue}, one per action, exactly those keys).
 *
 * The exit code is 0 whether or not actions are overdue: this is a report. CI that should fail on
 * overdue actions can use `lessons validate --max-warnings 0` (rule `action/overdue`).
 */
import { textTable } from '../util/table.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { allActions, type ActionRow } from '../digest/actions.js';
import { isIsoDate } from '../model/dates.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import { progress } from '../util/progress.js';
import { oneLine } from '../util/values.js';
import { redactData, redactor } from '../rules/redact.js';

export interface ActionsOptions {
  overdue?: boolean;
  owner?: string;
  dueBefore?: string;
  json?: boolean;
}

export async function run(ctx: Context, opts: ActionsOptions): Promise<number> {
  if (opts.dueBefore !== undefined && !isIsoDate(opts.dueBefore)) {
    throw new UsageError(`--due-before "${opts.dueBefore}" is not a date. Use the form YYYY-MM-DD, e.g. 2027-01-01.`);
  }
  if (opts.owner !== undefined && opts.owner.trim() === '') {
    throw new UsageError('--owner needs part of a role, e.g. --owner "ward manager".');
  }
  const today = await ctx.today();
  const repo = await ctx.repository();
  const bar = progress(ctx.io.stderr, 'Reading entries', !ctx.globals.quiet);
  const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
  bar.done();
  const skippedMessage = skippedNote(skipped);
  if (skippedMessage) ctx.note(skippedMessage);

  const owner = opts.owner?.trim().toLowerCase();
  const redact = redactor(repo.config);
  const rows = redactData(allActions(entries, today), redact).filter((a) => {
    if (opts.overdue && !a.overdue) return false;
    if (owner !== undefined && !(a.owner ?? '').toLowerCase().includes(owner)) return false;
    if (opts.dueBefore !== undefined && !(a.due !== null && isIsoDate(a.due) && a.due < opts.dueBefore)) return false;
    return true;
  });

  if (opts.json) {
    const out: ActionRow[] = rows.map((a) => ({
      lesson: a.lesson,
      file: a.file,
      description: a.description,
      owner: a.owner,
      due: a.due,
      status: a.status,
      overdue: a.overdue,
    }));
    ctx.io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    if (!ctx.globals.quiet) ctx.io.stdout.write(opts.overdue ? 'No actions are overdue.\n' : 'No actions match.\n');
    return 0;
  }
  const table = rows.map((a) => [
    a.due ?? '-',
    a.overdue ? `${a.status ?? '?'} OVERDUE` : (a.status ?? '?'),
    oneLine(a.owner) || '-',
    a.lesson,
    oneLine(a.description),
  ]);
  const header = ['DUE', 'STATUS', 'OWNER', 'LESSON', 'ACTION'];
  ctx.io.stdout.write(textTable(header, table, { out: ctx.io.stdout, colour: ctx.colour('stdout'), tone: (i) => (rows[i].overdue ? 'overdue' : undefined) }));
  if (!ctx.globals.quiet) {
    const overdue = rows.filter((r) => r.overdue).length;
    ctx.io.stdout.write(`${rows.length} action${rows.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue (due before ${today} and not done or cancelled)` : ''}.\n`);
  }
  return 0;
}
