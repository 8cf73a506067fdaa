/**
 * The one way lessons runs git: `git` as a child process, with
 *
 * - user values (refs, paths) only after `--end-of-options` or `--`, and a ref that starts with
 *   `-` refused outright (option injection;;
 * - a clean environment: every `GIT_*` variable from the caller is dropped except the identity and
 *   date ones (so a hook's `GIT_DIR` or `GIT_INDEX_FILE` cannot point git elsewhere, while
 *   `GIT_AUTHOR_NAME` still works for `--branch` commits), no pager, no colour, no prompts;
 * - paths always relative to the folder git runs in (`--relative`, `HEAD:./file`), with NUL
 *   separators, so a repository whose path holds a newline or odd characters works;
 * - failures as errors with a reason (git missing, not a repository, dubious ownership, a
 *   command that failed), never a stack trace and never git's own text matched.
 */
import { spawn } from 'node:child_process';
import { ConfigError, UsageError } from '../errors.js';
/** git cannot be used here: `reason` says why. */
export class GitUnavailableError extends ConfigError {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
/** A git command failed; `detail` is git's own output, shown only with --debug. */
export class GitFailed extends Error {
    command;
    detail;
    exitCode;
    constructor(command, detail, exitCode) {
        super(`git ${command} failed`);
        this.command = command;
        this.detail = detail;
        this.exitCode = exitCode;
    }
}
export function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\s\0]/.test(ref)) {
        throw new UsageError(`"${ref}" is not a valid branch, tag or commit name.`);
    }
    return ref;
}
/** Identity and date variables are the only GIT_* ones passed on. */
const KEEP = new Set(['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_AUTHOR_DATE', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_COMMITTER_DATE']);
/** Settings for every call, given through the environment (git ≥ 2.31) so the command line stays `git <command> …`. */
const SETTINGS = [
    ['color.ui', 'never'],
    ['core.quotePath', 'false'],
];
function gitEnv(extra = []) {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (!k.toUpperCase().startsWith('GIT_') || KEEP.has(k))
            env[k] = v;
    env.GIT_TERMINAL_PROMPT = '0';
    env.GIT_PAGER = 'cat';
    env.GIT_OPTIONAL_LOCKS = '0';
    const settings = [...SETTINGS, ...extra];
    env.GIT_CONFIG_COUNT = String(settings.length);
    settings.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = key;
        env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return env;
}
/** Runs git once; never throws. */
function run(cwd, args, input, extra = []) {
    return new Promise((resolve) => {
        let child;
        try {
            child = spawn('git', [...args], { cwd, env: gitEnv(extra), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
        }
        catch (error) {
            resolve({ code: null, stdout: Buffer.alloc(0), stderr: '', spawnError: error });
            return;
        }
        const out = [];
        let err = '';
        let spawnError;
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => (err += c.toString('utf8')));
        child.on('error', (e) => (spawnError = e));
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: err, spawnError }));
        child.stdin.end(input ?? '');
    });
}
/**
 * Opens git in `dir`, or throws GitUnavailableError (exit 2) saying why: git is not installed,
 * `dir` is not in a repository, or git refuses the repository because another user owns it.
 * `purpose` names what needs git, for the message.
 */
export async function openGit(dir, purpose) {
    const probe = await run(dir, ['rev-parse', '--is-inside-work-tree']);
    if (probe.spawnError) {
        if (probe.spawnError.code === 'ENOENT' && !(await folderExists(dir)))
            throw new ConfigError(`Cannot run git in ${dir}: the folder does not exist.`);
        throw new GitUnavailableError(`${purpose} needs git, which is not installed (or not on the PATH).`, 'git-missing');
    }
    if (probe.code !== 0 || probe.stdout.toString('utf8').trim() !== 'true') {
        // git refuses a repository owned by someone else ("dubious ownership"): the same question
        // answered with that check waived tells the two cases apart without reading git's message.
        const waived = await run(dir, ['rev-parse', '--is-inside-work-tree'], undefined, [['safe.directory', '*']]);
        if (waived.code === 0 && waived.stdout.toString('utf8').trim() === 'true') {
            throw new GitUnavailableError(`${purpose} needs git, and git refuses to work in ${dir} because the folder belongs to another user. ` +
                `If you trust it, run: git config --global --add safe.directory "${dir}"`, 'dubious-ownership');
        }
        throw new GitUnavailableError(`${purpose} needs a git repository, and ${dir} is not inside one. Run "git init" there, or leave out the git options.`, 'not-a-repository');
    }
    const raw = async (args) => {
        const r = await run(dir, args);
        if (r.spawnError || r.code !== 0)
            throw new GitFailed(args[0] ?? 'git', r.stderr || String(r.spawnError ?? ''), r.code);
        return r.stdout.toString('utf8');
    };
    return {
        raw,
        async isShallow() {
            return (await raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
        },
        async hasRef(ref) {
            const r = await run(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${checkRef(ref)}^{commit}`]);
            return r.code === 0 && /^[0-9a-f]{40,64}\s*$/.test(r.stdout.toString('utf8'));
        },
        async readBlobs(commit, files) {
            const blobs = new Map();
            if (files.length === 0)
                return blobs;
            const input = files.map((f) => `${commit}:./${f}\0`).join('');
            const r = await run(dir, ['cat-file', '--batch', '-z'], input);
            if (r.spawnError || r.code !== 0)
                throw new GitFailed('cat-file', r.stderr, r.code);
            const out = r.stdout;
            let pos = 0;
            for (const file of files) {
                const nl = out.indexOf(10, pos);
                if (nl === -1)
                    break;
                const header = out.subarray(pos, nl).toString('utf8');
                pos = nl + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m)
                    continue; // "<name> missing" or "ambiguous"
                const size = Number(m[2]);
                if (m[1] === 'blob')
                    blobs.set(file, out.subarray(pos, pos + size));
                pos += size + 1;
            }
            return blobs;
        },
    };
}
async function folderExists(dir) {
    const { stat } = await import('node:fs/promises');
    return stat(dir).then((s) => s.isDirectory(), () => false);
}
