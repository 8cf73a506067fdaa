/**
 * Git, through simple-git. User values (refs, paths) only ever go after `--end-of-options` or
 * `--`, and a ref that starts with `-` is refused outright (option injection, see
 * shared/research/libraries.md §4). Failures become clear messages, not stack traces.
 */
import { GitError, simpleGit } from 'simple-git';
import { ConfigError, UsageError } from '../errors.js';
/** git cannot be used here: `reason` says whether it is missing or the folder is not a repository. */
export class GitUnavailableError extends ConfigError {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
export function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) {
        throw new UsageError(`"${ref}" is not a valid branch, tag or commit name.`);
    }
    return ref;
}
/** Opens git in `dir`; exit 2 with a clear message when git is missing or `dir` is not in a repository. */
export async function openGit(dir, purpose) {
    let git;
    try {
        git = simpleGit({ baseDir: dir, maxConcurrentProcesses: 4, trimmed: false });
    }
    catch {
        throw new ConfigError(`Cannot run git in ${dir}.`);
    }
    const version = await git.version().catch(() => ({ installed: false }));
    if (!version.installed) {
        throw new GitUnavailableError(`${purpose} needs git, which is not installed (or not on the PATH).`, 'git-missing');
    }
    const isRepo = await git.checkIsRepo().catch(() => false);
    if (!isRepo) {
        throw new GitUnavailableError(`${purpose} needs a git repository, and ${dir} is not inside one. Run "git init" there, or leave out the git options.`, 'not-a-repository');
    }
    const raw = async (args) => {
        try {
            return await git.raw(args);
        }
        catch (err) {
            if (err instanceof GitError)
                throw new GitFailed(args[0] ?? 'git', err.message);
            throw err;
        }
    };
    return {
        raw,
        async topLevel() {
            return (await raw(['rev-parse', '--show-toplevel'])).trim();
        },
        async isShallow() {
            return (await raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
        },
        async hasRef(ref) {
            try {
                // With --quiet git reports a missing ref only by its exit code, which simple-git does not
                // treat as a failure when stderr is empty: the answer is whether a commit id came back.
                const out = await raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${checkRef(ref)}^{commit}`]);
                return /^[0-9a-f]{40,64}\s*$/.test(out);
            }
            catch (err) {
                if (err instanceof GitFailed)
                    return false;
                throw err;
            }
        },
    };
}
/** A git command failed; `detail` is git's own output, shown only with --debug. */
export class GitFailed extends Error {
    command;
    detail;
    constructor(command, detail) {
        super(`git ${command} failed`);
        this.command = command;
        this.detail = detail;
    }
}
