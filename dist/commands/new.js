/**
 * `lessons new <lesson|incident|policy>` (docs/commands.md, docs/guarantees.md): scaffolds an entry.
 *
 * Every value comes from a flag, a prompt (on a terminal) or a default (`--yes`). Nothing is
 * written until every value is known and the finished entry has passed the same rules as
 * `lessons validate`; then the file is written atomically, never over an existing one, and its
 * path (relative to the repository root) is the only line on stdout.
 */
import { spawn } from 'node:child_process';
import { makeDirInside } from '../repo/inside.js';
import path from 'node:path';
import { RefusedError, UsageError } from '../errors.js';
import { commitOnBranch, prepareBranch } from '../authoring/branch.js';
import { answerFlags, parseFactor } from '../model/questions.js';
import { writableTypes } from '../model/entry-types.js';
import '../model/types/index.js';
import { renderEntry } from '../repo/entry-yaml.js';
import { loadTemplate } from '../authoring/templates.js';
import { isReservedFileName, isSafeId, newId } from '../model/ids.js';
import { loadEntries } from '../repo/load.js';
import { toPosix } from '../repo/repository.js';
import { checkEntryText } from '../rules/engine.js';
import { isInteractive, openPrompter } from '../util/prompts.js';
import { closest, orList } from '../util/values.js';
import { FileExistsError, writeFileAtomic } from '../util/write.js';
export async function run(ctx, type, opts) {
    const writable = writableTypes();
    const descriptor = writable.find((d) => d.type === type);
    if (!descriptor) {
        throw new UsageError(type === 'just-culture-review'
            ? 'A just culture review is written by "lessons just-culture", not by "lessons new".'
            : `"${type}" is not something "lessons new" can write. Use ${orList(writable.map((d) => d.type))}.`);
    }
    const kind = descriptor.type;
    const repo = await ctx.repository();
    const today = await ctx.today();
    const { entries, skipped } = loadEntries(repo);
    const questionContext = { config: repo.config, entries, today };
    const questions = descriptor.questions(questionContext);
    // Flags first: anything wrong with them is a usage error before anything else happens.
    const used = new Set(questions.map((q) => q.opt));
    for (const [opt, flag] of answerFlags(writable.map((d) => d.questions(questionContext)))) {
        if (opts[opt] !== undefined && !used.has(opt))
            throw new UsageError(`${flag} is not used for a new ${kind}.`);
    }
    const answers = new Map();
    for (const q of questions) {
        const raw = opts[q.opt];
        if (raw === undefined || typeof raw === 'boolean')
            continue;
        answers.set(q.key, fromFlag(q, raw));
    }
    const taken = new Set();
    for (const e of entries) {
        if (e.id)
            taken.add(e.id);
        taken.add(path.posix.basename(e.file, '.md'));
    }
    for (const f of skipped)
        taken.add(path.posix.basename(f, '.md'));
    let id;
    if (opts.id !== undefined) {
        if (!isSafeId(opts.id)) {
            throw new UsageError(isReservedFileName(opts.id)
                ? `--id "${opts.id}" cannot be used: Windows reserves ${opts.id.split('.')[0].toUpperCase()} as a device name, so the file could not be checked out there. Choose another id.`
                : `--id "${opts.id}" is not a valid id: use 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. LL-20261104-7kq2).`);
        }
        if (taken.has(opts.id))
            throw new RefusedError(`The id ${opts.id} is already used in this repository. Choose another --id, or leave it out to get a new one.`);
        id = opts.id;
    }
    else {
        id = newId(kind, repo.config, today, taken);
    }
    const abs = entryPath(repo, descriptor, id);
    const file = toPosix(path.relative(repo.root, abs));
    const template = loadTemplate(repo, kind);
    const plan = opts.branch ? await prepareBranch(repo, id) : undefined;
    // Then what is missing: asked on a terminal, or named in a usage error.
    const missing = questions.filter((q) => q.required && !answers.has(q.key));
    if (opts.yes && missing.length) {
        throw new UsageError(`--yes never asks, and ${missing.length === 1 ? 'this has' : 'these have'} no default: pass ${flagList(missing)}.`);
    }
    const toAsk = opts.yes ? [] : isInteractive(ctx.io) ? questions.filter((q) => q.ask && !answers.has(q.key)) : missing;
    if (toAsk.length) {
        const prompter = await openPrompter(ctx.io, `${flagList(missing)} (or run it in a terminal to be asked)`);
        const contentProblem = (key, value) => {
            const draft = new Map(answers).set(key, value);
            const problems = checkEntryText(repo, file, renderEntry(buildData(kind, id, questions, draft), template.body), today, entries);
            return problems.find((p) => p.severity === 'error' && (p.path === key || p.path?.startsWith(`${key}.`)))?.message;
        };
        for (const q of questions) {
            if (!toAsk.includes(q))
                continue;
            const value = await ask(prompter, q, contentProblem);
            if (value !== undefined)
                answers.set(q.key, value);
        }
    }
    const text = renderEntry(buildData(kind, id, questions, answers), template.body);
    const problems = checkEntryText(repo, file, text, today, entries);
    if (problems.length)
        throw new RefusedError(refusal(kind, problems, template.source));
    // Issue 11.3: the folder's real path must be inside the repository (lessons/learning could be a link).
    if (!makeDirInside(repo.root, path.dirname(abs))) {
        throw new RefusedError(`${path.posix.dirname(file)}/ is a link to a place outside the repository; nothing was written. Make it a real folder inside the repository.`);
    }
    try {
        writeFileAtomic(abs, text, { overwrite: false, shown: file });
    }
    catch (err) {
        if (err instanceof FileExistsError)
            throw new RefusedError(`${file} already exists; nothing was written. Choose another --id.`);
        throw err;
    }
    const title = String(answers.get('title') ?? '');
    if (plan) {
        await commitOnBranch(plan, file, `Add ${kind} ${id}: ${title}`);
        ctx.note(`created the branch ${plan.branch} and committed ${file} to it.`);
    }
    ctx.io.stdout.write(`${file}\n`);
    if (opts.edit)
        await openEditor(ctx, abs, file);
    return 0;
}
/** Where a new entry of `kind` goes; never outside the content folder. */
export function entryPath(repo, descriptor, id) {
    const folder = path.resolve(repo.contentRoot, descriptor.folder);
    const abs = path.resolve(folder, `${id}.md`);
    if (path.dirname(abs) !== folder)
        throw new UsageError(`--id "${id}" would name a file outside ${descriptor.folder}/.`);
    return abs;
}
function flagList(qs) {
    return qs.map((q) => `${q.flag} ${q.arg}`).join(', ');
}
/** A flag's value, checked like a typed answer. */
function fromFlag(q, raw) {
    const items = Array.isArray(raw) ? raw : [raw];
    if (!q.many && items.length > 1)
        throw new UsageError(`${q.flag} can be given only once for this type.`);
    const typed = q.many ? unique(items.flatMap((v) => (q.whole ? [v] : v.split(','))).map((v) => v.trim()).filter(Boolean)) : [items[0].trim()];
    // A fixed choice is accepted in any case (--kind Improvement), like every fixed-value option.
    const values = typed.map((v) => (q.closed && q.choices && !q.allowed ? (q.choices.find((c) => c.value.toLowerCase() === v.toLowerCase())?.value ?? v) : v));
    if (q.many && values.length === 0)
        throw new UsageError(`${q.flag} needs a value.`);
    for (const v of values) {
        const problem = q.check(v) ?? closedProblem(q, v);
        if (problem)
            throw new UsageError(`${q.flag}: ${problem}`);
    }
    return q.many ? values : values[0];
}
function closedProblem(q, v) {
    if (!q.closed || !q.choices)
        return undefined;
    const allowed = q.allowed ?? new Set(q.choices.map((c) => c.value));
    if (allowed.has(v))
        return undefined;
    const guess = closest(v, [...allowed]);
    if (q.allowed)
        return `there is no ${q.key === 'sources' ? 'learning source (type: incident)' : 'policy'} with the id "${v}" in this repository.${guess ? ` Did you mean ${guess}?` : ''}`;
    const where = ['themes', 'services', 'audience', 'service'].includes(q.key) ? ' (the list is in lessons.config.yaml)' : '';
    return `"${v}" is not one of the choices${where}.${guess ? ` Did you mean ${guess}?` : ''} Choose from: ${[...allowed].join(', ')}.`;
}
function unique(values) {
    return [...new Set(values)];
}
async function ask(p, q, contentProblem) {
    if (q.factors && q.choices)
        return askFactors(p, q, contentProblem);
    if (q.pick && q.choices && !q.many) {
        const v = await p.choose({ message: q.message, choices: q.choices });
        return v === '' ? undefined : v;
    }
    if (q.choices && q.choices.length && !q.many) {
        return p.select({ message: q.message, choices: q.choices });
    }
    if (q.choices && q.choices.length && q.many && q.closed) {
        const values = await p.checkbox({
            message: q.note ? `${q.message}\n  ${q.note}` : q.message,
            choices: q.choices,
            validate: (vs) => (q.required && vs.length === 0 ? 'Choose at least one (space selects).' : true),
        });
        return values.length ? values : undefined;
    }
    const raw = await p.input({
        message: q.message,
        validate: (input) => {
            const value = input.trim();
            if (value === '')
                return q.required ? 'This is needed.' : true;
            if (q.many) {
                const items = value.split(',').map((v) => v.trim()).filter(Boolean);
                for (const v of items) {
                    const problem = q.check(v);
                    if (problem)
                        return problem;
                }
                return contentProblem(q.key, items) ?? true;
            }
            return q.check(value) ?? contentProblem(q.key, value) ?? true;
        },
    });
    const value = raw.trim();
    if (value === '')
        return undefined;
    return q.many ? unique(value.split(',').map((v) => v.trim()).filter(Boolean)) : value;
}
/** Contributory factors one at a time: the part of the work system, then what contributed; "done" ends. */
async function askFactors(p, q, contentProblem) {
    const items = [];
    for (;;) {
        const system = await p.choose({
            message: items.length ? 'Another contributory factor? Choose its part of the work system, or "No more":' : `${q.message}\n  Choose the part of the work system, or "None to record now":`,
            choices: [...q.choices, { value: '', name: items.length ? 'No more' : 'None to record now' }],
        });
        if (system === '')
            return items.length ? items : undefined;
        const description = await p.input({
            message: 'What in that part of the system contributed? (no names):',
            validate: (v) => (v.trim() === '' ? 'Describe it, in a sentence.' : (contentProblem(q.key, [...items, `${system}: ${v.trim()}`]) ?? true)),
        });
        items.push(`${system}: ${description.trim()}`);
    }
}
/** The front-matter, in the order of the questions; `a.b` keys nest (`harm.physical`). */
function buildData(kind, id, questions, answers) {
    const data = { id, type: kind };
    for (const q of questions) {
        let value = answers.get(q.key) ?? q.fallback;
        if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
            continue;
        if (q.factors && Array.isArray(value))
            value = value.map((v) => parseFactor(String(v)) ?? { system: '', description: String(v) });
        const [head, sub] = q.key.split('.');
        if (sub === undefined)
            data[head] = value;
        else
            data[head] = { ...(data[head] ?? {}), [sub]: value };
    }
    return data;
}
function refusal(kind, problems, templateSource) {
    const lines = problems.map((p) => `  - ${p.path ? `${p.path}: ` : p.line > 1 ? `line ${p.line} of the text: ` : ''}${p.message} (${p.rule})`);
    const fromTemplate = problems.some((p) => !p.path) && templateSource !== 'built-in' ? ` Some come from ${templateSource}.` : '';
    return `The new ${kind} was not written, because it would not pass "lessons validate":\n${lines.join('\n')}\nChange the values and try again.${fromTemplate}`;
}
async function openEditor(ctx, abs, file) {
    const editor = ctx.io.env.VISUAL || ctx.io.env.EDITOR;
    if (!editor) {
        ctx.io.stderr.write(`lessons: neither VISUAL nor EDITOR is set, so no editor was opened. Open ${file} in your editor.\n`);
        return;
    }
    const env = ctx.io.env;
    // Like git: the editor setting may hold arguments ("code --wait"), so a shell runs it, and
    // the file name goes in as "$1", never spliced into the command.
    const child = process.platform === 'win32'
        ? spawn(editor, [abs], { stdio: 'inherit', shell: true, env })
        : spawn('/bin/sh', ['-c', `${editor} "$1"`, 'lessons-editor', abs], { stdio: 'inherit', env });
    const code = await new Promise((resolve) => {
        child.on('error', () => resolve(-1));
        child.on('close', (c) => resolve(c));
    });
    if (code !== 0)
        ctx.io.stderr.write(`lessons: the editor (${editor}) did not finish cleanly; ${file} was written. Open it yourself to carry on.\n`);
}
