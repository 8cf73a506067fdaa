/**
 * The one way to read a YAML data file (the configuration, a just culture guide, the language
 * terms, a `--answers` file): parse it, check its shape with a zod schema, run any checks of its
 * own, and report every problem at once with its line and column, as `file:line:column: message`.
 * The entries themselves are read by read.ts, whose problems go through the rule engine instead.
 */
import type { z } from 'zod';
import { CliError } from '../errors.js';
import type { PathSegment } from '../model/entry.js';
import { explainIssues } from '../model/explain.js';
import { visible } from '../util/terminal.js';
import { isRecord } from '../util/values.js';
import { checkedFileOf, checkedFileText, readCheckedData } from './checked-data.js';
import { Locator, parseYaml, type FrontMatter, type YamlErrorCode } from './frontmatter.js';

export interface DataProblem {
  line: number;
  column: number;
  message: string;
}

/** A problem found by a file's own checks, pointing at a key path. */
export interface PathProblem {
  path: readonly PathSegment[];
  at?: 'key' | 'value';
  message: string;
}

/**
 * A data file that cannot be used. `intro` says what it means for the user; the problems follow,
 * one per line. Exit 2 (a usage or configuration error) unless said otherwise.
 */
export class DataFileError extends CliError {
  readonly problems: readonly DataProblem[];
  constructor(
    readonly file: string,
    problems: readonly DataProblem[],
    intro?: string,
    exitCode: 1 | 2 = 2,
  ) {
    // Messages quote the file's keys and values: control characters are shown as codes, so each
    // problem stays one line (issue 11.4: a key with a line break must not forge a line of output).
    const shown = problems.map((p) => ({ ...p, message: visible(p.message) }));
    const lines = shown.map((p) => `${intro ? '  ' : ''}${visible(file)}:${p.line}:${p.column}: ${p.message}`);
    super([...(intro ? [intro] : []), ...lines].join('\n'), exitCode);
    this.problems = shown;
  }

  get line(): number | undefined {
    return this.problems[0]?.line;
  }
}

const YAML_PROBLEM: Partial<Record<YamlErrorCode, string>> = {
  'duplicate-key': 'a key appears twice',
  indentation: 'the indentation is not consistent (use spaces, not tabs)',
  'unquoted-colon': 'a value holds a colon followed by a space; put it in quotes',
  'missing-closing': 'a closing quote or bracket is missing',
  'bad-start': 'a value starts with a character YAML reserves; put it in quotes',
  'unsupported-tag': 'a YAML tag (! or !!) is used; lessons does not accept them',
  'alias-limit': 'aliases (*name) expand too far to be safe',
  'alias-cycle': 'an alias (*name) is inside the value it names, so that value would contain itself',
};

export interface DataFileOptions<T> {
  /** How the file is named in messages (relative to the repository, or "(standard input)"). */
  shown: string;
  schema: z.ZodType<T>;
  /** What the whole file is, for "is not a field of …" messages. */
  what: string;
  /** Said before the problems. */
  intro?: string;
  exitCode?: 1 | 2;
  /** Rewrites each schema message (e.g. "field" → "setting" for the configuration). */
  wording?: (message: string) => string;
  /** Checks of the file's own, run when the shape is right. */
  check?: (data: T) => PathProblem[];
  /** The value of an empty file (instead of a problem). */
  empty?: T;
  /** What to say when the file is not a mapping (a list, a single value). */
  notAMap?: string;
}

/**
 * Data files that ship with lessons (the just culture guide, the bank holiday calendar, the
 * language terms) are checked like any data file, but when lessons is built rather than on every
 * run (checked-data.ts); a data file without valid checked data is checked here as usual.
 */
export function parseBuiltInDataFile<T>(source: string, file: string, opts: DataFileOptions<T>): T {
  return (readCheckedData(source, file) as T | undefined) ?? parseDataFile(source, opts);
}

export { checkedFileOf, checkedFileText };

/** Parses and checks the text of a data file; throws DataFileError with every problem found. */
export function parseDataFile<T>(source: string, opts: DataFileOptions<T>): T {
  const fm: FrontMatter = { yaml: source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), yamlLine: 1, body: '', bodyLine: 1 };
  const fail = (problems: DataProblem[]): never => {
    throw new DataFileError(opts.shown, problems, opts.intro, opts.exitCode);
  };
  const parsed = parseYaml(fm);
  if (!parsed.ok) {
    const why = YAML_PROBLEM[parsed.error.code];
    fail([{ ...parsed.error.position, message: `this line is not valid YAML${why ? ` (${why})` : ''}${parsed.error.key ? `: "${parsed.error.key}"` : ''}.` }]);
  }
  const data = (parsed as { data: unknown }).data;
  if ((data === null || data === undefined) && opts.empty !== undefined) return opts.empty;
  if (!isRecord(data)) return fail([{ line: 1, column: 1, message: opts.notAMap ?? 'the file must be a set of "name: value" lines.' }]);
  const locator = new Locator(fm, data);
  const result = opts.schema.safeParse(data);
  const wording = opts.wording ?? ((m: string) => m);
  if (!result.success) {
    fail(
      explainIssues(result.error.issues, data, opts.schema, opts.what, false).map((e) => ({
        ...locator.locate(e.path, e.at === 'key' ? 'key' : 'value'),
        message: wording(e.message),
      })),
    );
  }
  const value = (result as { data: T }).data;
  const own = opts.check?.(value) ?? [];
  if (own.length) fail(own.map((p) => ({ ...locator.locate(p.path, p.at ?? 'value'), message: p.message })));
  return value;
}
