/**
 * What `lessons init` writes (docs/commands.md): every file of a new lessons repository, as path →
 * content. Nothing here touches the disk; `commands/init.ts` checks and writes.
 */
import { SITE_WORKFLOW_FILE, siteWorkflow } from './site-workflow.js';
import path from 'node:path';
import { jsonSchema } from '../model/json-schema.js';
import { checklistMarkdown } from './checklist.js';
import { builtInTemplate, templateTypes } from './templates.js';
/** The content folders `init` creates: one per entry type (the ones discovery recognises). */
export { contentFolders } from '../repo/repository.js';
import { contentFolders } from '../repo/repository.js';
/** The files that belong at the git root (GitHub reads them only there). */
export function isGitRootFile(rel) {
    return rel.startsWith('.github/');
}
/** The placeholder used when `--package` is not given; CI explains how to replace it. */
export function defaultPackageSpec(version) {
    return `github:your-org/lessons#v${version}`;
}
export function isPlaceholderSpec(spec) {
    return spec.includes('your-org/');
}
export function scaffoldFiles(opts) {
    const files = new Map();
    files.set('lessons.config.yaml', CONFIG);
    for (const folder of contentFolders())
        files.set(`lessons/${folder}/.gitkeep`, '');
    for (const d of templateTypes())
        files.set(`templates/${path.basename(d.template)}`, builtInTemplate(d.type));
    files.set('.github/workflows/lessons.yml', workflow(opts.packageSpec, opts.workingDirectory));
    if (opts.siteWorkflow)
        files.set(SITE_WORKFLOW_FILE, siteWorkflow(opts.siteWorkflow, opts.packageSpec));
    files.set('.github/pull_request_template.md', PR_TEMPLATE);
    files.set('.vscode/settings.json', vscodeSettings());
    files.set('.vscode/tasks.json', vscodeTasks());
    // Only the config schema: no extension applies a schema to the front-matter of a .md file.
    files.set(`.vscode/schemas/config.schema.json`, `${JSON.stringify(jsonSchema('config'), null, 2)}\n`);
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
/** The workflow step that installs lessons (every workflow init writes uses it; LESSONS_PACKAGE is set in the workflow's env). */
export function installStep(workflowFile) {
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
    const where = workingDirectory
        ? `
# The lessons repository is in ${workingDirectory}/ of this git repository; every step runs there.
defaults:
  run:
    working-directory: ${JSON.stringify(workingDirectory)}
`
        : '';
    return `# Checks every lesson file on every push and pull request. Problems appear as annotations on
# the pull request's files (GitHub shows up to 10 errors and 10 warnings), every problem is listed
# in the job summary, and a file with an error fails the check.
name: lessons
${where}
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
${installStep('lessons.yml')}      - name: Check lesson files
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
    // The Red Hat YAML extension (redhat.vscode-yaml) checks lessons.config.yaml against its
    // schema as you type. It never reads front-matter inside Markdown files, so no .md file is
    // associated with a schema here: entries are checked by the "lessons: validate" task.
    const settings = {
        'yaml.schemas': {
            './.vscode/schemas/config.schema.json': ['lessons.config.yaml'],
        },
    };
    return `${JSON.stringify(settings, null, 2)}\n`;
}
/**
 * A VS Code task that runs "lessons validate" and puts each problem in the Problems panel (the
 * github format has one line per problem with its file, line and column).
 */
function vscodeTasks() {
    const tasks = {
        version: '2.0.0',
        tasks: [
            {
                label: 'lessons: validate',
                type: 'shell',
                command: 'lessons validate --format github',
                group: 'test',
                presentation: { reveal: 'silent', panel: 'dedicated', clear: true },
                problemMatcher: {
                    owner: 'lessons',
                    fileLocation: ['relative', '${workspaceFolder}'],
                    pattern: {
                        regexp: '^::(error|warning) file=([^,]+),line=(\\d+),col=(\\d+),title=lessons ([^:]+)::(.*)$',
                        severity: 1,
                        file: 2,
                        line: 3,
                        column: 4,
                        code: 5,
                        message: 6,
                    },
                },
            },
        ],
    };
    return `${JSON.stringify(tasks, null, 2)}\n`;
}
