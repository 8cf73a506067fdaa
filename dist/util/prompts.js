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
import { unguarded, visible } from './terminal.js';
/** What a prompt shows from files is shown safely (the prompt writes past the output guard). */
function safeChoice(c) {
    return { ...c, name: visible(c.name), ...(c.description === undefined ? {} : { description: visible(c.description) }) };
}
function shown(r) {
    return r === true ? r : visible(r);
}
export function isInteractive(io) {
    return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}
/**
 * A prompter for `io`, or UsageError (exit 2) when there is no terminal. `missing` says what
 * would have to be passed instead (e.g. `--title, --theme (or --yes)`).
 */
export async function openPrompter(io, missing) {
    if (!isInteractive(io)) {
        throw new UsageError(`this needs answers and there is no terminal to ask them on. Pass ${missing}.`);
    }
    const [inquirer, core, chooser] = await Promise.all([import('@inquirer/prompts'), import('@inquirer/core'), import('./choose.js')]);
    const context = { input: io.stdin, output: unguarded(io.stdout), clearPromptOnDone: false };
    const guard = async (p) => {
        try {
            return await p;
        }
        catch (err) {
            if (err instanceof core.ExitPromptError || err instanceof core.AbortPromptError)
                throw new InterruptedError();
            throw err;
        }
    };
    return {
        input: (o) => guard(inquirer.input({ message: visible(o.message), default: o.default, validate: o.validate ? (v) => shown(o.validate(v)) : undefined }, context)),
        select: (o) => guard(inquirer.select({ message: visible(o.message), choices: o.choices.map(safeChoice), default: o.default }, context)),
        choose: (o) => guard(chooser.choose({ message: visible(o.message), choices: o.choices.map(safeChoice) }, context)),
        checkbox: (o) => guard(inquirer.checkbox({ message: visible(o.message), choices: o.choices.map(safeChoice), validate: o.validate ? (items) => shown(o.validate(items.map((i) => i.value))) : undefined }, context)),
        confirm: (o) => guard(inquirer.confirm({ message: visible(o.message), default: o.default }, context)),
    };
}
