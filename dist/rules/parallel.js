/**
 * Checking a large repository on several cores. The main thread and worker threads take files
 * from one shared counter (Atomics), so fast and slow files balance out without messages; each
 * thread runs exactly the per-file code a single-threaded run does, and the results are merged and
 * sorted the same way, so the output does not depend on how many threads ran.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { readEntryFile } from '../repo/read.js';
import { listEntryFiles } from '../repo/repository.js';
import { cachedEntry, cachedProblems, makeRecord, ResultCache } from './cache.js';
import { checkPart, finishCheck, listedFlags } from './engine.js';
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
/** `checkPart` with, when `record` is set, a cache record kept for every fully checked file. */
export function checkPartRecorded(input, next, onFile) {
    const records = [];
    const selected = input.selected ? new Set(input.selected) : undefined;
    const onChecked = input.record
        ? (file, read, problems, entry) => {
            const rec = makeRecord(read.abs, read.text, problems, entry);
            if (rec)
                records.push([file, rec]);
        }
        : undefined;
    const part = checkPart(input.repo, input.today, input.files, selected, next, onFile, onChecked, input.listed);
    if (input.record)
        part.records = records;
    return part;
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
    const full = opts.selected ? todo.filter((f) => opts.selected.has(f)).length : todo.length;
    const workers = workerCount(full, env);
    const input = { repo: opts.repo, today: opts.today, files: todo, selected: opts.selected ? [...opts.selected] : null, record: cache !== undefined, listed: listedFlags(todo, regular) };
    const done = files.length - todo.length;
    let parts;
    // Compiled code only: under the test runner the worker module is TypeScript.
    if (workers === 0 || !existsSync(fileURLToPath(WORKER))) {
        let n = 0;
        parts = [checkPartRecorded(input, () => n++, (i) => opts.onFile?.(done + i + 1, files.length))];
    }
    else {
        const counter = new SharedArrayBuffer(4);
        const view = new Int32Array(counter);
        const next = () => Atomics.add(view, 0, 1);
        const running = Array.from({ length: workers }, () => runWorker({ ...input, counter }));
        // Keep a failing worker from being reported as unhandled while this thread works.
        for (const r of running)
            r.catch(() => undefined);
        const mine = checkPartRecorded(input, next, () => opts.onFile?.(done + Math.min(Atomics.load(view, 0), todo.length), files.length));
        parts = [mine, ...(await Promise.all(running))];
    }
    if (cache) {
        for (const p of parts)
            for (const [file, rec] of p.records ?? [])
                cache.store(file, rec);
        const warning = cache.save();
        if (warning)
            fromCache.warning = warning;
    }
    return finishCheck(opts.repo, files, opts.selected, [fromCache, ...parts]);
}
function runWorker(input) {
    return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: input });
        let result;
        worker.once('message', (m) => (result = m));
        worker.once('error', reject);
        worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`a checking thread stopped early (exit code ${code})`))));
    });
}
