import { r as makeDirInside } from "./inside.js";
import { a as RefusedError, o as UsageError } from "./errors.js";
import { A as string, B as nounWithType, I as entryType, M as unknown, O as record, z as isEntryType } from "./config.js";
import { s as toPosix, u as parseDataFile } from "./repository.js";
import { l as str, n as closest, s as oneLine } from "./values.js";
import { _ as loadCatalogue, b as question, f as answersOf, g as chooseGuide, h as walk, m as next, p as formatSteps, t as checkEntryText, v as loadGuide, x as questionLabel, y as outcome } from "./engine.js";
import { t as entryText } from "./entry-yaml.js";
import { r as newId } from "./ids.js";
import { t as loadEntries } from "./load.js";
import { n as openPrompter, t as isInteractive } from "./prompts.js";
import { FileExistsError, writeFileAtomic } from "./write.js";
import path from "node:path";
import { readFileSync } from "node:fs";
// dist/just-culture/answers.js
function toAnswer(value) {
	if (value === true) return "yes";
	if (value === false) return "no";
	if (typeof value === "string") {
		const v = value.trim().toLowerCase();
		if (v === "yes" || v === "no") return v;
	}
}
function parseAnswers(source, shown, guide) {
	const example = "e.g. {\"1a\": \"no\", \"2a\": \"no\"} or one \"1a: no\" line per question";
	const ids = [...guide.questions.keys()];
	const map = parseDataFile(source, {
		shown,
		schema: record(string(), unknown()),
		what: "the answers",
		empty: {},
		notAMap: `the answers must be a map of question id to yes or no, ${example}.`,
		check: (data) => {
			const problems = [];
			for (const [key, value] of Object.entries(data)) if (!guide.questions.has(key)) {
				const guess = closest(key, ids);
				problems.push({
					path: [key],
					at: "key",
					message: `"${key}" is not a question of the guide.${guess ? ` Did you mean "${guess}"?` : ""} The questions are ${ids.join(", ")}.`
				});
			} else if (!toAnswer(value)) {
				const shownValue = typeof value === "string" ? `"${value}"` : value === null ? "empty" : JSON.stringify(value);
				problems.push({
					path: [key],
					message: `the answer to ${key} is ${shownValue}; answer yes or no.`
				});
			}
			return problems;
		}
	});
	if (Object.keys(map).length === 0) throw new UsageError(`${shown} has no answers. Write one answer per question asked, ${example}.`);
	const answers = {};
	for (const [key, value] of Object.entries(map)) answers[key] = toAnswer(value);
	return answers;
}
function recordTitle(incidentTitle) {
	const title = `Just culture guide: ${incidentTitle.replace(/\s+/g, " ").trim()}`;
	return title.length <= 200 ? title : `${title.slice(0, 199).trimEnd()}…`;
}
function recordText(guide, rec) {
	const data = {
		id: rec.id,
		type: "just-culture-review",
		title: rec.title,
		incident: rec.incident,
		guide: guide.id,
		guide_version: guide.version,
		date: rec.date
	};
	if (rec.facilitator !== void 0) data.facilitator = rec.facilitator;
	data.answers = Object.fromEntries(rec.steps.map((s) => [s.question, s.answer]));
	data.path = rec.steps.map((s) => s.question);
	data.outcome = rec.outcome;
	if (rec.notes !== void 0) data.notes = rec.notes;
	const style = {
		flow: ["path"],
		quoted: [
			"answers",
			"guide_version",
			"path"
		]
	};
	const out = outcome(guide, rec.outcome);
	const rows = rec.steps.map((s) => {
		const q = question(guide, s.question);
		return `| ${q.id} | ${q.test} | ${q.text} | ${s.answer} |`;
	});
	const body = [
		"## Outcome",
		"",
		`**${out.title}** (\`${out.code}\`)`,
		"",
		out.recommendation,
		"",
		"## Path through the guide",
		"",
		"| question | test | asked | answer |",
		"|---|---|---|---|",
		...rows,
		"",
		`Made with ${guide.publisher}, *${guide.name}* (${guide.year}; version ${guide.version}). The guide does not replace the investigation, which`,
		"continues whatever the outcome, and this review may be revisited as more information comes to light.",
		""
	].join("\n");
	return entryText(data, body, style);
}
// dist/just-culture/render.js
const PLAIN = {
	bold: (s) => s,
	dim: (s) => s
};
function wrap(text, width, indent = "", first = indent) {
	const words = text.replace(/\s+/g, " ").trim().split(" ");
	const lines = [];
	let line = first;
	let empty = true;
	for (const word of words) {
		if (!empty && line.length + 1 + word.length > width) {
			lines.push(line);
			line = indent + word;
		} else line += (empty ? "" : " ") + word;
		empty = false;
	}
	lines.push(line);
	return lines.join("\n");
}
function citation(guide) {
	return `${guide.citation}${guide.url ? ` ${guide.url}` : ""}`;
}
function supersededLines(guide, width, s = PLAIN) {
	const sup = guide.superseded;
	if (!sup) return [];
	return [
		s.bold(wrap(`This guide has been replaced by ${sup.by} (${sup.date}).`, width)),
		wrap(sup.note, width, "  "),
		...sup.url ? [wrap(`See ${sup.url}`, width, "  ")] : [],
		""
	];
}
function renderNotes(guide, width, s = PLAIN) {
	return [
		s.bold(`${guide.publisher}, ${guide.name} (${guide.year}; guide ${guide.id}, version ${guide.version})`),
		"",
		...supersededLines(guide, width, s),
		"Before you start:",
		...guide.notes.map((n) => wrap(n.text, width, "    ", "  • ")),
		"",
		wrap(`Source: ${citation(guide)}`, width),
		""
	].join("\n");
}
function renderQuestion(q, width, s = PLAIN) {
	return [
		"",
		s.bold(`${q.id} · ${q.test}`),
		s.dim(wrap(q.help, width, "  ")),
		""
	].join("\n");
}
function renderOutcome(guide, steps, o, width, s = PLAIN) {
	return [
		"",
		s.bold(`Outcome: ${o.title} (${o.code})`),
		wrap(o.recommendation, width, "  "),
		"",
		wrap(`Path: ${formatSteps(steps)}`, width, "  ", ""),
		wrap("Whatever the outcome, the wider investigation of the incident continues.", width),
		""
	].join("\n");
}
function describeTarget(guide, t) {
	return t.kind === "question" ? `question ${t.id}` : `outcome ${t.code} (${outcome(guide, t.code).title})`;
}
function renderExplainText(guide, width) {
	const lines = [
		`${guide.name} — ${guide.publisher}, ${guide.year} (${guide.id}, version ${guide.version})`,
		wrap(`Source: ${citation(guide)}`, width),
		"",
		...supersededLines(guide, width),
		"Using the guide",
		...guide.notes.map((n) => wrap(n.text, width, "    ", "  • ")),
		"",
		wrap(`The questions, asked in this order from ${guide.start}. Each answer leads to the next question or to an outcome.`, width)
	];
	for (const q of guide.questions.values()) lines.push("", `${q.id}  ${q.test}`, wrap(q.text, width, "    "), wrap(`Help: ${q.help}`, width, "    "), wrap(`yes → ${describeTarget(guide, q.yes)}`, width, "          ", "    "), wrap(`no  → ${describeTarget(guide, q.no)}`, width, "          ", "    "));
	lines.push("", "Outcomes (every outcome: the wider investigation continues)");
	for (const o of guide.outcomes.values()) lines.push("", `  ${o.code} — ${o.title}${o.singlesOut ? " (singles out the individual: confirmed explicitly before it is recorded)" : ""}`, wrap(o.recommendation, width, "    "));
	const lp = guide.localPractice;
	lines.push("", lp.label, wrap(`Bias check: ${lp.biasCheck.question}`, width, "    ", "  • "), wrap(`Restorative questions (${lp.restorative.source}): ${lp.restorative.questions.map((r) => r.question).join(" ")}`, width, "    ", "  • "), "");
	return lines.join("\n");
}
const mermaidText = (s) => s.replace(/"/g, "#quot;");
const nodeId = (t) => t.kind === "question" ? `q${t.id}` : `o_${t.code.replace(/-/g, "_")}`;
function renderMermaid(guide) {
	const lines = ["flowchart TD"];
	for (const q of guide.questions.values()) lines.push(`  ${nodeId({
		kind: "question",
		id: q.id
	})}{"${mermaidText(`${q.id} ${q.summary}`)}"}`);
	for (const o of guide.outcomes.values()) lines.push(`  ${nodeId({
		kind: "outcome",
		code: o.code
	})}(["${mermaidText(`${o.code}: ${o.title}`)}"]):::outcome`);
	for (const q of guide.questions.values()) {
		const from = nodeId({
			kind: "question",
			id: q.id
		});
		lines.push(`  ${from} -->|yes| ${nodeId(q.yes)}`, `  ${from} -->|no| ${nodeId(q.no)}`);
	}
	lines.push("  classDef outcome fill:#eef5ee,stroke:#2e7d32");
	return `${lines.join("\n")}\n`;
}
// dist/commands/just-culture.js
async function resolveGuide(ctx, opts, needRepo) {
	let repo;
	try {
		repo = await ctx.repository();
	} catch (err) {
		if (needRepo || opts.guide !== void 0) throw err;
	}
	if (!repo) return loadGuide();
	const found = chooseGuide(loadCatalogue(repo.root, repo.config.limits.max_file_bytes), repo.config, opts.guide);
	if (!found.ok) throw new UsageError(`${opts.guide !== void 0 ? "--guide: " : ""}${found.message}`);
	return found.guide;
}
async function run(ctx, incidentId, opts) {
	if (opts.format !== void 0 && !opts.explain) throw new UsageError("--format only applies to --explain (e.g. lessons just-culture --explain --format mermaid).");
	if (opts.explain) {
		const extra = [
			incidentId !== void 0 && "an incident id",
			opts.answers !== void 0 && "--answers",
			opts.facilitator !== void 0 && "--facilitator",
			opts.notes !== void 0 && "--notes"
		].filter(Boolean);
		if (extra.length) throw new UsageError(`--explain prints the whole guide and does not run it, so it does not take ${extra.join(" or ")}.`);
		const guide = await resolveGuide(ctx, opts, false);
		if (opts.json) ctx.io.stdout.write(`${JSON.stringify({
			...guide,
			questions: [...guide.questions.values()],
			outcomes: [...guide.outcomes.values()]
		}, null, 2)}
`);
		else if (opts.format === "mermaid") ctx.io.stdout.write(renderMermaid(guide));
		else ctx.io.stdout.write(renderExplainText(guide, width(ctx)));
		return 0;
	}
	if (opts.answers !== void 0) return runWithAnswers(ctx, incidentId, opts, opts.answers);
	return runInteractive(ctx, incidentId, opts);
}
function width(ctx) {
	const cols = ctx.io.stdout.isTTY ? ctx.io.stdout.columns ?? 100 : 100;
	return Math.max(40, Math.min(cols, 100));
}
async function style(ctx) {
	if (!ctx.colour("stdout")) return PLAIN;
	const { Chalk } = await import("./source.js");
	const c = new Chalk({ level: 1 });
	return {
		bold: (s) => c.bold(s),
		dim: (s) => c.dim(s)
	};
}
async function openState(ctx) {
	const repo = await ctx.repository();
	const { entries, skipped } = loadEntries(repo);
	return {
		repo,
		entries,
		skipped,
		today: await ctx.today()
	};
}
function incidents(state) {
	return state.entries.filter((e) => e.type === "incident" && e.id !== void 0).sort((a, b) => (b.id ?? "").localeCompare(a.id ?? ""));
}
function findIncident(state, id) {
	const entry = state.entries.find((e) => e.id === id);
	if (!entry) {
		const guess = closest(id, incidents(state).map((e) => e.id));
		throw new RefusedError(`there is no entry "${id}" in this repository.${guess ? ` Did you mean "${guess}"?` : ""} Run "lessons list --type incident" to see the learning sources.`);
	}
	if (entry.type !== "incident") throw new RefusedError(`"${id}" is ${entry.type && isEntryType(entry.type) ? entryType(entry.type).noun : "an entry of unknown type"} (${entry.file}), not ${nounWithType("incident")}. The guide is run about an incident, complaint or other learning source.`);
	return entry;
}
function render(guide, state, draft, taken) {
	const { repo } = state;
	const id = newId("just-culture-review", repo.config, state.today, taken);
	return {
		id,
		file: toPosix(path.relative(repo.root, path.join(repo.contentRoot, "reviews", `${id}.md`))),
		text: recordText(guide, {
			id,
			title: recordTitle(str(draft.incident.data.title) ?? draft.incident.id),
			incident: draft.incident.id,
			date: state.today,
			steps: draft.steps,
			outcome: draft.outcome,
			facilitator: draft.facilitator,
			notes: draft.notes
		})
	};
}
function textProblem(guide, state, draft, field, value) {
	const rec = render(guide, state, {
		...draft,
		[field]: value
	}, takenIds(state));
	return checkEntryText(state.repo, rec.file, rec.text, state.today, state.entries).find((p) => p.severity === "error" && (p.path === field || p.path?.startsWith(`${field}.`)))?.message;
}
function prepare(ctx, guide, state, draft, taken) {
	const rec = render(guide, state, draft, taken);
	const problems = checkEntryText(state.repo, rec.file, rec.text, state.today, state.entries);
	const errors = problems.filter((p) => p.severity === "error");
	const warnings = problems.filter((p) => p.severity === "warning");
	if (errors.length) {
		ctx.io.stderr.write(problems.map(formatProblem).join(""));
		throw new RefusedError(`the record was not written: it has ${errors.length} problem${errors.length === 1 ? "" : "s"} (listed above). A record must hold no names or identifiable details; change what you entered and run the guide again.`);
	}
	if (warnings.length) ctx.io.stderr.write(warnings.map(formatProblem).join(""));
	return rec;
}
function formatProblem(p) {
	return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.rule})\n`;
}
function write(ctx, guide, state, draft, first, taken) {
	let rec = first;
	for (let attempt = 0;; attempt++) {
		const abs = path.join(state.repo.root, rec.file);
		try {
			if (!makeDirInside(state.repo.root, path.dirname(abs))) throw new RefusedError(`${path.posix.dirname(rec.file)}/ is a link to a place outside the repository; nothing was written. Make it a real folder inside the repository.`);
			writeFileAtomic(abs, rec.text, {
				overwrite: false,
				shown: rec.file
			});
			return rec.file;
		} catch (err) {
			if (!(err instanceof FileExistsError) || attempt >= 5) throw err;
			taken.add(rec.id);
			rec = prepare(ctx, guide, state, draft, taken);
		}
	}
}
function takenIds(state) {
	const taken = new Set();
	for (const e of state.entries) if (e.id) taken.add(e.id);
	for (const f of state.skipped) taken.add(path.basename(f, ".md"));
	return taken;
}
function resultJson(guide, steps, code) {
	return `${JSON.stringify({
		path: steps.map((s) => s.question),
		answers: answersOf(steps),
		outcome: code,
		recommendation: outcome(guide, code).recommendation,
		guide: guide.id,
		guide_version: guide.version
	})}\n`;
}
function renderSinglingOut(guide, steps, o, w, s) {
	return [
		"",
		s.bold(`Check before recording: ${o.title} (${o.code})`),
		wrap("This outcome points at action directed at the individual. Before it is recorded, check each answer on the path again with the people present; an answer given in error would change how a member of staff is treated.", w, "  "),
		"",
		wrap(`Path: ${steps.map((st) => `${st.question} ${st.answer} (${question(guide, st.question).summary})`).join(" → ")}`, w, "  ", "  "),
		"",
		wrap(`What it means: ${o.recommendation}`, w, "  "),
		wrap("Whatever the outcome, the wider investigation of the incident continues.", w, "  "),
		""
	].join("\n");
}
async function runWithAnswers(ctx, incidentId, opts, answersPath) {
	if (incidentId === void 0) throw new UsageError("with --answers, give the incident id too: lessons just-culture <incident-id> --answers <file>.");
	const guide = await resolveGuide(ctx, opts, true);
	if (!opts.json && guide.superseded) ctx.note(`note: ${oneLine(guide.superseded.note)}`);
	const { source, shown } = await readAnswersFile(ctx, answersPath);
	const answers = parseAnswers(source, shown, guide);
	const result = walk(guide, answers);
	if (!result.ok) {
		const so = result.steps.length ? ` With these answers the guide goes ${formatSteps(result.steps)} and then asks ${result.missing}.` : "";
		throw new UsageError(`${shown}: no answer for ${questionLabel(guide, result.missing)}.${so} Add "${result.missing}": yes or no.`);
	}
	const unreached = Object.keys(answers).filter((q) => !result.path.includes(q));
	if (unreached.length) ctx.warn(`${shown} answers ${unreached.join(", ")}, which the guide does not reach with these answers (it goes ${result.path.join(" → ")}). ${unreached.length === 1 ? "That answer is" : "Those answers are"} not used or recorded.`);
	const state = await openState(ctx);
	const incident = findIncident(state, incidentId);
	const save = opts.save !== false;
	const draft = {
		incident,
		steps: result.steps,
		outcome: result.outcome,
		facilitator: opts.facilitator,
		notes: emptyToUndefined(opts.notes)
	};
	const taken = takenIds(state);
	const prepared = save ? prepare(ctx, guide, state, draft, taken) : void 0;
	const reached = outcome(guide, result.outcome);
	if (opts.confirmOutcome !== void 0 && opts.confirmOutcome !== result.outcome) throw new UsageError(`--confirm-outcome is "${opts.confirmOutcome}", but these answers reach ${result.outcome} (${formatSteps(result.steps)}). Nothing was written. Check the answers, or confirm the outcome they reach.`);
	if (prepared && reached.singlesOut && opts.confirmOutcome !== result.outcome) {
		if (!isInteractive(ctx.io)) throw new UsageError(`these answers reach ${result.outcome} ("${reached.title}"), an outcome that singles out the individual, so it is recorded only when confirmed. Path: ${formatSteps(result.steps)}. Nothing was written. Check every answer, then run again with --confirm-outcome ${result.outcome}.`);
		const prompt = await openPrompter(ctx.io, `--confirm-outcome ${result.outcome}`);
		ctx.io.stdout.write(renderSinglingOut(guide, result.steps, reached, width(ctx), await style(ctx)));
		if (!await prompt.confirm({
			message: `Record the outcome ${result.outcome} for ${incident.id}?`,
			default: false
		})) {
			ctx.io.stdout.write("Nothing was written.\n");
			return 0;
		}
	}
	if (opts.json) ctx.io.stdout.write(resultJson(guide, result.steps, result.outcome));
	else {
		const s = await style(ctx);
		const w = width(ctx);
		const out = outcome(guide, result.outcome);
		const title = str(incident.data.title);
		if (!ctx.globals.quiet) ctx.io.stdout.write(`${wrap(`${guide.name} (${guide.publisher}, ${guide.year}) for ${incident.id}${title ? `: ${title}` : ""}`, w)}\n`);
		ctx.io.stdout.write(renderOutcome(guide, result.steps, out, w, s));
	}
	if (prepared) {
		const file = write(ctx, guide, state, draft, prepared, taken);
		if (opts.json) ctx.io.stderr.write(`lessons: wrote ${file}\n`);
		else ctx.io.stdout.write(`Written: ${file}\n`);
	} else if (!opts.json && !ctx.globals.quiet) ctx.io.stdout.write("Not saved (--no-save).\n");
	return 0;
}
async function readAnswersFile(ctx, p) {
	if (p === "-") {
		if (ctx.io.stdin.isTTY) throw new UsageError("--answers - reads the answers from standard input, but that is a terminal. Pipe the file in, or give its name.");
		const chunks = [];
		for await (const chunk of ctx.io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
		return {
			source: Buffer.concat(chunks).toString("utf8"),
			shown: "(standard input)"
		};
	}
	const abs = path.resolve(ctx.start, p);
	try {
		return {
			source: readFileSync(abs, "utf8"),
			shown: p
		};
	} catch (err) {
		const code = err.code;
		const why = code === "ENOENT" ? "it does not exist" : code === "EISDIR" ? "it is a folder" : code === "EACCES" ? "you do not have permission to read it" : `${code ?? "error"}`;
		throw new UsageError(`the answers file ${p} could not be read: ${why}.`);
	}
}
function emptyToUndefined(s) {
	return s === void 0 || s.trim() === "" ? void 0 : s.trim();
}
const ANSWER_CHOICES = [{
	name: "Yes",
	value: "yes"
}, {
	name: "No",
	value: "no"
}];
async function runInteractive(ctx, incidentId, opts) {
	const prompt = await openPrompter(ctx.io, "the incident id and --answers <file> (see \"lessons just-culture --help\")");
	const guide = await resolveGuide(ctx, opts, true);
	const state = await openState(ctx);
	const out = ctx.io.stdout;
	const s = await style(ctx);
	const w = width(ctx);
	let incident;
	if (incidentId !== void 0) incident = findIncident(state, incidentId);
	else {
		const list = incidents(state);
		if (list.length === 0) throw new RefusedError("there are no learning sources (type: incident) in this repository yet. Add one first with \"lessons new incident\".");
		incident = findIncident(state, await prompt.select({
			message: "Which incident or learning source is this about?",
			choices: list.map((e) => ({
				name: `${e.id}  ${oneLine(str(e.data.title) ?? "")}`.slice(0, w + 20),
				value: e.id
			}))
		}));
	}
	out.write(`\n${renderNotes(guide, w, s)}\n`);
	if (!(await prompt.choose({
		message: "Is this about one act or omission by one person, where a concern has arisen?",
		choices: ANSWER_CHOICES
	}) === "yes")) {
		out.write(`\n${wrap("The guide is only for one act or omission by one person, where a concern about it has arisen. If more than one act is of concern, run the guide once for each. The learning response to the incident carries on as planned. Nothing was written.", w)}\n`);
		return 0;
	}
	const steps = [];
	let at = guide.start;
	for (;;) {
		const q = question(guide, at);
		out.write(renderQuestion(q, w, s));
		const answer = await prompt.choose({
			message: `${q.id}: ${q.text}`,
			choices: ANSWER_CHOICES
		});
		steps.push({
			question: at,
			answer
		});
		const to = next(guide, at, answer);
		if (to.kind === "outcome") {
			out.write(renderOutcome(guide, steps, outcome(guide, to.code), w, s));
			return finishInteractive(ctx, prompt, guide, state, {
				incident,
				steps,
				outcome: to.code
			}, opts, s, w);
		}
		at = to.id;
	}
}
async function finishInteractive(ctx, prompt, guide, state, draft, opts, s, w) {
	const out = ctx.io.stdout;
	const lp = guide.localPractice;
	out.write(`\n${s.bold(lp.label)}\n`);
	if (opts.save === false) {
		out.write([
			wrap(`Bias check: ${lp.biasCheck.question}`, w, "    ", "  • "),
			...lp.restorative.questions.map((r) => wrap(r.question, w, "    ", "  • ")),
			"",
			"Not saved (--no-save): nothing was written.",
			""
		].join("\n"));
		if (opts.json) out.write(resultJson(guide, draft.steps, draft.outcome));
		return 0;
	}
	out.write(`${wrap("These answers are recorded as notes. Write about roles and teams, never names or details that identify anyone. Leave any of them empty to skip it.", w)}\n\n`);
	const noteLines = [];
	if (opts.notes !== void 0 && opts.notes.trim() !== "") noteLines.push(opts.notes.trim());
	const notesWith = (extra) => [...noteLines, extra].join("\n\n");
	const checkNote = (prefix) => (v) => v.trim() === "" ? true : textProblem(guide, state, draft, "notes", notesWith(`${prefix}${v.trim()}`)) ?? true;
	out.write(`${s.dim(wrap(lp.biasCheck.help, w))}\n`);
	const biasPrefix = `Bias check (local practice): ${oneLine(lp.biasCheck.question)} `;
	const bias = (await prompt.input({
		message: `Bias check: ${oneLine(lp.biasCheck.question)}`,
		validate: checkNote(biasPrefix)
	})).trim();
	if (bias) noteLines.push(`${biasPrefix}${bias}`);
	const restorative = [];
	for (const r of lp.restorative.questions) {
		out.write(`${s.dim(wrap(r.help, w))}\n`);
		const a = (await prompt.input({
			message: r.question,
			validate: checkNote(`Restorative questions (local practice): ${[...restorative, `${r.question} `].join(" ")}`)
		})).trim();
		if (a) restorative.push(`${r.question} ${a}`);
	}
	if (restorative.length) noteLines.push(`Restorative questions (local practice): ${restorative.join(" ")}`);
	let facilitator = opts.facilitator;
	if (facilitator === void 0) {
		out.write(`${s.dim(wrap(lp.facilitator.help, w))}\n`);
		const role = (await prompt.input({
			message: lp.facilitator.question,
			validate: (v) => v.trim() === "" ? true : v.trim().length < 2 ? "Enter a role of at least 2 characters, or leave it empty." : textProblem(guide, state, draft, "facilitator", v.trim()) ?? true
		})).trim();
		facilitator = role === "" ? void 0 : role;
	}
	const full = {
		...draft,
		facilitator,
		notes: noteLines.length ? noteLines.join("\n\n") : void 0
	};
	const taken = takenIds(state);
	const prepared = prepare(ctx, guide, state, full, taken);
	const reached = outcome(guide, draft.outcome);
	let ok;
	if (reached.singlesOut) {
		out.write(renderSinglingOut(guide, draft.steps, reached, w, s));
		ok = await prompt.confirm({
			message: `Record the outcome ${reached.code} for ${draft.incident.id} in ${prepared.file}?`,
			default: false
		});
	} else ok = await prompt.confirm({
		message: `Write the record to ${prepared.file}?`,
		default: true
	});
	if (!ok) {
		out.write("Nothing was written.\n");
		return 0;
	}
	const file = write(ctx, guide, state, full, prepared, taken);
	out.write(`Written: ${file}\n`);
	if (opts.json) out.write(resultJson(guide, draft.steps, draft.outcome));
	return 0;
}
export { run };
