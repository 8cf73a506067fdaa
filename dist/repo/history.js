/**
 * Git history of the content folder, for digests (and anything else that needs "when did this file
 * change").
 *
 * Every file's dates come from ONE `git log` over the content folder, never one git process per
 * file (one call per file costs about 190 ms each: minutes on a real repository; see
 *. The history followed is the first-parent line of HEAD, with
 * merge commits compared to their first parent, so a change made on a branch counts from the day
 * it was merged into the main line, which is when it became part of the trust's learning. Dates
 * are committer dates, as calendar dates in the committer's own time zone (the first ten
 * characters of `%cI`), so the same history gives the same dates on every machine.
 *
 * Outside git (no repository, git not installed, or no commits yet) `openHistory` says so instead
 * of failing: callers fall back to the dates written in the front-matter and tell the reader.
 * A shallow clone is detected, because its oldest commit is not the file's real first commit.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { checkRef, GitFailed, GitUnavailableError, openGit } from './git.js';
import { toPosix } from './repository.js';
/** Why there is no history, in words: "git is not installed", ... */
export function whyNoHistory(reason) {
    return reason === 'git-missing'
        ? 'git is not installed'
        : reason === 'not-a-repository'
            ? 'this folder is not in a git repository'
            : reason === 'dubious-ownership'
                ? 'git refuses to read this folder because another user owns it (see "git config --global --add safe.directory")'
                : 'the git repository has no commits yet';
}
/**
 * Opens the git history of the repository's content folder: a few small git calls whatever the
 * size of the repository (git's version and "is this a repository" in openGit, then one
 * rev-parse for shallow / top folder / HEAD); `log()` makes the one big call.
 */
export async function openHistory(repo, opts = {}) {
    let git;
    if (opts.git) {
        git = opts.git;
    }
    else {
        try {
            git = await openGit(repo.root, 'Reading the history of the lessons');
        }
        catch (err) {
            // No git, or not a repository: digests then use the front-matter dates.
            if (err instanceof GitUnavailableError)
                return { available: false, reason: err.reason };
            throw err;
        }
    }
    // One call: shallow or not, and HEAD (which fails when there is no commit yet).
    let shallow;
    try {
        const out = (await git.raw(['rev-parse', '--is-shallow-repository', '--verify', 'HEAD^{commit}'])).split('\n');
        shallow = out[0].trim() === 'true';
    }
    catch (err) {
        if (err instanceof GitFailed)
            return { available: false, reason: 'no-commits' };
        throw err;
    }
    // git runs in the repository root and prints paths relative to it (--relative), which is how
    // entries are keyed; nothing outside the root is listed.
    const contentRel = toPosix(path.relative(realpath(repo.root), realpath(repo.contentRoot)));
    const pathspec = `:(literal)${contentRel === '' ? '.' : contentRel}`;
    const toRoot = (name) => (name.startsWith('../') ? undefined : name);
    let cached;
    return {
        available: true,
        shallow,
        log() {
            cached ??= git
                .raw(['log', '-z', '--first-parent', '-m', '--no-renames', '--relative', '--name-only', '--format=%x1e%H%x1f%cI%x1f%aN', '--', pathspec])
                .then((raw) => parseLog(raw, toRoot));
            return cached;
        },
        async resolve(ref) {
            checkRef(ref);
            try {
                const out = await git.raw(['log', '-1', '--no-walk', '--format=%H%x1f%cI', '--end-of-options', `${ref}^{commit}`, '--']);
                const [hash, date] = out.trim().split('\x1f');
                return hash && date ? { ref, hash, date: date.slice(0, 10) } : undefined;
            }
            catch (err) {
                if (err instanceof GitFailed)
                    return undefined;
                throw err;
            }
        },
        async changedBetween(from, to) {
            const out = await git.raw(['diff', '--name-only', '-z', '--no-renames', '--relative', '--diff-filter=AMT', from, to, '--', pathspec]);
            const files = new Set();
            for (const name of out.split('\0')) {
                const rel = name && toRoot(name);
                if (rel && rel.endsWith('.md'))
                    files.add(rel);
            }
            return files;
        },
    };
}
/** Parses `git log -z --name-only --format=%x1e%H%x1f%cI%x1f%aN` (newest commit first). */
export function parseLog(raw, toRoot = (n) => n) {
    const files = new Map();
    let commits = 0;
    for (const record of raw.split('\x1e')) {
        if (record === '')
            continue;
        const parts = record.split('\0');
        const [, cdate, author] = parts[0].split('\x1f');
        if (!cdate)
            continue;
        commits++;
        const date = cdate.slice(0, 10);
        for (let i = 1; i < parts.length; i++) {
            const name = i === 1 ? parts[i].replace(/^\n/, '') : parts[i];
            if (name === '' || !name.endsWith('.md'))
                continue;
            const rel = toRoot(name);
            if (rel === undefined)
                continue;
            const seen = files.get(rel);
            if (seen) {
                // Older commit: it moves "first" back; "last" was set by the newest commit.
                seen.first = date;
                seen.commits++;
                if (author && !seen.authors.includes(author))
                    seen.authors.push(author);
            }
            else {
                files.set(rel, { first: date, last: date, commits: 1, authors: author ? [author] : [] });
            }
        }
    }
    return { files, commits };
}
function realpath(p) {
    try {
        return realpathSync(p);
    }
    catch {
        return path.resolve(p);
    }
}
/** The advice for a shallow clone, shared by every command that reads history. */
export const SHALLOW_WARNING = 'this is a shallow clone (only the latest commits were fetched), so dates taken from git ' +
    'history may be wrong and older tags may be missing. Fetch the full history: in GitHub Actions set ' +
    '"fetch-depth: 0" on actions/checkout; in GitLab CI set GIT_DEPTH: 0; or run "git fetch --unshallow".';
