import { execAll, glued, isAllowed, mask } from '../text.js';
import { isLetter, runsOf } from './scan.js';
const PREFIX = '(?!BG|GB|KN|NK|NT|TN|ZZ|bg|gb|kn|nk|nt|tn|zz)[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z]';
const DIGITS = '\\d{2}[ -]?\\d{2}[ -]?\\d{2}';
const NINO_RE = new RegExp(`\\b(${PREFIX}[ -]?${DIGITS})(?:[ -]?([A-Da-d]))?(?![\\w-])`, 'y');
/** The six digits first (rarer than letters), then the prefix letters before them. */
const DIGITS_RE = /\d{2} ?\d{2} ?\d{2}/g;
const LABEL_BEFORE = /\b(?:N\.?I\.?(?:\s*No\.?)?|NINO|national\s+insurance(?:\s+(?:number|no\.?))?)\s*(?:number|no\.?)?\s*[:#]?\s*$/i;
const GLUED = /[\w-]/;
const WORD = /\w/;
/** Where the prefix letters of six digits at `index` would start (as the loop below reads them), or -1 when there are none. */
function lettersBefore(text, index) {
    const c = text.charCodeAt(index - 1);
    const letters = index - (c === 32 || c === 45 ? 3 : 2);
    return letters < 0 || !isLetter(text.charCodeAt(letters)) || !isLetter(text.charCodeAt(letters + 1)) ? -1 : letters;
}
/**
 * Whether the digit runs leave room for a finding. Six digits the loop below reads start a run
 * (inside one, a digit stands where a prefix letter must), with six digits in it and the runs
 * joined to it by one space, after two letters at which NINO_RE matches, with its suffix or after
 * its label. The same tests, at the runs only: a text where none passes (a file's dates, "INC-20240202-ek84") is left without
 * DIGITS_RE.
 */
function mayReport(text, runs) {
    for (let i = 0; i < runs.count; i++) {
        if (runs.spaced[i] < 6)
            continue;
        const letters = lettersBefore(text, runs.starts[i]);
        // NINO_RE starts with \b before a letter: not after a letter, digit or "_".
        if (letters === -1 || (letters > 0 && WORD.test(text[letters - 1])))
            continue;
        NINO_RE.lastIndex = letters;
        const m = NINO_RE.exec(text);
        // Without its suffix a number is reported only after its label (the same test as below):
        // "due on 2026 09 02" in a message read as a slug looks like a number without one.
        if (m && (m[2] || LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))))
            return true;
    }
    return false;
}
export const nationalInsuranceRule = {
    folded: true,
    rules: [{ id: 'pii/national-insurance', severity: 'error', description: 'A National Insurance number.' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text, given) => {
            if (!mayReport(text, runsOf(text, given)))
                return [];
            const out = [];
            for (const d of execAll(DIGITS_RE, text)) {
                const letters = lettersBefore(text, d.index);
                if (letters === -1)
                    continue;
                NINO_RE.lastIndex = letters;
                const m = NINO_RE.exec(text);
                if (!m)
                    continue;
                DIGITS_RE.lastIndex = m.index + m[0].length;
                if (glued(text, m.index, GLUED))
                    continue;
                // Mixed case in the prefix ("Ab") is a word, not a number.
                const prefix = m[1].slice(0, 2);
                if (prefix !== prefix.toUpperCase() && prefix !== prefix.toLowerCase())
                    continue;
                if (!m[2] && !LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
                    continue;
                if (isAllowed(text, m.index, m[0].length, allow))
                    continue;
                out.push({
                    rule: 'pii/national-insurance',
                    index: m.index,
                    length: m[0].length,
                    message: `This looks like a National Insurance number (${mask(m[0], 2)}). Remove it: it identifies a person.`,
                });
            }
            return out;
        };
    },
};
