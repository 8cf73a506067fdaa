import { o as UsageError, t as CliError } from "./errors.js";
import { a as openGit, t as GitFailed } from "./git.js";
// dist/authoring/branch.js
async function prepareBranch(repo, id, opts = {}) {
	const git = await openGit(repo.root, opts.command ?? "\"lessons new --branch\"");
	const choose = opts.command ? "Leave out --branch, or delete or rename that branch" : "Choose another --id, or leave out --branch";
	if (!await git.hasRef("HEAD")) throw new UsageError("--branch starts the new branch from the current commit, and this repository has no commits yet. Make a first commit, then try again.");
	const branch = `lessons/${id}`;
	try {
		await git.raw([
			"check-ref-format",
			"--branch",
			branch
		]);
	} catch (err) {
		if (!(err instanceof GitFailed)) throw err;
		throw new UsageError(`"${id}" cannot be used in a git branch name (lessons/${id}). ${choose}.`);
	}
	if (await git.hasRef(`refs/heads/${branch}`)) throw new UsageError(`The branch ${branch} already exists. ${choose}.`);
	const staged = (await git.raw([
		"diff",
		"--cached",
		"--name-only",
		"-z"
	])).split("\0").filter(Boolean);
	if (staged.length) {
		const shown = staged.slice(0, 5).join(", ") + (staged.length > 5 ? ` and ${staged.length - 5} more` : "");
		throw new UsageError(`There are staged changes (${shown}) that would be carried onto the new branch. Commit them, or unstage them with "git restore --staged <file>", then try again.`);
	}
	return {
		git,
		branch
	};
}
async function commitOnBranch(plan, files, message) {
	const { git, branch } = plan;
	const list = typeof files === "string" ? [files] : [...files];
	const file = list.join(" ");
	let step = `create the branch ${branch}`;
	let todo = `git switch --create ${branch}; git add -- ${file}; git commit -- ${file}`;
	try {
		await git.raw([
			"switch",
			"--quiet",
			"--create",
			branch
		]);
		step = `commit ${file} on the new branch ${branch}`;
		todo = `git add -- ${file}; git commit -- ${file}`;
		await git.raw([
			"add",
			"--",
			...list
		]);
		await git.raw([
			"commit",
			"--quiet",
			`--message=${message}`,
			"--",
			...list
		]);
	} catch (err) {
		if (!(err instanceof GitFailed)) throw err;
		const reason = gitReason(err.detail);
		throw new CliError(`${file} was written, but git could not ${step}${reason ? ` (${reason})` : ""}. Finish by hand: ${todo}`, 2);
	}
}
function gitReason(detail) {
	const lines = detail.split("\n").map((l) => l.trim()).filter(Boolean);
	return (lines.find((l) => /^(fatal|error):/i.test(l)) ?? lines.find((l) => /tell me who you are/i.test(l)) ?? lines[0] ?? "").replace(/^(fatal|error):\s*/i, "").slice(0, 200);
}
export { prepareBranch as n, commitOnBranch as t };
