/**
 * `pii/national-insurance`: a National Insurance number: two prefix letters (HMRC's rules: not D,
 * F, I, Q, U or V; the second not O; never BG, GB, KN, NK, NT, TN or ZZ), six digits (in pairs or
 * not) and a suffix A–D. Without its suffix only after its label ("NI number AB123456").
 */
import type { TextMatch, TextRule } from '../../../src/rules/text.js';
import { execAll, glued, isAllowed, mask } from '../../../src/rules/text.js';

const PREFIX = '(?!BG|GB|KN|NK|NT|TN|ZZ|bg|gb|kn|nk|nt|tn|zz)[A-CEGHJ-PR-TW-Za-ceghj-pr-tw-z][A-CEGHJ-NPR-TW-Za-ceghj-npr-tw-z]';
const DIGITS = '\\d{2}[ -]?\\d{2}[ -]?\\d{2}';
const NINO_RE = new RegExp(`\\b(${PREFIX}[ -]?${DIGITS})(?:[ -]?([A-Da-d]))?(?![\\w-])`, 'y');
/** The six digits first (rarer than letters), then the prefix letters before them. */
const DIGITS_RE = /\d{2} ?\d{2} ?\d{2}/g;
const LABEL_BEFORE = /\b(?:N\.?I\.?(?:\s*No\.?)?|NINO|national\s+insurance(?:\s+(?:number|no\.?))?)\s*(?:number|no\.?)?\s*[:#]?\s*$/i;
const GLUED = /[\w-]/;

export const nationalInsuranceRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/national-insurance', severity: 'error', description: 'A National Insurance number.' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {

      const out: TextMatch[] = [];
      for (const d of execAll(DIGITS_RE, text)) {
        const letters = d.index - (text[d.index - 1] === ' ' || text[d.index - 1] === '-' ? 3 : 2);
        if (letters < 0 || !/[A-Za-z]{2}/.test(text.slice(letters, letters + 2))) continue;
        NINO_RE.lastIndex = letters;
        const m = NINO_RE.exec(text);
        if (!m) continue;
        DIGITS_RE.lastIndex = m.index + m[0].length;
        if (glued(text, m.index, GLUED)) continue;
        // Mixed case in the prefix ("Ab") is a word, not a number.
        const prefix = m[1].slice(0, 2);
        if (prefix !== prefix.toUpperCase() && prefix !== prefix.toLowerCase()) continue;
        if (!m[2] && !LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (isAllowed(text, m.index, m[0].length, allow)) continue;
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
