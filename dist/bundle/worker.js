import { o as readRegularFile } from "./inside.js";
import { n as textsToRedact, t as Shared } from "./threads.js";
import { i as TEXT_FILE_RULE, n as redactMessage } from "./redact.js";
import path from "node:path";
import { receiveMessageOnPort, workerData } from "node:worker_threads";
// dist/rules/worker.js
const { config, port, reads } = workerData;
const scan = TEXT_FILE_RULE.scan(config);
const redact = redactMessage(config);
function runText(batch) {
	const results = batch.jobs.map(({ job, redact: texts }) => {
		const found = scan(job);
		return {
			found,
			redacted: textsToRedact(texts, found).map((text) => {
				const out = redact(text);
				return out === text ? null : out;
			})
		};
	});
	port.postMessage({
		id: batch.id,
		results
	});
}
function readChunk(ahead, shared, dirs) {
	const n = ahead.files.length;
	Atomics.add(shared, Shared.CLAIMED, 16);
	const from = Atomics.add(shared, Shared.NEXT, 16);
	const to = Math.min(n, from + 16);
	Atomics.sub(shared, Shared.CLAIMED, 16 - Math.max(0, to - from));
	if (from >= n) return false;
	const reads = [];
	const parts = [];
	let at = 0;
	for (let i = from; i < to; i++) {
		const raw = readRegularFile(`${ahead.root}${path.sep}${ahead.files[i]}`, ahead.root, ahead.maxBytes, dirs, ahead.listed[i] === 1);
		if ("bytes" in raw) {
			reads.push({
				i,
				raw: {
					at,
					length: raw.bytes.length
				}
			});
			parts.push(raw.bytes);
			at += raw.bytes.length;
		} else reads.push({
			i,
			raw: "size" in raw ? raw : { error: { code: raw.error.code } }
		});
	}
	const buffer = new ArrayBuffer(at);
	const bytes = new Uint8Array(buffer);
	let off = 0;
	for (const p of parts) {
		bytes.set(p, off);
		off += p.length;
	}
	port.postMessage({
		reads,
		buffer
	}, [buffer]);
	Atomics.add(shared, Shared.SENT, to - from);
	Atomics.notify(shared, Shared.SENT);
	return true;
}
port.postMessage({ ready: true });
if (reads) {
	const shared = new Int32Array(reads.shared);
	const dirs = new Map();
	for (;;) {
		for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) runText(m.message);
		const used = Atomics.load(shared, Shared.USED);
		if (Atomics.load(shared, Shared.SENT) - used >= 512) {
			Atomics.wait(shared, Shared.USED, used, 2);
			continue;
		}
		if (!readChunk(reads, shared, dirs)) break;
	}
}
port.on("message", (batch) => runText(batch));
export {};
