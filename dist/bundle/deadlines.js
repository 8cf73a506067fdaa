import { t as textTable } from "./table.js";
import { r as openClocks } from "./clocks.js";
import { n as skippedNote, t as loadEntries } from "./load.js";
import { r as redactor, t as redactData } from "./redact.js";
import { t as progress } from "./progress.js";
import { s as oneLine } from "./values.js";
// dist/commands/deadlines.js
function plural(n, word) {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function stateText(c) {
	if (c.state === "overdue") return `OVERDUE ${plural(-c.days_left, "day")}`;
	if (c.state === "due-soon") return c.days_left === 0 ? "due today" : `due in ${plural(c.days_left, "day")}`;
	return c.state;
}
async function run(ctx, opts) {
	const today = await ctx.today();
	const repo = await ctx.repository();
	const bar = progress(ctx.io.stderr, "Reading entries", !ctx.globals.quiet);
	const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
	bar.done();
	const skippedMessage = skippedNote(skipped);
	if (skippedMessage) ctx.note(skippedMessage);
	const days = repo.config.deadlines.due_soon_days;
	const clocks = openClocks(entries, today, days).filter((c) => !opts.overdue || c.state === "overdue");
	const rows = redactData(clocks.map(({ path: _path, ...row }) => row), redactor(repo.config));
	if (opts.json) {
		ctx.io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
		return 0;
	}
	if (rows.length === 0) {
		if (!ctx.globals.quiet) ctx.io.stdout.write(opts.overdue ? "No deadlines are overdue.\n" : "No deadlines are open.\n");
		return 0;
	}
	const header = [
		"DUE",
		"STATE",
		"SOURCE",
		"STEP",
		"OWNER",
		"TITLE"
	];
	const table = rows.map((c) => [
		c.due,
		stateText(c),
		c.source,
		c.label,
		oneLine(c.owner) || "-",
		oneLine(c.title)
	]);
	ctx.io.stdout.write(textTable(header, table, {
		out: ctx.io.stdout,
		colour: ctx.colour("stdout"),
		tone: (i) => rows[i].state === "overdue" || rows[i].state === "due-soon" ? rows[i].state : void 0
	}));
	if (!ctx.globals.quiet) {
		const overdue = rows.filter((r) => r.state === "overdue").length;
		const soon = rows.filter((r) => r.state === "due-soon").length;
		const parts = [overdue ? `${overdue} overdue` : "", soon ? `${soon} due within ${plural(days, "day")}` : ""].filter(Boolean);
		ctx.io.stdout.write(`${plural(rows.length, "open deadline")}${parts.length ? `: ${parts.join(", ")}` : ""}.\n`);
	}
	return 0;
}
export { run, stateText };
