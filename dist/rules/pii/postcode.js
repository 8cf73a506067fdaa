import { execAll, glued, isAllowed, mask } from '../text.js';
import { isLetter, runsOf } from './scan.js';
const OUTWARD = '(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const POSTCODE_RE = new RegExp(`\\b(?:${OUTWARD} ?${INWARD}|GIR ?0AA)(?![A-Za-z0-9-])`, 'gi');
/** The same pattern, tried at one place. */
const POSTCODE_AT = new RegExp(POSTCODE_RE.source, 'iy');
/**
 * Whether the text holds a match of POSTCODE_RE, read from the digit runs: the inward code's digit
 * is followed by two letters, so it ends a run, and the character after the letters is not a
 * letter, digit or dash; the match starts two to five characters before that digit (an outward
 * code of two to four, perhaps a space). So the pattern is tried only there: a text with no
 * match (dates, ids such as "LL-20260606-p6vy") is left without a regex pass.
 */
function mayHoldPostcode(text, runs) {
    for (let i = 0; i < runs.count; i++) {
        const e = runs.ends[i];
        if (!isLetter(text.charCodeAt(e)) || !isLetter(text.charCodeAt(e + 1)) || /[A-Za-z0-9-]/.test(text.charAt(e + 2)))
            continue;
        const digit = e - 1;
        for (let at = Math.max(0, digit - 5); at <= digit - 2; at++) {
            POSTCODE_AT.lastIndex = at;
            if (POSTCODE_AT.test(text))
                return true;
        }
    }
    return false;
}
const GLUED = /[A-Za-z0-9-]/;
/** "B12 1st dose": an ordinal written in lower case is not an inward code. */
const ORDINAL = /[0-9](?:st|nd|rd|th)$/;
export const postcodeRule = {
    folded: true,
    rules: [{ id: 'pii/postcode', severity: 'error', description: 'A full UK postcode, with or without the space, in any case.' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text, given) => {
            if (!mayHoldPostcode(text, runsOf(text, given)))
                return [];
            const out = [];
            for (const m of execAll(POSTCODE_RE, text)) {
                if (glued(text, m.index, GLUED) || ORDINAL.test(m[0]) || isAllowed(text, m.index, m[0].length, allow))
                    continue;
                const outward = m[0].slice(0, m[0].length - 3).trim();
                out.push({
                    rule: 'pii/postcode',
                    index: m.index,
                    length: m[0].length,
                    message: `This looks like a full postcode (${outward} ${mask(m[0].slice(-3), 0)}). Remove it, or give only the area: a full postcode can point to a single household.`,
                });
            }
            return out;
        };
    },
};
