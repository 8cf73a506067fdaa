/**
 * Interactive prompts (Inquirer), behind a small interface so commands stay testable.
 *
 * - Prompts need a terminal on both stdin and stdout. Without one we refuse at once (exit 2),
 *   naming the flags that would have answered, instead of hanging on a pipe or failing
 *   half-way. Inquirer is imported only after that check.
 * - Ctrl-C (or a closed terminal) rejects with ExitPromptError; it becomes InterruptedError,
 *   exit 130, and the caller writes nothing.
 */
import { InterruptedError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { unguarded, visible } from './terminal.js';

/** What a prompt shows from files is shown safely (the prompt writes past the output guard). */
function safeChoice<C extends { name: string; description?: string }>(c: C): C {
  return { ...c, name: visible(c.name), ...(c.description === undefined ? {} : { description: visible(c.description) }) };
}
function shown(r: true | string): true | string {
  return r === true ? r : visible(r);
}

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(o: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(o: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** A choice with nothing chosen at the start: Enter answers only once something is chosen (util/choose.ts). */
  choose<T>(o: { message: string; choices: Choice<T>[] }): Promise<T>;
  checkbox<T>(o: { message: string; choices: (Choice<T> & { checked?: boolean })[]; validate?: (values: readonly T[]) => true | string }): Promise<T[]>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
}

export function isInteractive(io: Io): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}

/**
 * A prompter for `io`, or UsageError (exit 2) when there is no terminal. `missing` says what
 * would have to be passed instead (e.g. `--title, --theme (or --yes)`).
 */
export async function openPrompter(io: Io, missing: string): Promise<Prompter> {
  if (!isInteractive(io)) {
    throw new UsageError(`this needs answers and there is no terminal to ask them on. Pass ${missing}.`);
  }
  const [inquirer, core, chooser] = await Promise.all([import('@inquirer/prompts'), import('@inquirer/core'), import('./choose.js')]);
  const context = { input: io.stdin, output: unguarded(io.stdout) as NodeJS.WritableStream, clearPromptOnDone: false };
  const guard = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (err) {
      if (err instanceof core.ExitPromptError || err instanceof core.AbortPromptError) throw new InterruptedError();
      throw err;
    }
  };
  return {
    input: (o) => guard(inquirer.input({ message: visible(o.message), default: o.default, validate: o.validate ? (v) => shown(o.validate!(v)) : undefined }, context)),
    select: (o) => guard(inquirer.select({ message: visible(o.message), choices: o.choices.map(safeChoice), default: o.default }, context)),
    choose: <T>(o: { message: string; choices: Choice<T>[] }) => guard(chooser.choose<T>({ message: visible(o.message), choices: o.choices.map(safeChoice) }, context) as Promise<T>),
    checkbox: (o) =>
      guard(inquirer.checkbox({ message: visible(o.message), choices: o.choices.map(safeChoice), validate: o.validate ? (items) => shown(o.validate!(items.map((i) => i.value))) : undefined }, context)),
    confirm: (o) => guard(inquirer.confirm({ message: visible(o.message), default: o.default }, context)),
  };
}
