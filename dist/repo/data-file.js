import { CliError } from '../errors.js';
import { explainIssues } from '../model/explain.js';
import { visible } from '../util/terminal.js';
import { isRecord } from '../util/values.js';
import { checkedFileOf, checkedFileText, readCheckedData } from './checked-data.js';
import { Locator, parseYaml } from './frontmatter.js';
/**
 * A data file that cannot be used. `intro` says what it means for the user; the problems follow,
 * one per line. Exit 2 (a usage or configuration error) unless said otherwise.
 */
export class DataFileError extends CliError {
    file;
    problems;
    constructor(file, problems, intro, exitCode = 2) {
        // Messages quote the file's keys and values: control characters are shown as codes, so each
        // problem stays one line (issue 11.4: a key with a line break must not forge a line of output).
        const shown = problems.map((p) => ({ ...p, message: visible(p.message) }));
        const lines = shown.map((p) => `${intro ? '  ' : ''}${visible(file)}:${p.line}:${p.column}: ${p.message}`);
        super([...(intro ? [intro] : []), ...lines].join('\n'), exitCode);
        this.file = file;
        this.problems = shown;
    }
    get line() {
        return this.problems[0]?.line;
    }
}
const YAML_PROBLEM = {
    'duplicate-key': 'a key appears twice',
    indentation: 'the indentation is not consistent (use spaces, not tabs)',
    'unquoted-colon': 'a value holds a colon followed by a space; put it in quotes',
    'missing-closing': 'a closing quote or bracket is missing',
    'bad-start': 'a value starts with a character YAML reserves; put it in quotes',
    'unsupported-tag': 'a YAML tag (! or !!) is used; lessons does not accept them',
    'alias-limit': 'aliases (*name) expand too far to be safe',
    'alias-cycle': 'an alias (*name) is inside the value it names, so that value would contain itself',
};
/**
 * Data files that ship with lessons (the just culture guide, the bank holiday calendar, the
 * language terms) are checked like any data file, but when lessons is built rather than on every
 * run (checked-data.ts); a data file without valid checked data is checked here as usual.
 */
export function parseBuiltInDataFile(source, file, opts) {
    return readCheckedData(source, file) ?? parseDataFile(source, opts);
}
export { checkedFileOf, checkedFileText };
/** Parses and checks the text of a data file; throws DataFileError with every problem found. */
export function parseDataFile(source, opts) {
    const fm = { yaml: source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), yamlLine: 1, body: '', bodyLine: 1 };
    const fail = (problems) => {
        throw new DataFileError(opts.shown, problems, opts.intro, opts.exitCode);
    };
    const parsed = parseYaml(fm);
    if (!parsed.ok) {
        const why = YAML_PROBLEM[parsed.error.code];
        fail([{ ...parsed.error.position, message: `this line is not valid YAML${why ? ` (${why})` : ''}${parsed.error.key ? `: "${parsed.error.key}"` : ''}.` }]);
    }
    const data = parsed.data;
    if ((data === null || data === undefined) && opts.empty !== undefined)
        return opts.empty;
    if (!isRecord(data))
        return fail([{ line: 1, column: 1, message: opts.notAMap ?? 'the file must be a set of "name: value" lines.' }]);
    const locator = new Locator(fm, data);
    const result = opts.schema.safeParse(data);
    const wording = opts.wording ?? ((m) => m);
    if (!result.success) {
        fail(explainIssues(result.error.issues, data, opts.schema, opts.what, false).map((e) => ({
            ...locator.locate(e.path, e.at === 'key' ? 'key' : 'value'),
            message: wording(e.message),
        })));
    }
    const value = result.data;
    const own = opts.check?.(value) ?? [];
    if (own.length)
        fail(own.map((p) => ({ ...locator.locate(p.path, p.at ?? 'value'), message: p.message })));
    return value;
}
