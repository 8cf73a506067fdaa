/** Checking a value against a fixed list, the way every lessons option does: any case, with a suggestion. */
import { UsageError } from '../errors.js';
import { closest } from './values.js';
/** The value of a fixed-list filter in its canonical spelling, or a usage error with a suggestion. */
export function checkChoice(flag, value, choices, what = 'value') {
    const hit = choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (hit !== undefined)
        return hit;
    const near = closest(value, choices);
    throw new UsageError(`${flag} "${value}" is not a known ${what}.${near ? ` Did you mean "${near}"?` : ''} It must be one of: ${choices.join(', ')}.`);
}
