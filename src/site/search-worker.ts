/** The search index thread (see search-index.ts): batches of documents in, the serialised index out. */
import { parentPort } from 'node:worker_threads';
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type IndexDoc } from './search-index.js';

const mini = new MiniSearch<IndexDoc>(SEARCH_OPTIONS);
parentPort?.on('message', (batch: IndexDoc[] | null) => {
  if (batch === null) parentPort?.postMessage(JSON.stringify(mini));
  else mini.addAll(batch);
});
