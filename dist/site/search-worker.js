/** The search index thread (see search-index.ts): batches of documents in, the serialised index out. */
import { parentPort } from 'node:worker_threads';
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS } from './search-index.js';
const mini = new MiniSearch(SEARCH_OPTIONS);
parentPort?.on('message', (batch) => {
    if (batch === null)
        parentPort?.postMessage(JSON.stringify(mini));
    else
        mini.addAll(batch);
});
