/**
 * Staying inside the repository (issue 11.3). Everything lessons reads or writes on behalf of a
 * repository is taken by its real path (links resolved), and that path must lie inside the
 * repository's real root: a pull request can add a link `lessons/learning/x.md → /etc/passwd` or
 * make `lessons/learning` itself a link, but it cannot make lessons read or write there.
 *
 * Reading opens only regular files, and never blocks: the type is checked before opening (a FIFO
 * would block `open` until a writer came, a device could be anything), the open itself is
 * non-blocking, and the opened file is checked again (it could have been swapped in between).
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
const realRoots = new Map();
/** The real path of a repository root (cached: it is asked for every file). */
export function realRoot(root) {
    let real = realRoots.get(root);
    if (real === undefined) {
        try {
            real = realpathSync.native(root);
        }
        catch {
            real = path.resolve(root);
        }
        realRoots.set(root, real);
    }
    return real;
}
/** True when `real` is `root` or lies below it (both real, absolute paths). */
export function isWithin(root, real) {
    const rel = path.relative(root, real);
    return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}
/** An error with a code of our own, for the cases the system has no code for. */
export function codedError(code, message) {
    return Object.assign(new Error(message), { code });
}
/**
 * Opens a regular file for reading (real path inside `root` when given), without ever opening a
 * FIFO, device or socket, and without blocking.
 *
 * With `dirs`, a file whose folder's real path is inside the root, and which is itself a regular
 * file (not a link), is opened by that real folder: lstat says it is a regular file before it is
 * opened, `O_NOFOLLOW` refuses a link swapped in meanwhile, and the opened file must be the one
 * lstat saw (same device and inode). `listed` says the folder listing has just shown a regular
 * file by this name (repository.ts `listEntryFiles`): then lstat is not needed, since the open
 * follows no link and the opened file must still be a regular file. Anything else (a link, an
 * error, a folder outside) takes the careful way below, so the result and every error are
 * exactly what they are without `dirs`.
 */
function openInside(abs, root, dirs, listed = false) {
    const cut = abs.lastIndexOf(path.sep);
    if (dirs && root !== undefined && cut > 0 && cut < abs.length - 1) {
        const dir = abs.slice(0, cut);
        let realDir = dirs.get(dir);
        if (realDir === undefined) {
            try {
                realDir = realpathSync.native(dir);
            }
            catch {
                realDir = '';
            }
            // A folder outside the root is kept as '': its files take the careful way, which refuses them.
            if (realDir !== '' && !isWithin(realRoot(root), realDir))
                realDir = '';
            dirs.set(dir, realDir);
        }
        if (realDir !== '') {
            const file = `${realDir}${path.sep}${abs.slice(cut + 1)}`;
            try {
                const seen = listed ? undefined : lstatSync(file);
                if (listed || seen.isFile()) {
                    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
                    const st = fstatSync(fd);
                    if (st.isFile() && (seen === undefined || (st.ino === seen.ino && st.dev === seen.dev)))
                        return { fd, size: st.size };
                    closeSync(fd);
                }
            }
            catch {
                // The careful way decides (and reports the error).
            }
        }
    }
    let real;
    try {
        real = realpathSync.native(abs);
    }
    catch (error) {
        return { error: error };
    }
    if (root !== undefined && !isWithin(realRoot(root), real)) {
        return { error: codedError('EOUTSIDE', `${abs} is outside the repository`) };
    }
    let fd;
    try {
        if (!statSync(real).isFile())
            return { error: codedError('ENOTFILE', `${abs} is not a regular file`) };
        fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    }
    catch (error) {
        return { error: error };
    }
    let st;
    try {
        st = fstatSync(fd);
    }
    catch (error) {
        closeSync(fd);
        return { error: error };
    }
    if (!st.isFile()) {
        closeSync(fd);
        return { error: codedError('ENOTFILE', `${abs} is not a regular file`) };
    }
    return { fd, size: st.size };
}
/**
 * Opens a regular file for reading (see openInside); throws an error with a code (`EOUTSIDE`,
 * `ENOTFILE`, or the system's) otherwise. The caller closes the descriptor.
 */
export function openRegularFile(abs, root, dirs, listed = false) {
    const opened = openInside(abs, root, dirs, listed);
    if ('error' in opened)
        throw opened.error;
    return opened.fd;
}
/**
 * Reads a regular file inside `root` (a repository root; undefined for a file named on the
 * command line), refusing anything over `maxBytes` before reading it. Errors are returned, with
 * `EOUTSIDE` for a real path outside the root and `ENOTFILE` for a FIFO, device, socket or folder.
 */
export function readRegularFile(abs, root, maxBytes, dirs, listed = false) {
    const opened = openInside(abs, root, dirs, listed);
    if ('error' in opened)
        return opened;
    const { fd, size } = opened;
    try {
        if (size > maxBytes)
            return { size };
        const bytes = Buffer.allocUnsafe(size);
        let off = 0;
        while (off < size) {
            const n = readSync(fd, bytes, off, size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return { bytes: off === size ? bytes : bytes.subarray(0, off) };
    }
    catch (error) {
        return { error: error };
    }
    finally {
        closeSync(fd);
    }
}
/** The real path `p` would have: the real path of its nearest existing ancestor, plus the rest. */
export function realTarget(p) {
    const abs = path.resolve(p);
    const rest = [];
    let dir = abs;
    for (;;) {
        try {
            return path.join(realpathSync.native(dir), ...rest.reverse());
        }
        catch {
            const parent = path.dirname(dir);
            if (parent === dir)
                return abs;
            rest.push(path.basename(dir));
            dir = parent;
        }
    }
}
/**
 * Makes the folder `dir` (and its parents) for a file lessons writes into the repository, after
 * checking that its real path is inside the repository, and checks again once it exists (a link
 * could have been made meanwhile). Returns false, having made nothing, when it would be outside.
 */
export function makeDirInside(root, dir) {
    const realRootDir = realRoot(root);
    if (!isWithin(realRootDir, realTarget(dir)))
        return false;
    mkdirSync(dir, { recursive: true });
    return isWithin(realRootDir, realpathSync.native(dir));
}
/** True when something (even a broken link) has this name. */
export function lexists(p) {
    try {
        lstatSync(p);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Where an output the user asked for (`--out`) is really written: the real path of `abs` (an
 * existing link is followed, so a link into the content folder is seen for what it is). Returns
 * `ENOTFILE` when something other than a regular file has the name (a FIFO, device, socket or
 * folder is never replaced), `ENOENT` for a broken link (it is not replaced either).
 */
export function outputTarget(abs) {
    if (!lexists(abs))
        return { real: realTarget(abs) };
    let real;
    try {
        real = realpathSync.native(abs);
    }
    catch {
        return { error: 'ENOENT' };
    }
    return statSync(real).isFile() ? { real } : { error: 'ENOTFILE' };
}
