/**
 * `--out <file>` for digests and briefings. The file is written atomically (temporary file, then
 * rename) and replaced if it exists: an output is regenerated, unlike an entry. A path inside the
 * content folder is refused, because anything written there would be read as an entry.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { RefusedError, UsageError } from '../errors.js';
import { toPosix } from '../repo/repository.js';
import { writeFileAtomic } from '../util/write.js';
function real(p) {
    try {
        return realpathSync(p);
    }
    catch {
        return path.resolve(p);
    }
}
/** Checks `--out` before any work is done; throws UsageError or RefusedError. */
export function checkOutput(ctx, repo, out) {
    if (out.trim() === '')
        throw new UsageError('--out needs a file name, e.g. --out digest.html.');
    const abs = path.resolve(ctx.start, out);
    const dir = path.dirname(abs);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new UsageError(`Cannot write ${out}: the folder ${dir} does not exist. Create it first, or choose another place.`);
    }
    if (existsSync(abs) && statSync(abs).isDirectory()) {
        throw new UsageError(`Cannot write ${out}: it is a folder. Give a file name, e.g. ${path.join(out, 'digest.html')}.`);
    }
    const target = path.join(real(dir), path.basename(abs));
    const rel = path.relative(real(repo.contentRoot), target);
    if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
        const content = toPosix(path.relative(repo.root, repo.contentRoot)) || '.';
        throw new RefusedError(`Refusing to write ${out}: it is inside the content folder (${content}/), where every Markdown file is read as an entry. ` +
            'Write digests and briefings somewhere else, e.g. a "digests" folder next to it.');
    }
    const fromCwd = path.relative(ctx.io.cwd, abs);
    const shown = fromCwd !== '' && !fromCwd.startsWith('..') && !path.isAbsolute(fromCwd) ? toPosix(fromCwd) : abs;
    return { abs, shown };
}
/** Writes the output (replacing an older one) and prints its path on stdout. */
export function writeOutput(ctx, target, content) {
    try {
        writeFileAtomic(target.abs, content, { overwrite: true });
    }
    catch (err) {
        const code = err.code;
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
            throw new RefusedError(`Cannot write ${target.shown}: you do not have permission to write there.`);
        }
        throw err;
    }
    ctx.io.stdout.write(`${target.shown}\n`);
}
