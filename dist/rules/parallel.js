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
import { listEntryFiles } from '../repo/repository.js';
import { checkPart, checkRepository, finishCheck } from './engine.js';
/** Below this many files, starting a worker costs more than it saves. */
const MIN_FILES = 1000;
const WORKER = new URL('./worker.js', import.meta.url);
/** How many worker threads to use besides the main thread: `LESSONS_WORKERS`, else cores − 1. */
export function workerCount(files, env) {
    const asked = env.LESSONS_WORKERS;
    if (asked !== undefined && /^\d+$/.test(asked))
        return Math.min(Number(asked), 16);
    if (files < MIN_FILES)
        return 0;
    return Math.max(0, Math.min(os.availableParallelism() - 1, 3));
}
export async function checkRepositoryParallel(opts, env) {
    const files = listEntryFiles(opts.repo);
    const workers = workerCount(files.length, env);
    // Compiled code only: under the test runner the worker module is TypeScript.
    if (workers === 0 || !existsSync(fileURLToPath(WORKER)))
        return checkRepository(opts);
    const counter = new SharedArrayBuffer(4);
    const view = new Int32Array(counter);
    const next = () => Atomics.add(view, 0, 1);
    const input = { repo: opts.repo, today: opts.today, files, selected: opts.selected ? [...opts.selected] : null, counter };
    const running = Array.from({ length: workers }, () => runWorker(input));
    // Keep a failing worker from being reported as unhandled while this thread works.
    for (const r of running)
        r.catch(() => undefined);
    const mine = checkPart(opts.repo, opts.today, files, opts.selected, next, () => opts.onFile?.(Math.min(Atomics.load(view, 0), files.length), files.length));
    const parts = [mine, ...(await Promise.all(running))];
    return finishCheck(opts.repo, files, opts.selected, parts);
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
