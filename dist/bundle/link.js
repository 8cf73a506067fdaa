import { a as saveEdits, i as openWorkspace, r as openEntry } from "./apply.js";
import { u as stringItems } from "./values.js";
// dist/commands/link.js
async function run(ctx, lessonId, otherId, opts) {
	const ws = await openWorkspace(ctx);
	const lesson = openEntry(ws, lessonId, ["lesson"]);
	const other = openEntry(ws, otherId, ["incident", "policy"]);
	const lessonField = other.type === "incident" ? "sources" : "policies";
	const has = (data, field, id) => stringItems(data[field]).some((i) => i.value === id);
	if (!has(lesson.editor.data, lessonField, otherId)) lesson.editor.append([lessonField], otherId);
	if (!has(other.editor.data, "lessons", lessonId)) other.editor.append(["lessons"], lessonId);
	if (lesson.editor.changes.length) lesson.editor.set(["updated"], ws.today);
	return saveEdits(ctx, ws, [lesson, other], { branch: opts.branch ? {
		name: `${lessonId}-link-${otherId}`,
		message: `Link ${lessonId} and ${otherId}`
	} : void 0 });
}
export { run };
