import { t as version } from "./version.js";
import { n as ConfigError, o as UsageError } from "./errors.js";
import { a as listEntryFiles, c as DataFileError, r as findRoot, s as toPosix } from "./repository.js";
import { r as readEntryFile } from "./read.js";
import { writeFileAtomic } from "./write.js";
import { a as finishFile, c as locateFindings, i as finishCheck, l as redactLocated, n as checkPart, o as fullCount, s as listedFlags, u as RULES } from "./engine.js";
import { i as TEXT_FILE_RULE, n as redactMessage } from "./redact.js";
import { t as tuneCompiler } from "./compiler.js";
import { n as textsToRedact, t as Shared } from "./threads.js";
import { loadReporter } from "./reporters.js";
import { t as progress } from "./progress.js";
import path from "node:path";
import { appendFileSync, existsSync, lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { MessageChannel, Worker, receiveMessageOnPort } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import os from "node:os";
// dist/rules/cache.js
const FORMAT = "lessons-cache/1";
function hashText(text) {
	return createHash("sha256").update(text).digest("base64url");
}
let codeHash;
function checkingCode() {
	if (codeHash) return codeHash;
	const base = fileURLToPath(new URL("../", new URL("../rules/cache.js", import.meta.url).href));
	const h = createHash("sha256");
	const walk = (d) => {
		for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
			const abs = path.join(d, e.name);
			if (e.isDirectory()) walk(abs);
			else if (/\.(?:js|ts|ya?ml|json)$/.test(e.name)) h.update(`${path.relative(base, abs)}\0`).update(readFileSync(abs)).update("\0");
		}
	};
	walk(base);
	return codeHash = h.digest("base64url");
}
function cacheKey(repo, today, version) {
	const rules = RULES.map((r) => `${r.id}:${r.severity}`).join(",");
	return createHash("sha256").update(JSON.stringify([
		FORMAT,
		version,
		rules,
		checkingCode(),
		repo.config,
		today
	])).digest("base64url");
}
function gitDir(root) {
	for (let dir = root;; dir = path.dirname(dir)) {
		const dotGit = path.join(dir, ".git");
		try {
			const st = statSync(dotGit);
			if (st.isDirectory()) return dotGit;
			if (st.isFile()) {
				const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, "utf8"));
				if (m) return path.resolve(dir, m[1].trim());
			}
		} catch {}
		if (path.dirname(dir) === dir) return void 0;
	}
}
function defaultCacheLocation(repo) {
	const git = gitDir(repo.root);
	return git ? path.join(git, "lessons-cache.json") : path.join(repo.root, ".lessons-cache.json");
}
var ResultCache = class ResultCache {
	location;
	key;
	old;
	next = Object.create(null);
	dirty = false;
	constructor(location, key, old) {
		this.location = location;
		this.key = key;
		this.old = old ?? Object.create(null);
		if (!old) this.dirty = true;
	}
	static open(location, key) {
		try {
			if (!lstatSync(location).isFile()) return new ResultCache(location, key, void 0);
			const raw = JSON.parse(readFileSync(location, "utf8"));
			if (raw && raw.format === FORMAT && raw.key === key && typeof raw.files === "object" && raw.files !== null && !Array.isArray(raw.files)) return new ResultCache(location, key, Object.assign(Object.create(null), raw.files));
		} catch {}
		return new ResultCache(location, key, void 0);
	}
	lookup(file, abs, readText) {
		const rec = this.old[file];
		if (!rec || !isRecord(rec)) return void 0;
		let st;
		try {
			st = statSync(abs, { throwIfNoEntry: false });
		} catch {
			return;
		}
		if (!st) return void 0;
		if (st.size === rec.size && st.mtimeMs === rec.mtimeMs && st.ctimeMs === rec.ctimeMs) {
			this.next[file] = rec;
			return rec;
		}
		const text = readText();
		if (text === void 0 || hashText(text) !== rec.hash) return void 0;
		const moved = {
			...rec,
			size: st.size,
			mtimeMs: st.mtimeMs,
			ctimeMs: st.ctimeMs
		};
		this.next[file] = moved;
		this.dirty = true;
		return moved;
	}
	store(file, rec) {
		this.next[file] = rec;
		this.dirty = true;
	}
	save() {
		const oldFiles = Object.keys(this.old);
		if (!this.dirty && oldFiles.length === Object.keys(this.next).length) return void 0;
		const content = {
			format: FORMAT,
			key: this.key,
			files: this.next
		};
		try {
			writeFileAtomic(this.location, JSON.stringify(content), { overwrite: true });
			return;
		} catch (err) {
			return `the cache ${this.location} could not be written (${err.code ?? "error"}); the results are not affected.`;
		}
	}
};
function isRecord(v) {
	if (typeof v !== "object" || v === null) return false;
	const r = v;
	return typeof r.size === "number" && typeof r.mtimeMs === "number" && typeof r.ctimeMs === "number" && typeof r.hash === "string" && Array.isArray(r.problems) && (r.entry === null || typeof r.entry === "object");
}
function makeRecord(abs, text, problems, entry) {
	if (text === void 0) return void 0;
	let st;
	try {
		st = statSync(abs);
	} catch {
		return;
	}
	return {
		size: st.size,
		mtimeMs: st.mtimeMs,
		ctimeMs: st.ctimeMs,
		hash: hashText(text),
		problems: problems.map(({ file: _file, ...rest }) => rest),
		entry: entry ? {
			id: entry.id,
			type: entry.type,
			data: entry.data
		} : null
	};
}
function cachedProblems(file, rec) {
	return rec.problems.map((p) => ({
		file,
		...p
	}));
}
function cachedEntry(file, rec) {
	return rec.entry ? {
		file,
		id: rec.entry.id,
		type: rec.entry.type,
		data: rec.entry.data
	} : void 0;
}
// dist/rules/parallel.js
const MIN_FILES = 1e3;
const WORKER = new URL("./worker.js", import.meta.url);
const STARTED = globalThis[Symbol.for("lessons.cpuTimesAtStart")] ?? os.cpus();
function idleCores(before, after) {
	let idle = 0;
	let total = 0;
	const n = Math.min(before.length, after.length);
	for (let i = 0; i < n; i++) {
		const b = before[i].times;
		const a = after[i].times;
		idle += a.idle - b.idle;
		total += a.user - b.user + (a.nice - b.nice) + (a.sys - b.sys) + (a.idle - b.idle) + (a.irq - b.irq);
	}
	if (n === 0 || total < 30 * n) return void 0;
	return idle / total * n;
}
function workerCount(files, env, idle = idleNow()) {
	const asked = env.LESSONS_WORKERS;
	if (asked !== void 0 && /^\d+$/.test(asked)) return Math.min(Number(asked), 16);
	if (files < MIN_FILES) return 0;
	const cores = os.availableParallelism();
	return Math.max(0, Math.min(cores - 1, Math.round(idle), 3));
}
function idleNow() {
	const measured = idleCores(STARTED, os.cpus());
	if (measured !== void 0) return measured;
	return os.availableParallelism() - Math.max(1, os.loadavg()[0]);
}
const BATCH = 32;
const WAITING = 2;
var TextStage = class {
	config;
	workers = [];
	sent = new Map();
	queued = [];
	batch = [];
	nextId = 0;
	wake;
	failure;
	stopped;
	closing = false;
	arrived = [];
	received = 0;
	shared;
	constructor(config, count, reads, script = WORKER) {
		this.config = config;
		if (reads) this.shared = new Int32Array(reads.shared);
		for (let k = 0; k < count; k++) {
			const { port1, port2 } = new MessageChannel();
			const worker = new Worker(script, {
				workerData: {
					config,
					port: port2,
					reads
				},
				transferList: [port2]
			});
			const w = {
				worker,
				port: port1,
				ready: false,
				alive: true,
				batches: new Set()
			};
			this.workers.push(w);
			port1.on("message", (m) => {
				try {
					this.receive(k, m);
				} catch (error) {
					this.failure ??= { error };
					this.wake?.();
				}
			});
			const lost = (why) => {
				if (!w.alive) return;
				w.alive = false;
				if (!this.closing) this.stopped ??= why instanceof Error ? why.message : `it exited with code ${String(why)}`;
				for (const id of [...w.batches]) this.runHere(this.collect(id));
				if (!this.workers.some((x) => x.alive)) while (this.queued.length) this.runHere(this.queued.shift());
				this.started();
				this.wake?.();
			};
			worker.on("error", lost);
			worker.on("exit", lost);
		}
	}
	add(open, done, again) {
		if (!open.text) {
			done(finishFile(open, this.config));
			return;
		}
		const { located, texts } = locateFindings(open.read, open.findings, open.suppressions);
		this.batch.push({
			located,
			job: open.text.job,
			texts,
			done,
			again
		});
		if (this.batch.length >= BATCH) {
			this.queued.push(this.batch);
			this.batch = [];
			this.poll();
			this.dispatch();
			if (this.queued.length > 0 && this.queued.length + this.sent.size > WAITING) this.runHere(this.queued.shift());
		}
	}
	started() {
		if (this.workers.every((w) => w.ready || !w.alive)) tuneCompiler();
	}
	dispatch() {
		while (this.queued.length > 0) {
			let best = -1;
			this.workers.forEach((w, k) => {
				if (w.ready && w.alive && (best === -1 || w.batches.size < this.workers[best].batches.size)) best = k;
			});
			if (best === -1) return;
			const files = this.queued.shift();
			const id = this.nextId++;
			const message = {
				id,
				jobs: files.map((f) => ({
					job: f.job,
					redact: f.texts
				}))
			};
			this.sent.set(id, {
				files,
				worker: best
			});
			this.workers[best].batches.add(id);
			this.workers[best].port.postMessage(message);
			for (const f of files) f.job = void 0;
		}
	}
	poll() {
		this.workers.forEach((w, k) => {
			for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) this.receive(k, m.message);
		});
	}
	receive(k, reply) {
		const w = this.workers[k];
		if ("reads" in reply) {
			for (const { i, raw } of reply.reads) this.arrived.push({
				i,
				raw: "at" in raw ? { bytes: new Uint8Array(reply.buffer, raw.at, raw.length) } : raw
			});
			this.received += reply.reads.length;
			return;
		}
		if ("ready" in reply) {
			w.ready = true;
			this.started();
			this.dispatch();
			return;
		}
		if (!w.batches.has(reply.id)) return;
		const files = this.collect(reply.id);
		reply.results.forEach((r, i) => this.settle(files[i], r.found, r.redacted));
		this.wake?.();
	}
	collect(id) {
		const sent = this.sent.get(id);
		this.sent.delete(id);
		this.workers[sent.worker].batches.delete(id);
		return sent.files;
	}
	settle(p, found, redacted) {
		if (found.length === 0) {
			const texts = p.texts;
			const redactHere = redactMessage(this.config);
			p.done(redactLocated(p.located, redacted ? (k) => redacted[k] ?? texts[k] : (k) => redactHere(texts[k])));
			return;
		}
		let byText;
		if (redacted) {
			const texts = textsToRedact(p.texts, found);
			byText = new Map(texts.map((t, k) => [t, redacted[k] ?? t]));
		}
		p.done(finishFile(p.again(), this.config, found, byText));
	}
	runHere(files) {
		const scan = TEXT_FILE_RULE.scan(this.config);
		for (const p of files) if (p.job) this.settle(p, scan(p.job));
		else {
			const open = p.again();
			p.done(finishFile(open, this.config, scan(open.text.job)));
		}
	}
	take() {
		if (!this.shared) return void 0;
		if (this.arrived.length === 0) this.poll();
		const r = this.arrived.shift();
		if (r) Atomics.add(this.shared, Shared.USED, 1);
		return r;
	}
	rest() {
		const shared = this.shared;
		if (!shared) return [];
		const out = [];
		let quiet = 0;
		for (;;) {
			this.poll();
			if (this.arrived.length > 0) quiet = 0;
			out.push(...this.arrived.splice(0));
			if (this.received >= Atomics.load(shared, Shared.CLAIMED)) break;
			const sent = Atomics.load(shared, Shared.SENT);
			if (Atomics.wait(shared, Shared.SENT, sent, 50) === "timed-out" && ++quiet > 200) break;
		}
		Atomics.add(shared, Shared.USED, out.length);
		return out;
	}
	async drain() {
		if (this.batch.length) this.queued.push(this.batch);
		this.batch = [];
		this.poll();
		this.dispatch();
		if (!this.workers.some((w) => w.alive)) while (this.queued.length) this.runHere(this.queued.shift());
		while ((this.sent.size > 0 || this.queued.length > 0) && !this.failure) await new Promise((resolve) => this.wake = resolve);
		if (this.failure) throw this.failure.error;
		this.wake = void 0;
		await this.close();
	}
	get hasReadyWorker() {
		return this.workers.some((w) => w.ready && w.alive);
	}
	get warning() {
		if (this.stopped === void 0) return void 0;
		return `Part of the check stopped early (${this.stopped}), and lessons checked those files again itself, so these results are complete. This is a fault in lessons: please report it to whoever looks after lessons for your trust.`;
	}
	async close() {
		this.closing = true;
		await Promise.all(this.workers.map((w) => w.worker.terminate()));
	}
};
async function checkRepositoryParallel(opts, env) {
	const regular = new Set();
	const files = listEntryFiles(opts.repo, regular);
	const maxBytes = opts.repo.config.limits.max_file_bytes;
	let todo = files;
	const fromCache = {
		problems: [],
		entries: []
	};
	const cache = opts.cache ? ResultCache.open(opts.cache.location, opts.cache.key) : void 0;
	if (cache) {
		todo = [];
		for (const file of files) {
			const abs = `${opts.repo.root}${path.sep}${file}`;
			const rec = cache.lookup(file, abs, () => readEntryFile(abs, file, maxBytes).text);
			if (!rec) {
				todo.push(file);
				continue;
			}
			if (!opts.selected || opts.selected.has(file)) fromCache.problems.push(...cachedProblems(file, rec));
			const entry = cachedEntry(file, rec);
			if (entry) fromCache.entries.push(entry);
		}
	}
	const workers = workerCount(fullCount(todo, opts.selected), env);
	const done = files.length - todo.length;
	const listed = listedFlags(todo, regular);
	const onFile = (n) => opts.onFile?.(done + n, files.length);
	const threads = workers > 0 && existsSync(fileURLToPath(WORKER));
	const shared = new Int32Array(new SharedArrayBuffer(4 * Shared.LENGTH));
	const reads = threads && !opts.selected ? {
		root: opts.repo.root,
		files: todo,
		listed,
		maxBytes,
		shared: shared.buffer
	} : void 0;
	const stage = threads ? new TextStage(opts.repo.config, workers, reads) : void 0;
	if (!stage) tuneCompiler();
	const records = [];
	const onChecked = cache ? (file, read, problems, entry) => {
		const rec = makeRecord(read.abs, read.text, problems, entry);
		if (rec) records.push([file, rec]);
	} : void 0;
	let part;
	try {
		part = checkPart(opts.repo, opts.today, todo, opts.selected, () => Atomics.add(shared, Shared.NEXT, 1), onFile, onChecked, listed, stage);
		await stage?.drain();
		if (stage?.warning) part.warning = stage.warning;
	} catch (error) {
		await stage?.close();
		throw error;
	}
	if (cache) {
		for (const [file, rec] of records) cache.store(file, rec);
		const warning = cache.save();
		if (warning) fromCache.warning = warning;
	}
	return finishCheck(opts.repo, files, opts.selected, [fromCache, part]);
}
// dist/commands/validate.js
async function run(ctx, paths, opts) {
	const repo = await openForValidate(ctx, opts.format);
	const today = await ctx.today();
	let selected = paths.length ? selectPaths(repo, ctx.start, paths) : void 0;
	if (opts.changed) {
		const { changedFiles } = await import("./changes.js");
		const changed = await changedFiles(repo, opts.base, (m) => ctx.warn(m));
		selected = selected ? new Set([...selected].filter((f) => changed.has(f))) : changed;
	} else if (opts.base) throw new UsageError("--base only makes sense with --changed.");
	if (!existsSync(repo.contentRoot) && !ctx.globals.quiet) ctx.io.stderr.write(`lessons: the content folder ${toPosix(path.relative(repo.root, repo.contentRoot)) || "."}/ does not exist yet; there is nothing to check.\n`);
	let cache;
	if (opts.cache) {
		const { cacheKey, defaultCacheLocation } = await import("./cache.js");
		cache = {
			location: opts.cacheLocation ? path.resolve(ctx.io.cwd, opts.cacheLocation) : defaultCacheLocation(repo),
			key: cacheKey(repo, today, version())
		};
	} else if (opts.cacheLocation) throw new UsageError("--cache-location only makes sense with --cache.");
	const startedAt = new Date().toISOString().slice(0, 19);
	const started = performance.now();
	const bar = progress(ctx.io.stderr, "Checking", opts.format === "pretty" && !ctx.globals.quiet);
	const result = await checkRepositoryParallel({
		repo,
		today,
		selected,
		onFile: bar.update,
		cache
	}, ctx.io.env);
	bar.done();
	for (const w of result.warnings ?? []) ctx.warn(w);
	const elapsedMs = performance.now() - started;
	const errors = result.problems.filter((p) => p.severity === "error").length;
	const warnings = result.problems.length - errors;
	const shown = ctx.globals.quiet ? result.problems.filter((p) => p.severity === "error") : result.problems;
	const reporter = await loadReporter(opts.format);
	const reporterContext = {
		color: ctx.colour("stdout"),
		root: repo.root,
		env: ctx.io.env,
		version: version()
	};
	const output = reporter({
		summary: {
			files: result.checked.length,
			errors,
			warnings
		},
		problems: shown,
		checked: result.checked,
		elapsedMs,
		startedAt
	}, reporterContext);
	if (!(ctx.globals.quiet && opts.format === "pretty" && shown.length === 0)) ctx.io.stdout.write(output);
	const summaryFile = ctx.io.env.GITHUB_STEP_SUMMARY;
	if (opts.format === "github" && summaryFile) {
		const { stepSummary } = await import("./github.js");
		try {
			appendFileSync(summaryFile, stepSummary({
				summary: {
					files: result.checked.length,
					errors,
					warnings
				},
				problems: shown,
				checked: result.checked
			}, reporterContext));
		} catch (err) {
			ctx.io.stderr.write(`lessons: could not write the job summary to $GITHUB_STEP_SUMMARY (${err.code ?? "error"}); the annotations above are complete up to GitHub's limit.\n`);
		}
	}
	if (errors > 0) return 1;
	if (opts.maxWarnings !== void 0 && warnings > opts.maxWarnings) {
		ctx.io.stderr.write(`lessons: ${warnings} warnings, more than the ${opts.maxWarnings} allowed by --max-warnings.\n`);
		return 1;
	}
	return 0;
}
async function openForValidate(ctx, format) {
	try {
		return await ctx.repository();
	} catch (err) {
		const file = err instanceof DataFileError ? err.file : err instanceof ConfigError ? err.file : void 0;
		if (format === "github" && file) {
			const { configAnnotations } = await import("./github.js");
			const { workspacePath } = await import("./paths.js");
			const root = findRoot(ctx.start) ?? ctx.start;
			const problems = err instanceof DataFileError ? err.problems : [{
				line: err.line ?? 1,
				column: err.column ?? 1,
				message: err.message
			}];
			ctx.io.stdout.write(configAnnotations(workspacePath(file, root, ctx.io.env), problems));
		}
		throw err;
	}
}
function selectPaths(repo, start, paths) {
	const all = listEntryFiles(repo);
	const selected = new Set();
	const contentRel = toPosix(path.relative(repo.root, repo.contentRoot));
	for (const p of paths) {
		const abs = path.resolve(start, p);
		if (!existsSync(abs)) throw new UsageError(`${p} does not exist.`);
		const rel = toPosix(path.relative(repo.root, abs));
		if (rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`${p} is outside the lessons repository (${repo.root}).`);
		if (statSync(abs).isDirectory()) {
			const prefix = rel === "" ? "" : `${rel}/`;
			for (const f of all) if (f.startsWith(prefix)) selected.add(f);
		} else if (all.includes(rel)) selected.add(rel);
		else throw new UsageError(`${p} is not an entry file: lessons checks the .md files inside the content folder ${contentRel}/.`);
	}
	return selected;
}
export { defaultCacheLocation as a, cachedProblems as i, cacheKey as n, hashText as o, cachedEntry as r, run, makeRecord as s, ResultCache as t };
