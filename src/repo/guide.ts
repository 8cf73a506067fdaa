/**
 * The just culture guide as data: `guides/nhs-just-culture-guide-2018.yaml` next to this module
 * (copied into dist/ by the build), loaded and checked once. The walk over it is guide-tree.ts;
 * both sit below the rules, which check saved records against the guide.
 *
 * The check makes the data file safe to walk: every yes/no leads to a question or an outcome,
 * every path ends (no cycles), every question and outcome can be reached from the start question,
 * and the question ids and outcome codes are exactly those of the record format
 * (`JUST_CULTURE_QUESTIONS`, `JUST_CULTURE_OUTCOMES`). A broken data file is a fault in lessons
 * itself: `GuideDataError`, exit 2, naming the file, line and column of each problem.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { JUST_CULTURE_GUIDE, JUST_CULTURE_OUTCOMES, JUST_CULTURE_QUESTIONS } from '../model/schemas.js';
import { DataFileError, parseDataFile, type DataProblem, type PathProblem } from './data-file.js';

export type QuestionId = (typeof JUST_CULTURE_QUESTIONS)[number];
export type OutcomeCode = (typeof JUST_CULTURE_OUTCOMES)[number];
export type Answer = 'yes' | 'no';
export const ANSWERS: readonly Answer[] = ['yes', 'no'];

/** Where an answer leads. */
export type Target = { kind: 'question'; id: QuestionId } | { kind: 'outcome'; code: OutcomeCode };

export interface Question {
  id: QuestionId;
  /** The guide's test this question belongs to, e.g. "Foresight test". */
  test: string;
  /** One line, lower case, for messages and charts: "foresight: were the protocols workable …?" */
  summary: string;
  text: string;
  help: string;
  yes: Target;
  no: Target;
}

export interface Outcome {
  code: OutcomeCode;
  title: string;
  recommendation: string;
}

export interface LocalQuestion {
  id: string;
  question: string;
  help: string;
}

export interface LocalPractice {
  label: string;
  biasCheck: { question: string; help: string };
  restorative: { source: string; questions: LocalQuestion[] };
  facilitator: { question: string; help: string };
}

export interface Guide {
  id: typeof JUST_CULTURE_GUIDE;
  name: string;
  publisher: string;
  year: number;
  citation: string;
  url?: string;
  notes: { id: string; text: string }[];
  start: QuestionId;
  /** In the data file's order. */
  questions: ReadonlyMap<QuestionId, Question>;
  outcomes: ReadonlyMap<OutcomeCode, Outcome>;
  localPractice: LocalPractice;
}

/** The guide's data file is broken: a fault in lessons, not in the user's repository. Exit 2. */
export class GuideDataError extends DataFileError {
  constructor(file: string, problems: readonly DataProblem[]) {
    super(
      file,
      problems,
      'the data file of the just culture guide is broken, so the guide cannot be used. This is a fault in lessons itself, ' +
        'not in your repository; please report it to the maintainers.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The shape of the data file

const text = z.string().trim().min(1);
const questionShape = z.strictObject({
  id: text,
  test: text,
  summary: text,
  text,
  help: text,
  yes: text,
  no: text,
});
const outcomeShape = z.strictObject({ code: text, title: text, recommendation: text });
const localQuestionShape = z.strictObject({ id: text, question: text, help: text });
const guideShape = z.strictObject({
  id: text,
  name: text,
  publisher: text,
  year: z.number().int(),
  citation: text,
  url: z.url().optional(),
  notes: z.array(z.strictObject({ id: text, text })).min(1),
  start: text,
  questions: z.array(questionShape).min(1),
  outcomes: z.array(outcomeShape).min(1),
  local_practice: z.strictObject({
    label: text,
    bias_check: z.strictObject({ question: text, help: text }),
    restorative: z.strictObject({ source: text, questions: z.array(localQuestionShape).min(1) }),
    facilitator: z.strictObject({ question: text, help: text }),
  }),
});
type GuideData = z.infer<typeof guideShape>;


const isQuestionId = (v: string): v is QuestionId => (JUST_CULTURE_QUESTIONS as readonly string[]).includes(v);
const isOutcomeCode = (v: string): v is OutcomeCode => (JUST_CULTURE_OUTCOMES as readonly string[]).includes(v);

/**
 * The problems of the (shape-valid) data: ids and codes against the record format, dangling
 * branches, cycles and unreachable questions or outcomes.
 */
export function graphProblems(data: GuideData): PathProblem[] {
  const problems: PathProblem[] = [];
  if (data.id !== JUST_CULTURE_GUIDE) {
    problems.push({ path: ['id'], message: `the guide's id is "${data.id}", but records name it "${JUST_CULTURE_GUIDE}".` });
  }

  const questionAt = new Map<string, number>();
  data.questions.forEach((q, i) => {
    if (questionAt.has(q.id)) problems.push({ path: ['questions', i, 'id'], message: `question "${q.id}" appears twice.` });
    else questionAt.set(q.id, i);
    if (!isQuestionId(q.id)) {
      problems.push({ path: ['questions', i, 'id'], message: `"${q.id}" is not a question id of the record format (${JUST_CULTURE_QUESTIONS.join(', ')}).` });
    }
  });
  for (const id of JUST_CULTURE_QUESTIONS) {
    if (!questionAt.has(id)) problems.push({ path: ['questions'], at: 'key', message: `question "${id}" is missing.` });
  }

  const outcomeAt = new Map<string, number>();
  data.outcomes.forEach((o, i) => {
    if (outcomeAt.has(o.code)) problems.push({ path: ['outcomes', i, 'code'], message: `outcome "${o.code}" appears twice.` });
    else outcomeAt.set(o.code, i);
    if (!isOutcomeCode(o.code)) {
      problems.push({ path: ['outcomes', i, 'code'], message: `"${o.code}" is not an outcome code of the record format (${JUST_CULTURE_OUTCOMES.join(', ')}).` });
    }
  });
  for (const code of JUST_CULTURE_OUTCOMES) {
    if (!outcomeAt.has(code)) problems.push({ path: ['outcomes'], at: 'key', message: `outcome "${code}" is missing.` });
  }

  // Branches.
  const edges = new Map<string, string[]>();
  data.questions.forEach((q, i) => {
    if (edges.has(q.id)) return;
    const next: string[] = [];
    for (const answer of ANSWERS) {
      const to = q[answer];
      if (questionAt.has(to)) next.push(to);
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
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    state.set(id, 'open');
    for (const to of edges.get(id) ?? []) {
      if (state.get(to) === 'open') {
        const loop = [...trail.slice(trail.indexOf(to)), id, to];
        const key = [...new Set(loop)].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const answer = ANSWERS.find((a) => data.questions[questionAt.get(id)!][a] === to)!;
          problems.push({
            path: ['questions', questionAt.get(id)!, answer],
            message: `question ${id}: "${answer}" leads back to ${to} (${loop.join(' → ')}), so this path would never end.`,
          });
        }
      } else if (!state.has(to)) {
        visit(to, [...trail, id]);
      }
    }
    state.set(id, 'done');
  };
  for (const id of questionAt.keys()) if (!state.has(id)) visit(id, []);

  // Reachability from the start question.
  if (questionAt.has(data.start)) {
    const reached = new Set<string>([data.start]);
    const queue = [data.start];
    while (queue.length) {
      const q = data.questions[questionAt.get(queue.shift()!)!];
      for (const answer of ANSWERS) {
        const to = q[answer];
        if (!reached.has(to)) {
          reached.add(to);
          if (questionAt.has(to)) queue.push(to);
        }
      }
    }
    for (const [id, i] of questionAt) {
      if (!reached.has(id)) problems.push({ path: ['questions', i, 'id'], message: `question ${id} cannot be reached from the start question ${data.start}.` });
    }
    for (const [code, i] of outcomeAt) {
      if (!reached.has(code)) problems.push({ path: ['outcomes', i, 'code'], message: `outcome ${code} cannot be reached from the start question ${data.start}.` });
    }
  }
  return problems;
}

/** Parses and checks the guide's data file text; throws GuideDataError with every problem found. */
export function parseGuide(source: string, file: string): Guide {
  let data: GuideData;
  try {
    data = parseDataFile<GuideData>(source, { shown: file, schema: guideShape, what: 'the guide', check: graphProblems });
  } catch (err) {
    if (err instanceof DataFileError && !(err instanceof GuideDataError)) throw new GuideDataError(file, err.problems);
    throw err;
  }

  const target = (to: string): Target => (isQuestionId(to) && data.questions.some((q) => q.id === to) ? { kind: 'question', id: to } : { kind: 'outcome', code: to as OutcomeCode });
  const lp = data.local_practice;
  return {
    id: JUST_CULTURE_GUIDE,
    name: data.name,
    publisher: data.publisher,
    year: data.year,
    citation: data.citation,
    url: data.url,
    notes: data.notes,
    start: data.start as QuestionId,
    questions: new Map(
      data.questions.map((q) => [
        q.id as QuestionId,
        { id: q.id as QuestionId, test: q.test, summary: q.summary, text: q.text, help: q.help, yes: target(q.yes), no: target(q.no) },
      ]),
    ),
    outcomes: new Map(data.outcomes.map((o) => [o.code as OutcomeCode, { code: o.code as OutcomeCode, title: o.title, recommendation: o.recommendation }])),
    localPractice: {
      label: lp.label,
      biasCheck: lp.bias_check,
      restorative: lp.restorative,
      facilitator: lp.facilitator,
    },
  };
}

export const GUIDE_URL = new URL('./guides/nhs-just-culture-guide-2018.yaml', import.meta.url);

let cached: Guide | undefined;

/** The guide, read from the data file next to this module (once per process). */
export function loadGuide(): Guide {
  if (cached) return cached;
  const file = fileURLToPath(GUIDE_URL);
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new GuideDataError(file, [{ line: 1, column: 1, message: `the file could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); rebuild lessons with "npm run build".` }]);
  }
  cached = parseGuide(source, file);
  return cached;
}

/** The question `id` of `guide` (which exists: the data was checked). */
export function question(guide: Guide, id: QuestionId): Question {
  return guide.questions.get(id)!;
}

export function outcome(guide: Guide, code: OutcomeCode): Outcome {
  return guide.outcomes.get(code)!;
}

/** A question, by id, for messages: "3b (foresight: were the protocols workable and in routine use?)". */
export function questionLabel(guide: Guide, id: QuestionId): string {
  return `${id} (${question(guide, id).summary})`;
}
