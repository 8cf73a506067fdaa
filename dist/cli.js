/**
 * The command line (docs/commands.md). `main(argv, io)` parses, runs one command and returns the exit
 * code; only `bin/lessons.js` exits. Only commander is loaded at start-up: each command's module
 * (and zod, yaml, chalk and inquirer behind it) is imported when that command runs, which
 * keeps `lessons --help` fast.
 */
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { applyConventions, misplacedVersion, usageHint } from './cli-conventions.js';
import { createContext } from './context.js';
import { CliError, ConfigError, UsageError } from './errors.js';
import { systemFault } from './util/faults.js';
import { guardStream, visible, visibleLines } from './util/terminal.js';
import { version } from './version.js';
export { processIo } from './io.js';
export { version } from './version.js';
function positiveInt(value) {
    if (!/^\d+$/.test(value))
        throw new InvalidArgumentError('must be a whole number, 0 or more.');
    return Number(value);
}
export async function main(argv, rawIo) {
    let exitCode = 0;
    const debug = argv.includes('--debug');
    // Issue 11.4: everything written goes through one guard, so no control character or escape
    // sequence from a file reaches a terminal or log (only lessons' own colours, when colour is on).
    const colourOn = (stream) => createContext(rawIo, { color: !argv.includes('--no-color') }).colour(stream);
    const io = { ...rawIo, stdout: guardStream(rawIo.stdout, () => colourOn('stdout')), stderr: guardStream(rawIo.stderr, () => colourOn('stderr')) };
    const program = new Command('lessons');
    program
        .description("Keep your trust's learning from incidents, complaints, inquests and good care in git.")
        .version(version(), '-V, --version', 'show the version')
        .helpOption('-h, --help', 'show help')
        .option('-C, --cwd <dir>', 'run in this folder (default: the nearest folder upward with lessons.config.yaml or lessons/)')
        .option('--config <file>', 'use this configuration file instead of lessons.config.yaml')
        .option('--no-color', 'never use colour (also: NO_COLOR=1)')
        .option('--quiet', 'print less: only errors and results')
        .option('--debug', 'show technical details (stack traces) when something goes wrong')
        .addHelpText('after', `
Exit codes: 0 success, 1 the repository has errors (or a write was refused),
            2 usage, configuration or internal error, 130 interrupted.
Set LESSONS_TODAY=YYYY-MM-DD to fix "today" (overdue actions, review dates, periods).`)
        .showSuggestionAfterError(true)
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(s.replace(/^error: /, 'lessons: ')),
    });
    const context = (cmd) => createContext(io, cmd.optsWithGlobals());
    /** Registers a lazily imported command module; its `run` returns the exit code. */
    const lazy = (load) => async (...args) => {
        const cmd = args[args.length - 1];
        const opts = args[args.length - 2];
        const positional = args.slice(0, -2);
        const { run } = await load();
        exitCode = await run(context(cmd), ...positional, opts);
    };
    program
        .command('validate')
        .description('check every entry: fields, references, dates, identifiable data and blaming language')
        .argument('[paths...]', 'files or folders to check (default: the whole content folder)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'github', 'sarif', 'junit']).default('pretty'))
        .option('--changed', 'check only the files this branch changes (plus repository-wide rules)')
        .option('--base <ref>', 'with --changed: compare against this branch or commit (default: origin/main, then main)')
        .option('--max-warnings <n>', 'fail (exit 1) when there are more than this many warnings', positiveInt)
        .option('--cache', "reuse each unchanged file's results from the last run (kept in .git/lessons-cache.json)")
        .option('--cache-location <file>', 'with --cache: keep the results in this file instead')
        .addHelpText('after', `
Examples:
  lessons validate
  lessons validate lessons/learning/LL-20261104-7kq2.md
  lessons validate --cache
  lessons validate --changed --base origin/main --format github
  lessons validate --format sarif > lessons.sarif`)
        .action(lazy(() => import('./commands/validate.js')));
    program
        .command('list')
        .description('list entries, with filters')
        .option('--type <type>', 'only entries of this type (lesson, incident, policy, just-culture-review)')
        .option('--status <status>', 'only entries with this status')
        .option('--theme <theme>', 'only lessons with this theme')
        .option('--service <service>', 'only entries for this service')
        .option('--since <date>', 'only entries created, occurred or changed on or after this date (YYYY-MM-DD)')
        .option('--json', 'print JSON instead of a table')
        .addHelpText('after', `
Examples:
  lessons list --type lesson --status shared
  lessons list --theme medication-safety --json`)
        .action(lazy(() => import('./commands/list.js')));
    program
        .command('schema')
        .description('print the JSON Schema (draft 2020-12) of an entry type, for editors')
        .argument('[type]', 'lesson, incident, policy, just-culture-review or config (default: all, as one object)')
        .option('--out <dir>', 'write one <type>.schema.json file per type into this folder')
        .addHelpText('after', `
Examples:
  lessons schema lesson
  lessons schema --out .vscode/schemas`)
        .action(lazy(() => import('./commands/schema.js')));
    program
        .command('init')
        .description('create a new lessons repository: settings, folders, templates, CI workflow and PR checklist')
        .argument('[dir]', 'the folder to create it in, created if needed (default: the current folder)')
        .option('--package <spec>', 'where CI installs lessons from: an npm package spec written into the workflow (default: a placeholder to replace)')
        .addOption(new Option('--site-workflow <how>', 'also write .github/workflows/lessons-site.yml, which builds the learning library on every merge to main and publishes it to GitHub Pages or keeps it as an artefact for an intranet').choices(['pages', 'artifact']))
        .addHelpText('after', `
Writes lessons.config.yaml, lessons/{learning,incidents,policies,reviews}/, templates/,
.github/workflows/lessons.yml, .github/pull_request_template.md and .vscode/ (settings and
schemas). If any of these files is already there, it writes nothing and lists them (exit 1).

Examples:
  lessons init
  lessons init governance/lessons --package github:your-trust/lessons#v0.1.0
  lessons init --site-workflow artifact`)
        .action(lazy(() => import('./commands/init.js')));
    // For repeatable options of "new": each use adds to the list.
    const collect = (value, previous) => [...(previous ?? []), value];
    program
        .command('new')
        .description('write a new entry from its template (asks questions on a terminal)')
        .argument('<type>', 'lesson, incident or policy')
        .option('--id <id>', 'the id (default: <prefix>-<YYYYMMDD>-<random>, e.g. LL-20261121-7kq2)')
        .option('--title <title>', 'the title, 5 to 200 characters on one line')
        .option('--summary <text>', 'lesson: one paragraph in plain language saying what was learned')
        .option('--kind <kind>', 'lesson: improvement or good-practice')
        .option('--theme <theme>', 'lesson: a theme from the taxonomy (repeat, or separate with commas)', collect)
        .option('--service <service>', 'lesson: a service (repeatable); incident: the service involved', collect)
        .option('--audience <audience>', 'lesson: who it is for (repeatable); policy: who it is for, in words', collect)
        .option('--sources <id>', 'lesson: the id of a learning source it came from (repeatable)', collect)
        .option('--policies <id>', 'lesson: the id of a policy it changes or affects (repeatable)', collect)
        .option('--source <kind>', 'incident: incident, complaint, claim, inquest, prevention-of-future-deaths, mortality-review, audit, external-review, good-care or risk')
        .option('--occurred <YYYY-MM>', 'incident: when it happened (a month, or a date)')
        .option('--reported <YYYY-MM-DD>', 'incident: when it was reported')
        .option('--response <response>', 'incident: after-action-review, swarm-huddle, mdt-review, psii, thematic-review, local-review or none')
        .option('--harm-physical <level>', 'incident: physical harm: none, low, moderate, severe or fatal')
        .option('--harm-psychological <level>', 'incident: psychological harm: none, low, moderate or severe')
        .option('--contributory-factor <factor>', 'incident: "<system>: <what contributed>", system one of person, tasks, tools-and-technology, organisation, internal-environment, external-environment (repeatable)', collect)
        .option('--reference <reference>', 'policy: the document reference')
        .option('--doc-version <version>', "policy: the document's version (e.g. 1.0)")
        .option('--replaces <reference>', 'policy: the reference of the document it replaces')
        .option('--author <role>', 'policy: the author, as a role')
        .option('--owner-group <group>', 'policy: the group responsible for it')
        .option('--status <status>', 'the status (default: draft; open for an incident)')
        .option('--created <YYYY-MM-DD>', 'lesson: the date it was written (default: today)')
        .option('-y, --yes', 'use defaults for everything not given as a flag; never ask')
        .option('--branch', 'create the git branch lessons/<id> from the current commit and commit the new file to it')
        .option('--edit', 'open the new file in $VISUAL or $EDITOR')
        .addHelpText('after', `
Prints the new file's path (relative to the repository root) and nothing else on stdout.
Without a terminal, every required value must come from a flag (or it stops with exit 2).

Examples:
  lessons new lesson
  lessons new lesson --title "Insulin doses at ward transfer" --summary "Pending doses now show on the handover screen." \\
      --kind improvement --theme medication-safety --theme handover --yes
  lessons new incident --title "Missed insulin dose at transfer" --source incident --occurred 2026-10 \\
      --service adult-inpatient --response swarm-huddle --harm-physical low --harm-psychological none \\
      --contributory-factor "tasks: the transfer checklist had no line for pending doses" --yes --branch
  lessons new policy --title "Medicines policy" --reference FVT.Pharm.001.09 --doc-version 9.0 \\
      --audience "All clinical staff" --author "Chief Pharmacist" --owner-group "Medicines Safety Group" --yes`)
        .action(lazy(() => import('./commands/new.js')));
    program
        .command('review')
        .description('summarise, in Markdown, what the current branch adds and changes, with the reviewer checklist')
        .option('--base <ref>', 'the branch to compare with (default: origin/main, then main)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md'))
        .addHelpText('after', `
Compares the merge base with the working tree: entries added, changed (status, fields, actions)
and removed, the problems "lessons validate" finds in them, and the reviewer checklist. The
Markdown starts with <!-- lessons-review --> so a bot can update one pull-request comment.
Exits 0 whatever it finds; "lessons validate" is the check that fails.

Examples:
  lessons review
  lessons review --base origin/main > review.md
  lessons review --format json`)
        .action(lazy(() => import('./commands/review.js')));
    program
        .command('just-culture')
        .description('run a just culture guide (the NHS 2018 guide, or your trust\'s own) for one act or omission, and record the outcome')
        .argument('[incident-id]', 'the learning source it concerns (chosen from a list when not given)')
        .option('--answers <file>', 'answers from a YAML or JSON file (question id: yes/no; "-" reads standard input), without prompts; needs the incident id')
        .option('--json', 'print the result as JSON: {"path", "answers", "outcome", "recommendation"}')
        .option('--no-save', 'do not write a record')
        .option('--facilitator <role>', "the facilitator's role for the record (a role, never a name)")
        .option('--notes <text>', 'notes for the record (no names or identifying details)')
        .option('--guide <id>', 'the guide to use: nhs-just-culture-guide-2018 (built in) or the id of a guide file in guides/ (default: just_culture.guide in the config, else the built-in guide)')
        .option('--confirm-outcome <code>', 'with --answers and no terminal: confirm an outcome that singles out the individual (e.g. management-action); it must be the outcome the answers reach')
        .option('--explain', 'print the whole guide as a decision tree, for training (no repository needed)')
        .addOption(new Option('-f, --format <format>', 'with --explain: text or a Mermaid flowchart').choices(['text', 'mermaid']))
        .addHelpText('after', `
Answers file (YAML or JSON): one answer per question the guide asks, e.g.
  {"1a": "no", "2a": "no", "2b": "no", "2c": "no", "3a": "yes", "3b": "no"}

Examples:
  lessons just-culture
  lessons just-culture INC-20260318-k7d2
  lessons just-culture INC-20260318-k7d2 --answers answers.yaml --facilitator "Head of Patient Safety"
  lessons just-culture INC-20260318-k7d2 --answers answers.json --json --no-save
  lessons just-culture INC-20260318-k7d2 --answers answers.yaml --confirm-outcome management-action
  lessons just-culture INC-20260318-k7d2 --guide being-fair-2025
  lessons just-culture --explain --format mermaid > just-culture-guide.mmd`)
        .action(lazy(() => import('./commands/just-culture.js')));
    // Issue 12: lifecycle commands (status, action, link), each editing the entry in place.
    program
        .command('status')
        .description('move a lesson, learning source or policy to a new status, asking only for what that status needs')
        .argument('<id>', 'the entry')
        .argument('<status>', 'lesson: draft, in-review, approved, shared, embedded or archived; learning source: open, under-review, closed; policy: draft, consultation, authorised, superseded, withdrawn')
        .option('--what-happened <text>', 'approved and later, when the section is empty: the text of "What happened"')
        .option('--what-we-learned <text>', 'approved and later, when the section is empty: the text of "What we learned"')
        .option('--what-we-changed <text>', 'approved and later, when the section is empty: the text of "What we changed"')
        .option('--approved-by <role>', 'approved and later: the role or group that approved the lesson')
        .option('--approved-on <YYYY-MM-DD>', 'approved and later: when it was approved')
        .option('--channel <channel>', 'shared: how it was shared (bulletin, seven-minute-briefing, team-meeting, notice-board, intranet, email, training, board-report, learning-event); adds a sharing record')
        .option('--shared-date <YYYY-MM-DD>', 'shared: when it was shared on that channel')
        .option('--evaluate-by <YYYY-MM-DD>', 'shared: when to check that the lesson is embedded')
        .option('--public-summary <text>', 'approved and later: what changed, in plain language for patients and carers (sets public: true)')
        .option('--public-title <text>', 'approved and later: a plain-language title for the public digest (sets public: true)')
        .option('--evaluation-date <YYYY-MM-DD>', 'embedded: when embedding was checked')
        .option('--evaluation-method <method>', 'embedded: how it was checked (re-audit, observation, …)')
        .option('--evaluation-result <text>', "embedded: what the check found, against the actions' measures")
        .option('--ratified-by <group>', 'policy, authorised: the group that ratified it')
        .option('--ratified-on <YYYY-MM-DD>', 'policy, authorised: when it was ratified')
        .option('--implemented-on <YYYY-MM-DD>', 'policy, authorised: when it came into use')
        .option('--review-date <YYYY-MM-DD>', 'policy, authorised: when it must be reviewed')
        .option('--branch', 'create the git branch lessons/<id>-<status> and commit the change to it')
        .addHelpText('after', `
Asks (on a terminal) only for what the new status needs and the entry does not have yet; without
a terminal, pass those values as flags (or it stops with exit 2). Going back to an earlier status
is allowed; what it leaves in place is listed. Comments and layout of the file are kept.

Examples:
  lessons status LL-20261104-7kq2 in-review
  lessons status LL-20261104-7kq2 approved --approved-by "Patient Safety and Learning Group" --approved-on 2026-11-20
  lessons status LL-20261104-7kq2 approved --what-happened "A pending insulin dose was missed after a transfer." \\
      --what-we-learned "Pending doses were not visible to the receiving ward." --what-we-changed "The handover screen shows them."
  lessons status LL-20261104-7kq2 shared --channel bulletin --shared-date 2026-11-25 --evaluate-by 2027-05-31
  lessons status LL-20261104-7kq2 shared --channel team-meeting --shared-date 2026-12-02
  lessons status LL-20261104-7kq2 shared --channel notice-board --shared-date 2026-12-05 \\
      --public-summary "Nurses now see every insulin dose that is due when you move ward."
  lessons status LL-20261104-7kq2 embedded --evaluation-date 2027-05-20 --evaluation-method re-audit \\
      --evaluation-result "19 of 20 transfers had pending doses given on time (target 18)."
  lessons status INC-20261019-n8ub closed
  lessons status POL-20261103-h5xe authorised --ratified-by "Policy Ratification Group" --ratified-on 2026-11-18 \\
      --implemented-on 2026-12-01 --review-date 2029-11-30 --branch`)
        .action(lazy(() => import('./commands/status.js')));
    const action = program
        .command('action')
        .description("add, complete, cancel or change a lesson's actions")
        .addHelpText('after', `
Examples:
  lessons action add LL-20261104-7kq2 --description "Show pending doses on the handover screen" \\
      --owner "Chief Nursing Information Officer" --due 2027-01-31 --measure "Pending doses given within 1 hour"
  lessons action done LL-20261104-7kq2 --action 1 --completed 2026-12-15
  lessons action cancel LL-20261104-7kq2 --action 2
  lessons action edit LL-20261104-7kq2 --action 1 --due 2027-02-28`);
    const actionVerb = (verb, description) => action
        .command(verb)
        .description(description)
        .argument('<lesson-id>', 'the lesson')
        .option('--branch', 'create the git branch lessons/<lesson-id>-actions and commit the change to it');
    actionVerb('add', 'add an action (asks for what is not given)')
        .option('--description <text>', 'what will be done')
        .option('--owner <role>', 'who owns it, as a role (never a name)')
        .option('--due <YYYY-MM-DD>', 'when it is due')
        .option('--measure <text>', 'how we will know it worked (optional)')
        .option('--status <status>', 'open (default) or in-progress')
        .action(lazy(() => import('./commands/action.js').then((m) => ({ run: m.add }))));
    actionVerb('done', 'mark an action done, with the date it was completed')
        .option('--action <n>', 'the number of the action (1 is the first in the file; chosen from a list when not given)')
        .option('--completed <YYYY-MM-DD>', 'when it was completed')
        .action(lazy(() => import('./commands/action.js').then((m) => ({ run: m.done }))));
    actionVerb('cancel', 'mark an action cancelled')
        .option('--action <n>', 'the number of the action (1 is the first in the file; chosen from a list when not given)')
        .action(lazy(() => import('./commands/action.js').then((m) => ({ run: m.cancel }))));
    actionVerb('edit', "change an action's description, owner, due date, measure or status")
        .option('--action <n>', 'the number of the action (1 is the first in the file; chosen from a list when not given)')
        .option('--description <text>', 'what will be done')
        .option('--owner <role>', 'who owns it, as a role (never a name)')
        .option('--due <YYYY-MM-DD>', 'when it is due')
        .option('--measure <text>', 'how we will know it worked')
        .option('--status <status>', 'open, in-progress, done or cancelled')
        .option('--completed <YYYY-MM-DD>', 'when it was completed')
        .action(lazy(() => import('./commands/action.js').then((m) => ({ run: m.edit }))));
    program
        .command('link')
        .description('link a lesson to the learning source it came from, or to a policy it changed (writes both sides)')
        .argument('<lesson-id>', 'the lesson')
        .argument('<source-or-policy-id>', 'a learning source (type: incident) or a policy')
        .option('--branch', 'create the git branch lessons/<lesson-id>-link-<id> and commit both files to it')
        .addHelpText('after', `
A learning source goes into the lesson's "sources" and the lesson into the source's "lessons";
a policy goes into the lesson's "policies" and the lesson into the policy's "lessons".

Examples:
  lessons link LL-20261104-7kq2 INC-20261019-n8ub
  lessons link LL-20261104-7kq2 POL-20261103-h5xe --branch`)
        .action(lazy(() => import('./commands/link.js')));
    program
        .command('digest')
        .description('a digest of learning for a period: for staff, for patients and carers, or for the board')
        .option('--from <date-or-ref>', 'start of the period: a date (YYYY-MM-DD), a month (YYYY-MM) or a git tag/commit (default: start of last month)')
        .option('--to <date-or-ref>', 'end of the period: a date, a month or a git tag/commit (default: end of last month; today when only --from is given)')
        .addOption(new Option('--audience <audience>', 'who it is for').choices(['staff', 'public', 'board']).default('staff'))
        .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html', 'json']).default('md'))
        .option('--out <file>', 'write to this file (replacing it) instead of the screen; not inside the content folder')
        .addHelpText('after', `
A lesson is in the period when it was approved (approved_on) or shared (a shared date) in it.
With a git tag or commit as --from, the digest covers entries whose files changed since then.

Examples:
  lessons digest
  lessons digest --from 2026-07 --to 2026-09 --format json
  lessons digest --audience public --format html --out you-said-we-did.html
  lessons digest --audience board --from 2026-07-01 --to 2026-09-30 --format html --out board.html
  lessons digest --from v2026-10 --format md --out bulletin.md`)
        .action(lazy(() => import('./commands/digest.js')));
    program
        .command('brief')
        .description('a 7-minute briefing of one lesson, for a team meeting (one printed page)')
        .argument('<lesson-id>', 'the lesson')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html']).default('md'))
        .option('--out <file>', 'write to this file (replacing it) instead of the screen; not inside the content folder')
        .addHelpText('after', '\nExit code 1 when there is no lesson with that id.\n\nExamples:\n  lessons brief LL-20261104-7kq2\n  lessons brief LL-20261104-7kq2 --format html --out briefing.html')
        .action(lazy(() => import('./commands/brief.js')));
    program
        .command('actions')
        .description('every action across lessons (not archived ones), by due date')
        .option('--overdue', 'only actions past their due date and not done or cancelled')
        .option('--owner <role>', 'only actions owned by this role (any part of it, any case)')
        .option('--due-before <date>', 'only actions due before this date (YYYY-MM-DD)')
        .option('--json', 'print JSON instead of a table: [{lesson, file, description, owner, due, status, overdue}]')
        .addHelpText('after', '\nExamples:\n  lessons actions --overdue\n  lessons actions --owner "ward manager" --due-before 2027-01-01 --json')
        .action(lazy(() => import('./commands/actions.js')));
    // Issue 15: statutory and agreed clocks on learning sources.
    program
        .command('deadlines')
        .description('every open statutory or agreed deadline of learning sources (Prevention of Future Deaths responses, complaints, learning responses), by due date')
        .option('--overdue', 'only deadlines that have passed with the step not recorded')
        .option('--json', 'print JSON instead of a table: [{source, file, title, kind, step, label, started, due, basis, rule, done_field, state, days_left, owner, lessons}]')
        .addHelpText('after', `
A Prevention of Future Deaths response is due 56 days after "received" (or on "response_due" when the
coroner extended it); a complaint is acknowledged within 3 working days of "received" (England and
Wales bank holidays not counted) and answered by "response_due" as agreed, else within 6 months; a
learning response is due on "agreed_completion". A deadline is open until its step is recorded
("responded", "acknowledged", "response_completed").

Examples:
  lessons deadlines
  lessons deadlines --overdue
  lessons deadlines --json > deadlines.json`)
        .action(lazy(() => import('./commands/deadlines.js')));
    // The learning library (src/site/, src/commands/site.ts).
    program
        .command('site')
        .description('build the learning library: a static, searchable site of every lesson that works opened from disk')
        .addOption(new Option('--audience <audience>', 'staff (every approved lesson, source and policy) or public (public lessons only, what the public digest shows)').choices(['staff', 'public']).default('staff'))
        .option('--out <dir>', 'the folder to build into, replaced if it holds an older site (default: _site, or _site-public for --audience public)')
        .option('--base-url <url>', 'where the site is published (default: site.base_url in lessons.config.yaml), for the feed')
        .addHelpText('after', `
Open <dir>/index.html from disk or a shared drive, or publish the folder on any web server.
Exit code 1 when an image in a lesson cannot be used (no description, not in the repository).

Examples:
  lessons site
  lessons site --out //fileserver/governance/learning-library
  lessons site --audience public --out public-site --base-url https://www.example.nhs.uk/learning`)
        .action(lazy(() => import('./commands/site.js')));
    // Completion and doctor read the program itself (issue 14).
    program
        .command('completion')
        .description('print a shell completion script: bash, zsh or fish')
        .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
        .addHelpText('after', `
Examples:
  lessons completion bash > ~/.local/share/bash-completion/completions/lessons
  lessons completion zsh > "\${fpath[1]}/_lessons"
  lessons completion fish > ~/.config/fish/completions/lessons.fish`)
        .action(async (shell) => {
        const { completionScript } = await import('./completion.js');
        io.stdout.write(completionScript(program, shell));
    });
    program
        .command('doctor')
        .description('check the set-up: Node, git, the repository, its settings and its CI files')
        .addHelpText('after', '\nExit code 1 when a check fails (warnings do not fail).\n\nExamples:\n  lessons doctor\n  lessons -C ~/trust-lessons doctor --json')
        .action(lazy(() => import('./commands/doctor.js')));
    applyConventions(program);
    try {
        if (argv.length === 0) {
            program.outputHelp();
            return 0;
        }
        const misplaced = misplacedVersion(program, argv);
        if (misplaced)
            throw misplaced;
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    }
    catch (err) {
        return handleError(err, io, debug, usageHint(program, argv));
    }
}
function handleError(err, io, debug, hint) {
    if (err instanceof CommanderError) {
        // Help and version exit 0; every other commander error is a usage error (exit 2).
        if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0)
            return 0;
        return 2;
    }
    if (err instanceof CliError) {
        const where = err instanceof ConfigError && err.file && !err.message.startsWith(err.file) ? `${err.file}: ` : '';
        io.stderr.write(`lessons: ${where}${visibleLines(err.message)}\n`);
        if (err instanceof UsageError)
            io.stderr.write(`${hint}\n`);
        if (debug && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return err.exitCode;
    }
    // A full disk, a read-only folder, too few file handles: one plain message (issue 11.5).
    const fault = systemFault(err);
    if (fault) {
        io.stderr.write(`lessons: ${visible(fault.message)}\n`);
        if (debug && err instanceof Error && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return fault.exitCode;
    }
    const e = err instanceof Error ? err : new Error(String(err));
    io.stderr.write(`lessons: something went wrong inside lessons (${visible(`${e.name}: ${e.message}`)}).\n` +
        (debug ? `${e.stack ?? ''}\n` : 'Run the same command with --debug to see the details, and report it to the maintainers.\n'));
    return 2;
}
