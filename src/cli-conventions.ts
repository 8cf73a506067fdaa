/**
 * Conventions every command follows, applied to the whole commander program once it is defined
 * (so a new command gets them without doing anything):
 *
 * - every reading command accepts both `--format json` and `--json` (they mean the same);
 * - options with a fixed set of values accept any case and suggest the nearest value;
 * - a usage error ends with `Run "lessons <command> --help" for usage.`;
 * - `--version` after a command is an error naming the option meant (commander would otherwise
 *   print the tool's version and exit 0: `new policy --version 2.0`).
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './errors.js';
import { closest } from './util/values.js';

/** Commands that print something to read (and so accept `--format json` and `--json`). */
export const READING_COMMANDS = ['validate', 'list', 'schema', 'review', 'just-culture', 'digest', 'brief', 'actions', 'deadlines', 'doctor'] as const;
const READING: ReadonlySet<string> = new Set(READING_COMMANDS);

export function applyConventions(program: Command): void {
  program.showHelpAfterError('Run "lessons --help" for usage.');
  for (const cmd of program.commands) {
    cmd.showHelpAfterError(`Run "lessons ${cmd.name()} --help" for usage.`);
    if (READING.has(cmd.name())) jsonOptions(cmd);
    for (const opt of cmd.options) if (opt.argChoices) caseInsensitive(opt);
  }
  for (const opt of program.options) if (opt.argChoices) caseInsensitive(opt);
}

function findOption(cmd: Command, long: string): Option | undefined {
  return cmd.options.find((o) => o.long === long);
}

/** Adds whichever of `--json` and `--format json` a reading command lacks, and makes them agree. */
function jsonOptions(cmd: Command): void {
  let format = findOption(cmd, '--format');
  const json = findOption(cmd, '--json');
  if (format) {
    if (format.argChoices && !format.argChoices.includes('json')) format.choices([...format.argChoices, 'json']);
  } else {
    format = new Option('-f, --format <format>', 'output format').choices(json ? ['table', 'json'] : ['json']);
    if (cmd.options.some((o) => o.short === '-f')) format = new Option('--format <format>', format.description).choices(format.argChoices!);
    cmd.addOption(format);
  }
  if (!json) cmd.addOption(new Option('--json', 'print JSON (the same as --format json)'));
  const nativeJson = Boolean(json);
  cmd.hook('preAction', (c) => {
    const o = c.opts() as { json?: boolean; format?: string };
    if (o.json === true) {
      if (c.getOptionValueSource('format') === 'cli' && o.format !== 'json') {
        throw new UsageError(`--json and --format ${o.format} ask for two different outputs. Use one of them.`);
      }
      if (!nativeJson) c.setOptionValue('format', 'json');
    } else if (o.format === 'json') {
      if (nativeJson) {
        c.setOptionValue('json', true);
        c.setOptionValue('format', undefined);
      }
    }
    if (nativeJson && o.format === 'table') c.setOptionValue('format', undefined);
  });
}

/** `--type Lesson` is `lesson`; `--audience stafff` suggests `staff`. */
function caseInsensitive(opt: Option): void {
  const choices = opt.argChoices!;
  opt.argParser((value: string) => {
    const hit = choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (hit !== undefined) return hit;
    const near = closest(value, choices);
    throw new InvalidArgumentError(`It must be one of: ${choices.join(', ')}.${near ? ` Did you mean "${near}"?` : ''}`);
  });
}

/** The command argv runs (its name), skipping global options and their values. */
export function commandOf(program: Command, argv: readonly string[]): { command?: Command; index: number } {
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--') return { index: -1 };
    if (!a.startsWith('-') || a === '-') break;
    const name = a.split('=')[0];
    const opt = program.options.find((o) => o.long === name || o.short === name);
    i += opt && (opt.required || opt.optional) && !a.includes('=') ? 2 : 1;
  }
  const name = argv[i];
  const command = program.commands.find((c) => c.name() === name || c.aliases().includes(name ?? ''));
  return { command, index: command ? i : -1 };
}

/**
 * `lessons new policy --version 2.0`: the program's `--version` would print the tool's version;
 * after a command it is almost always meant as one of the command's own options.
 */
export function misplacedVersion(program: Command, argv: readonly string[]): UsageError | undefined {
  const { command, index } = commandOf(program, argv);
  if (!command) return undefined;
  const rest = argv.slice(index + 1);
  const end = rest.indexOf('--');
  const hit = (end >= 0 ? rest.slice(0, end) : rest).find((a) => a === '--version' || a === '-V' || a.startsWith('--version='));
  if (!hit) return undefined;
  const flag = hit.split('=')[0];
  const similar = command.options.filter((o) => o.long?.endsWith('-version'));
  const meant = similar.length ? ` Did you mean ${similar.map((o) => o.long).join(' or ')}? (${similar.map((o) => `${o.long}: ${o.description}`).join('; ')})` : '';
  return new UsageError(`"lessons ${command.name()}" has no ${flag} option.${meant} To see which version of lessons this is, run "lessons --version".`);
}

/** `Run "lessons validate --help" for usage.` for the command argv runs, or the program's. */
export function usageHint(program: Command, argv: readonly string[]): string {
  const { command } = commandOf(program, argv);
  return `Run "lessons ${command ? `${command.name()} ` : ''}--help" for usage.`;
}
