/**
 * `pii/professional-registration`: a registration number after its register's label: GMC (seven
 * digits), NMC PIN (two digits, a letter, four digits, a letter: 12A3456E), HCPC (a profession
 * prefix and digits: PH123456), GPhC (seven digits), GDC. A lesson names roles, not registrants.
 */
import type { TextMatch, TextRule } from '../../../src/rules/text.js';
import { execAll, isAllowed, mask } from '../../../src/rules/text.js';

const LINK = '(?:\\s*(?:registration|reg\\.?|ref(?:erence)?|number|no\\.?|pin|id)){0,2}\\s*(?:[:#]\\s*|is\\s+|was\\s+)?';
const REG_RE = new RegExp(
  [
    `\\b(?:GMC|GPhC|GDC|GOC)${LINK}(\\d{5,7})(?![\\w-])`,
    `\\bNMC${LINK}(\\d{2}[A-Za-z]\\d{4}[A-Za-z])(?![\\w-])`,
    `\\bHCPC${LINK}([A-Za-z]{2,3}\\s?\\d{5,6})(?![\\w-])`,
  ].join('|'),
  'gi',
);

/** The labels, as one cheap test (the labels are written in capitals, or all in lower case). */
const LABELS = /[GN]MC|HCPC|GPhC|G[DO]C|[gn]mc|hcpc/;

export const professionalRegistrationRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/professional-registration', severity: 'error', description: 'A GMC, NMC or HCPC (or GPhC, GDC) registration number after its label.' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!LABELS.test(text)) return [];
      const out: TextMatch[] = [];
      for (const m of execAll(REG_RE, text)) {
        const number = m[1] ?? m[2] ?? m[3];
        const index = m.index + m[0].length - number.length;
        if (isAllowed(text, index, number.length, allow)) continue;
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
