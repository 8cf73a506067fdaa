/**
 * `pii/phone`: a UK landline or mobile number in its usual layouts: 01632 960000, 01632 960 000,
 * 020 7946 0958, (020) 7946 0958, 07700 900123, 07700-900-123, +44 7700 900123, +44 (0)20 7946 0958,
 * 0044 20 7946 0958. Eleven digits in all (counting the 0 that +44 stands for), starting 01, 02,
 * 03, 07, 08 or 09.
 */
import type { TextRule } from '../../../src/rules/text.js';
import { execAll, glued, isAllowed, mask } from '../../../src/rules/text.js';

const PHONE_RE = /(?:(?:\+44|0044)[ -]?(?:\(0\)[ -]?)?|\(?0)\d[\d ()-]{7,14}\d(?![A-Za-z0-9\/-]|\.\d)/g;
const GLUED = /[A-Za-z0-9+.\/-]/;

export const phoneRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/phone', severity: 'error', description: 'A UK phone number (landline or mobile, including +44).' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!/0\d|\+44/.test(text)) return [];
      const out = [];
      for (const m of execAll(PHONE_RE, text)) {
        const candidate = m[0];
        // Glued to other characters it is part of something else, except a slug ("mcallister-07700900123").
        if (glued(text, m.index, GLUED) && !/[A-Za-z]-$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
        // Separators are single spaces, dashes or one pair of brackets round the area code.
        if (/[ -]{2,}/.test(candidate) || (candidate.match(/\(/g)?.length ?? 0) !== (candidate.match(/\)/g)?.length ?? 0)) {
          // "(01632 960471)": a bracket before the number, not round the area code; try again after it.
          if (candidate.startsWith('(')) PHONE_RE.lastIndex = m.index + 1;
          continue;
        }
        let digits = candidate.replace(/\D/g, '');
        if (digits.startsWith('0044')) digits = `0${digits.slice(4).replace(/^0/, '')}`;
        else if (candidate.startsWith('+44')) digits = `0${digits.slice(2).replace(/^0/, '')}`;
        if (digits.length !== 11 || !/^0[1237-9]/.test(digits) || isAllowed(text, m.index, candidate.length, allow)) continue;
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
