import { o as UsageError } from "./errors.js";
import { a as saveEdits, c as ACTION_FIELDS, i as openWorkspace, n as contentCheck, r as openEntry, s as titleOf, t as Asker } from "./apply.js";
import { t as isInteractive } from "./prompts.js";
import { a as isRecord, l as str, o as list, s as oneLine } from "./values.js";
// dist/commands/action.js
function actionsOf(open) {
	return list(open.editor.data.actions).map((a) => isRecord(a) ? a : {});
}
function label(a, i) {
	const d = oneLine(str(a.description) ?? "(no description)");
	return `${i + 1}. ${d.length > 70 ? `${d.slice(0, 69)}…` : d} (${str(a.status) ?? "no status"}; due ${str(a.due) ?? "?"}; ${str(a.owner) ?? "no owner"})`;
}
async function pickAction(ctx, asker, open, opts, verb) {
	const actions = actionsOf(open);
	if (actions.length === 0) throw new UsageError(`${open.entry.id} has no actions yet. Add one with "lessons action add ${open.entry.id}".`);
	const candidates = actions.map((a, i) => ({
		a,
		i
	})).filter(({ a }) => verb === "edit" || a.status !== "done" && a.status !== "cancelled");
	if (opts.action !== void 0) {
		if (!/^\d+$/.test(opts.action) || Number(opts.action) < 1 || Number(opts.action) > actions.length) throw new UsageError(`--action: give the number of an action, 1 to ${actions.length}. The actions of ${open.entry.id} are:\n${actions.map((a, i) => `  ${label(a, i)}`).join("\n")}`);
		return Number(opts.action) - 1;
	}
	const shown = candidates.length ? candidates : actions.map((a, i) => ({
		a,
		i
	}));
	if (!isInteractive(ctx.io)) throw new UsageError(`say which action with --action <n> (there is no terminal to ask on). The actions of ${open.entry.id} are:\n${actions.map((a, i) => `  ${label(a, i)}`).join("\n")}`);
	return asker.choose(`Which action ${verb === "edit" ? "do you want to change" : verb === "done" ? "is done" : "is cancelled"}?`, shown.map(({ a, i }) => ({
		name: label(a, i),
		value: i
	})), "--action <n>");
}
function commit(open, what) {
	return {
		name: `${open.entry.id}-actions`,
		message: `${open.entry.id}: ${what} (${titleOf(open)})`
	};
}
async function start(ctx, lessonId) {
	const ws = await openWorkspace(ctx);
	return {
		ws,
		open: openEntry(ws, lessonId, ["lesson"]),
		asker: new Asker(ctx, ws.today)
	};
}
function liveCheck(ws, open, index) {
	return (f, v) => contentCheck(ws, open, (e, value) => e.set([
		"actions",
		index,
		...f.path
	], value), `actions.${index}.${f.path.join(".")}`)(v);
}
function stray(opts, allowed, verb) {
	const bad = Object.keys(ACTION_FIELDS).filter((n) => opts[ACTION_FIELDS[n].opt] !== void 0 && !allowed.includes(n));
	if (bad.length) throw new UsageError(`${bad.map((n) => ACTION_FIELDS[n].flag).join(", ")} ${bad.length === 1 ? "is" : "are"} not used by "lessons action ${verb}".`);
}
async function add(ctx, lessonId, opts) {
	if (opts.action !== void 0) throw new UsageError("--action picks an existing action; \"lessons action add\" adds a new one.");
	stray(opts, [
		"description",
		"owner",
		"due",
		"measure",
		"status"
	], "add");
	const { ws, open, asker } = await start(ctx, lessonId);
	const index = actionsOf(open).length;
	const fields = [
		ACTION_FIELDS.description,
		ACTION_FIELDS.owner,
		ACTION_FIELDS.due,
		ACTION_FIELDS.measure
	];
	const values = await asker.values(fields, opts, open.editor.data, (f, v) => {
		const trial = {
			description: "An action",
			owner: "Ward Manager",
			due: ws.today,
			status: "open",
			[String(f.path[0])]: v
		};
		return contentCheck(ws, open, (e) => e.append(["actions"], trial), `actions.${index}.${String(f.path[0])}`)(v);
	});
	const status = asker.flag(ACTION_FIELDS.status, opts) ?? "open";
	const action = {
		description: values.get(ACTION_FIELDS.description),
		owner: values.get(ACTION_FIELDS.owner),
		due: values.get(ACTION_FIELDS.due),
		status
	};
	const measure = values.get(ACTION_FIELDS.measure);
	if (measure !== void 0) action.measure = measure;
	open.editor.append(["actions"], action);
	open.editor.set(["updated"], ws.today);
	return saveEdits(ctx, ws, [open], { branch: opts.branch ? commit(open, `add action ${index + 1}`) : void 0 });
}
async function close(ctx, lessonId, opts, verb) {
	stray(opts, verb === "done" ? ["completed"] : [], verb);
	const { ws, open, asker } = await start(ctx, lessonId);
	const i = await pickAction(ctx, asker, open, opts, verb);
	const a = actionsOf(open)[i];
	const to = verb === "done" ? "done" : "cancelled";
	if (a.status === to) {
		ctx.io.stdout.write(`Action ${i + 1} of ${lessonId} is already ${to}; nothing to change.\n`);
		return 0;
	}
	open.editor.set([
		"actions",
		i,
		"status"
	], to);
	if (verb === "done") {
		const values = await asker.values([ACTION_FIELDS.completed], opts, open.editor.data);
		open.editor.set([
			"actions",
			i,
			"completed"
		], values.get(ACTION_FIELDS.completed));
	}
	open.editor.set(["updated"], ws.today);
	const notes = verb === "done" && !str(a.measure) ? [`Action ${i + 1} has no measure; the evaluation will need another way to show that it worked ("lessons action edit ${lessonId} --action ${i + 1} --measure …").`] : [];
	return saveEdits(ctx, ws, [open], {
		notes,
		branch: opts.branch ? commit(open, `action ${i + 1} ${to}`) : void 0
	});
}
const done = (ctx, lessonId, opts) => close(ctx, lessonId, opts, "done");
const cancel = (ctx, lessonId, opts) => close(ctx, lessonId, opts, "cancel");
async function edit(ctx, lessonId, opts) {
	const names = [
		"description",
		"owner",
		"due",
		"measure",
		"status",
		"completed"
	];
	const { ws, open, asker } = await start(ctx, lessonId);
	const i = await pickAction(ctx, asker, open, opts, "edit");
	const current = actionsOf(open)[i];
	const given = names.filter((n) => opts[ACTION_FIELDS[n].opt] !== void 0);
	const check = liveCheck(ws, open, i);
	let fields;
	if (given.length) fields = given.map((n) => ACTION_FIELDS[n]);
	else if (isInteractive(ctx.io)) fields = [
		"description",
		"owner",
		"due",
		"measure"
	].map((n) => ({
		...ACTION_FIELDS[n],
		optional: true,
		suggest: () => str(current[n])
	}));
	else throw new UsageError(`say what to change: ${names.map((n) => ACTION_FIELDS[n].flag).join(", ")} (there is no terminal to ask on).`);
	const values = await asker.values(fields, opts, open.editor.data, check);
	for (const f of fields) {
		const v = values.get(f);
		if (v !== void 0) open.editor.set([
			"actions",
			i,
			...f.path
		], v);
	}
	if (open.editor.changes.length) open.editor.set(["updated"], ws.today);
	return saveEdits(ctx, ws, [open], { branch: opts.branch ? commit(open, `edit action ${i + 1}`) : void 0 });
}
export { add, cancel, done, edit };
