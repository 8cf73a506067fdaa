/** A worker thread of parallel.ts: checks files from the shared counter and sends back its part. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPart } from './engine.js';
const input = workerData;
const view = new Int32Array(input.counter);
const part = checkPart(input.repo, input.today, input.files, input.selected ? new Set(input.selected) : undefined, () => Atomics.add(view, 0, 1));
parentPort.postMessage(part);
