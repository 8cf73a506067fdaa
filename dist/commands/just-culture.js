/**
 * `lessons just-culture [incident-id]`: runs a just culture guide for one act or omission and
 * records the outcome (docs/just-culture.md). The guide is `--guide <id>`, else the config's
 * `just_culture.guide`, else the built-in NHS Improvement guide (2018); a guide that has been
 * replaced says so on start.
 *
 * - Interactive (a terminal): the guide's notes, a scope check, the questions in order, the
 *   outcome, then the local-practice questions (bias check, restorative questions, facilitator
 *   role), and a confirmation showing the file before anything is written. No answer is ever
 *   pre-selected (util/choose.ts): Enter with nothing chosen answers nothing. Every free-text
 *   answer is checked with the content rules as it is typed. Ctrl-C writes nothing.
 * - An outcome that singles out the individual (`singles_out` in the guide) is shown with its path
 *   and meaning and must be confirmed explicitly (default: no) before it is recorded; with
 *   `--answers` and no terminal, `--confirm-outcome <code>` is that confirmation.
 * - `--answers <file>`: no prompts for the answers; the incident id is required.
 * - `--explain [--format text|mermaid]`: the whole guide, for training; needs no repository
 *   unless `--guide` names one of the repository's guides.
 *
 * Every record is checked with the same rules as `lessons validate` before it is written; any
 * error (identifiable data included) refuses the write (exit 1).
 */
import { readFileSync } from 'node:fs';
import { makeDirInside } from '../repo/inside.js';
import path from 'node:path';
import { RefusedError, UsageError } from '../errors.js';
import { parseAnswers } from '../just-culture/answers.js';
import { loadGuide, outcome, question } from '../repo/guide.js';
import { chooseGuide, loadCatalogue } from '../repo/guide-catalogue.js';
import { recordText, recordTitle } from '../just-culture/record.js';
import { PLAIN, questionLabel, renderExplainText, renderMermaid, renderNotes, renderOutcome, renderQuestion, wrap } from '../just-culture/render.js';
import { answersOf, formatSteps, next, walk } from '../repo/guide-tree.js';
import { newId } from '../model/ids.js';
import { entryType, isEntryType, nounWithType } from '../model/entry-types.js';
import '../model/types/index.js';
import { loadEntries } from '../repo/load.js';
import { toPosix } from '../repo/repository.js';
import { checkEntryText } from '../rules/engine.js';
import { isInteractive, openPrompter } from '../util/prompts.js';
import { closest, oneLine, str } from '../util/values.js';
import { FileExistsError, writeFileAtomic } from '../util/write.js';
/** The guide this run uses (see the module comment); ConfigError-like exit 2 when it is not known. */
async function resolveGuide(ctx, opts, needRepo) {
    let repo;
    try {
        repo = await ctx.repository();
    }
    catch (err) {
        if (needRepo || opts.guide !== undefined)
            throw err;
    }
    if (!repo)
        return loadGuide();
    const found = chooseGuide(loadCatalogue(repo.root, repo.config.limits.max_file_bytes), repo.config, opts.guide);
    if (!found.ok)
        throw new UsageError(`${opts.guide !== undefined ? '--guide: ' : ''}${found.message}`);
    return found.guide;
}
export async function run(ctx, incidentId, opts) {
    if (opts.format !== undefined && !opts.explain) {
        throw new UsageError('--format only applies to --explain (e.g. lessons just-culture --explain --format mermaid).');
    }
    if (opts.explain) {
        const extra = [incidentId !== undefined && 'an incident id', opts.answers !== undefined && '--answers', opts.facilitator !== undefined && '--facilitator', opts.notes !== undefined && '--notes'].filter(Boolean);
        if (extra.length)
            throw new UsageError(`--explain prints the whole guide and does not run it, so it does not take ${extra.join(' or ')}.`);
        const guide = await resolveGuide(ctx, opts, false);
        // --explain --json: the guide as data (questions and outcomes in the data file's order).
        if (opts.json)
            ctx.io.stdout.write(`${JSON.stringify({ ...guide, questions: [...guide.questions.values()], outcomes: [...guide.outcomes.values()] }, null, 2)}
`);
        else if (opts.format === 'mermaid')
            ctx.io.stdout.write(renderMermaid(guide));
        else
            ctx.io.stdout.write(renderExplainText(guide, width(ctx)));
        return 0;
    }
    if (opts.answers !== undefined)
        return runWithAnswers(ctx, incidentId, opts, opts.answers);
    return runInteractive(ctx, incidentId, opts);
}
function width(ctx) {
    const cols = ctx.io.stdout.isTTY ? (ctx.io.stdout.columns ?? 100) : 100;
    return Math.max(40, Math.min(cols, 100));
}
async function style(ctx) {
    if (!ctx.colour('stdout'))
        return PLAIN;
    const { Chalk } = await import('chalk');
    const c = new Chalk({ level: 1 });
    return { bold: (s) => c.bold(s), dim: (s) => c.dim(s) };
}
async function openState(ctx) {
    const repo = await ctx.repository();
    const { entries, skipped } = loadEntries(repo);
    return { repo, entries, skipped, today: await ctx.today() };
}
function incidents(state) {
    return state.entries.filter((e) => e.type === 'incident' && e.id !== undefined).sort((a, b) => (b.id ?? '').localeCompare(a.id ?? ''));
}
/** The learning source `id`, or RefusedError (exit 1) when it does not exist or is another type. */
function findIncident(state, id) {
    const entry = state.entries.find((e) => e.id === id);
    if (!entry) {
        const guess = closest(id, incidents(state).map((e) => e.id));
        throw new RefusedError(`there is no entry "${id}" in this repository.${guess ? ` Did you mean "${guess}"?` : ''} Run "lessons list --type incident" to see the learning sources.`);
    }
    if (entry.type !== 'incident') {
        throw new RefusedError(`"${id}" is ${entry.type && isEntryType(entry.type) ? entryType(entry.type).noun : 'an entry of unknown type'} (${entry.file}), not ${nounWithType('incident')}. The guide is run about an incident, complaint or other learning source.`);
    }
    return entry;
}
/** The record `draft` would be, with its id and file. */
function render(guide, state, draft, taken) {
    const { repo } = state;
    const id = newId('just-culture-review', repo.config, state.today, taken);
    const file = toPosix(path.relative(repo.root, path.join(repo.contentRoot, 'reviews', `${id}.md`)));
    const text = recordText(guide, {
        id,
        title: recordTitle(str(draft.incident.data.title) ?? draft.incident.id),
        incident: draft.incident.id,
        date: state.today,
        steps: draft.steps,
        outcome: draft.outcome,
        facilitator: draft.facilitator,
        notes: draft.notes,
    });
    return { id, file, text };
}
/**
 * The first error the entry checks find in `value` as the record's `field`, or undefined: a
 * free-text answer is checked as it is typed, before anything is written.
 */
function textProblem(guide, state, draft, field, value) {
    const rec = render(guide, state, { ...draft, [field]: value }, takenIds(state));
    const problems = checkEntryText(state.repo, rec.file, rec.text, state.today, state.entries);
    return problems.find((p) => p.severity === 'error' && (p.path === field || p.path?.startsWith(`${field}.`)))?.message;
}
/** Chooses an id and renders and checks the record; RefusedError (exit 1) if it has errors. */
function prepare(ctx, guide, state, draft, taken) {
    const rec = render(guide, state, draft, taken);
    const problems = checkEntryText(state.repo, rec.file, rec.text, state.today, state.entries);
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    if (errors.length) {
        ctx.io.stderr.write(problems.map(formatProblem).join(''));
        throw new RefusedError(`the record was not written: it has ${errors.length} problem${errors.length === 1 ? '' : 's'} (listed above). ` +
            'A record must hold no names or identifiable details; change what you entered and run the guide again.');
    }
    if (warnings.length)
        ctx.io.stderr.write(warnings.map(formatProblem).join(''));
    return rec;
}
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message} (${p.rule})\n`;
}
/** Writes the record, never over an existing file (a new id if the name was taken meanwhile). */
function write(ctx, guide, state, draft, first, taken) {
    let rec = first;
    for (let attempt = 0;; attempt++) {
        const abs = path.join(state.repo.root, rec.file);
        try {
            // Issue 11.3: the folder's real path must be inside the repository.
            if (!makeDirInside(state.repo.root, path.dirname(abs))) {
                throw new RefusedError(`${path.posix.dirname(rec.file)}/ is a link to a place outside the repository; nothing was written. Make it a real folder inside the repository.`);
            }
            writeFileAtomic(abs, rec.text, { overwrite: false, shown: rec.file });
            return rec.file;
        }
        catch (err) {
            if (!(err instanceof FileExistsError) || attempt >= 5)
                throw err;
            taken.add(rec.id);
            rec = prepare(ctx, guide, state, draft, taken);
        }
    }
}
function takenIds(state) {
    const taken = new Set();
    for (const e of state.entries)
        if (e.id)
            taken.add(e.id);
    for (const f of state.skipped)
        taken.add(path.basename(f, '.md'));
    return taken;
}
function resultJson(guide, steps, code) {
    return `${JSON.stringify({ path: steps.map((s) => s.question), answers: answersOf(steps), outcome: code, recommendation: outcome(guide, code).recommendation, guide: guide.id, guide_version: guide.version })}\n`;
}
/** What an outcome that singles out the individual means, shown before it is confirmed. */
function renderSinglingOut(guide, steps, o, w, s) {
    return [
        '',
        s.bold(`Check before recording: ${o.title} (${o.code})`),
        wrap('This outcome points at action directed at the individual. Before it is recorded, check each answer on the path again with the people present; an answer given in error would change how a member of staff is treated.', w, '  '),
        '',
        wrap(`Path: ${steps.map((st) => `${st.question} ${st.answer} (${question(guide, st.question).summary})`).join(' → ')}`, w, '  ', '  '),
        '',
        wrap(`What it means: ${o.recommendation}`, w, '  '),
        wrap('Whatever the outcome, the wider investigation of the incident continues.', w, '  '),
        '',
    ].join('\n');
}
// ---------------------------------------------------------------------------------------------
// --answers: no prompts
async function runWithAnswers(ctx, incidentId, opts, answersPath) {
    if (incidentId === undefined) {
        throw new UsageError('with --answers, give the incident id too: lessons just-culture <incident-id> --answers <file>.');
    }
    const guide = await resolveGuide(ctx, opts, true);
    if (!opts.json && guide.superseded)
        ctx.note(`note: ${oneLine(guide.superseded.note)}`);
    const { source, shown } = await readAnswersFile(ctx, answersPath);
    const answers = parseAnswers(source, shown, guide);
    const result = walk(guide, answers);
    if (!result.ok) {
        const so = result.steps.length ? ` With these answers the guide goes ${formatSteps(result.steps)} and then asks ${result.missing}.` : '';
        throw new UsageError(`${shown}: no answer for ${questionLabel(guide, result.missing)}.${so} Add "${result.missing}": yes or no.`);
    }
    const unreached = Object.keys(answers).filter((q) => !result.path.includes(q));
    if (unreached.length) {
        ctx.warn(`${shown} answers ${unreached.join(', ')}, which the guide does not reach with these answers (it goes ${result.path.join(' → ')}). ` +
            `${unreached.length === 1 ? 'That answer is' : 'Those answers are'} not used or recorded.`);
    }
    const state = await openState(ctx);
    const incident = findIncident(state, incidentId);
    const save = opts.save !== false;
    const draft = { incident, steps: result.steps, outcome: result.outcome, facilitator: opts.facilitator, notes: emptyToUndefined(opts.notes) };
    const taken = takenIds(state);
    const prepared = save ? prepare(ctx, guide, state, draft, taken) : undefined;
    const reached = outcome(guide, result.outcome);
    if (opts.confirmOutcome !== undefined && opts.confirmOutcome !== result.outcome) {
        throw new UsageError(`--confirm-outcome is "${opts.confirmOutcome}", but these answers reach ${result.outcome} (${formatSteps(result.steps)}). Nothing was written. Check the answers, or confirm the outcome they reach.`);
    }
    if (prepared && reached.singlesOut && opts.confirmOutcome !== result.outcome) {
        if (!isInteractive(ctx.io)) {
            throw new UsageError(`these answers reach ${result.outcome} ("${reached.title}"), an outcome that singles out the individual, so it is recorded only when confirmed. ` +
                `Path: ${formatSteps(result.steps)}. Nothing was written. Check every answer, then run again with --confirm-outcome ${result.outcome}.`);
        }
        const prompt = await openPrompter(ctx.io, `--confirm-outcome ${result.outcome}`);
        ctx.io.stdout.write(renderSinglingOut(guide, result.steps, reached, width(ctx), await style(ctx)));
        if (!(await prompt.confirm({ message: `Record the outcome ${result.outcome} for ${incident.id}?`, default: false }))) {
            ctx.io.stdout.write('Nothing was written.\n');
            return 0;
        }
    }
    if (opts.json) {
        ctx.io.stdout.write(resultJson(guide, result.steps, result.outcome));
    }
    else {
        const s = await style(ctx);
        const w = width(ctx);
        const out = outcome(guide, result.outcome);
        const title = str(incident.data.title);
        if (!ctx.globals.quiet) {
            ctx.io.stdout.write(`${wrap(`${guide.name} (${guide.publisher}, ${guide.year}) for ${incident.id}${title ? `: ${title}` : ''}`, w)}\n`);
        }
        ctx.io.stdout.write(renderOutcome(guide, result.steps, out, w, s));
    }
    if (prepared) {
        const file = write(ctx, guide, state, draft, prepared, taken);
        if (opts.json)
            ctx.io.stderr.write(`lessons: wrote ${file}\n`);
        else
            ctx.io.stdout.write(`Written: ${file}\n`);
    }
    else if (!opts.json && !ctx.globals.quiet) {
        ctx.io.stdout.write('Not saved (--no-save).\n');
    }
    return 0;
}
async function readAnswersFile(ctx, p) {
    if (p === '-') {
        if (ctx.io.stdin.isTTY)
            throw new UsageError('--answers - reads the answers from standard input, but that is a terminal. Pipe the file in, or give its name.');
        const chunks = [];
        for await (const chunk of ctx.io.stdin)
            chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        return { source: Buffer.concat(chunks).toString('utf8'), shown: '(standard input)' };
    }
    const abs = path.resolve(ctx.start, p);
    try {
        return { source: readFileSync(abs, 'utf8'), shown: p };
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'you do not have permission to read it' : `${code ?? 'error'}`;
        throw new UsageError(`the answers file ${p} could not be read: ${why}.`);
    }
}
function emptyToUndefined(s) {
    return s === undefined || s.trim() === '' ? undefined : s.trim();
}
// ---------------------------------------------------------------------------------------------
// Interactive
const ANSWER_CHOICES = [
    { name: 'Yes', value: 'yes' },
    { name: 'No', value: 'no' },
];
async function runInteractive(ctx, incidentId, opts) {
    const prompt = await openPrompter(ctx.io, 'the incident id and --answers <file> (see "lessons just-culture --help")');
    const guide = await resolveGuide(ctx, opts, true);
    const state = await openState(ctx);
    const out = ctx.io.stdout;
    const s = await style(ctx);
    const w = width(ctx);
    let incident;
    if (incidentId !== undefined) {
        incident = findIncident(state, incidentId);
    }
    else {
        const list = incidents(state);
        if (list.length === 0) {
            throw new RefusedError('there are no learning sources (type: incident) in this repository yet. Add one first with "lessons new incident".');
        }
        const chosen = await prompt.select({
            message: 'Which incident or learning source is this about?',
            choices: list.map((e) => ({ name: `${e.id}  ${oneLine(str(e.data.title) ?? '')}`.slice(0, w + 20), value: e.id })),
        });
        incident = findIncident(state, chosen);
    }
    out.write(`\n${renderNotes(guide, w, s)}\n`);
    const inScope = (await prompt.choose({ message: 'Is this about one act or omission by one person, where a concern has arisen?', choices: ANSWER_CHOICES })) === 'yes';
    if (!inScope) {
        out.write(`\n${wrap('The guide is only for one act or omission by one person, where a concern about it has arisen. ' +
            'If more than one act is of concern, run the guide once for each. The learning response to the incident carries on as planned. Nothing was written.', w)}\n`);
        return 0;
    }
    const steps = [];
    let at = guide.start;
    for (;;) {
        const q = question(guide, at);
        out.write(renderQuestion(q, w, s));
        const answer = await prompt.choose({ message: `${q.id}: ${q.text}`, choices: ANSWER_CHOICES });
        steps.push({ question: at, answer });
        const to = next(guide, at, answer);
        if (to.kind === 'outcome') {
            out.write(renderOutcome(guide, steps, outcome(guide, to.code), w, s));
            return finishInteractive(ctx, prompt, guide, state, { incident, steps, outcome: to.code }, opts, s, w);
        }
        at = to.id;
    }
}
async function finishInteractive(ctx, prompt, guide, state, draft, opts, s, w) {
    const out = ctx.io.stdout;
    const lp = guide.localPractice;
    out.write(`\n${s.bold(lp.label)}\n`);
    if (opts.save === false) {
        out.write([
            wrap(`Bias check: ${lp.biasCheck.question}`, w, '    ', '  • '),
            ...lp.restorative.questions.map((r) => wrap(r.question, w, '    ', '  • ')),
            '',
            'Not saved (--no-save): nothing was written.',
            '',
        ].join('\n'));
        if (opts.json)
            out.write(resultJson(guide, draft.steps, draft.outcome));
        return 0;
    }
    out.write(`${wrap('These answers are recorded as notes. Write about roles and teams, never names or details that identify anyone. Leave any of them empty to skip it.', w)}\n\n`);
    const noteLines = [];
    if (opts.notes !== undefined && opts.notes.trim() !== '')
        noteLines.push(opts.notes.trim());
    // Each answer is checked as part of the notes it will be written into.
    const notesWith = (extra) => [...noteLines, extra].join('\n\n');
    const checkNote = (prefix) => (v) => (v.trim() === '' ? true : (textProblem(guide, state, draft, 'notes', notesWith(`${prefix}${v.trim()}`)) ?? true));
    out.write(`${s.dim(wrap(lp.biasCheck.help, w))}\n`);
    const biasPrefix = `Bias check (local practice): ${oneLine(lp.biasCheck.question)} `;
    const bias = (await prompt.input({ message: `Bias check: ${oneLine(lp.biasCheck.question)}`, validate: checkNote(biasPrefix) })).trim();
    if (bias)
        noteLines.push(`${biasPrefix}${bias}`);
    const restorative = [];
    for (const r of lp.restorative.questions) {
        out.write(`${s.dim(wrap(r.help, w))}\n`);
        const a = (await prompt.input({ message: r.question, validate: checkNote(`Restorative questions (local practice): ${[...restorative, `${r.question} `].join(' ')}`) })).trim();
        if (a)
            restorative.push(`${r.question} ${a}`);
    }
    if (restorative.length)
        noteLines.push(`Restorative questions (local practice): ${restorative.join(' ')}`);
    let facilitator = opts.facilitator;
    if (facilitator === undefined) {
        out.write(`${s.dim(wrap(lp.facilitator.help, w))}\n`);
        const role = (await prompt.input({
            message: lp.facilitator.question,
            validate: (v) => v.trim() === '' ? true : v.trim().length < 2 ? 'Enter a role of at least 2 characters, or leave it empty.' : (textProblem(guide, state, draft, 'facilitator', v.trim()) ?? true),
        })).trim();
        facilitator = role === '' ? undefined : role;
    }
    const full = { ...draft, facilitator, notes: noteLines.length ? noteLines.join('\n\n') : undefined };
    const taken = takenIds(state);
    const prepared = prepare(ctx, guide, state, full, taken);
    const reached = outcome(guide, draft.outcome);
    let ok;
    if (reached.singlesOut) {
        out.write(renderSinglingOut(guide, draft.steps, reached, w, s));
        ok = await prompt.confirm({ message: `Record the outcome ${reached.code} for ${draft.incident.id} in ${prepared.file}?`, default: false });
    }
    else {
        ok = await prompt.confirm({ message: `Write the record to ${prepared.file}?`, default: true });
    }
    if (!ok) {
        out.write('Nothing was written.\n');
        return 0;
    }
    const file = write(ctx, guide, state, full, prepared, taken);
    out.write(`Written: ${file}\n`);
    if (opts.json)
        out.write(resultJson(guide, draft.steps, draft.outcome));
    return 0;
}
