import { execAll, glued, isAllowed, mask } from '../text.js';
import { runsOf } from './scan.js';
const PHONE_RE = /(?:(?:\+44|0044)[ -]?(?:\(0\)[ -]?)?|\(?0)\d[\d ()-]{7,14}\d(?![A-Za-z0-9\/-]|\.\d)/g;
const GLUED = /[A-Za-z0-9+.\/-]/;
/**
 * Whether the digit runs leave room for a finding. A reported number has eleven digits (fourteen
 * or twelve written with 0044 or +44); its first digit starts a run (one inside a run is glued to
 * a digit: dropped below) that begins with 0 or is "44" after "+"; and everything from there to its
 * last digit is digits, spaces, dashes and brackets, at most 25 characters. So some run, with the
 * runs after it that only those characters separate, holds eleven digits. Dates and ids
 * ("2024-02-02", "REF-2024-66220") do not, and the text is left without PHONE_RE.
 */
function mayReport(text, runs) {
    for (let i = 0; i < runs.count; i++) {
        const s = runs.starts[i];
        if (text.charCodeAt(s) !== 48 && !(s > 0 && text[s - 1] === '+' && text.startsWith('44', s)))
            continue;
        let digits = 0;
        for (let j = i; j < runs.count && runs.ends[j] - s <= 25; j++) {
            digits += runs.ends[j] - runs.starts[j];
            if (digits >= 11)
                return true;
            if (j + 1 < runs.count && !onlyPhoneSeparators(text, runs.ends[j], runs.starts[j + 1]))
                break;
        }
    }
    return false;
}
function onlyPhoneSeparators(text, from, to) {
    for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        if (c !== 32 && c !== 45 && c !== 40 && c !== 41)
            return false;
    }
    return true;
}
export const phoneRule = {
    folded: true,
    rules: [{ id: 'pii/phone', severity: 'error', description: 'A UK phone number (landline or mobile, including +44).' }],
    compile(config) {
        const allow = config.pii.allow;
        return (text, given) => {
            if (!mayReport(text, runsOf(text, given)))
                return [];
            const out = [];
            for (const m of execAll(PHONE_RE, text)) {
                const candidate = m[0];
                // Glued to other characters it is part of something else, except a slug ("mcallister-07700900123").
                if (glued(text, m.index, GLUED) && !/[A-Za-z]-$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
                    continue;
                // Separators are single spaces, dashes or one pair of brackets round the area code.
                if (/[ -]{2,}/.test(candidate) || (candidate.match(/\(/g)?.length ?? 0) !== (candidate.match(/\)/g)?.length ?? 0)) {
                    // "(01632 960471)": a bracket before the number, not round the area code; try again after it.
                    if (candidate.startsWith('('))
                        PHONE_RE.lastIndex = m.index + 1;
                    continue;
                }
                let digits = candidate.replace(/\D/g, '');
                if (digits.startsWith('0044'))
                    digits = `0${digits.slice(4).replace(/^0/, '')}`;
                else if (candidate.startsWith('+44'))
                    digits = `0${digits.slice(2).replace(/^0/, '')}`;
                if (digits.length !== 11 || !/^0[1237-9]/.test(digits) || isAllowed(text, m.index, candidate.length, allow))
                    continue;
                out.push({
                    rule: 'pii/phone',
                    index: m.index,
                    length: candidate.length,
                    message: `This looks like a phone number (${mask(candidate, candidate.startsWith('+') ? 4 : 5)}). Remove it; if it is a published switchboard or service number, add it to pii.allow in lessons.config.yaml.`,
                });
            }
            return out;
        };
    },
};
