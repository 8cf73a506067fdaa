/**
 * The `--answers` file: a YAML or JSON map of question id → yes/no (docs/commands.md), e.g.
 * `{"1a": "no", "2a": "no"}`. Accepted answers: yes/no in any case, and the booleans true/false.
 * Anything else, and any key that is not a question of the guide, is a usage error (exit 2) that
 * names the file, line and column.
 */
import { UsageError } from '../errors.js';
import { z } from '../model/zod.js';
import { parseDataFile } from '../repo/data-file.js';
import { closest } from '../util/values.js';
/** The answer `value` stands for, or undefined when it is not an accepted answer. */
export function toAnswer(value) {
    if (value === true)
        return 'yes';
    if (value === false)
        return 'no';
    if (typeof value === 'string') {
        const v = value.trim().toLowerCase();
        if (v === 'yes' || v === 'no')
            return v;
    }
    return undefined;
}
export function parseAnswers(source, shown, guide) {
    const example = 'e.g. {"1a": "no", "2a": "no"} or one "1a: no" line per question';
    const ids = [...guide.questions.keys()];
    const map = parseDataFile(source, {
        shown,
        schema: z.record(z.string(), z.unknown()),
        what: 'the answers',
        empty: {},
        notAMap: `the answers must be a map of question id to yes or no, ${example}.`,
        check: (data) => {
            const problems = [];
            for (const [key, value] of Object.entries(data)) {
                if (!guide.questions.has(key)) {
                    const guess = closest(key, ids);
                    problems.push({ path: [key], at: 'key', message: `"${key}" is not a question of the guide.${guess ? ` Did you mean "${guess}"?` : ''} The questions are ${ids.join(', ')}.` });
                }
                else if (!toAnswer(value)) {
                    const shownValue = typeof value === 'string' ? `"${value}"` : value === null ? 'empty' : JSON.stringify(value);
                    problems.push({ path: [key], message: `the answer to ${key} is ${shownValue}; answer yes or no.` });
                }
            }
            return problems;
        },
    });
    if (Object.keys(map).length === 0)
        throw new UsageError(`${shown} has no answers. Write one answer per question asked, ${example}.`);
    const answers = {};
    for (const [key, value] of Object.entries(map))
        answers[key] = toAnswer(value);
    return answers;
}
