import { r as makeDirInside } from "./inside.js";
import { a as RefusedError, o as UsageError } from "./errors.js";
import { n as prepareBranch, t as commitOnBranch } from "./branch.js";
import { V as writableTypes, a as parseFactor, i as answerFlags } from "./config.js";
import { n as renderEntry } from "./entry-yaml.js";
import { n as loadTemplate } from "./templates.js";
import { n as isSafeId, r as newId, t as isReservedFileName } from "./ids.js";
import { t as loadEntries } from "./load.js";
import { s as toPosix } from "./repository.js";
import { t as checkEntryText } from "./engine.js";
import { n as openPrompter, t as isInteractive } from "./prompts.js";
import { c as orList, n as closest } from "./values.js";
import { FileExistsError, writeFileAtomic } from "./write.js";
import { spawn } from "node:child_process";
import path from "node:path";
// dist/commands/new.js
async function run(ctx, type, opts) {
	const writable = writableTypes();
	const descriptor = writable.find((d) => d.type === type);
	if (!descriptor) throw new UsageError(type === "just-culture-review" ? "A just culture review is written by \"lessons just-culture\", not by \"lessons new\"." : `"${type}" is not something "lessons new" can write. Use ${orList(writable.map((d) => d.type))}.`);
	const kind = descriptor.type;
	const repo = await ctx.repository();
	const today = await ctx.today();
	const { entries, skipped } = loadEntries(repo);
	const questionContext = {
		config: repo.config,
		entries,
		today
	};
	const questions = descriptor.questions(questionContext);
	const used = new Set(questions.map((q) => q.opt));
	for (const [opt, flag] of answerFlags(writable.map((d) => d.questions(questionContext)))) if (opts[opt] !== void 0 && !used.has(opt)) throw new UsageError(`${flag} is not used for a new ${kind}.`);
	const answers = new Map();
	for (const q of questions) {
		const raw = opts[q.opt];
		if (raw === void 0 || typeof raw === "boolean") continue;
		answers.set(q.key, fromFlag(q, raw));
	}
	const taken = new Set();
	for (const e of entries) {
		if (e.id) taken.add(e.id);
		taken.add(path.posix.basename(e.file, ".md"));
	}
	for (const f of skipped) taken.add(path.posix.basename(f, ".md"));
	let id;
	if (opts.id !== void 0) {
		if (!isSafeId(opts.id)) throw new UsageError(isReservedFileName(opts.id) ? `--id "${opts.id}" cannot be used: Windows reserves ${opts.id.split(".")[0].toUpperCase()} as a device name, so the file could not be checked out there. Choose another id.` : `--id "${opts.id}" is not a valid id: use 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. LL-20261104-7kq2).`);
		if (taken.has(opts.id)) throw new RefusedError(`The id ${opts.id} is already used in this repository. Choose another --id, or leave it out to get a new one.`);
		id = opts.id;
	} else id = newId(kind, repo.config, today, taken);
	const abs = entryPath(repo, descriptor, id);
	const file = toPosix(path.relative(repo.root, abs));
	const template = loadTemplate(repo, kind);
	const plan = opts.branch ? await prepareBranch(repo, id) : void 0;
	const missing = questions.filter((q) => q.required && !answers.has(q.key));
	if (opts.yes && missing.length) throw new UsageError(`--yes never asks, and ${missing.length === 1 ? "this has" : "these have"} no default: pass ${flagList(missing)}.`);
	const toAsk = opts.yes ? [] : isInteractive(ctx.io) ? questions.filter((q) => q.ask && !answers.has(q.key)) : missing;
	if (toAsk.length) {
		const prompter = await openPrompter(ctx.io, `${flagList(missing)} (or run it in a terminal to be asked)`);
		const contentProblem = (key, value) => {
			const draft = new Map(answers).set(key, value);
			return checkEntryText(repo, file, renderEntry(buildData(kind, id, questions, draft), template.body), today, entries).find((p) => p.severity === "error" && (p.path === key || p.path?.startsWith(`${key}.`)))?.message;
		};
		for (const q of questions) {
			if (!toAsk.includes(q)) continue;
			const value = await ask(prompter, q, contentProblem);
			if (value !== void 0) answers.set(q.key, value);
		}
	}
	const text = renderEntry(buildData(kind, id, questions, answers), template.body);
	const problems = checkEntryText(repo, file, text, today, entries);
	if (problems.length) throw new RefusedError(refusal(kind, problems, template.source));
	if (!makeDirInside(repo.root, path.dirname(abs))) throw new RefusedError(`${path.posix.dirname(file)}/ is a link to a place outside the repository; nothing was written. Make it a real folder inside the repository.`);
	try {
		writeFileAtomic(abs, text, {
			overwrite: false,
			shown: file
		});
	} catch (err) {
		if (err instanceof FileExistsError) throw new RefusedError(`${file} already exists; nothing was written. Choose another --id.`);
		throw err;
	}
	const title = String(answers.get("title") ?? "");
	if (plan) {
		await commitOnBranch(plan, file, `Add ${kind} ${id}: ${title}`);
		ctx.note(`created the branch ${plan.branch} and committed ${file} to it.`);
	}
	ctx.io.stdout.write(`${file}\n`);
	if (opts.edit) await openEditor(ctx, abs, file);
	return 0;
}
function entryPath(repo, descriptor, id) {
	const folder = path.resolve(repo.contentRoot, descriptor.folder);
	const abs = path.resolve(folder, `${id}.md`);
	if (path.dirname(abs) !== folder) throw new UsageError(`--id "${id}" would name a file outside ${descriptor.folder}/.`);
	return abs;
}
function flagList(qs) {
	return qs.map((q) => `${q.flag} ${q.arg}`).join(", ");
}
function fromFlag(q, raw) {
	const items = Array.isArray(raw) ? raw : [raw];
	if (!q.many && items.length > 1) throw new UsageError(`${q.flag} can be given only once for this type.`);
	const values = (q.many ? unique(items.flatMap((v) => q.whole ? [v] : v.split(",")).map((v) => v.trim()).filter(Boolean)) : [items[0].trim()]).map((v) => q.closed && q.choices && !q.allowed ? q.choices.find((c) => c.value.toLowerCase() === v.toLowerCase())?.value ?? v : v);
	if (q.many && values.length === 0) throw new UsageError(`${q.flag} needs a value.`);
	for (const v of values) {
		const problem = q.check(v) ?? closedProblem(q, v);
		if (problem) throw new UsageError(`${q.flag}: ${problem}`);
	}
	return q.many ? values : values[0];
}
function closedProblem(q, v) {
	if (!q.closed || !q.choices) return void 0;
	const allowed = q.allowed ?? new Set(q.choices.map((c) => c.value));
	if (allowed.has(v)) return void 0;
	const guess = closest(v, [...allowed]);
	if (q.allowed) return `there is no ${q.key === "sources" ? "learning source (type: incident)" : "policy"} with the id "${v}" in this repository.${guess ? ` Did you mean ${guess}?` : ""}`;
	return `"${v}" is not one of the choices${[
		"themes",
		"services",
		"audience",
		"service"
	].includes(q.key) ? " (the list is in lessons.config.yaml)" : ""}.${guess ? ` Did you mean ${guess}?` : ""} Choose from: ${[...allowed].join(", ")}.`;
}
function unique(values) {
	return [...new Set(values)];
}
async function ask(p, q, contentProblem) {
	if (q.factors && q.choices) return askFactors(p, q, contentProblem);
	if (q.pick && q.choices && !q.many) {
		const v = await p.choose({
			message: q.message,
			choices: q.choices
		});
		return v === "" ? void 0 : v;
	}
	if (q.choices && q.choices.length && !q.many) return p.select({
		message: q.message,
		choices: q.choices
	});
	if (q.choices && q.choices.length && q.many && q.closed) {
		const values = await p.checkbox({
			message: q.note ? `${q.message}\n  ${q.note}` : q.message,
			choices: q.choices,
			validate: (vs) => q.required && vs.length === 0 ? "Choose at least one (space selects)." : true
		});
		return values.length ? values : void 0;
	}
	const value = (await p.input({
		message: q.message,
		validate: (input) => {
			const value = input.trim();
			if (value === "") return q.required ? "This is needed." : true;
			if (q.many) {
				const items = value.split(",").map((v) => v.trim()).filter(Boolean);
				for (const v of items) {
					const problem = q.check(v);
					if (problem) return problem;
				}
				return contentProblem(q.key, items) ?? true;
			}
			return q.check(value) ?? contentProblem(q.key, value) ?? true;
		}
	})).trim();
	if (value === "") return void 0;
	return q.many ? unique(value.split(",").map((v) => v.trim()).filter(Boolean)) : value;
}
async function askFactors(p, q, contentProblem) {
	const items = [];
	for (;;) {
		const system = await p.choose({
			message: items.length ? "Another contributory factor? Choose its part of the work system, or \"No more\":" : `${q.message}\n  Choose the part of the work system, or "None to record now":`,
			choices: [...q.choices, {
				value: "",
				name: items.length ? "No more" : "None to record now"
			}]
		});
		if (system === "") return items.length ? items : void 0;
		const description = await p.input({
			message: "What in that part of the system contributed? (no names):",
			validate: (v) => v.trim() === "" ? "Describe it, in a sentence." : contentProblem(q.key, [...items, `${system}: ${v.trim()}`]) ?? true
		});
		items.push(`${system}: ${description.trim()}`);
	}
}
function buildData(kind, id, questions, answers) {
	const data = {
		id,
		type: kind
	};
	for (const q of questions) {
		let value = answers.get(q.key) ?? q.fallback;
		if (value === void 0 || value === "" || Array.isArray(value) && value.length === 0) continue;
		if (q.factors && Array.isArray(value)) value = value.map((v) => parseFactor(String(v)) ?? {
			system: "",
			description: String(v)
		});
		const [head, sub] = q.key.split(".");
		if (sub === void 0) data[head] = value;
		else data[head] = {
			...data[head] ?? {},
			[sub]: value
		};
	}
	return data;
}
function refusal(kind, problems, templateSource) {
	const lines = problems.map((p) => `  - ${p.path ? `${p.path}: ` : p.line > 1 ? `line ${p.line} of the text: ` : ""}${p.message} (${p.rule})`);
	const fromTemplate = problems.some((p) => !p.path) && templateSource !== "built-in" ? ` Some come from ${templateSource}.` : "";
	return `The new ${kind} was not written, because it would not pass "lessons validate":\n${lines.join("\n")}\nChange the values and try again.${fromTemplate}`;
}
async function openEditor(ctx, abs, file) {
	const editor = ctx.io.env.VISUAL || ctx.io.env.EDITOR;
	if (!editor) {
		ctx.io.stderr.write(`lessons: neither VISUAL nor EDITOR is set, so no editor was opened. Open ${file} in your editor.\n`);
		return;
	}
	const env = ctx.io.env;
	const child = process.platform === "win32" ? spawn(editor, [abs], {
		stdio: "inherit",
		shell: true,
		env
	}) : spawn("/bin/sh", [
		"-c",
		`${editor} "$1"`,
		"lessons-editor",
		abs
	], {
		stdio: "inherit",
		env
	});
	if (await new Promise((resolve) => {
		child.on("error", () => resolve(-1));
		child.on("close", (c) => resolve(c));
	}) !== 0) ctx.io.stderr.write(`lessons: the editor (${editor}) did not finish cleanly; ${file} was written. Open it yourself to carry on.\n`);
}
export { entryPath, run };
