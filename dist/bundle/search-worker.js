import { i as MiniSearch, t as SEARCH_OPTIONS } from "./search-index.js";
import { parentPort } from "node:worker_threads";
// dist/site/search-worker.js
const mini = new MiniSearch(SEARCH_OPTIONS);
parentPort?.on("message", (batch) => {
	if (batch === null) parentPort?.postMessage(JSON.stringify(mini));
	else mini.addAll(batch);
});
export {};
