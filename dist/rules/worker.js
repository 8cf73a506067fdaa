/**
 * A worker thread of parallel.ts. It reads files ahead for the main thread (when asked to), taking
 * them from the shared counter in chunks and sending their bytes, and runs the text stage of the
 * batches the main thread sends (text.ts `scan`, and redacting their messages). Text batches come
 * first: the main thread reads a file itself whenever none read ahead is waiting.
 */
import path from 'node:path';
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { readRegularFile } from '../repo/inside.js';
import { READ_AHEAD, READ_CHUNK, Shared, textsToRedact } from './threads.js';
import { redactMessage } from './redact.js';
import { TEXT_FILE_RULE } from './text-rules.js';
const { config, port, reads } = workerData;
const scan = TEXT_FILE_RULE.scan(config);
const redact = redactMessage(config);
function runText(batch) {
    const results = batch.jobs.map(({ job, redact: texts }) => {
        const found = scan(job);
        // Only what redaction changed goes back (null: the text as it came).
        return {
            found,
            redacted: textsToRedact(texts, found).map((text) => {
                const out = redact(text);
                return out === text ? null : out;
            }),
        };
    });
    port.postMessage({ id: batch.id, results });
}
/** Reads the next chunk of files into one buffer and sends it; false when every file is taken. */
function readChunk(ahead, shared, dirs) {
    const n = ahead.files.length;
    // Counted as taken before taking, so the main thread, waiting for the last files, is never short.
    Atomics.add(shared, Shared.CLAIMED, READ_CHUNK);
    const from = Atomics.add(shared, Shared.NEXT, READ_CHUNK);
    const to = Math.min(n, from + READ_CHUNK);
    Atomics.sub(shared, Shared.CLAIMED, READ_CHUNK - Math.max(0, to - from));
    if (from >= n)
        return false;
    const reads = [];
    const parts = [];
    let at = 0;
    for (let i = from; i < to; i++) {
        const raw = readRegularFile(`${ahead.root}${path.sep}${ahead.files[i]}`, ahead.root, ahead.maxBytes, dirs, ahead.listed[i] === 1);
        if ('bytes' in raw) {
            reads.push({ i, raw: { at, length: raw.bytes.length } });
            parts.push(raw.bytes);
            at += raw.bytes.length;
        }
        else {
            reads.push({ i, raw: 'size' in raw ? raw : { error: { code: raw.error.code } } });
        }
    }
    // One buffer of its own for the chunk, handed over without a copy.
    const buffer = new ArrayBuffer(at);
    const bytes = new Uint8Array(buffer);
    let off = 0;
    for (const p of parts) {
        bytes.set(p, off);
        off += p.length;
    }
    port.postMessage({ reads, buffer }, [buffer]);
    Atomics.add(shared, Shared.SENT, to - from);
    Atomics.notify(shared, Shared.SENT);
    return true;
}
port.postMessage({ ready: true });
if (reads) {
    const shared = new Int32Array(reads.shared);
    const dirs = new Map();
    for (;;) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port))
            runText(m.message);
        const used = Atomics.load(shared, Shared.USED);
        if (Atomics.load(shared, Shared.SENT) - used >= READ_AHEAD) {
            // Far enough ahead: wait for the main thread to use some (or for a text batch).
            Atomics.wait(shared, Shared.USED, used, 2);
            continue;
        }
        if (!readChunk(reads, shared, dirs))
            break;
    }
}
port.on('message', (batch) => runText(batch));
