/**
 * A choice prompt with nothing chosen until the person chooses (built with `@inquirer/core`).
 *
 * Inquirer's `select` always has its cursor on a choice, so pressing Enter answers whatever is
 * first. Where an answer steers how a member of staff is treated (the just culture guide), an
 * answer must never be given by accident: here no choice is marked at the start, Enter with
 * nothing chosen shows a message and answers nothing, and a choice is made with the arrow keys,
 * its number, or the first letter of its name.
 */
import { createPrompt, isDownKey, isEnterKey, isNumberKey, isUpKey, makeTheme, useKeypress, usePrefix, useState } from '@inquirer/core';
/** Shown when Enter is pressed before anything is chosen. */
export const NOTHING_CHOSEN = 'Nothing is chosen yet. Choose with the arrow keys, a number or the first letter, then press Enter.';
/** The index a typed key chooses: a number (1-based) or a unique first letter; undefined otherwise. */
export function keyChoice(names, key) {
    if (/^[1-9]$/.test(key)) {
        const i = Number(key) - 1;
        return i < names.length ? i : undefined;
    }
    const k = key.toLowerCase();
    if (!/^[a-z]$/.test(k))
        return undefined;
    const matches = names.map((n, i) => (n.trim().toLowerCase().startsWith(k) ? i : -1)).filter((i) => i >= 0);
    return matches.length === 1 ? matches[0] : undefined;
}
export const choose = createPrompt((config, done) => {
    const theme = makeTheme({});
    const [status, setStatus] = useState('idle');
    const [active, setActive] = useState(undefined);
    const [error, setError] = useState(undefined);
    const prefix = usePrefix({ status, theme });
    const items = config.choices;
    const names = items.map((c) => c.name);
    useKeypress((key, rl) => {
        if (isEnterKey(key)) {
            if (active === undefined) {
                setError(NOTHING_CHOSEN);
                rl.clearLine(0);
                return;
            }
            setStatus('done');
            done(items[active].value);
            return;
        }
        setError(undefined);
        if (isUpKey(key) || isDownKey(key)) {
            const step = isUpKey(key) ? -1 : 1;
            const from = active ?? (step === 1 ? -1 : items.length);
            setActive((from + step + items.length) % items.length);
            rl.clearLine(0);
            return;
        }
        const typed = isNumberKey(key) ? key.name : (key.name ?? '');
        const chosen = keyChoice(names, typed);
        if (chosen !== undefined)
            setActive(chosen);
        rl.clearLine(0);
    });
    const message = theme.style.message(config.message, status);
    if (status === 'done' && active !== undefined) {
        return [prefix, message, theme.style.answer(items[active].name)].filter(Boolean).join(' ');
    }
    const lines = items.map((c, i) => `${i === active ? theme.style.highlight(`❯ (•) ${c.name}`) : `  ( ) ${c.name}`}`);
    const description = active !== undefined ? items[active].description : undefined;
    return [
        [prefix, message].filter(Boolean).join(' '),
        ...lines,
        description ? theme.style.help(description) : '',
        error ? theme.style.error(error) : theme.style.help('↑↓, a number or a first letter to choose, ⏎ to answer'),
    ]
        .filter(Boolean)
        .join('\n');
});
