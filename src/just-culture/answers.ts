/**
 * The `--answers` file: a YAML or JSON map of question id → yes/no (DESIGN §3), e.g.
 * `{"1a": "no", "2a": "no"}`. Accepted answers: yes/no in any case, and the booleans true/false.
 * Anything else, and any key that is not a question of the guide, is a usage error (exit 2) that
 * names the file, line and column.
 */
import { UsageError } from '../errors.js';
import { Locator, parseYaml, type FrontMatter } from '../repo/frontmatter.js';
import { closest, isRecord } from '../util/values.js';
import type { Answer, Guide, QuestionId } from '../repo/guide.js';

const YAML_PROBLEM: Record<string, string> = {
  'duplicate-key': 'a question is answered twice',
  indentation: 'the indentation is wrong',
  'unquoted-colon': 'a value contains a colon; put it in quotes',
  'missing-closing': 'a bracket or quote is not closed',
};

/** The answer `value` stands for, or undefined when it is not an accepted answer. */
export function toAnswer(value: unknown): Answer | undefined {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'yes' || v === 'no') return v;
  }
  return undefined;
}

export function parseAnswers(source: string, shown: string, guide: Guide): Partial<Record<QuestionId, Answer>> {
  const fm: FrontMatter = { yaml: source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), yamlLine: 1, body: '', bodyLine: 1 };
  const parsed = parseYaml(fm);
  if (!parsed.ok) {
    const { line, column } = parsed.error.position;
    const why = YAML_PROBLEM[parsed.error.code];
    throw new UsageError(`${shown}:${line}:${column}: this is not valid YAML or JSON${why ? ` (${why})` : ''}.`);
  }
  const example = 'e.g. {"1a": "no", "2a": "no"} or one "1a: no" line per question';
  if (parsed.data === null || parsed.data === undefined) {
    throw new UsageError(`${shown} has no answers. Write one answer per question asked, ${example}.`);
  }
  if (!isRecord(parsed.data)) {
    throw new UsageError(`${shown}: the answers must be a map of question id to yes or no, ${example}.`);
  }
  const locator = new Locator(fm);
  const ids = [...guide.questions.keys()];
  const problems: string[] = [];
  const answers: Partial<Record<QuestionId, Answer>> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (!guide.questions.has(key as QuestionId)) {
      const { line, column } = locator.locate([key], 'key');
      const guess = closest(key, ids);
      problems.push(`${shown}:${line}:${column}: "${key}" is not a question of the guide.${guess ? ` Did you mean "${guess}"?` : ''} The questions are ${ids.join(', ')}.`);
      continue;
    }
    const answer = toAnswer(value);
    if (!answer) {
      const { line, column } = locator.locate([key], 'value');
      const shownValue = typeof value === 'string' ? `"${value}"` : value === null ? 'empty' : JSON.stringify(value);
      problems.push(`${shown}:${line}:${column}: the answer to ${key} is ${shownValue}; answer yes or no.`);
      continue;
    }
    answers[key as QuestionId] = answer;
  }
  if (problems.length) throw new UsageError(problems.join('\n'));
  return answers;
}
