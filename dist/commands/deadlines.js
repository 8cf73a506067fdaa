/**
 * `lessons deadlines`: every open statutory or agreed clock of every learning source (a step not
 * yet recorded), by due date; the clocks come from src/repo/clocks.ts, the same ones the
 * `deadline/*` rules check. `--overdue` keeps only those passed; `--json` prints an array of
 * {source, file, title, kind, step, label, started, due, basis, rule, done_field, state,
 * days_left, owner, lessons}, one per clock.
 *
 * The exit code is 0 whether or not clocks are overdue: this is a report. CI that should fail on
 * them runs `lessons validate` (rule `deadline/overdue` is an error).
 */
import { textTable } from '../util/table.js';
import { openClocks } from '../repo/clocks.js';
import { loadEntries, skippedNote } from '../repo/load.js';
import { redactData, redactor } from '../rules/redact.js';
import { progress } from '../util/progress.js';
import { oneLine } from '../util/values.js';
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** The state in words for the table: "OVERDUE 11 days", "due in 3 days", "open". */
export function stateText(c) {
    if (c.state === 'overdue')
        return `OVERDUE ${plural(-c.days_left, 'day')}`;
    if (c.state === 'due-soon')
        return c.days_left === 0 ? 'due today' : `due in ${plural(c.days_left, 'day')}`;
    return c.state;
}
export async function run(ctx, opts) {
    const today = await ctx.today();
    const repo = await ctx.repository();
    const bar = progress(ctx.io.stderr, 'Reading entries', !ctx.globals.quiet);
    const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
    bar.done();
    const skippedMessage = skippedNote(skipped);
    if (skippedMessage)
        ctx.note(skippedMessage);
    const days = repo.config.deadlines.due_soon_days;
    const clocks = openClocks(entries, today, days).filter((c) => !opts.overdue || c.state === 'overdue');
    const rows = redactData(clocks.map(({ path: _path, ...row }) => row), redactor(repo.config));
    if (opts.json) {
        ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return 0;
    }
    if (rows.length === 0) {
        if (!ctx.globals.quiet)
            ctx.io.stdout.write(opts.overdue ? 'No deadlines are overdue.\n' : 'No deadlines are open.\n');
        return 0;
    }
    const header = ['DUE', 'STATE', 'SOURCE', 'STEP', 'OWNER', 'TITLE'];
    const table = rows.map((c) => [c.due, stateText(c), c.source, c.label, oneLine(c.owner) || '-', oneLine(c.title)]);
    ctx.io.stdout.write(textTable(header, table, { out: ctx.io.stdout, colour: ctx.colour('stdout'), tone: (i) => (rows[i].state === 'overdue' || rows[i].state === 'due-soon' ? rows[i].state : undefined) }));
    if (!ctx.globals.quiet) {
        const overdue = rows.filter((r) => r.state === 'overdue').length;
        const soon = rows.filter((r) => r.state === 'due-soon').length;
        const parts = [overdue ? `${overdue} overdue` : '', soon ? `${soon} due within ${plural(days, 'day')}` : ''].filter(Boolean);
        ctx.io.stdout.write(`${plural(rows.length, 'open deadline')}${parts.length ? `: ${parts.join(', ')}` : ''}.\n`);
    }
    return 0;
}
