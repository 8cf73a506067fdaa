/**
 * Building the site's search index (MiniSearch). On a large repository the index is built in a
 * worker thread while the main thread renders and writes pages: documents are sent to it in
 * batches as they are made, and the serialised index comes back at the end. Small repositories,
 * and runs under the test runner (where the worker module is TypeScript), build it in-thread; the
 * result is the same either way.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import MiniSearch from 'minisearch';
/**
 * Indexed: title, summary, and keywords (id, theme and service names; for a source its service,
 * learning response and contributory factors; for a policy its document control). Bodies and
 * actions are not indexed: on the 10,000-lesson bench repository indexing bodies took four to six
 * times as long as everything else together and tripled the index, which every reader downloads.
 */
export const SEARCH_OPTIONS = { fields: ['t', 's', 'k'], storeFields: [], idField: 'id' };
const WORKER = new URL('./search-worker.js', import.meta.url);
const BATCH = 500;
/** Below this many documents a thread costs more than it saves. */
const MIN_DOCS = 2000;
export function inThreadIndexer() {
    const mini = new MiniSearch(SEARCH_OPTIONS);
    return {
        add: (doc) => mini.add(doc),
        finish: async () => JSON.stringify(mini),
    };
}
/** A worker-thread indexer when the repository is large and there is a core to spare. */
export function indexerFor(expectedDocs, env) {
    const threads = env.LESSONS_WORKERS !== undefined && /^\d+$/.test(env.LESSONS_WORKERS) ? Number(env.LESSONS_WORKERS) : os.availableParallelism() - 1;
    if (expectedDocs < MIN_DOCS || threads < 1 || !existsSync(fileURLToPath(WORKER)))
        return inThreadIndexer();
    const worker = new Worker(WORKER);
    // Until the index is asked for, the thread must not keep the process alive (a build that stops
    // on an error exits without waiting for it).
    worker.unref();
    let batch = [];
    const result = new Promise((resolve, reject) => {
        worker.once('message', (m) => resolve(m));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the search index thread stopped early (exit code ${code})`)));
    });
    result.catch(() => undefined);
    return {
        add(doc) {
            batch.push(doc);
            if (batch.length >= BATCH) {
                worker.postMessage(batch);
                batch = [];
            }
        },
        async finish() {
            if (batch.length)
                worker.postMessage(batch);
            worker.postMessage(null);
            worker.ref();
            try {
                return await result;
            }
            finally {
                void worker.terminate();
            }
        },
    };
}
