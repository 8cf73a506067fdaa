import { o as UsageError } from "./errors.js";
import { a as saveEdits, d as isBackwards, f as leftInPlace, i as openWorkspace, l as STATUSES, n as contentCheck, o as sectionCheck, p as statusNeeds, r as openEntry, s as titleOf, t as Asker, u as STATUS_FIELDS } from "./apply.js";
import { S as REQUIRED_SECTIONS } from "./engine.js";
import { l as str, n as closest } from "./values.js";
// dist/commands/status.js
async function run(ctx, id, to, opts) {
	const ws = await openWorkspace(ctx);
	const open = openEntry(ws, id, [
		"lesson",
		"incident",
		"policy"
	]);
	const { type, editor } = open;
	const statuses = STATUSES[type];
	if (!statuses.includes(to)) {
		const guess = closest(to, statuses);
		throw new UsageError(`"${to}" is not a status of a ${type === "incident" ? "learning source" : type}.${guess ? ` Did you mean "${guess}"?` : ""} Use ${statuses.join(", ")}.`);
	}
	const data = editor.data;
	const from = str(data.status);
	const { needed, allowed } = statusNeeds(type, data, to, editor.body());
	const given = Object.keys(STATUS_FIELDS).filter((n) => opts[STATUS_FIELDS[n].opt] !== void 0);
	const stray = given.filter((n) => !allowed.includes(n));
	if (stray.length) throw new UsageError(`${stray.map((n) => STATUS_FIELDS[n].flag).join(", ")} ${stray.length === 1 ? "is" : "are"} not used when a ${type === "incident" ? "learning source" : type} moves to "${to}".`);
	const wanted = new Set([...needed, ...given]);
	if (wanted.has("channel") || wanted.has("sharedDate")) wanted.add("channel").add("sharedDate");
	const fields = Object.keys(STATUS_FIELDS).filter((n) => wanted.has(n)).map((n) => STATUS_FIELDS[n]);
	const asker = new Asker(ctx, ws.today);
	const live = (f, v) => contentCheck(ws, open, (e, value) => e.set(f.path, value), f.path.join("."))(v);
	const liveSection = (f, v) => sectionCheck(ws, open, String(f.path[1]), v);
	const values = await asker.values(fields, opts, data, (f, v) => f.path[0] === "body" ? liveSection(f, v) : f.path.length === 1 ? live(f, v) : void 0);
	const value = (n) => values.get(STATUS_FIELDS[n]);
	for (const s of REQUIRED_SECTIONS) {
		const v = values.get(STATUS_FIELDS[s.opt]);
		if (v !== void 0) editor.setSection(s.name, v, s.aliases);
	}
	editor.set(["status"], to);
	for (const n of [
		"approvedBy",
		"approvedOn",
		"evaluateBy",
		"ratifiedBy",
		"ratifiedOn",
		"implementedOn",
		"reviewDate"
	]) {
		const v = value(n);
		if (v !== void 0) editor.set(STATUS_FIELDS[n].path, v);
	}
	if (value("publicSummary") !== void 0 || value("publicTitle") !== void 0) {
		editor.set(["public"], true);
		if (value("publicTitle") !== void 0) editor.set(["public_title"], value("publicTitle"));
		if (value("publicSummary") !== void 0) editor.set(["public_summary"], value("publicSummary"));
	}
	if (value("channel") !== void 0) editor.append(["shared"], {
		channel: value("channel"),
		date: value("sharedDate")
	});
	if (value("evaluationDate") !== void 0 || value("evaluationMethod") !== void 0 || value("evaluationResult") !== void 0) {
		const old = editor.get(["evaluation"]);
		const ev = typeof old === "object" && old !== null ? old : {};
		for (const [n, k] of [
			["evaluationDate", "date"],
			["evaluationMethod", "method"],
			["evaluationResult", "result"]
		]) {
			const v = value(n);
			if (v !== void 0) ev[k] = v;
		}
		editor.set(["evaluation"], ev);
	}
	if (type === "lesson" && editor.changes.length) editor.set(["updated"], ws.today);
	const notes = [];
	if (isBackwards(type, from, to)) {
		const kept = leftInPlace(type, data, to);
		notes.push(`Moved back from "${from}" to "${to}".` + (kept.length ? ` Left in place: ${kept.join("; ")}. They record what happened; remove them by hand only if they were recorded in error.` : ""));
	}
	return saveEdits(ctx, ws, [open], {
		notes,
		branch: opts.branch ? {
			name: `${id}-${to}`,
			message: `${id}: status ${from ?? "(none)"} → ${to} (${titleOf(open)})`
		} : void 0
	});
}
export { run };
