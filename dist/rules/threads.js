/**
 * The counters this thread and the workers share (an Int32Array): the next file to take (each
 * file is taken once, by whoever adds to it first); how many files workers have taken to read
 * (counted before taking, so it is never behind); how many files read ahead this thread has
 * used; how many workers have sent.
 */
export const Shared = { NEXT: 0, CLAIMED: 1, USED: 2, SENT: 3, LENGTH: 4 };
/** Files a worker reads at once, and how many may be read and not yet used (bounds memory). */
export const READ_CHUNK = 16;
export const READ_AHEAD = 512;
/**
 * The texts a worker redacts for one file, in the order of its `redacted` reply: the messages and
 * key paths found before the text stage, then the message of each match it found.
 */
export function textsToRedact(before, found) {
    // Nearly always nothing was found; spreading the empty list anyway made V8 compile the
    // worker's loop five times (an empty array is of another kind to it than a list of matches).
    if (found.length === 0)
        return before;
    const out = before.slice();
    for (const f of found)
        out.push(f.message);
    return out;
}
