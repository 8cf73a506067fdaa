/**
 * Atomic writes (DESIGN §7): the content goes to a temporary file in the same folder, then takes
 * its final name in one step, so a reader never sees half a file and a crash leaves nothing
 * behind. Without `overwrite`, an existing file is never replaced (the final step is a hard link,
 * which fails if the name is taken, even when two writers race).
 */
import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
export class FileExistsError extends Error {
    file;
    constructor(file) {
        super(`${file} already exists`);
        this.file = file;
    }
}
export function writeFileAtomic(file, content, opts) {
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(tmp, content, { flag: 'wx', mode: 0o644 });
    try {
        if (opts.overwrite) {
            renameSync(tmp, file);
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
            unlinkSync(tmp);
        }
    }
    catch (err) {
        try {
            unlinkSync(tmp);
        }
        catch {
            /* already gone */
        }
        throw err;
    }
}
