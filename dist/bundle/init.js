import { t as version } from "./version.js";
import { a as RefusedError, n as ConfigError, o as UsageError } from "./errors.js";
import { t as jsonSchema } from "./json-schema.js";
import { n as checklistMarkdown } from "./checklist.js";
import { r as templateTypes, t as builtInTemplate } from "./templates.js";
import { n as contentFolders } from "./repository.js";
import { writeFileAtomic } from "./write.js";
import path from "node:path";
import { existsSync, lstatSync, mkdirSync, rmSync, rmdirSync, statSync } from "node:fs";
// dist/authoring/site-workflow.js
const SITE_WORKFLOW_FILE = ".github/workflows/lessons-site.yml";
function siteWorkflow(how, packageSpec) {
	const head = `# Builds the learning library (lessons site) on every merge to main and publishes it.
name: learning library

on:
  push:
    branches: [main]
  workflow_dispatch:
`;
	const env = `
env:
  # Where CI installs lessons from (as in lessons.yml).
  LESSONS_PACKAGE: ${JSON.stringify(packageSpec)}
`;
	const build = `    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
${installStep("lessons-site.yml")}      - name: Build the staff site
        run: lessons site --audience staff --out _site
`;
	if (how === "pages") return `${head}
# GitHub Pages: turn it on in Settings → Pages → Source: GitHub Actions.
# A Pages site is PUBLIC unless your organisation's plan lets you restrict it to members
# (private Pages). The staff edition is for staff: if you cannot restrict access, use
# "lessons init --site-workflow artifact" and publish on your intranet instead, or build the
# public edition here (--audience public).
permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false
${env}
jobs:
  build:
${build}      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
	return `${head}
# The site is kept as an artefact of each run ("learning-library", for 30 days): download it
# from the run's page and copy the folder to the intranet or shared drive, or add a step that
# copies it there from a runner inside the trust's network.
permissions:
  contents: read
${env}
jobs:
  build:
${build}      - uses: actions/upload-artifact@v4
        with:
          name: learning-library
          path: _site
          retention-days: 30
`;
}
// dist/authoring/scaffold.js
function isGitRootFile(rel) {
	return rel.startsWith(".github/");
}
function defaultPackageSpec(version) {
	return `github:your-org/lessons#v${version}`;
}
function isPlaceholderSpec(spec) {
	return spec.includes("your-org/");
}
function scaffoldFiles(opts) {
	const files = new Map();
	files.set("lessons.config.yaml", CONFIG);
	for (const folder of contentFolders()) files.set(`lessons/${folder}/.gitkeep`, "");
	for (const d of templateTypes()) files.set(`templates/${path.basename(d.template)}`, builtInTemplate(d.type));
	files.set(".github/workflows/lessons.yml", workflow(opts.packageSpec, opts.workingDirectory));
	if (opts.siteWorkflow) files.set(SITE_WORKFLOW_FILE, siteWorkflow(opts.siteWorkflow, opts.packageSpec));
	files.set(".github/pull_request_template.md", PR_TEMPLATE);
	files.set(".vscode/settings.json", vscodeSettings());
	files.set(".vscode/tasks.json", vscodeTasks());
	files.set(`.vscode/schemas/config.schema.json`, `${JSON.stringify(jsonSchema("config"), null, 2)}\n`);
	return files;
}
const CONFIG = `# Settings for this lessons repository. Every setting is optional and has a default.
# After editing, run "lessons validate": it checks this file too. A setting it does not know
# is an error, so a typo is caught rather than ignored.

# The name shown at the top of digests and briefings.
organisation: Example NHS Foundation Trust

# The folder that holds the entries (learning/, incidents/, policies/, reviews/).
root: lessons

# The words entries may use for themes, services and audiences. A value that is not in its
# list is an error, which keeps reports consistent ("medication-safety", not "meds" in one
# file and "medicines" in another). Add, rename or remove words to suit your trust: one word
# (or words joined by dashes) per line. To allow any value, delete the whole list.
taxonomy:
  themes:
    - medication-safety
    - handover
    - deteriorating-patient
    - falls
    - pressure-ulcers
    - infection-prevention
    - safeguarding
    - discharge
    - communication
    - consent
    - diagnostics
    - equipment-and-devices
    - record-keeping
    - nutrition-and-hydration
    - end-of-life-care
    - mental-health
    - maternity
    - staffing
    - staff-wellbeing
    - patient-experience
  services:
    - emergency-department
    - adult-inpatient
    - critical-care
    - theatres
    - maternity
    - children-and-young-people
    - mental-health-inpatient
    - community-mental-health
    - community-nursing
    - outpatients
    - pharmacy
    - radiology
    - pathology
    - estates-and-facilities
  audiences:
    - all-staff
    - nursing
    - midwifery
    - medical
    - pharmacy
    - allied-health
    - healthcare-support-workers
    - estates
    - managers
    - board
    - patients-and-carers

# Identifiable data. NHS numbers, postcodes, email addresses, phone numbers and dates of birth
# are always checked. Add your own formats here, for example your hospital number:
#   patterns:
#     - {name: hospital-number, pattern: "RX[0-9]{7}"}
# and list exact strings that are fine to publish, such as a team mailbox:
#   allow:
#     - patient.safety@example.nhs.uk
pii:
  patterns: []
  allow: []

# Blaming wording. A built-in list (reviewed by clinicians) is always checked; add phrases
# your trust wants to avoid, each with a systems-focused alternative:
#   terms:
#     - {phrase: "dropped the ball", suggestion: "describe what made the step hard to complete"}
language:
  terms: []

# Warn this many days before a policy's review date.
policy:
  review_warning_days: 90

# The start of the id of each new entry (LL-20261104-7kq2, INC-..., POL-..., JC-...).
ids:
  prefix: {lesson: LL, incident: INC, policy: POL, just-culture-review: JC}
`;
function installStep(workflowFile) {
	return `      - name: Install lessons
        shell: bash
        run: |
          if [ -f package.json ] && node -e "const p = require('./package.json'); process.exit({...p.dependencies, ...p.devDependencies}.lessons ? 0 : 1)"; then
            npm ci --no-audit --no-fund
            echo "$PWD/node_modules/.bin" >> "$GITHUB_PATH"
          elif [[ "$LESSONS_PACKAGE" == *your-org/* ]]; then
            echo "::error title=lessons is not set up::Set LESSONS_PACKAGE in .github/workflows/${workflowFile} to where your trust keeps the lessons tool (for example github:your-trust/lessons#v1.0.0)."
            exit 1
          else
            npm install --global --no-audit --no-fund "$LESSONS_PACKAGE"
          fi
`;
}
function workflow(packageSpec, workingDirectory) {
	return `# Checks every lesson file on every push and pull request. Problems appear as annotations on
# the pull request's files (GitHub shows up to 10 errors and 10 warnings), every problem is listed
# in the job summary, and a file with an error fails the check.
name: lessons
${workingDirectory ? `
# The lessons repository is in ${workingDirectory}/ of this git repository; every step runs there.
defaults:
  run:
    working-directory: ${JSON.stringify(workingDirectory)}
` : ""}
on:
  push:
  pull_request:

permissions:
  contents: read

env:
  # Where CI installs lessons from: an npm package spec, such as a git repository and tag
  # (github:your-org/lessons#v1.0.0) or a tarball URL. If this repository has a package.json
  # with lessons as a devDependency, that copy is used instead.
  LESSONS_PACKAGE: ${JSON.stringify(packageSpec)}

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the whole history, so that branches can be compared with main
      - uses: actions/setup-node@v4
        with:
          node-version: 20
${installStep("lessons.yml")}      - name: Check lesson files
        run: lessons validate --format github
`;
}
const PR_TEMPLATE = `<!-- Thank you for adding to what we learn. Say in a sentence or two what this pull request
     adds or changes, and tick each item below when you have checked it. -->

## What this changes



## Reviewer checklist

${checklistMarkdown()}

Run \`lessons review\` for a summary of the entries this branch adds and changes, and \`lessons validate\` to check them.
`;
function vscodeSettings() {
	return `${JSON.stringify({ "yaml.schemas": { "./.vscode/schemas/config.schema.json": ["lessons.config.yaml"] } }, null, 2)}\n`;
}
function vscodeTasks() {
	return `${JSON.stringify({
		version: "2.0.0",
		tasks: [{
			label: "lessons: validate",
			type: "shell",
			command: "lessons validate --format github",
			group: "test",
			presentation: {
				reveal: "silent",
				panel: "dedicated",
				clear: true
			},
			problemMatcher: {
				owner: "lessons",
				fileLocation: ["relative", "${workspaceFolder}"],
				pattern: {
					regexp: "^::(error|warning) file=([^,]+),line=(\\d+),col=(\\d+),title=lessons ([^:]+)::(.*)$",
					severity: 1,
					file: 2,
					line: 3,
					column: 4,
					code: 5,
					message: 6
				}
			}
		}]
	}, null, 2)}\n`;
}
// dist/commands/init.js
async function run(ctx, dir, opts) {
	const target = path.resolve(ctx.start, dir ?? ".");
	const shown = dir ?? ".";
	if (existsSync(target) && !statSync(target).isDirectory()) throw new UsageError(`${shown} is a file, not a folder. Choose a folder for the new lessons repository.`);
	const packageSpec = opts.package ?? defaultPackageSpec(version());
	if (/[\r\n"\\]/.test(packageSpec) || packageSpec.trim() === "" || packageSpec.startsWith("-")) throw new UsageError(`--package "${packageSpec}" is not a package spec CI can install (e.g. github:your-trust/lessons#v1.0.0).`);
	const gitRoot = findGitRoot(target);
	const fromGitRoot = gitRoot ? path.relative(gitRoot, target).split(path.sep).join("/") : "";
	const toGitRoot = gitRoot ? path.relative(target, gitRoot).split(path.sep).join("/") : "";
	const files = new Map();
	for (const [rel, content] of scaffoldFiles({
		packageSpec,
		workingDirectory: fromGitRoot || void 0,
		siteWorkflow: opts.siteWorkflow
	})) files.set(toGitRoot && isGitRootFile(rel) ? `${toGitRoot}/${rel}` : rel, content);
	const inTheWay = blockers(target, [...files.keys()]);
	if (inTheWay.length) throw new RefusedError(`Nothing was written: ${inTheWay.length === 1 ? "this is" : "these are"} already in ${shown === "." ? "this folder" : shown}:\n` + inTheWay.map((f) => `  ${f}`).join("\n") + "\n\"lessons init\" never changes existing files. Move them aside, or choose an empty folder.");
	try {
		writeAll(target, files);
	} catch (err) {
		throw new ConfigError(`Could not write the new repository in ${shown} (${err.code ?? err.message}); nothing was kept.`);
	}
	if (!ctx.globals.quiet) {
		const where = shown === "." ? "this folder" : shown;
		const steps = [
			"Edit lessons.config.yaml: your trust's name, and the themes, services and audiences you use.",
			...isPlaceholderSpec(packageSpec) ? ["Set LESSONS_PACKAGE in .github/workflows/lessons.yml to where your trust keeps the lessons tool (or run init with --package)."] : [],
			`Start a git repository if it is not one yet: git init${dir ? ` ${shown}` : ""}, then commit these files.`,
			"Write the first entry: lessons new lesson"
		];
		ctx.io.stdout.write(`Created a lessons repository in ${where}:\n${[...files.keys()].map((f) => `  ${f}`).join("\n")}\n\nNext:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join("\n")}\n`);
	}
	return 0;
}
function writeAll(target, files, write = (f, c) => writeFileAtomic(f, c, { overwrite: false })) {
	const written = [];
	const madeDirs = [];
	try {
		for (const [rel, content] of files) {
			const abs = path.join(target, ...rel.split("/"));
			for (const d of missingDirs(path.dirname(abs))) {
				mkdirSync(d);
				madeDirs.push(d);
			}
			write(abs, content);
			written.push(abs);
		}
	} catch (err) {
		for (const f of written.reverse()) rmSync(f, { force: true });
		for (const d of madeDirs.reverse()) try {
			rmdirSync(d);
		} catch {}
		throw err;
	}
}
function blockers(target, rels) {
	const out = new Set();
	for (const rel of rels) {
		const parts = rel.split("/");
		for (let i = 1; i <= parts.length; i++) {
			const sub = parts.slice(0, i).join("/");
			const abs = path.join(target, ...parts.slice(0, i));
			let st;
			try {
				st = lstatSync(abs);
			} catch {
				break;
			}
			if (i === parts.length) out.add(sub);
			else if (!st.isDirectory()) {
				out.add(sub);
				break;
			}
		}
	}
	return [...out].sort();
}
function findGitRoot(dir) {
	let d = path.resolve(dir);
	for (;;) {
		if (existsSync(path.join(d, ".git"))) return d;
		const parent = path.dirname(d);
		if (parent === d) return void 0;
		d = parent;
	}
}
function missingDirs(dir) {
	const out = [];
	let d = dir;
	while (!existsSync(d)) {
		out.unshift(d);
		const parent = path.dirname(d);
		if (parent === d) break;
		d = parent;
	}
	return out;
}
export { findGitRoot, run, scaffoldFiles as t, writeAll };
