/** A worker thread of parallel.ts: checks files from the shared counter and sends back its part. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPartRecorded, type WorkerInput } from './parallel.js';

const input = workerData as WorkerInput;
const view = new Int32Array(input.counter);
const part = checkPartRecorded(input, () => Atomics.add(view, 0, 1));
parentPort!.postMessage(part);
