/**
 * `--changed`: the entry files this branch changes against the merge base with `--base` (default
 * origin/main, then main), including uncommitted and untracked files, so that it works the same
 * on a laptop and in CI.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, UsageError } from '../errors.js';
import { checkRef, GitFailed, openGit } from './git.js';
import { toPosix } from './repository.js';
const SHALLOW_FIX = 'This is a shallow clone, so git does not have the history needed to compare branches. Fetch the full history: ' +
    'in GitHub Actions set "fetch-depth: 0" on actions/checkout; in GitLab CI set GIT_DEPTH: 0; or run "git fetch --unshallow".';
export async function mergeBase(repo, base, stderr, purpose = '--changed') {
    const git = await openGit(repo.root, purpose);
    const candidates = base !== undefined ? [checkRef(base)] : ['origin/main', 'main'];
    let ref;
    for (const c of candidates) {
        if (await git.hasRef(c)) {
            ref = c;
            break;
        }
    }
    const shallow = await git.isShallow();
    if (!ref) {
        if (shallow)
            throw new ConfigError(`Cannot find ${candidates.join(' or ')} to compare with. ${SHALLOW_FIX}`);
        throw new UsageError(base !== undefined
            ? `"${base}" is not a branch, tag or commit in this repository.`
            : 'Cannot find origin/main or main to compare with. Name the branch to compare with: --base <branch>.');
    }
    let mb = '';
    try {
        mb = (await git.raw(['merge-base', '--end-of-options', ref, 'HEAD'])).trim();
    }
    catch (err) {
        if (!(err instanceof GitFailed))
            throw err;
    }
    // git says "no merge base" by its exit code alone, which simple-git passes over: check the answer.
    if (!/^[0-9a-f]{40,64}$/.test(mb)) {
        if (shallow)
            throw new ConfigError(`Cannot find where this branch left ${ref}. ${SHALLOW_FIX}`);
        throw new UsageError(`This branch and ${ref} have no history in common, so there is nothing to compare.`);
    }
    if (shallow)
        stderr.write(`lessons: warning: this is a shallow clone; if results look wrong, fetch the full history (fetch-depth: 0).\n`);
    return { git, ref, commit: mb };
}
/** Entry-file paths (relative to the repository root) that differ from the merge base. */
export async function changedFiles(repo, base, stderr) {
    const { git, commit } = await mergeBase(repo, base, stderr);
    const top = await git.topLevel();
    const diff = await git.raw(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', commit, '--']);
    const untracked = await git.raw(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--']);
    const out = new Set();
    const root = realpathSync(repo.root);
    for (const name of [...diff.split('\0'), ...untracked.split('\0')]) {
        if (!name.endsWith('.md'))
            continue;
        const rel = toPosix(path.relative(root, path.join(top, name)));
        if (!rel.startsWith('..'))
            out.add(rel);
    }
    return out;
}
