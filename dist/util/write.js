/**
 * Atomic writes (docs/guarantees.md): the content goes to a temporary file in the same folder, then takes
 * its final name in one step, so a reader never sees half a file and a crash leaves nothing
 * behind. Without `overwrite`, an existing file is never replaced (the final step is a hard link,
 * which fails if the name is taken, even when two writers race).
 *
 * Issue 11.5: the temporary file is removed on every path (a failed write on a full disk, a
 * failed rename, Ctrl-C or SIGTERM: `removePendingTemporaryFiles` is called by the signal
 * handlers in bin/lessons.js), and a system fault becomes one plain message (util/faults.ts).
 */
import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { systemFault } from './faults.js';
export class FileExistsError extends Error {
    file;
    constructor(file) {
        super(`${file} already exists`);
        this.file = file;
    }
}
/** Temporary files written and not yet renamed or removed. */
const pending = new Set();
/** Removes every temporary file still pending (for signal handlers); never throws. */
export function removePendingTemporaryFiles() {
    for (const tmp of pending) {
        try {
            unlinkSync(tmp);
        }
        catch {
            /* already gone */
        }
        pending.delete(tmp);
    }
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let armed = false;
function onSignal() {
    removePendingTemporaryFiles();
    try {
        process.stderr.write('\nlessons: stopped.\n');
    }
    catch {
        /* stderr is gone */
    }
    process.exit(130);
}
/**
 * From the first write on, Ctrl-C, SIGTERM and SIGHUP are caught instead of killing the process
 * in the middle of a write: the write (synchronous) finishes or fails and cleans up, then the
 * signal is handled (temporary files removed, exit 130) as soon as the event loop turns. Before
 * any write the default applies, so Ctrl-C stops a long check at once. (Not disarmed after the
 * write: a signal that arrived during it would be lost with the handler.)
 */
function armSignals() {
    if (armed)
        return;
    armed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
}
function remove(tmp) {
    try {
        unlinkSync(tmp);
    }
    catch {
        /* already gone */
    }
    pending.delete(tmp);
}
export function writeFileAtomic(file, content, opts) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    armSignals();
    pending.add(tmp);
    try {
        writeFileSync(tmp, content, { flag: 'wx', mode: 0o644 });
        if (opts.overwrite) {
            renameSync(tmp, file);
            pending.delete(tmp);
        }
        else {
            try {
                linkSync(tmp, file);
            }
            catch (err) {
                if (err.code === 'EEXIST')
                    throw new FileExistsError(file);
                throw err;
            }
            remove(tmp);
        }
    }
    catch (err) {
        remove(tmp);
        throw systemFault(err, `write ${opts.shown ?? file}`) ?? err;
    }
}
