/**
 * Checking a large repository on several cores, by stage rather than by file. A file's work has
 * three parts: reading it, parsing its front-matter and running the structural rules, and the
 * text stage (every text rule over its values and body, and redacting its messages: text.ts).
 * This thread parses and runs the structural rules of every file. Worker threads (worker.ts)
 * read files ahead for it, and run the text stage of batches of files it has prepared while it
 * goes on with the next ones. Neither side waits for long: this thread reads a file itself when
 * none read ahead is there, and runs a batch's text stage itself when the workers are behind or
 * not started yet. Each part runs the same code as a single-threaded run, and findings are put
 * where a single-threaded run puts them, so the output is the same however the work was shared.
 *
 * Why by stage: each thread pays for compiling the code it runs (about 0.3 s of a 15,500-file run
 * before the code is fast), so a worker that runs only reading and the text stage pays only for
 * that code. On this project's benchmark machine, whose two cores behave like two threads of one
 * core, sharing files between threads saved almost nothing (1.48× → 1.45× the floor); sharing
 * stages brings one thread's 1.54× to 1.17× (docs/speed.md).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import path from 'node:path';
import { readEntryFile } from '../repo/read.js';
import { listEntryFiles } from '../repo/repository.js';
import { cachedEntry, cachedProblems, makeRecord, ResultCache } from './cache.js';
import { checkPart, finishCheck, fullCount, finishFile, listedFlags, locateFindings, redactLocated } from './engine.js';
import { redactMessage } from './redact.js';
import { TEXT_FILE_RULE } from './text-rules.js';
import { tuneCompiler } from '../util/compiler.js';
import { Shared, textsToRedact } from './threads.js';
/** Below this many files, starting a worker costs more than it saves. */
const MIN_FILES = 1000;
const WORKER = new URL('./worker.js', import.meta.url);
/**
 * The CPU times of every core when lessons started (bin/lessons.js takes them before loading any
 * module), else when this module was loaded: the start of the window in which `idleCores` sees
 * whether other cores are free.
 */
const STARTED = globalThis[Symbol.for('lessons.cpuTimesAtStart')] ?? os.cpus();
/**
 * How many cores were idle, on average, between `before` and `after` (CPU times of every core),
 * or undefined when the window is too short to tell (under 30 ms of ticks per core). This thread
 * keeps one core busy, so on an otherwise idle machine with n cores the answer is about n - 1.
 */
export function idleCores(before, after) {
    let idle = 0;
    let total = 0;
    const n = Math.min(before.length, after.length);
    for (let i = 0; i < n; i++) {
        const b = before[i].times;
        const a = after[i].times;
        idle += a.idle - b.idle;
        total += a.user - b.user + (a.nice - b.nice) + (a.sys - b.sys) + (a.idle - b.idle) + (a.irq - b.irq);
    }
    if (n === 0 || total < 30 * n)
        return undefined;
    return (idle / total) * n;
}
/**
 * How many worker threads to use besides the main thread: `LESSONS_WORKERS`, else one per idle
 * core (at most 3). A worker costs its own start-up (loading and compiling every module again:
 * 0.2-0.3 s of CPU), which pays off only on a core nothing else wants. Idle cores are measured,
 * not guessed: the cores' idle time since lessons started (`idleCores`), or when that window is
 * too short, the load average less this process's own share (one core).
 */
export function workerCount(files, env, idle = idleNow()) {
    const asked = env.LESSONS_WORKERS;
    if (asked !== undefined && /^\d+$/.test(asked))
        return Math.min(Number(asked), 16);
    if (files < MIN_FILES)
        return 0;
    const cores = os.availableParallelism();
    return Math.max(0, Math.min(cores - 1, Math.round(idle), 3));
}
function idleNow() {
    const measured = idleCores(STARTED, os.cpus());
    if (measured !== undefined)
        return measured;
    return os.availableParallelism() - Math.max(1, os.loadavg()[0]);
}
/** Files prepared at once for one message to a worker. */
const BATCH = 32;
/**
 * Batches that may wait for a worker (queued while it starts, or sent and not yet back) before
 * this thread runs the next one itself. Few: a file waiting for its text stage keeps its text and
 * data alive, and on the 15,500-file benchmark a queue of 64 batches (while the worker started)
 * cost this thread more in garbage collection than running those batches itself (measured:
 * 1.43× the floor with 64, 1.34× with 8, 1.24× with 2).
 */
const WAITING = 2;
/**
 * The worker threads (see the top of this file). `add` takes an open file (engine.ts `startFile`
 * with the text stage deferred) and calls `done` with its problems once its text stage has run,
 * here or on a worker; `take` and `rest` give files the workers have read ahead; `drain` waits for
 * the last batches and stops the workers.
 */
export class TextStage {
    config;
    workers = [];
    sent = new Map();
    /** Full batches no worker has been ready for yet. */
    queued = [];
    batch = [];
    nextId = 0;
    wake;
    failure;
    /** Why the first worker that stopped early stopped (the run goes on without it), once one has. */
    stopped;
    closing = false;
    /** Files read ahead and not yet used, and how many have arrived in all. */
    arrived = [];
    received = 0;
    shared;
    constructor(config, count, reads, 
    /** The worker's module (tests give one that fails). */
    script = WORKER) {
        this.config = config;
        if (reads)
            this.shared = new Int32Array(reads.shared);
        for (let k = 0; k < count; k++) {
            const { port1, port2 } = new MessageChannel();
            const worker = new Worker(script, { workerData: { config, port: port2, reads }, transferList: [port2] });
            const w = { worker, port: port1, ready: false, alive: true, batches: new Set() };
            this.workers.push(w);
            // An error while taking a reply ends the run (drain throws it), as it would without workers.
            port1.on('message', (m) => {
                try {
                    this.receive(k, m);
                }
                catch (error) {
                    this.failure ??= { error };
                    this.wake?.();
                }
            });
            // A worker that fails leaves its batches to this thread (the same code, so the same results).
            const lost = (why) => {
                if (!w.alive)
                    return;
                w.alive = false;
                if (!this.closing)
                    this.stopped ??= why instanceof Error ? why.message : `it exited with code ${String(why)}`;
                for (const id of [...w.batches])
                    this.runHere(this.collect(id));
                if (!this.workers.some((x) => x.alive))
                    while (this.queued.length)
                        this.runHere(this.queued.shift());
                this.started();
                this.wake?.();
            };
            worker.on('error', lost);
            worker.on('exit', lost);
        }
    }
    add(open, done, again) {
        // A file that could not be read has no text stage.
        if (!open.text) {
            done(finishFile(open, this.config));
            return;
        }
        const { located, texts } = locateFindings(open.read, open.findings, open.suppressions);
        this.batch.push({ located, job: open.text.job, texts, done, again });
        if (this.batch.length >= BATCH) {
            this.queued.push(this.batch);
            this.batch = [];
            this.poll();
            this.dispatch();
            // Too much waiting: this thread takes the oldest batch itself.
            if (this.queued.length > 0 && this.queued.length + this.sent.size > WAITING)
                this.runHere(this.queued.shift());
        }
    }
    /** Once every worker has started (or stopped), Node.js's modules are loaded: tunes the compiler (util/compiler.ts). */
    started() {
        if (this.workers.every((w) => w.ready || !w.alive))
            tuneCompiler();
    }
    /** Sends queued batches to the ready workers, the least busy first, each keeping a few in hand. */
    dispatch() {
        while (this.queued.length > 0) {
            let best = -1;
            this.workers.forEach((w, k) => {
                if (w.ready && w.alive && (best === -1 || w.batches.size < this.workers[best].batches.size))
                    best = k;
            });
            if (best === -1)
                return;
            const files = this.queued.shift();
            const id = this.nextId++;
            const message = { id, jobs: files.map((f) => ({ job: f.job, redact: f.texts })) };
            this.sent.set(id, { files, worker: best });
            this.workers[best].batches.add(id);
            this.workers[best].port.postMessage(message);
            // Copied into the message: the worker sends back what it found and what redaction changed.
            // The texts (a file's messages and key paths: small) stay for the texts it left alone.
            for (const f of files)
                f.job = undefined;
        }
    }
    /** Takes the replies that have arrived, without waiting (this thread keeps working meanwhile). */
    poll() {
        this.workers.forEach((w, k) => {
            for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port))
                this.receive(k, m.message);
        });
    }
    receive(k, reply) {
        const w = this.workers[k];
        if ('reads' in reply) {
            for (const { i, raw } of reply.reads)
                this.arrived.push({ i, raw: 'at' in raw ? { bytes: new Uint8Array(reply.buffer, raw.at, raw.length) } : raw });
            this.received += reply.reads.length;
            return;
        }
        if ('ready' in reply) {
            w.ready = true;
            this.started();
            this.dispatch();
            return;
        }
        if (!w.batches.has(reply.id))
            return;
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
    /**
     * Gives a file its problems once its text stage has found `found`, with `redacted` the texts a
     * worker redacted (`textsToRedact`: the file's texts, then what was found), else redacting here.
     */
    settle(p, found, redacted) {
        if (found.length === 0) {
            const texts = p.texts;
            const redactHere = redactMessage(this.config);
            p.done(redactLocated(p.located, redacted ? (k) => redacted[k] ?? texts[k] : (k) => redactHere(texts[k])));
            return;
        }
        // Something was found: the file is opened again to place it among the rest (the same bytes
        // give the same findings and texts). What the worker redacted is taken by text (redaction
        // depends on nothing else), so nothing is redacted twice.
        let byText;
        if (redacted) {
            const texts = textsToRedact(p.texts, found);
            byText = new Map(texts.map((t, k) => [t, redacted[k] ?? t]));
        }
        p.done(finishFile(p.again(), this.config, found, byText));
    }
    runHere(files) {
        const scan = TEXT_FILE_RULE.scan(this.config);
        for (const p of files) {
            if (p.job) {
                this.settle(p, scan(p.job));
            }
            else {
                // Sent to a worker that stopped: its job went with it, so the file is opened again.
                const open = p.again();
                p.done(finishFile(open, this.config, scan(open.text.job)));
            }
        }
    }
    /** A file a worker has read, if one has arrived (engine.ts `checkPart`). */
    take() {
        if (!this.shared)
            return undefined;
        if (this.arrived.length === 0)
            this.poll();
        const r = this.arrived.shift();
        if (r)
            Atomics.add(this.shared, Shared.USED, 1);
        return r;
    }
    /**
     * Once every file has been taken: the files workers took and have not sent yet, waiting for
     * them. A worker that stops sending for ten seconds (it failed) leaves its files to this thread
     * (`checkPart` reads every file it has not had itself).
     */
    rest() {
        const shared = this.shared;
        if (!shared)
            return [];
        const out = [];
        let quiet = 0;
        for (;;) {
            this.poll();
            if (this.arrived.length > 0)
                quiet = 0;
            out.push(...this.arrived.splice(0));
            if (this.received >= Atomics.load(shared, Shared.CLAIMED))
                break;
            const sent = Atomics.load(shared, Shared.SENT);
            if (Atomics.wait(shared, Shared.SENT, sent, 50) === 'timed-out' && ++quiet > 200)
                break;
        }
        Atomics.add(shared, Shared.USED, out.length);
        return out;
    }
    /** Sends what is left, waits for every batch, and stops the workers. */
    async drain() {
        if (this.batch.length)
            this.queued.push(this.batch);
        this.batch = [];
        this.poll();
        this.dispatch();
        if (!this.workers.some((w) => w.alive))
            while (this.queued.length)
                this.runHere(this.queued.shift());
        while ((this.sent.size > 0 || this.queued.length > 0) && !this.failure)
            await new Promise((resolve) => (this.wake = resolve));
        if (this.failure)
            throw this.failure.error;
        this.wake = undefined;
        await this.close();
    }
    /** Whether a worker is ready for text batches (batches go to it from now on). */
    get hasReadyWorker() {
        return this.workers.some((w) => w.ready && w.alive);
    }
    /**
     * Said on stderr when a worker stopped early. The results are complete (this thread checked what
     * it left), but a worker that fails is a fault in lessons that should be reported.
     */
    get warning() {
        if (this.stopped === undefined)
            return undefined;
        return `Part of the check stopped early (${this.stopped}), and lessons checked those files again itself, so these results are complete. This is a fault in lessons: please report it to whoever looks after lessons for your trust.`;
    }
    /** Stops the workers (also when this thread failed: they would keep the process alive). */
    async close() {
        this.closing = true;
        await Promise.all(this.workers.map((w) => w.worker.terminate()));
    }
}
export async function checkRepositoryParallel(opts, env) {
    const regular = new Set();
    const files = listEntryFiles(opts.repo, regular);
    const maxBytes = opts.repo.config.limits.max_file_bytes;
    // With --cache, files whose results are still valid come from the cache; the rest are checked.
    let todo = files;
    const fromCache = { problems: [], entries: [] };
    const cache = opts.cache ? ResultCache.open(opts.cache.location, opts.cache.key) : undefined;
    if (cache) {
        todo = [];
        for (const file of files) {
            const abs = `${opts.repo.root}${path.sep}${file}`;
            const rec = cache.lookup(file, abs, () => readEntryFile(abs, file, maxBytes).text);
            if (!rec) {
                todo.push(file);
                continue;
            }
            if (!opts.selected || opts.selected.has(file))
                fromCache.problems.push(...cachedProblems(file, rec));
            const entry = cachedEntry(file, rec);
            if (entry)
                fromCache.entries.push(entry);
        }
    }
    // Threads pay off only for many files through the whole pipeline (not for files outside a
    // --changed selection, which only have their id, type and references read).
    const workers = workerCount(fullCount(todo, opts.selected), env);
    const done = files.length - todo.length;
    const listed = listedFlags(todo, regular);
    const onFile = (n) => opts.onFile?.(done + n, files.length);
    // Compiled code only: under the test runner the worker module is TypeScript.
    const threads = workers > 0 && existsSync(fileURLToPath(WORKER));
    // Workers read files ahead when every file gets the whole pipeline (not with a --changed selection).
    const shared = new Int32Array(new SharedArrayBuffer(4 * Shared.LENGTH));
    const reads = threads && !opts.selected ? { root: opts.repo.root, files: todo, listed, maxBytes, shared: shared.buffer } : undefined;
    const stage = threads ? new TextStage(opts.repo.config, workers, reads) : undefined;
    // With workers, once they have started (TextStage); util/compiler.ts says why.
    if (!stage)
        tuneCompiler();
    // With --cache, a record is kept for every fully checked file.
    const records = [];
    const onChecked = cache
        ? (file, read, problems, entry) => {
            const rec = makeRecord(read.abs, read.text, problems, entry);
            if (rec)
                records.push([file, rec]);
        }
        : undefined;
    let part;
    try {
        part = checkPart(opts.repo, opts.today, todo, opts.selected, () => Atomics.add(shared, Shared.NEXT, 1), onFile, onChecked, listed, stage);
        await stage?.drain();
        if (stage?.warning)
            part.warning = stage.warning;
    }
    catch (error) {
        await stage?.close();
        throw error;
    }
    if (cache) {
        for (const [file, rec] of records)
            cache.store(file, rec);
        const warning = cache.save();
        if (warning)
            fromCache.warning = warning;
    }
    return finishCheck(opts.repo, files, opts.selected, [fromCache, part]);
}
