/** `pii/nhs-number`: ten digits (3-3-4, spaced, dashed or run together) passing the Modulus 11 check. */
import type { TextRule } from '../../../src/rules/text.js';
import { execAll, glued, isAllowed, mask } from '../../../src/rules/text.js';

/** The NHS Modulus 11 check (DESIGN §5): weights 10…2, check = 11 − (sum mod 11); 11 → 0; 10 → invalid. */
export function isNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

// The same separator (none, one space, one dash or one dot, after folding: pii/fold.ts) between
// the groups; no digits or word characters glued on either side, so longer numbers and
// references are not split up.
const NHS_RE = /(\d{3})([ .-]?)(\d{3})\2(\d{4})(?![A-Za-z0-9-]|\.\d)/g;
/** Letters or digits glued on (an underscore is not: "first_943..." in a slug or key). */
const GLUED = /[A-Za-z0-9.-]/;
/** A slug or reference such as "nhs-943-476-5919" or "INC-9434765919": letters and a dash before the number. */
const SLUG_BEFORE = /[A-Za-z]-$/;
/** A SNOMED CT concept id or an ISBN is a Modulus 11 look-alike, not an NHS number. */
const SNOMED_BEFORE = /\b(?:snomed(?:[\s-]*ct)?|sct\s*id|concept(?:\s+id)?)\b[^.\n]{0,40}$/i;
const ISBN_BEFORE = /\bISBN(?:-?1[03])?\s*[:#]?\s*$/i;

export const nhsNumberRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/nhs-number', severity: 'error', description: 'A 10-digit number (spaced 3-3-4 or not) that passes the NHS Modulus 11 check (not a SNOMED CT id or an ISBN after its label).' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!/\d{3}/.test(text)) return [];
      const out = [];
      for (const m of execAll(NHS_RE, text)) {
        if (glued(text, m.index, GLUED) && !SLUG_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
        if (!isNhsNumber(m[1] + m[3] + m[4]) || isAllowed(text, m.index, m[0].length, allow)) continue;
        const before = text.slice(Math.max(0, m.index - 60), m.index);
        if (ISBN_BEFORE.test(before) || SNOMED_BEFORE.test(before)) continue;
        out.push({
          rule: 'pii/nhs-number',
          index: m.index,
          length: m[0].length,
          message: `This looks like an NHS number (${mask(m[0])}). Remove it: a lesson must never identify a patient. If it is not an NHS number, add a suppression comment saying what it is.`,
        });
      }
      return out;
    };
  },
};
