import { r as entryUrl } from "./pages.js";
import { n as readEntryBytes, r as readEntryFile } from "./read.js";
import { m as parseYaml, t as CONFIG_FILE } from "./repository.js";
import { o as readRegularFile } from "./inside.js";
import { I as entryType, n as withDefaults, z as isEntryType } from "./config.js";
import { a as isRecord, l as str, m as visible, o as list } from "./values.js";
import { r as checkRepository } from "./engine.js";
import { r as redactor, t as redactData } from "./redact.js";
import { t as CHECKLIST } from "./checklist.js";
import { branchChanges } from "./changes.js";
import path from "node:path";
// dist/authoring/config-diff.js
const DEFAULTS = withDefaults({});
function load(text) {
	if (text === void 0) return {};
	const parsed = parseYaml({
		yaml: text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n"),
		yamlLine: 1,
		body: "",
		bodyLine: 1
	});
	if (!parsed.ok) return void 0;
	return isRecord(parsed.data) ? parsed.data : parsed.data == null ? {} : void 0;
}
function at(data, ...keys) {
	let v = data;
	for (const k of keys) v = isRecord(v) ? v[k] : void 0;
	return v;
}
function texts(v) {
	return Array.isArray(v) ? v.map((x) => typeof x === "string" ? x : JSON.stringify(x)) : [];
}
function keyed(v, key) {
	const out = new Map();
	if (Array.isArray(v)) {
		for (const item of v) if (isRecord(item)) out.set(key(item), JSON.stringify(item));
	}
	return out;
}
function weakenedSettings(beforeText, afterText) {
	const before = load(beforeText) ?? {};
	const after = load(afterText) ?? {};
	const out = [];
	const oldAllow = new Set(texts(at(before, "pii", "allow")));
	for (const a of texts(at(after, "pii", "allow"))) if (!oldAllow.has(a)) out.push({
		setting: "pii.allow",
		change: "added",
		value: a
	});
	const patternKey = (i) => String(i.name ?? i.pattern ?? "");
	const oldPatterns = keyed(at(before, "pii", "patterns"), patternKey);
	const newPatterns = keyed(at(after, "pii", "patterns"), patternKey);
	for (const [name, item] of oldPatterns) {
		const now = newPatterns.get(name);
		if (now === void 0) out.push({
			setting: "pii.patterns",
			change: "removed",
			value: item
		});
		else if (now !== item) out.push({
			setting: "pii.patterns",
			change: "changed",
			value: `${item} → ${now}`
		});
	}
	const termKey = (i) => String(i.phrase ?? i.pattern ?? "");
	const oldTerms = keyed(at(before, "language", "terms"), termKey);
	const newTerms = keyed(at(after, "language", "terms"), termKey);
	for (const [term, item] of oldTerms) {
		const now = newTerms.get(term);
		if (now === void 0) out.push({
			setting: "language.terms",
			change: "removed",
			value: item
		});
		else if (now !== item) out.push({
			setting: "language.terms",
			change: "changed",
			value: `${item} → ${now}`
		});
	}
	for (const list of [
		"themes",
		"services",
		"audiences"
	]) {
		const was = at(before, "taxonomy", list);
		const is = at(after, "taxonomy", list);
		if (!Array.isArray(was)) continue;
		if (!Array.isArray(is)) {
			out.push({
				setting: `taxonomy.${list}`,
				change: "dropped",
				value: "the list is gone, so any value is now accepted"
			});
			continue;
		}
		const old = new Set(texts(was));
		for (const v of texts(is)) if (!old.has(v)) out.push({
			setting: `taxonomy.${list}`,
			change: "added",
			value: v
		});
	}
	const oldLimit = at(before, "limits", "max_file_bytes");
	const newLimit = at(after, "limits", "max_file_bytes");
	if (typeof newLimit === "number" && newLimit > (typeof oldLimit === "number" ? oldLimit : DEFAULTS.limits.max_file_bytes)) out.push({
		setting: "limits.max_file_bytes",
		change: "raised",
		value: String(newLimit)
	});
	const oldRoot = at(before, "root") ?? DEFAULTS.root;
	const newRoot = at(after, "root") ?? DEFAULTS.root;
	if (oldRoot !== newRoot) out.push({
		setting: "root",
		change: "changed",
		value: `${String(oldRoot)} → ${String(newRoot)}`
	});
	return out;
}
// dist/authoring/review.js
const REVIEW_MARKER = "<!-- lessons-review -->";
async function buildReview(opts) {
	const { repo, today } = opts;
	const { git, ref, commit } = opts.changes;
	const changes = new Map([...opts.changes.files].map(([file, kind]) => [file, {
		kind,
		file
	}]));
	const oldNames = [...changes.values()].filter((c) => c.kind !== "added").map((c) => c.file);
	const old = await git.readBlobs(commit, [...oldNames, CONFIG_FILE]);
	const selected = new Set([...changes.values()].filter((c) => c.kind !== "removed").map((c) => c.file));
	const check = checkRepository({
		repo,
		today,
		selected
	});
	const problemsByFile = new Map();
	for (const p of check.problems) {
		const l = problemsByFile.get(p.file);
		if (l) l.push(p);
		else problemsByFile.set(p.file, [p]);
	}
	const redact = redactor(repo.config);
	const entries = [];
	for (const c of [...changes.values()].sort((a, b) => order(a.kind) - order(b.kind) || a.file.localeCompare(b.file))) {
		const oldData = c.kind === "added" ? void 0 : readEntryBytes(c.file, path.join(repo.root, c.file), old.get(c.file) ?? Buffer.alloc(0)).data;
		const newData = c.kind === "removed" ? void 0 : readEntryFile(path.join(repo.root, c.file), c.file, repo.config.limits.max_file_bytes).data;
		const before = oldData && redactData(oldData, redact);
		const after = newData && redactData(newData, redact);
		const shown = after ?? before ?? {};
		const url = c.kind === "removed" ? void 0 : entryUrl(repo.config.site.base_url, {
			type: str(shown.type),
			id: str(shown.id)
		});
		entries.push({
			change: c.kind,
			file: c.file,
			...url ? { url } : {},
			type: str(shown.type) ?? null,
			id: str(shown.id) ?? null,
			title: str(shown.title) ?? null,
			status: {
				from: before ? scalar(before.status) : null,
				to: after ? scalar(after.status) : null
			},
			fields: c.kind === "changed" && before && after ? changedFields(before, after) : [],
			actions: compareActions(before, after, c.kind),
			public: publicText(before, after),
			problems: c.kind === "removed" ? [] : problemsByFile.get(c.file) ?? []
		});
	}
	const currentConfig = readRegularFile(path.join(repo.root, CONFIG_FILE), repo.root, repo.config.limits.max_file_bytes);
	const config = weakenedSettings(old.get(CONFIG_FILE)?.toString("utf8"), "bytes" in currentConfig ? currentConfig.bytes.toString("utf8") : void 0).map((w) => ({
		...w,
		value: redact(w.value)
	}));
	const elsewhere = check.problems.filter((p) => !changes.has(p.file) || changes.get(p.file).kind === "removed");
	const all = [...entries.flatMap((e) => e.problems), ...elsewhere];
	const errors = all.filter((p) => p.severity === "error").length;
	return {
		base: {
			ref,
			commit
		},
		summary: {
			added: entries.filter((e) => e.change === "added").length,
			changed: entries.filter((e) => e.change === "changed").length,
			removed: entries.filter((e) => e.change === "removed").length,
			errors,
			warnings: all.length - errors
		},
		entries,
		elsewhere,
		config,
		checklist: [...CHECKLIST]
	};
}
const PUBLIC_FIELDS = [
	"public",
	"public_title",
	"public_summary"
];
function publicText(before, after) {
	if (!after || after.public !== true) return null;
	const changed = PUBLIC_FIELDS.filter((f) => JSON.stringify(before?.[f]) !== JSON.stringify(after[f]));
	if (changed.length === 0) return null;
	return {
		title: str(after.public_title) ?? str(after.title) ?? null,
		summary: str(after.public_summary) ?? null,
		changed
	};
}
function order(k) {
	return k === "added" ? 0 : k === "changed" ? 1 : 2;
}
function scalar(v) {
	return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : null;
}
function changedFields(before, after) {
	return [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => k !== "status" && k !== "actions" && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
function actionView(a) {
	const r = isRecord(a) ? a : {};
	return {
		description: scalar(r.description),
		owner: scalar(r.owner),
		due: scalar(r.due),
		status: scalar(r.status)
	};
}
function compareActions(before, after, kind) {
	const out = {
		added: [],
		changed: [],
		removed: []
	};
	const oldActions = list(before?.actions).map(actionView);
	const newActions = list(after?.actions).map(actionView);
	if (kind === "removed") return out;
	const unmatched = [...oldActions];
	for (const a of newActions) {
		const i = unmatched.findIndex((o) => o.description === a.description);
		if (i === -1) {
			out.added.push(a);
			continue;
		}
		const o = unmatched.splice(i, 1)[0];
		const changes = {};
		for (const k of [
			"owner",
			"due",
			"status"
		]) if (o[k] !== a[k]) changes[k] = {
			from: o[k],
			to: a[k]
		};
		if (Object.keys(changes).length) out.changed.push({
			...a,
			changes
		});
	}
	out.removed = unmatched;
	return out;
}
const MAX_CHARS = 6e4;
const MAX_VALUE = 300;
function short(s) {
	return s.length > MAX_VALUE ? `${s.slice(0, 299)}…` : s;
}
function md(s) {
	return visible(short(s).replace(/\s+/g, " ")).replace(/[\\`*_{}[\]()#+!|~>]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/@/g, "&#64;");
}
function code(s) {
	return `\`${visible(short(s).replace(/\s+/g, " ")).replace(/`/g, "'")}\``;
}
function actionLine(a) {
	const parts = [
		`owner: ${a.owner ? md(a.owner) : "(none)"}`,
		`due: ${a.due ? md(a.due) : "(none)"}`,
		`status: ${a.status ? md(a.status) : "(none)"}`
	];
	return `${a.description ? md(a.description) : "(no description)"} — ${parts.join("; ")}`;
}
function problemLine(p, withFile) {
	return `- **${p.severity}** ${withFile ? `${code(p.file)} ` : ""}line ${p.line}: ${md(p.message)} (${code(p.rule)})`;
}
function entryMarkdown(e) {
	const out = [];
	const name = e.type && isEntryType(e.type) ? entryType(e.type).label : "Entry";
	out.push(`#### ${name} ${e.id ? code(e.id) : "(no id)"}: ${e.title ? md(e.title) : "(no title)"}`);
	out.push("");
	out.push(`- File: ${code(e.file)}`);
	if (e.url) out.push(`- Page in the learning library (once merged): ${e.url}`);
	if (e.change === "added") out.push(`- Status: ${e.status.to ? md(e.status.to) : "(none)"}`);
	else if (e.change === "removed") out.push(`- Status when removed: ${e.status.from ? md(e.status.from) : "(none)"}`);
	else if (e.status.from !== e.status.to) out.push(`- Status: ${md(e.status.from ?? "(none)")} → ${md(e.status.to ?? "(none)")}`);
	else out.push(`- Status: ${md(e.status.to ?? "(none)")} (unchanged)`);
	if (e.fields.length) out.push(`- Also changed: ${e.fields.map(code).join(", ")}`);
	if (e.public) {
		out.push(`- Public text (${e.change === "added" ? "new" : `changed: ${e.public.changed.map(code).join(", ")}`}) — patients and carers will read this; check it is plain, kind and identifies no one:`);
		out.push(`  > **${e.public.title ? md(e.public.title) : "(no title)"}**`, "  >", `  > ${e.public.summary ? md(e.public.summary) : "(no public summary yet)"}`);
	}
	if (e.actions.added.length) {
		out.push(`- ${e.change === "added" ? "Actions" : "New actions"}:`);
		for (const a of e.actions.added) out.push(`  - ${actionLine(a)}`);
	}
	if (e.actions.changed.length) {
		out.push("- Changed actions:");
		for (const a of e.actions.changed) {
			const what = Object.entries(a.changes).map(([k, v]) => `${k} ${md(v.from ?? "(none)")} → ${md(v.to ?? "(none)")}`);
			out.push(`  - ${a.description ? md(a.description) : "(no description)"} — ${what.join("; ")}`);
		}
	}
	if (e.actions.removed.length) {
		out.push("- Removed actions:");
		for (const a of e.actions.removed) out.push(`  - ${actionLine(a)}`);
	}
	if (e.problems.length) {
		out.push("- Problems:");
		for (const p of e.problems) out.push(`  ${problemLine(p, false)}`);
	} else if (e.change !== "removed") out.push("- No problems found.");
	return out.join("\n");
}
var Budget = class {
	left;
	lines = [];
	constructor(left) {
		this.left = left;
	}
	add(...block) {
		const size = block.reduce((n, l) => n + l.length + 1, 0);
		if (size > this.left) return false;
		this.left -= size;
		this.lines.push(...block);
		return true;
	}
};
const CHANGE_WORDS = {
	added: "added",
	removed: "removed",
	changed: "changed",
	raised: "raised to",
	dropped: "removed:"
};
function reviewMarkdown(r) {
	const s = r.summary;
	const base = `Compared with ${code(r.base.ref)} (from commit ${code(r.base.commit.slice(0, 12))})`;
	const head = [
		REVIEW_MARKER,
		"## Lessons review",
		""
	];
	if (r.entries.length === 0) head.push(`${base}: this branch does not add, change or remove any entries.`);
	else {
		const counts = [
			`${s.added} added`,
			`${s.changed} changed`,
			`${s.removed} removed`
		].join(", ");
		const verdict = s.errors + s.warnings === 0 ? "`lessons validate` finds no problems in them." : `\`lessons validate\` finds ${s.errors} error${s.errors === 1 ? "" : "s"} and ${s.warnings} warning${s.warnings === 1 ? "" : "s"}${s.errors ? " to fix before merging" : ""}.`;
		head.push(`${base}: ${counts}. ${verdict}`);
	}
	head.push("");
	const tail = r.entries.length === 0 ? [] : [
		"### Reviewer checklist",
		"",
		...r.checklist.map((c) => `- [ ] ${c}`)
	];
	const fixed = [...head, ...tail].reduce((n, l) => n + l.length + 1, 0);
	const body = new Budget(MAX_CHARS - fixed - 600);
	const notes = [];
	if (r.config.length) {
		body.add("### Configuration changes that weaken the checks", "", `This branch changes ${code(CONFIG_FILE)} so that \`lessons validate\` finds less. Check that each change is intended:`, "");
		let shown = 0;
		for (const w of r.config) {
			if (!body.add(`- ${code(w.setting)} ${CHANGE_WORDS[w.change]} ${code(w.value)}`)) break;
			shown++;
		}
		if (shown < r.config.length) body.add(`- … and ${r.config.length - shown} more: compare ${code(CONFIG_FILE)} with the base branch.`);
		body.add("");
	}
	let omitted = 0;
	for (const kind of [
		"added",
		"changed",
		"removed"
	]) {
		const group = r.entries.filter((e) => e.change === kind);
		if (group.length === 0) continue;
		const heading = `### ${kind === "added" ? "Added" : kind === "changed" ? "Changed" : "Removed"} (${group.length})`;
		let headed = false;
		for (const e of group) {
			const text = entryMarkdown(e);
			const block = headed ? [text, ""] : [
				heading,
				"",
				text,
				""
			];
			if (body.add(...block)) headed = true;
			else omitted++;
		}
	}
	if (omitted) notes.push(`_${omitted} more ${omitted === 1 ? "entry is" : "entries are"} not shown, to keep this comment within GitHub's size limit. Run \`lessons review\` locally to see everything._`, "");
	if (r.elsewhere.length) {
		const intro = r.entries.length ? [
			"### Problems elsewhere in the repository",
			"",
			"These files are not changed by this branch, but the repository-wide checks find problems in them (for example a reference to an entry this branch removes).",
			""
		] : ["### Problems elsewhere in the repository", ""];
		if (body.add(...intro)) {
			let shown = 0;
			for (const p of r.elsewhere.slice(0, 50)) {
				if (!body.add(problemLine(p, true))) break;
				shown++;
			}
			if (shown < r.elsewhere.length) body.add(`- … and ${r.elsewhere.length - shown} more: run \`lessons validate\`.`);
			body.add("");
		}
	}
	const text = `${[
		...head,
		...body.lines,
		...notes,
		...tail
	].join("\n").replace(/\n+$/, "")}\n`;
	return text.length <= 65536 ? text : `${text.slice(0, text.lastIndexOf("\n", 65336))}\n\n_This comment was cut to GitHub's size limit. Run \`lessons review\` locally to see everything._\n`;
}
// dist/commands/review.js
async function run(ctx, opts) {
	const repo = await ctx.repository();
	const today = await ctx.today();
	const review = await buildReview({
		repo,
		changes: await branchChanges(repo, opts.base, (m) => ctx.warn(m), "\"lessons review\""),
		today
	});
	ctx.io.stdout.write(opts.format === "json" ? `${JSON.stringify(review, null, 2)}\n` : reviewMarkdown(review));
	return 0;
}
export { run };
