import { a as RefusedError, o as UsageError } from "./errors.js";
import { n as isSafeId } from "./ids.js";
import { a as isRecord, l as str, n as closest, t as andList, u as stringItems } from "./values.js";
import { n as lessonActions } from "./actions.js";
import { E as parseBlocks, O as shortenBlocks, S as cutText, T as mdText, b as blocksToMarkdown, c as longDate, g as label, s as kindName, u as plural, x as bodySections } from "./render-html.js";
import { n as entryRef } from "./pages.js";
import { i as renderDocument, n as checkOutput, r as writeOutput, t as readBody } from "./body.js";
import { n as skippedNote, t as loadEntries } from "./load.js";
import { I as entryType, z as isEntryType } from "./config.js";
import { t as isApprovedOrLater } from "./lifecycle.js";
import { t as progress } from "./progress.js";
import { r as redactor, t as redactData } from "./redact.js";
import path from "node:path";
// dist/digest/brief.js
function refMarkdown(ref) {
	return ref.url ? `[${mdText(ref.title)}](${ref.url.replace(/[()\s]/g, encodeURIComponent)})` : `${mdText(ref.title)} (${mdText(ref.id)})`;
}
const HARM_ORDER = [
	"none",
	"low",
	"moderate",
	"severe",
	"fatal"
];
const LIMITS = {
	background: {
		chars: 440,
		items: 3
	},
	why: {
		chars: 340,
		items: 3
	},
	happened: {
		chars: 500,
		items: 4
	},
	learned: {
		chars: 460,
		items: 4
	},
	changed: {
		chars: 460,
		items: 4
	},
	questions: {
		chars: 340,
		items: 4
	}
};
function part(heading, md, limit, fallback) {
	const blocks = md ? parseBlocks(md) : [];
	if (blocks.length === 0) return {
		heading,
		blocks: [{
			kind: "p",
			text: fallback
		}],
		shortened: false
	};
	if (!limit) return {
		heading,
		blocks,
		shortened: false
	};
	const { blocks: short, cut } = shortenBlocks(blocks, limit.chars, limit.items, 180);
	return {
		heading,
		blocks: short,
		shortened: cut
	};
}
function worst(values) {
	let best = -1;
	for (const v of values) if (v) best = Math.max(best, HARM_ORDER.indexOf(v));
	return best >= 0 ? HARM_ORDER[best] : void 0;
}
function whyItMatters(lesson, sources, policies) {
	const d = lesson.data;
	const themes = stringItems(d.themes).map((t) => label(t.value).toLowerCase());
	const services = stringItems(d.services).map((s) => label(s.value).toLowerCase());
	const audience = stringItems(d.audience).map((a) => label(a.value).toLowerCase());
	const sentences = [];
	if (d.kind === "good-practice") sentences.push(`This is good practice worth spreading: it shows what helps care go well${themes.length ? ` in ${andList(themes)}` : ""}.`);
	else {
		sentences.push(`This lesson is about ${themes.length ? andList(themes) : "patient safety"}: something that made care harder to get right, and what now makes it easier.`);
		const physical = worst(sources.map((s) => isRecord(s.data.harm) ? str(s.data.harm.physical) : void 0));
		const psychological = worst(sources.map((s) => isRecord(s.data.harm) ? str(s.data.harm.psychological) : void 0));
		const harms = [physical && physical !== "none" ? `${physical} physical harm` : "", psychological && psychological !== "none" ? `${psychological} psychological harm` : ""].filter(Boolean);
		if (harms.length) sentences.push(`The event it came from was recorded as causing ${andList(harms)}.`);
	}
	if (services.length) sentences.push(`It applies to ${andList(services)} services${audience.length ? ` and is for ${andList(audience)}` : ""}.`);
	else if (audience.length) sentences.push(`It is for ${andList(audience)}.`);
	if (policies.length) sentences.push(`It changed ${policies.length === 1 ? "a trust policy" : `${policies.length} trust policies`}, listed below.`);
	return sentences.join(" ");
}
function buildBriefing(input) {
	const { lesson, body, entries } = input;
	const fit = input.fit === true;
	const limit = (name) => fit ? LIMITS[name] : void 0;
	const few = (list) => fit ? list.slice(0, 2) : list;
	const clip = (text) => fit ? cutText(text, 90) : text;
	const d = lesson.data;
	const byId = new Map(entries.filter((x) => x.id !== void 0).map((x) => [x.id, x]));
	const sources = stringItems(d.sources).map((s) => byId.get(s.value)).filter((x) => x?.type === "incident");
	const policyIds = new Set(stringItems(d.policies).map((p) => p.value));
	for (const x of entries) if (x.type === "policy" && x.id && stringItems(x.data.lessons).some((l) => l.value === lesson.id)) policyIds.add(x.id);
	const policies = [...policyIds].map((p) => byId.get(p)).filter((x) => x?.type === "policy");
	const sections = bodySections(body);
	const get = (...names) => names.map((n) => sections.get(n)).find((s) => s);
	const sourceLines = few(sources).map((s) => {
		const kind = label(str(s.data.source) ?? "learning source").toLowerCase();
		const reported = str(s.data.reported);
		const occurred = str(s.data.occurred);
		const when = reported ? `reported ${longDate(reported)}` : occurred ? `in ${/^\d{4}-\d{2}$/.test(occurred) ? longDate(`${occurred}-01`).replace(/^1 /, "") : longDate(occurred)}` : "";
		const response = str(s.data.response);
		return `From ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}${when ? `, ${when}` : ""}${response && response !== "none" ? ` (learning response: ${label(response).toLowerCase().replace("psii", "PSII").replace("mdt", "MDT")})` : ""}.`;
	});
	const summary = str(d.summary) ?? "";
	const background = [mdText(summary), ...sourceLines.map(mdText)].filter(Boolean).join("\n\n");
	const actions = lessonActions(lesson, input.today).filter((a) => a.status !== "done" && a.status !== "cancelled");
	const next = actions.filter((a) => a.due).sort((a, b) => a.due < b.due ? -1 : 1)[0];
	const changed = part("What we changed", get("what we changed", "what has changed", "what changed"), limit("changed"), "Not recorded in the lesson.");
	if (actions.length) changed.blocks.push({
		kind: "p",
		text: `${plural(actions.length, "action")} still open${next ? `; the next is due ${mdText(longDate(next.due))}` : ""}.`
	});
	const parts = [
		part("Background", background, limit("background"), "Not recorded in the lesson."),
		part("Why it matters", get("why it matters") ?? mdText(whyItMatters(lesson, sources, policies)), limit("why"), ""),
		part("What happened", get("what happened", "what went well"), limit("happened"), "Not recorded in the lesson."),
		part("What we learned", get("what we learned", "what we have learned", "learning"), limit("learned"), "Not recorded in the lesson."),
		changed,
		part("Questions for reflection", get("questions for reflection", "questions to reflect on", "reflection questions", "questions"), limit("questions"), "Not recorded in the lesson.")
	];
	const ref = (e) => entryRef(input.baseUrl, {
		type: e.type,
		id: e.id,
		title: clip(str(e.data.title) ?? "")
	});
	const more = [`The full lesson: ${refMarkdown(ref(lesson))}`];
	for (const s of few(sources)) {
		const r = ref(s);
		more.push(r.url ? `Learning source: ${refMarkdown(r)}` : `Learning source ${mdText(s.id)}: ${mdText(r.title)}`);
	}
	if (fit && sources.length > 2) more.push(`and ${plural(sources.length - 2, "more learning source")}`);
	for (const p of few(policies)) {
		const ref = str(p.data.reference);
		const version = str(p.data.version);
		const r = entryRef(input.baseUrl, {
			type: "policy",
			id: p.id,
			title: clip(str(p.data.title) ?? "")
		});
		more.push(`Policy ${mdText(ref ?? p.id)}${version ? ` version ${mdText(version)}` : ""}: ${r.url ? refMarkdown(r) : mdText(r.title)}`);
	}
	if (fit && policies.length > 2) more.push(`and ${plural(policies.length - 2, "more policy", "more policies")}`);
	parts.push({
		heading: "Find out more",
		blocks: [{
			kind: "list",
			ordered: false,
			items: more
		}],
		shortened: false
	});
	return {
		id: lesson.id,
		title: str(d.title) ?? lesson.id,
		file: lesson.file,
		organisation: input.organisation,
		generated: input.today,
		kind: kindName(str(d.kind)),
		status: str(d.status) ?? "",
		themes: stringItems(d.themes).map((t) => t.value),
		parts
	};
}
const SHORTENED = "Shortened to fit one page: the full text is in the lesson file.";
function briefingDocument(b) {
	return {
		title: `7-minute briefing: ${b.title}`,
		organisation: b.organisation,
		subtitle: [
			[{ strong: b.organisation }],
			b.kind,
			b.themes.map(label).join(", "),
			b.id,
			`made on ${longDate(b.generated)}`
		],
		intro: [],
		sections: b.parts.map((p, i) => ({
			heading: p.heading,
			number: i + 1,
			blocks: [{
				kind: "markdown",
				source: blocksToMarkdown(p.blocks)
			}, ...p.shortened ? [{
				kind: "paragraph",
				text: SHORTENED,
				tone: "note"
			}] : []]
		})),
		footer: "Read it together, then talk through the questions. Print on one A4 page.",
		layout: "briefing"
	};
}
// dist/commands/brief.js
async function run(ctx, id, opts) {
	if (!isSafeId(id)) throw new UsageError(`"${id}" is not a lesson id. Ids look like LL-20261104-7kq2; run "lessons list --type lesson" to see them.`);
	const today = await ctx.today();
	const repo = await ctx.repository();
	const target = opts.out !== void 0 ? checkOutput(ctx, repo, opts.out) : void 0;
	const bar = progress(ctx.io.stderr, "Reading entries", !ctx.globals.quiet);
	const { entries, skipped } = loadEntries(repo, (done, total) => bar.update(done, total));
	bar.done();
	const skippedMessage = skippedNote(skipped);
	if (skippedMessage) ctx.note(skippedMessage);
	const found = entries.filter((e) => e.id === id);
	const lesson = found.find((e) => e.type === "lesson");
	if (!lesson) {
		if (found.length) {
			const type = found[0].type;
			const what = type && isEntryType(type) ? entryType(type).noun : "an entry";
			throw new RefusedError(`${id} is ${what} (${found[0].file}), not a lesson. A briefing is made from a lesson.`);
		}
		const ids = entries.filter((e) => e.type === "lesson" && e.id).map((e) => e.id);
		const near = closest(id, ids);
		throw new RefusedError(`There is no lesson with the id ${id}.${near ? ` Did you mean ${near}?` : ""} Run "lessons list --type lesson" to see the lessons.`);
	}
	if (!isApprovedOrLater(lesson.data.status)) {
		const status = str(lesson.data.status) ?? "no status";
		ctx.warn(`${id} is ${status === "archived" ? "archived" : `not approved yet (status: ${status})`}; check it with the lessons team before sharing it.`);
	}
	const briefing = buildBriefing({
		lesson,
		body: readBody(path.join(repo.root, lesson.file), repo.config.limits.max_file_bytes, repo.root) ?? "",
		entries,
		organisation: repo.config.organisation,
		today,
		fit: opts.format === "html",
		baseUrl: repo.config.site.base_url
	});
	const redact = redactor(repo.config);
	const text = opts.format === "json" ? `${JSON.stringify(redactData(briefing, redact), null, 2)}
` : renderDocument(briefingDocument(briefing), opts.format === "html" ? "html" : "md", { redact });
	if (target) writeOutput(ctx, target, text);
	else ctx.io.stdout.write(text);
	return 0;
}
export { run };
