import { t as textTable } from "./table.js";
import { r as entryUrl } from "./pages.js";
import { o as UsageError } from "./errors.js";
import { a as isIsoDate } from "./dates.js";
import { I as entryType, L as entryTypeNames, z as isEntryType } from "./config.js";
import { l as str, n as closest, s as oneLine, u as stringItems } from "./values.js";
import { n as skippedNote, t as loadEntries } from "./load.js";
import { a as fieldOf } from "./read.js";
import { r as redactor, t as redactData } from "./redact.js";
// dist/util/choices.js
function checkChoice(flag, value, choices, what = "value") {
	const hit = choices.find((c) => c.toLowerCase() === value.toLowerCase());
	if (hit !== void 0) return hit;
	const near = closest(value, choices);
	throw new UsageError(`${flag} "${value}" is not a known ${what}.${near ? ` Did you mean "${near}"?` : ""} It must be one of: ${choices.join(", ")}.`);
}
// dist/commands/list.js
function entryDate(e) {
	return e.type && isEntryType(e.type) ? entryType(e.type).date(e.data) : void 0;
}
function listRow(e, baseUrl) {
	const url = entryUrl(baseUrl, e);
	const row = {
		id: e.id ?? null,
		type: e.type ?? str(e.data.type) ?? null,
		title: str(e.data.title) ?? null,
		status: str(e.data.status) ?? null,
		file: e.file,
		...url ? { url } : {}
	};
	for (const f of e.type && isEntryType(e.type) ? entryType(e.type).listFields : []) if (fieldOf(e.data, f) !== void 0) row[f] = fieldOf(e.data, f);
	return row;
}
function statusesOf(type) {
	return (entryType(type).schema.shape.status?.options ?? []).filter((o) => typeof o === "string");
}
function checkFilters(opts, taxonomy) {
	if (opts.status !== void 0) {
		const allowed = opts.type ? statusesOf(opts.type) : [...new Set(entryTypeNames().flatMap(statusesOf))];
		if (opts.type && allowed.length === 0) throw new UsageError(`--status does not apply to --type ${opts.type}, which has no status.`);
		opts.status = checkChoice("--status", opts.status, allowed, opts.type ? `status of a ${opts.type}` : "status");
	}
	if (opts.theme !== void 0 && taxonomy.themes) opts.theme = checkChoice("--theme", opts.theme, taxonomy.themes, "theme in the taxonomy");
	if (opts.service !== void 0 && taxonomy.services) opts.service = checkChoice("--service", opts.service, taxonomy.services, "service in the taxonomy");
}
async function run(ctx, opts) {
	if (opts.since !== void 0 && !isIsoDate(opts.since)) throw new UsageError(`--since "${opts.since}" is not a date. Use the form YYYY-MM-DD, e.g. 2026-10-01.`);
	if (opts.type !== void 0) opts.type = checkChoice("--type", opts.type, entryTypeNames(), "type of entry");
	const repo = await ctx.repository();
	checkFilters(opts, repo.config.taxonomy);
	const { entries, skipped } = loadEntries(repo);
	const rows = entries.filter((e) => {
		if (opts.type && e.type !== opts.type) return false;
		if (opts.status && e.data.status !== opts.status) return false;
		if (opts.theme && !stringItems(e.data.themes).some((t) => t.value === opts.theme)) return false;
		if (opts.service) {
			if (![...stringItems(e.data.services).map((s) => s.value), str(e.data.service)].includes(opts.service)) return false;
		}
		if (opts.since) {
			const d = entryDate(e);
			if (!d || d < opts.since) return false;
		}
		return true;
	});
	const skippedMessage = skippedNote(skipped);
	if (skippedMessage) ctx.note(skippedMessage);
	const redact = redactor(repo.config);
	if (opts.json) {
		ctx.io.stdout.write(`${JSON.stringify(rows.map((e) => redactData(listRow(e, repo.config.site.base_url), redact)), null, 2)}\n`);
		return 0;
	}
	if (rows.length === 0) {
		if (!ctx.globals.quiet) ctx.io.stdout.write("No entries match.\n");
		return 0;
	}
	const table = rows.map((e) => [
		e.id ?? "?",
		e.type ?? str(e.data.type) ?? "?",
		str(e.data.status) ?? str(e.data.outcome) ?? "",
		entryDate(e) ?? "",
		oneLine(redact(str(e.data.title) ?? "")),
		...repo.config.site.base_url ? [entryUrl(repo.config.site.base_url, e) ?? ""] : []
	]);
	const header = [
		"ID",
		"TYPE",
		"STATUS",
		"DATE",
		"TITLE",
		...repo.config.site.base_url ? ["PAGE"] : []
	];
	ctx.io.stdout.write(textTable(header, table, { out: ctx.io.stdout }));
	if (!ctx.globals.quiet) ctx.io.stdout.write(`${rows.length} entr${rows.length === 1 ? "y" : "ies"}.\n`);
	return 0;
}
export { entryDate, listRow, run };
