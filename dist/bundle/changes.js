import { n as ConfigError, o as UsageError } from "./errors.js";
import { a as openGit, r as checkRef, t as GitFailed } from "./git.js";
import { i as isEntryPath, s as toPosix } from "./repository.js";
import path from "node:path";
// dist/repo/changes.js
const SHALLOW_FIX = "This is a shallow clone, so git does not have the history needed to compare branches. Fetch the full history: in GitHub Actions set \"fetch-depth: 0\" on actions/checkout; in GitLab CI set GIT_DEPTH: 0; or run \"git fetch --unshallow\".";
async function mergeBase(repo, base, warn, purpose = "--changed") {
	const git = await openGit(repo.root, purpose);
	const candidates = base !== void 0 ? [checkRef(base)] : ["origin/main", "main"];
	const [found, shallow] = await Promise.all([Promise.all(candidates.map((c) => git.hasRef(c))), git.isShallow()]);
	const ref = candidates.find((_, i) => found[i]);
	if (!ref) {
		if (shallow) throw new ConfigError(`Cannot find ${candidates.join(" or ")} to compare with. ${SHALLOW_FIX}`);
		throw new UsageError(base !== void 0 ? `"${base}" is not a branch, tag or commit in this repository.` : "Cannot find origin/main or main to compare with. Name the branch to compare with: --base <branch>.");
	}
	let mb = "";
	try {
		mb = (await git.raw([
			"merge-base",
			"--end-of-options",
			ref,
			"HEAD"
		])).trim();
	} catch (err) {
		if (!(err instanceof GitFailed)) throw err;
	}
	if (!/^[0-9a-f]{40,64}$/.test(mb)) {
		if (shallow) throw new ConfigError(`Cannot find where this branch left ${ref}. ${SHALLOW_FIX}`);
		throw new UsageError(`This branch and ${ref} have no history in common, so there is nothing to compare.`);
	}
	if (shallow) warn("this is a shallow clone; if results look wrong, fetch the full history (fetch-depth: 0).");
	return {
		git,
		ref,
		commit: mb
	};
}
async function branchChanges(repo, base, warn, purpose = "--changed") {
	const { git, ref, commit } = await mergeBase(repo, base, warn, purpose);
	const contentPrefix = toPosix(path.relative(repo.root, repo.contentRoot));
	const files = new Map();
	const [diffOut, untrackedOut] = await Promise.all([git.raw([
		"diff",
		"--name-status",
		"-z",
		"--no-renames",
		"--relative",
		commit,
		"--"
	]), git.raw([
		"ls-files",
		"--others",
		"--exclude-standard",
		"-z",
		"--"
	])]);
	const diff = diffOut.split("\0");
	for (let i = 0; i + 1 < diff.length; i += 2) {
		const status = diff[i];
		const file = diff[i + 1];
		if (!status || !isEntryPath(file, contentPrefix)) continue;
		files.set(file, status.startsWith("A") ? "added" : status.startsWith("D") ? "removed" : "changed");
	}
	const untracked = untrackedOut.split("\0");
	for (const file of untracked) if (file && isEntryPath(file, contentPrefix)) files.set(file, "added");
	return {
		git,
		ref,
		commit,
		files
	};
}
async function changedFiles(repo, base, warn) {
	const { files } = await branchChanges(repo, base, warn);
	return new Set([...files].filter(([, kind]) => kind !== "removed").map(([file]) => file));
}
export { branchChanges, changedFiles };
