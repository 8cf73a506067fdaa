import { t as require_dist } from "./dist.js";
import { Chalk } from "./source.js";
import { findGitRoot, t as scaffoldFiles } from "./init.js";
import { n as ConfigError, t as CliError } from "./errors.js";
import { r as findRoot, s as toPosix } from "./repository.js";
import { t as version } from "./version.js";
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
// dist/commands/doctor.js
var import_dist = require_dist();
const MIN_NODE = [20, 17];
async function run(ctx, opts) {
	const checks = await diagnose(ctx);
	if (opts.json || opts.format === "json") ctx.io.stdout.write(`${JSON.stringify({
		version: version(),
		ok: !checks.some((c) => c.status === "error"),
		checks
	}, null, 2)}\n`);
	else {
		const c = new Chalk({ level: ctx.colour("stdout") ? 1 : 0 });
		const mark = {
			ok: c.green("✔"),
			warning: c.yellow("⚠"),
			error: c.red("✖")
		};
		const lines = checks.map((k) => `${mark[k.status]} ${k.message.replace(/\n/g, "\n  ")}`);
		const errors = checks.filter((k) => k.status === "error").length;
		const warnings = checks.filter((k) => k.status === "warning").length;
		const summary = errors ? c.red.bold(`✖ ${errors} check${errors === 1 ? "" : "s"} failed${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}.`) : warnings ? c.yellow.bold(`⚠ Ready, with ${warnings} warning${warnings === 1 ? "" : "s"}.`) : c.green.bold("✔ Everything lessons needs is in place.");
		ctx.io.stdout.write(`${lines.join("\n")}\n\n${summary}\n`);
	}
	return checks.some((k) => k.status === "error") ? 1 : 0;
}
async function diagnose(ctx) {
	const checks = [];
	const add = (id, status, message) => checks.push({
		id,
		status,
		message
	});
	const [major, minor] = process.versions.node.split(".").map(Number);
	const nodeOk = major > MIN_NODE[0] || major === MIN_NODE[0] && minor >= MIN_NODE[1];
	add("node", nodeOk ? "ok" : "error", nodeOk ? `Node.js ${process.versions.node}.` : `Node.js ${process.versions.node} is too old: lessons needs ${MIN_NODE.join(".")} or newer.`);
	const root = findRoot(ctx.start);
	add("git", ...await gitCheck(root ?? ctx.start));
	let repo;
	try {
		repo = await ctx.repository();
		add("repository", "ok", `Lessons repository: ${repo.root}`);
	} catch (err) {
		if (!(err instanceof CliError)) throw err;
		if (root) {
			add("repository", "ok", `Lessons repository: ${root}`);
			add("config", "error", err.message);
		} else add("repository", "error", err.message);
		return checks;
	}
	add("config", "ok", repo.configFile ? `${toPosix(path.relative(repo.root, repo.configFile))} is valid.` : "No lessons.config.yaml: every setting has its default (run \"lessons init\" elsewhere to see a commented one).");
	const content = toPosix(path.relative(repo.root, repo.contentRoot)) || ".";
	add("content", existsSync(repo.contentRoot) ? "ok" : "warning", existsSync(repo.contentRoot) ? `Content folder: ${content}/` : `The content folder ${content}/ does not exist yet: "lessons new lesson" creates it.`);
	checks.push(...ciChecks(repo));
	checks.push(...editorChecks(repo));
	return checks;
}
async function gitCheck(dir) {
	const { openGit, GitUnavailableError } = await import("./git.js").then((n) => n.i);
	try {
		return ["ok", `git ${(await (await openGit(dir, "lessons")).raw(["--version"])).trim().replace(/^git version /, "")}.`];
	} catch (err) {
		if (err instanceof GitUnavailableError) {
			if (err.reason === "not-a-repository") return ["warning", "This folder is not in a git repository: history, \"lessons review\", \"--changed\", \"--branch\" and digests by git tag need one. Run \"git init\"."];
			return ["error", err.message];
		}
		if (err instanceof ConfigError) return ["error", err.message];
		throw err;
	}
}
function ciChecks(repo) {
	const out = [];
	const gitRoot = findGitRoot(repo.root) ?? repo.root;
	const workflowFile = path.join(gitRoot, ".github/workflows/lessons.yml");
	const shown = (f) => toPosix(path.relative(repo.root, f));
	if (existsSync(workflowFile)) {
		const text = readFileSync(workflowFile, "utf8");
		let doc;
		try {
			doc = (0, import_dist.parse)(text);
		} catch {
			doc = void 0;
		}
		const spec = typeof doc?.env?.LESSONS_PACKAGE === "string" ? doc.env.LESSONS_PACKAGE : void 0;
		const expectedDir = toPosix(path.relative(gitRoot, repo.root));
		const wd = doc?.defaults?.run?.["working-directory"];
		if (!doc) out.push({
			id: "ci",
			status: "error",
			message: `${shown(workflowFile)} is not valid YAML, so GitHub will not run it.`
		});
		else if (expectedDir && wd !== expectedDir) out.push({
			id: "ci",
			status: "error",
			message: `${shown(workflowFile)} does not run in ${expectedDir}/, where this lessons repository is: set defaults.run.working-directory to "${expectedDir}".`
		});
		else if (spec?.includes("your-org/")) out.push({
			id: "ci",
			status: "warning",
			message: `${shown(workflowFile)}: LESSONS_PACKAGE is still the placeholder "${spec}". Set it to where your trust keeps lessons (see docs/install.md).`
		});
		else if (spec && scaffoldFiles({
			packageSpec: spec,
			workingDirectory: expectedDir || void 0
		}).get(".github/workflows/lessons.yml") === text) out.push({
			id: "ci",
			status: "ok",
			message: `${shown(workflowFile)} is current (installs ${spec}).`
		});
		else out.push({
			id: "ci",
			status: "warning",
			message: `${shown(workflowFile)} differs from the workflow lessons ${version()} writes (edited by hand, or written by an older version). Compare it with the one "lessons init" writes in an empty folder.`
		});
		return out;
	}
	const found = [[".gitlab-ci.yml", /lessons validate/], [".pre-commit-config.yaml", /lessons-validate/]].filter(([f, re]) => existsSync(path.join(gitRoot, f)) && re.test(readFileSync(path.join(gitRoot, f), "utf8")));
	if (found.length) for (const [f] of found) out.push({
		id: "ci",
		status: "ok",
		message: `${f} runs lessons validate.`
	});
	else out.push({
		id: "ci",
		status: "warning",
		message: "No CI runs \"lessons validate\" (no .github/workflows/lessons.yml, .gitlab-ci.yml job or pre-commit hook). See docs/ci.md."
	});
	return out;
}
function editorChecks(repo) {
	const file = path.join(repo.root, ".vscode/settings.json");
	if (!existsSync(file)) return [];
	let settings;
	try {
		settings = JSON.parse(readFileSync(file, "utf8"));
	} catch {
		return [];
	}
	const map = settings?.["yaml.schemas"];
	if ((map && typeof map === "object" ? Object.values(map).flat() : []).some((g) => typeof g === "string" && g.endsWith(".md"))) return [{
		id: "editor",
		status: "warning",
		message: ".vscode/settings.json associates .md files with schemas under \"yaml.schemas\"; no extension applies them to front-matter. Remove those lines and use the \"lessons: validate\" task (see docs/editors.md)."
	}];
	return [{
		id: "editor",
		status: "ok",
		message: ".vscode/settings.json checks lessons.config.yaml."
	}];
}
export { diagnose, run };
