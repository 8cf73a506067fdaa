import { execAll, isAllowed, mask } from '../text.js';
import { isLetter, runsOf } from './scan.js';
const LINK = '(?:\\s*(?:registration|reg\\.?|ref(?:erence)?|number|no\\.?|pin|id)){0,2}\\s*(?:[:#]\\s*|is\\s+|was\\s+)?';
const REG_RE = new RegExp([
    `\\b(?:GMC|GPhC|GDC|GOC)${LINK}(\\d{5,7})(?![\\w-])`,
    `\\bNMC${LINK}(\\d{2}[A-Za-z]\\d{4}[A-Za-z])(?![\\w-])`,
    `\\bHCPC${LINK}([A-Za-z]{2,3}\\s?\\d{5,6})(?![\\w-])`,
].join('|'), 'gi');
/** The labels, as one cheap test (the labels are written in capitals, or all in lower case). */
const LABELS = /[GN]MC|HCPC|GPhC|G[DO]C|[gn]mc|hcpc/;
/**
 * Whether the digit runs leave room for a match of REG_RE. Its number is followed by no letter,
 * digit or dash, and follows a space, ":", "#", ".", the last letter of the label or of a link word
 * (C, n, g, f, e, r, o, d in any case), or HCPC's two or three letters: so it is a whole run of
 * digits, five to seven long (GMC, GPhC, GDC, GOC; HCPC's five or six), or an NMC PIN's two, a
 * letter, four and a letter. A text without such a run (a file's dates and ids, "REF-2024-66220",
 * "W10071") is left without a regex.
 */
function mayMatch(text, runs) {
    const { starts, ends } = runs;
    for (let i = 0; i < runs.count; i++) {
        const s = starts[i];
        const e = ends[i];
        const length = e - s;
        if (length === 2) {
            if (!isLetter(text.charCodeAt(e)) || i + 1 >= runs.count || starts[i + 1] !== e + 1 || ends[i + 1] - starts[i + 1] !== 4 || !isLetter(text.charCodeAt(ends[i + 1])))
                continue;
        }
        else if (length < 5 || length > 7)
            continue;
        if (s > 0 && mayPrecede(text, s))
            return true;
    }
    return false;
}
/** Whether a number of REG_RE can start at `at` (> 0) by what is before it. */
function mayPrecede(text, at) {
    const c = text[at - 1];
    if (/[\s:#.]/.test(c) || LINK_ENDS.includes(c))
        return true;
    // HCPC's letters: two or three, perhaps with a space before the digits.
    const letters = /\s/.test(c) ? at - 1 : at;
    return letters >= 2 && isLetter(text.charCodeAt(letters - 1)) && isLetter(text.charCodeAt(letters - 2));
}
/** The last letters of the labels and of LINK's words, in both cases. */
const LINK_ENDS = 'CcNnGgFfEeRrOoDd';
export const professionalRegistrationRule = {
    folded: true,
    rules: [{ id: 'pii/professional-registration', severity: 'error', description: 'A GMC, NMC or HCPC (or GPhC, GDC) registration number after its label.' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text, given) => {
            if (!mayMatch(text, runsOf(text, given)) || !LABELS.test(text))
                return [];
            const out = [];
            for (const m of execAll(REG_RE, text)) {
                const number = m[1] ?? m[2] ?? m[3];
                const index = m.index + m[0].length - number.length;
                if (isAllowed(text, index, number.length, allow))
                    continue;
                out.push({
                    rule: 'pii/professional-registration',
                    index,
                    length: number.length,
                    message: `This looks like a professional registration number (${mask(number, 2)}). Remove it: a lesson names roles, not people.`,
                });
            }
            return out;
        };
    },
};
