import { n as __exportAll } from "./rolldown-runtime.js";
import { n as ConfigError, o as UsageError } from "./errors.js";
import { spawn } from "node:child_process";
// dist/repo/git.js
var git_exports = __exportAll({
	GitUnavailableError: () => GitUnavailableError,
	openGit: () => openGit
});
var GitUnavailableError = class extends ConfigError {
	reason;
	constructor(message, reason) {
		super(message);
		this.reason = reason;
	}
};
var GitFailed = class extends Error {
	command;
	detail;
	exitCode;
	constructor(command, detail, exitCode) {
		super(`git ${command} failed`);
		this.command = command;
		this.detail = detail;
		this.exitCode = exitCode;
	}
};
function checkRef(ref) {
	if (ref === "" || ref.startsWith("-") || /[\s\0]/.test(ref)) throw new UsageError(`"${ref}" is not a valid branch, tag or commit name.`);
	return ref;
}
const KEEP = new Set([
	"GIT_AUTHOR_NAME",
	"GIT_AUTHOR_EMAIL",
	"GIT_AUTHOR_DATE",
	"GIT_COMMITTER_NAME",
	"GIT_COMMITTER_EMAIL",
	"GIT_COMMITTER_DATE"
]);
const SETTINGS = [["color.ui", "never"], ["core.quotePath", "false"]];
function gitEnv(extra = []) {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) if (!k.toUpperCase().startsWith("GIT_") || KEEP.has(k)) env[k] = v;
	env.GIT_TERMINAL_PROMPT = "0";
	env.GIT_PAGER = "cat";
	env.GIT_OPTIONAL_LOCKS = "0";
	const settings = [...SETTINGS, ...extra];
	env.GIT_CONFIG_COUNT = String(settings.length);
	settings.forEach(([key, value], i) => {
		env[`GIT_CONFIG_KEY_${i}`] = key;
		env[`GIT_CONFIG_VALUE_${i}`] = value;
	});
	return env;
}
function run(cwd, args, input, extra = []) {
	return new Promise((resolve) => {
		let child;
		try {
			child = spawn("git", [...args], {
				cwd,
				env: gitEnv(extra),
				stdio: [
					"pipe",
					"pipe",
					"pipe"
				],
				windowsHide: true
			});
		} catch (error) {
			resolve({
				code: null,
				stdout: Buffer.alloc(0),
				stderr: "",
				spawnError: error
			});
			return;
		}
		const out = [];
		let err = "";
		let spawnError;
		child.stdout.on("data", (c) => out.push(c));
		child.stderr.on("data", (c) => err += c.toString("utf8"));
		child.on("error", (e) => spawnError = e);
		child.stdin.on("error", () => void 0);
		child.on("close", (code) => resolve({
			code,
			stdout: Buffer.concat(out),
			stderr: err,
			spawnError
		}));
		child.stdin.end(input ?? "");
	});
}
async function openGit(dir, purpose) {
	const probe = await run(dir, ["rev-parse", "--is-inside-work-tree"]);
	if (probe.spawnError) {
		if (probe.spawnError.code === "ENOENT" && !await folderExists(dir)) throw new ConfigError(`Cannot run git in ${dir}: the folder does not exist.`);
		throw new GitUnavailableError(`${purpose} needs git, which is not installed (or not on the PATH).`, "git-missing");
	}
	if (probe.code !== 0 || probe.stdout.toString("utf8").trim() !== "true") {
		const waived = await run(dir, ["rev-parse", "--is-inside-work-tree"], void 0, [["safe.directory", "*"]]);
		if (waived.code === 0 && waived.stdout.toString("utf8").trim() === "true") throw new GitUnavailableError(`${purpose} needs git, and git refuses to work in ${dir} because the folder belongs to another user. If you trust it, run: git config --global --add safe.directory "${dir}"`, "dubious-ownership");
		throw new GitUnavailableError(`${purpose} needs a git repository, and ${dir} is not inside one. Run "git init" there, or leave out the git options.`, "not-a-repository");
	}
	const raw = async (args) => {
		const r = await run(dir, args);
		if (r.spawnError || r.code !== 0) throw new GitFailed(args[0] ?? "git", r.stderr || String(r.spawnError ?? ""), r.code);
		return r.stdout.toString("utf8");
	};
	return {
		raw,
		async isShallow() {
			return (await raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
		},
		async hasRef(ref) {
			const r = await run(dir, [
				"rev-parse",
				"--verify",
				"--quiet",
				"--end-of-options",
				`${checkRef(ref)}^{commit}`
			]);
			return r.code === 0 && /^[0-9a-f]{40,64}\s*$/.test(r.stdout.toString("utf8"));
		},
		async readBlobs(commit, files) {
			const blobs = new Map();
			if (files.length === 0) return blobs;
			const r = await run(dir, [
				"cat-file",
				"--batch",
				"-z"
			], files.map((f) => `${commit}:./${f}\0`).join(""));
			if (r.spawnError || r.code !== 0) throw new GitFailed("cat-file", r.stderr, r.code);
			const out = r.stdout;
			let pos = 0;
			for (const file of files) {
				const nl = out.indexOf(10, pos);
				if (nl === -1) break;
				const header = out.subarray(pos, nl).toString("utf8");
				pos = nl + 1;
				const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
				if (!m) continue;
				const size = Number(m[2]);
				if (m[1] === "blob") blobs.set(file, out.subarray(pos, pos + size));
				pos += size + 1;
			}
			return blobs;
		}
	};
}
async function folderExists(dir) {
	const { stat } = await import("node:fs/promises");
	return stat(dir).then((s) => s.isDirectory(), () => false);
}
export { openGit as a, git_exports as i, GitUnavailableError as n, checkRef as r, GitFailed as t };
