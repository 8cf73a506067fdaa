/**
 * Walking the guide: plain functions over the data (no question logic in code). The same walk
 * serves the interactive run, `--answers`, the `just-culture/outcome` rule and the tests.
 */
import type { Answer, Guide, OutcomeCode, QuestionId, Target } from './guide.js';
import { question } from './guide.js';

export interface Step {
  question: QuestionId;
  answer: Answer;
}

/** The complete walk for a set of answers, or where it stops for want of an answer. */
export type WalkResult =
  | { ok: true; steps: Step[]; path: QuestionId[]; outcome: OutcomeCode }
  | { ok: false; steps: Step[]; path: QuestionId[]; missing: QuestionId };

/** Where `answer` to question `id` leads. */
export function next(guide: Guide, id: QuestionId, answer: Answer): Target {
  return question(guide, id)[answer];
}

/** Follows `answers` from the start question to an outcome. */
export function walk(guide: Guide, answers: Readonly<Partial<Record<string, Answer>>>): WalkResult {
  const steps: Step[] = [];
  let at: QuestionId = guide.start;
  // The data has no cycles (checked on load); the bound is a second guard.
  for (let i = 0; i <= guide.questions.size; i++) {
    const answer = answers[at];
    if (answer !== 'yes' && answer !== 'no') return { ok: false, steps, path: steps.map((s) => s.question), missing: at };
    steps.push({ question: at, answer });
    const to = next(guide, at, answer);
    if (to.kind === 'outcome') return { ok: true, steps, path: steps.map((s) => s.question), outcome: to.code };
    at = to.id;
  }
  throw new Error('the just culture guide has a cycle');
}

export interface GuidePath {
  steps: Step[];
  outcome: OutcomeCode;
}

/** Every path through the guide, from the start question to an outcome, in yes-first order. */
export function enumeratePaths(guide: Guide): GuidePath[] {
  const out: GuidePath[] = [];
  const visit = (id: QuestionId, steps: Step[]) => {
    if (steps.length > guide.questions.size) throw new Error('the just culture guide has a cycle');
    for (const answer of ['yes', 'no'] as const) {
      const to = next(guide, id, answer);
      const here = [...steps, { question: id, answer }];
      if (to.kind === 'outcome') out.push({ steps: here, outcome: to.code });
      else visit(to.id, here);
    }
  };
  visit(guide.start, []);
  return out;
}

/** "1a no → 2a no → 3a yes" */
export function formatSteps(steps: readonly Step[]): string {
  return steps.map((s) => `${s.question} ${s.answer}`).join(' → ');
}

/** The answers of `steps`, in path order. */
export function answersOf(steps: readonly Step[]): Record<string, Answer> {
  return Object.fromEntries(steps.map((s) => [s.question, s.answer]));
}
