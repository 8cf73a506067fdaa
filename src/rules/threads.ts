/**
 * What the main thread of parallel.ts and its worker threads (worker.ts) share: how a worker is
 * started, the messages between them, and the counters in shared memory. Apart from parallel.ts so
 * that a worker loads only what it runs.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Config } from '../model/config.js';
import type { TextFound, TextJob } from './text.js';

/** What a worker is started with: the configuration, the port it talks on, and the files it may read ahead. */
export interface WorkerInput {
  config: Config;
  port: MessagePort;
  reads?: ReadAhead;
}

/** The files workers read ahead for this thread (see `Shared` for the counters they share). */
export interface ReadAhead {
  root: string;
  files: readonly string[];
  listed: Uint8Array;
  maxBytes: number;
  shared: SharedArrayBuffer;
}

/**
 * The counters this thread and the workers share (an Int32Array): the next file to take (each
 * file is taken once, by whoever adds to it first); how many files workers have taken to read
 * (counted before taking, so it is never behind); how many files read ahead this thread has
 * used; how many workers have sent.
 */
export const Shared = { NEXT: 0, CLAIMED: 1, USED: 2, SENT: 3, LENGTH: 4 } as const;
/** Files a worker reads at once, and how many may be read and not yet used (bounds memory). */
export const READ_CHUNK = 16;
export const READ_AHEAD = 512;

/**
 * A batch of files' text stages, and what comes back: per file, the matches and the redacted
 * messages, `null` for each text that redaction left as it was (most of them: the main thread
 * still has those, and copying them back cost both threads time).
 */
export interface TextBatch {
  id: number;
  jobs: { job: TextJob; redact: string[] }[];
}
/** Files read ahead: each file's index, and its bytes as a span of `buffer` (or the size or error instead). */
export interface ReadBatch {
  reads: { i: number; raw: { at: number; length: number } | { size: number } | { error: { code?: string } } }[];
  buffer: ArrayBuffer;
}
export type TextReply = { ready: true } | { id: number; results: { found: TextFound[]; redacted: (string | null)[] }[] } | ReadBatch;


/**
 * The texts a worker redacts for one file, in the order of its `redacted` reply: the messages and
 * key paths found before the text stage, then the message of each match it found.
 */
export function textsToRedact(before: readonly string[], found: readonly TextFound[]): readonly string[] {
  // Nearly always nothing was found; spreading the empty list anyway made V8 compile the
  // worker's loop five times (an empty array is of another kind to it than a list of matches).
  if (found.length === 0) return before;
  const out = before.slice();
  for (const f of found) out.push(f.message);
  return out;
}
