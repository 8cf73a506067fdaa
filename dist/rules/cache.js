/**
 * `validate --cache`: the per-file rules' results of each file, kept between runs (as ESLint and
 * Prettier do), so a second run checks only what changed.
 *
 * - A file's results are reused when its content hash (SHA-256 of its text) is the one they were
 *   computed for. Size, modification and change times are a shortcut: when all three are as
 *   recorded the file is not even read; otherwise it is read and hashed, and reused if the hash
 *   matches (a fresh checkout or a restored CI cache costs one read, not a re-check).
 * - The whole cache belongs to one key: the tool version, the registered rule set (ids and
 *   severities), the code of the checking modules, the configuration and "today" (overdue and
 *   review dates depend on it). Any change discards it. A cache that cannot be read or is not one
 *   of ours is ignored, and it is rewritten atomically.
 * - Repository rules (duplicate ids, references) run on every run from the cached index, so a
 *   change in one file is seen in the others.
 * - It lives outside the content folder: by default in the git folder (`.git/lessons-cache.json`),
 *   never committed and never listed as a change; outside git, `.lessons-cache.json` at the
 *   repository root. `--cache-location <file>` puts it elsewhere (e.g. a folder CI caches).
 * - Its results are reused as they are, so it is trusted input: only a regular file is read (not a
 *   link, FIFO or device), and it belongs where only your own runs write it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../util/write.js';
import { RULES } from './index.js';
const FORMAT = 'lessons-cache/1';
export function hashText(text) {
    return createHash('sha256').update(text).digest('base64url');
}
let codeHash;
/**
 * A hash of lessons' own code and data files (its build, or its sources under the test runner):
 * a changed rule, or anything a rule uses, makes a new key even within one version.
 */
function checkingCode() {
    if (codeHash)
        return codeHash;
    const base = fileURLToPath(new URL('../', import.meta.url));
    const h = createHash('sha256');
    const walk = (d) => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const abs = path.join(d, e.name);
            if (e.isDirectory())
                walk(abs);
            else if (/\.(?:js|ts|ya?ml|json)$/.test(e.name))
                h.update(`${path.relative(base, abs)}\0`).update(readFileSync(abs)).update('\0');
        }
    };
    walk(base);
    return (codeHash = h.digest('base64url'));
}
/** The key every record of a cache belongs to. */
export function cacheKey(repo, today, version) {
    const rules = RULES.map((r) => `${r.id}:${r.severity}`).join(',');
    return createHash('sha256')
        .update(JSON.stringify([FORMAT, version, rules, checkingCode(), repo.config, today]))
        .digest('base64url');
}
/** The git folder of the work tree holding `root` (following a worktree's `.git` file), if any. */
function gitDir(root) {
    for (let dir = root;; dir = path.dirname(dir)) {
        const dotGit = path.join(dir, '.git');
        try {
            const st = statSync(dotGit);
            if (st.isDirectory())
                return dotGit;
            if (st.isFile()) {
                const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
                if (m)
                    return path.resolve(dir, m[1].trim());
            }
        }
        catch {
            /* not here */
        }
        if (path.dirname(dir) === dir)
            return undefined;
    }
}
/** Where the cache lives unless `--cache-location` says otherwise. */
export function defaultCacheLocation(repo) {
    const git = gitDir(repo.root);
    return git ? path.join(git, 'lessons-cache.json') : path.join(repo.root, '.lessons-cache.json');
}
export class ResultCache {
    location;
    key;
    old;
    next = Object.create(null);
    dirty = false;
    constructor(location, key, old) {
        this.location = location;
        this.key = key;
        this.old = old ?? Object.create(null);
        if (!old)
            this.dirty = true;
    }
    /** Opens the cache at `location`; anything unreadable, foreign or for another key starts empty. */
    static open(location, key) {
        try {
            // Only a regular file is read: never a link (to something outside), a FIFO or a device.
            if (!lstatSync(location).isFile())
                return new ResultCache(location, key, undefined);
            const raw = JSON.parse(readFileSync(location, 'utf8'));
            if (raw && raw.format === FORMAT && raw.key === key && typeof raw.files === 'object' && raw.files !== null && !Array.isArray(raw.files)) {
                // Each record is checked when it is looked up (most runs look up every one once).
                return new ResultCache(location, key, Object.assign(Object.create(null), raw.files));
            }
        }
        catch {
            /* missing or corrupt: ignored */
        }
        return new ResultCache(location, key, undefined);
    }
    /**
     * The stored results of `file`, if they are still valid: same size and times, or (read and
     * hashed) the same content. Valid records are carried over to the next cache.
     */
    lookup(file, abs, readText) {
        const rec = this.old[file];
        if (!rec || !isRecord(rec))
            return undefined;
        let st;
        try {
            st = statSync(abs, { throwIfNoEntry: false });
        }
        catch {
            return undefined;
        }
        if (!st)
            return undefined;
        if (st.size === rec.size && st.mtimeMs === rec.mtimeMs && st.ctimeMs === rec.ctimeMs) {
            this.next[file] = rec;
            return rec;
        }
        const text = readText();
        if (text === undefined || hashText(text) !== rec.hash)
            return undefined;
        const moved = { ...rec, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
        this.next[file] = moved;
        this.dirty = true;
        return moved;
    }
    /** Records a file's fresh results (see `makeRecord`). */
    store(file, rec) {
        this.next[file] = rec;
        this.dirty = true;
    }
    /** Writes the cache if anything changed; returns a warning when it could not be written. */
    save() {
        const oldFiles = Object.keys(this.old);
        if (!this.dirty && oldFiles.length === Object.keys(this.next).length)
            return undefined;
        const content = { format: FORMAT, key: this.key, files: this.next };
        try {
            writeFileAtomic(this.location, JSON.stringify(content), { overwrite: true });
            return undefined;
        }
        catch (err) {
            return `the cache ${this.location} could not be written (${err.code ?? 'error'}); the results are not affected.`;
        }
    }
}
function isRecord(v) {
    if (typeof v !== 'object' || v === null)
        return false;
    const r = v;
    return typeof r.size === 'number' && typeof r.mtimeMs === 'number' && typeof r.ctimeMs === 'number' && typeof r.hash === 'string' && Array.isArray(r.problems) && (r.entry === null || typeof r.entry === 'object');
}
/**
 * The record of a file just checked, or undefined for a file without text (binary, too large,
 * unreadable: those are re-read every time, which is cheap). Runs in worker threads too.
 */
export function makeRecord(abs, text, problems, entry) {
    if (text === undefined)
        return undefined;
    let st;
    try {
        st = statSync(abs);
    }
    catch {
        return undefined;
    }
    return {
        size: st.size,
        mtimeMs: st.mtimeMs,
        ctimeMs: st.ctimeMs,
        hash: hashText(text),
        problems: problems.map(({ file: _file, ...rest }) => rest),
        entry: entry ? { id: entry.id, type: entry.type, data: entry.data } : null,
    };
}
/** Restores a stored record's problems for `file`. */
export function cachedProblems(file, rec) {
    return rec.problems.map((p) => ({ file, ...p }));
}
/** Restores a stored record's index entry for `file`. */
export function cachedEntry(file, rec) {
    return rec.entry ? { file, id: rec.entry.id, type: rec.entry.type, data: rec.entry.data } : undefined;
}
