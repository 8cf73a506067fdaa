import { question } from './guide.js';
/** Where `answer` to question `id` leads. */
export function next(guide, id, answer) {
    return question(guide, id)[answer];
}
/** Follows `answers` from the start question to an outcome. */
export function walk(guide, answers) {
    const steps = [];
    let at = guide.start;
    // The data has no cycles (checked on load); the bound is a second guard.
    for (let i = 0; i <= guide.questions.size; i++) {
        const answer = answers[at];
        if (answer !== 'yes' && answer !== 'no')
            return { ok: false, steps, path: steps.map((s) => s.question), missing: at };
        steps.push({ question: at, answer });
        const to = next(guide, at, answer);
        if (to.kind === 'outcome')
            return { ok: true, steps, path: steps.map((s) => s.question), outcome: to.code };
        at = to.id;
    }
    throw new Error('the just culture guide has a cycle');
}
/** Every path through the guide, from the start question to an outcome, in yes-first order. */
export function enumeratePaths(guide) {
    const out = [];
    const visit = (id, steps) => {
        if (steps.length > guide.questions.size)
            throw new Error('the just culture guide has a cycle');
        for (const answer of ['yes', 'no']) {
            const to = next(guide, id, answer);
            const here = [...steps, { question: id, answer }];
            if (to.kind === 'outcome')
                out.push({ steps: here, outcome: to.code });
            else
                visit(to.id, here);
        }
    };
    visit(guide.start, []);
    return out;
}
/** "1a no → 2a no → 3a yes" */
export function formatSteps(steps) {
    return steps.map((s) => `${s.question} ${s.answer}`).join(' → ');
}
/** The answers of `steps`, in path order. */
export function answersOf(steps) {
    return Object.fromEntries(steps.map((s) => [s.question, s.answer]));
}
