import { a as isIsoDate } from "./dates.js";
import { n as isOverdue } from "./lifecycle.js";
import { a as isRecord, l as str, o as list } from "./values.js";
// dist/digest/actions.js
function lessonActions(e, today) {
	const rows = [];
	for (const a of list(e.data.actions)) {
		if (!isRecord(a)) continue;
		const due = str(a.due) ?? null;
		const status = str(a.status) ?? null;
		rows.push({
			lesson: e.id ?? "",
			file: e.file,
			description: str(a.description) ?? null,
			owner: str(a.owner) ?? null,
			due,
			status,
			overdue: isOverdue(due, status, today)
		});
	}
	return rows;
}
function allActions(entries, today) {
	const rows = [];
	for (const e of entries) {
		if (e.type !== "lesson" || e.data.status === "archived" || e.id === void 0) continue;
		rows.push(...lessonActions(e, today));
	}
	return sortActions(rows);
}
function sortActions(rows) {
	const keyed = rows.map((r, i) => ({
		r,
		i,
		due: r.due !== null && isIsoDate(r.due) ? r.due : "￿"
	}));
	keyed.sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.r.lesson < b.r.lesson ? -1 : a.r.lesson > b.r.lesson ? 1 : a.i - b.i);
	keyed.forEach((k, i) => rows[i] = k.r);
	return rows;
}
export { lessonActions as n, allActions as t };
