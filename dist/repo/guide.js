/**
 * A just culture guide as data. The built-in one (NHS Improvement, 2018) is
 * `guides/nhs-just-culture-guide-2018.yaml` next to this module (copied into dist/ by the build);
 * a trust can add its own as `guides/<file>.yaml` in its repository (guide-catalogue.ts). Both are
 * checked on load the same way. The walk over a guide is guide-tree.ts; all three sit below the
 * rules, which check saved records against the guide they name.
 *
 * The check makes a data file safe to walk: every yes/no leads to a question or an outcome,
 * every path ends (no cycles), and every question and outcome can be reached from the start
 * question. A broken built-in file is a fault in lessons itself; a broken repository guide is a
 * fault in that file. Both are `GuideDataError`, exit 2, naming the file, line and column of each
 * problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from '../model/zod.js';
import { ID_PATTERN } from '../model/schemas.js';
import { DataFileError, parseBuiltInDataFile, parseDataFile } from './data-file.js';
export const ANSWERS = ['yes', 'no'];
/** A guide's data file is broken. Exit 2. The built-in file is a fault in lessons, not in the user's repository. */
export class GuideDataError extends DataFileError {
    builtIn;
    constructor(file, problems, builtIn = true) {
        super(file, problems, builtIn
            ? 'the data file of the just culture guide is broken, so the guide cannot be used. This is a fault in lessons itself, ' +
                'not in your repository; please report it to the maintainers.'
            : `the just culture guide ${file} has problems, so it cannot be used until they are fixed:`);
        this.builtIn = builtIn;
    }
}
// ---------------------------------------------------------------------------------------------
// The shape of the data file
const text = z.string().trim().min(1);
const questionShape = z.strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'use up to 32 letters, digits, dots, dashes or underscores'),
    test: text,
    summary: text,
    text,
    help: text,
    yes: text,
    no: text,
});
const key = z.string().regex(ID_PATTERN, 'use 2 to 64 letters, digits, dots, dashes or underscores');
const outcomeShape = z.strictObject({ code: key, title: text, singles_out: z.boolean(), recommendation: text });
const localQuestionShape = z.strictObject({ id: text, question: text, help: text });
const localPracticeShape = z.strictObject({
    label: text,
    bias_check: z.strictObject({ question: text, help: text }),
    restorative: z.strictObject({ source: text, questions: z.array(localQuestionShape).min(1) }),
    facilitator: z.strictObject({ question: text, help: text }),
});
const guideShape = z.strictObject({
    id: key,
    version: z.union([text, z.number().transform(String)]),
    superseded: z.strictObject({ by: text, date: text, note: text, url: z.url().optional() }).optional(),
    name: text,
    publisher: text,
    year: z.number().int(),
    citation: text,
    url: z.url().optional(),
    notes: z.array(z.strictObject({ id: text, text })).min(1),
    start: text,
    questions: z.array(questionShape).min(1),
    outcomes: z.array(outcomeShape).min(1),
    /** Optional in a repository guide: the built-in guide's local-practice questions are used when it is left out. */
    local_practice: localPracticeShape.optional(),
});
/**
 * The problems of the (shape-valid) data: duplicate ids and codes, dangling branches, cycles and
 * unreachable questions or outcomes.
 */
export function graphProblems(data) {
    const problems = [];
    const questionAt = new Map();
    data.questions.forEach((q, i) => {
        if (questionAt.has(q.id))
            problems.push({ path: ['questions', i, 'id'], message: `question "${q.id}" appears twice.` });
        else
            questionAt.set(q.id, i);
    });
    const outcomeAt = new Map();
    data.outcomes.forEach((o, i) => {
        if (outcomeAt.has(o.code))
            problems.push({ path: ['outcomes', i, 'code'], message: `outcome "${o.code}" appears twice.` });
        else
            outcomeAt.set(o.code, i);
        if (questionAt.has(o.code))
            problems.push({ path: ['outcomes', i, 'code'], message: `"${o.code}" is both a question id and an outcome code; use different names.` });
    });
    // Branches.
    const edges = new Map();
    data.questions.forEach((q, i) => {
        if (edges.has(q.id))
            return;
        const next = [];
        for (const answer of ANSWERS) {
            const to = q[answer];
            if (questionAt.has(to))
                next.push(to);
            else if (!outcomeAt.has(to)) {
                problems.push({
                    path: ['questions', i, answer],
                    message: `question ${q.id}: "${answer}" leads to "${to}", which is neither a question nor an outcome of this guide.`,
                });
            }
        }
        edges.set(q.id, next);
    });
    if (!questionAt.has(data.start)) {
        problems.push({ path: ['start'], message: `the start question "${data.start}" is not one of the guide's questions.` });
    }
    // Cycles: a depth-first search from every question, so cycles outside the reachable part count too.
    const state = new Map();
    const reported = new Set();
    const visit = (id, trail) => {
        state.set(id, 'open');
        for (const to of edges.get(id) ?? []) {
            if (state.get(to) === 'open') {
                const loop = [...trail.slice(trail.indexOf(to)), id, to];
                const key = [...new Set(loop)].sort().join(',');
                if (!reported.has(key)) {
                    reported.add(key);
                    const answer = ANSWERS.find((a) => data.questions[questionAt.get(id)][a] === to);
                    problems.push({
                        path: ['questions', questionAt.get(id), answer],
                        message: `question ${id}: "${answer}" leads back to ${to} (${loop.join(' → ')}), so this path would never end.`,
                    });
                }
            }
            else if (!state.has(to)) {
                visit(to, [...trail, id]);
            }
        }
        state.set(id, 'done');
    };
    for (const id of questionAt.keys())
        if (!state.has(id))
            visit(id, []);
    // Reachability from the start question.
    if (questionAt.has(data.start)) {
        const reached = new Set([data.start]);
        const queue = [data.start];
        while (queue.length) {
            const q = data.questions[questionAt.get(queue.shift())];
            for (const answer of ANSWERS) {
                const to = q[answer];
                if (!reached.has(to)) {
                    reached.add(to);
                    if (questionAt.has(to))
                        queue.push(to);
                }
            }
        }
        for (const [id, i] of questionAt) {
            if (!reached.has(id))
                problems.push({ path: ['questions', i, 'id'], message: `question ${id} cannot be reached from the start question ${data.start}.` });
        }
        for (const [code, i] of outcomeAt) {
            if (!reached.has(code))
                problems.push({ path: ['outcomes', i, 'code'], message: `outcome ${code} cannot be reached from the start question ${data.start}.` });
        }
    }
    return problems;
}
/**
 * Parses and checks a guide's data file text; throws GuideDataError with every problem found.
 * `source` is "built-in" for the guide shipped with lessons, else the file relative to the
 * repository root; a repository guide without `local_practice` borrows `fallback`'s.
 */
export function parseGuide(text, file, opts = {}) {
    return guideFrom(checkedGuideData(text, file, opts, false), opts);
}
/** The options the guide's data file is checked with (`parseDataFile`). */
function guideFileOptions(file, opts) {
    const noLocalPractice = (d) => (!d.local_practice && !opts.fallback ? [{ path: [], message: 'the built-in guide needs "local_practice".' }] : []);
    return { shown: file, schema: guideShape, what: 'the guide', check: (d) => [...graphProblems(d), ...noLocalPractice(d)] };
}
/** A guide file's checked data; `builtIn` uses the data the build checked when it is still current. */
function checkedGuideData(text, file, opts, builtIn) {
    try {
        return builtIn ? parseBuiltInDataFile(text, file, guideFileOptions(file, opts)) : parseDataFile(text, guideFileOptions(file, opts));
    }
    catch (err) {
        if (err instanceof DataFileError && !(err instanceof GuideDataError))
            throw new GuideDataError(file, err.problems, (opts.source ?? 'built-in') === 'built-in');
        throw err;
    }
}
/** For the build: the built-in guide's data, checked now (see parseBuiltInDataFile). */
export function checkGuideFile() {
    const file = fileURLToPath(GUIDE_URL);
    const source = readFileSync(file, 'utf8');
    return { file, source, data: checkedGuideData(source, file, {}, false) };
}
/** A guide from its checked data. */
function guideFrom(data, opts) {
    const target = (to) => (data.questions.some((q) => q.id === to) ? { kind: 'question', id: to } : { kind: 'outcome', code: to });
    const lp = data.local_practice;
    return {
        id: data.id,
        version: String(data.version),
        source: opts.source ?? 'built-in',
        superseded: data.superseded,
        name: data.name,
        publisher: data.publisher,
        year: data.year,
        citation: data.citation,
        url: data.url,
        notes: data.notes,
        start: data.start,
        questions: new Map(data.questions.map((q) => [
            q.id,
            { id: q.id, test: q.test, summary: q.summary, text: q.text, help: q.help, yes: target(q.yes), no: target(q.no) },
        ])),
        outcomes: new Map(data.outcomes.map((o) => [o.code, { code: o.code, title: o.title, recommendation: o.recommendation, singlesOut: o.singles_out }])),
        localPractice: lp ? { label: lp.label, biasCheck: lp.bias_check, restorative: lp.restorative, facilitator: lp.facilitator } : opts.fallback,
    };
}
export const GUIDE_URL = new URL('./guides/nhs-just-culture-guide-2018.yaml', import.meta.url);
let cached;
/** The built-in guide, read from the data file next to this module (once per process). */
export function loadGuide() {
    if (cached)
        return cached;
    const file = fileURLToPath(GUIDE_URL);
    let source;
    try {
        source = readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new GuideDataError(file, [{ line: 1, column: 1, message: `the file could not be read (${err.code ?? 'error'}); rebuild lessons with "npm run build:dist".` }]);
    }
    cached = guideFrom(checkedGuideData(source, file, {}, true), {});
    return cached;
}
/** The question `id` of `guide` (which exists: the data was checked). */
export function question(guide, id) {
    return guide.questions.get(id);
}
export function outcome(guide, code) {
    return guide.outcomes.get(code);
}
/** A question, by id, for messages: "3b (foresight: were the protocols workable and in routine use?)". */
export function questionLabel(guide, id) {
    return `${id} (${question(guide, id).summary})`;
}
