import { t as textTable } from "./table.js";
import { o as UsageError } from "./errors.js";
import { t as allActions } from "./actions.js";
import { a as isIsoDate } from "./dates.js";
import { n as skippedNote, t as loadEntries } from "./load.js";
import { t as progress } from "./progress.js";
import { s as oneLine } from "./values.js";
import { r as redactor, t as redactData } from "./redact.js";
// dist/commands/actions.js
async function run(ctx, opts) {
	if (opts.dueBefore !== void 0 && !isIsoDate(opts.dueBefore)) throw new UsageError(`--due-before "${opts.dueBefore}" is not a date. Use the form YYYY-MM-DD, e.g. 2027-01-01.`);
	if (opts.owner !== void 0 && opts.owner.trim() === "") throw new UsageError("--owner needs part of a role, e.g. --owner \"ward manager\".");
	const today = await ctx.today();
	const repo = await ctx.repository();
	const bar = progress(ctx.io.stderr, "Reading entries", !ctx.globals.quiet);
	const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
	bar.done();
	const skippedMessage = skippedNote(skipped);
	if (skippedMessage) ctx.note(skippedMessage);
	const owner = opts.owner?.trim().toLowerCase();
	const redact = redactor(repo.config);
	const rows = redactData(allActions(entries, today), redact).filter((a) => {
		if (opts.overdue && !a.overdue) return false;
		if (owner !== void 0 && !(a.owner ?? "").toLowerCase().includes(owner)) return false;
		if (opts.dueBefore !== void 0 && !(a.due !== null && isIsoDate(a.due) && a.due < opts.dueBefore)) return false;
		return true;
	});
	if (opts.json) {
		const out = rows.map((a) => ({
			lesson: a.lesson,
			file: a.file,
			description: a.description,
			owner: a.owner,
			due: a.due,
			status: a.status,
			overdue: a.overdue
		}));
		ctx.io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
		return 0;
	}
	if (rows.length === 0) {
		if (!ctx.globals.quiet) ctx.io.stdout.write(opts.overdue ? "No actions are overdue.\n" : "No actions match.\n");
		return 0;
	}
	const table = rows.map((a) => [
		a.due ?? "-",
		a.overdue ? `${a.status ?? "?"} OVERDUE` : a.status ?? "?",
		oneLine(a.owner) || "-",
		a.lesson,
		oneLine(a.description)
	]);
	ctx.io.stdout.write(textTable([
		"DUE",
		"STATUS",
		"OWNER",
		"LESSON",
		"ACTION"
	], table, {
		out: ctx.io.stdout,
		colour: ctx.colour("stdout"),
		tone: (i) => rows[i].overdue ? "overdue" : void 0
	}));
	if (!ctx.globals.quiet) {
		const overdue = rows.filter((r) => r.overdue).length;
		ctx.io.stdout.write(`${rows.length} action${rows.length === 1 ? "" : "s"}${overdue ? `, ${overdue} overdue (due before ${today} and not done or cancelled)` : ""}.\n`);
	}
	return 0;
}
export { run };
