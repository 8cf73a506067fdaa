/**
 * `pii/postcode`: a full UK postcode in any valid layout (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA,
 * AA9A 9AA, GIR 0AA), with or without the space, any case. Letters follow the Royal Mail rules
 * (no Q/V/X first; no I/J/Z second; restricted third and fourth letters; no C/I/K/M/O/V inward).
 */
import type { TextRule } from '../../../src/rules/text.js';
import { execAll, glued, isAllowed, mask } from '../../../src/rules/text.js';

const OUTWARD = '(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])';
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}';
const POSTCODE_RE = new RegExp(`\\b(?:${OUTWARD} ?${INWARD}|GIR ?0AA)(?![A-Za-z0-9-])`, 'gi');
/** Every postcode ends in an inward code: a cheap test that most texts fail. */
const HAS_INWARD = new RegExp(`${INWARD}(?![A-Za-z0-9-])`, 'i');
const GLUED = /[A-Za-z0-9-]/;
/** "B12 1st dose": an ordinal written in lower case is not an inward code. */
const ORDINAL = /[0-9](?:st|nd|rd|th)$/;

export const postcodeRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/postcode', severity: 'error', description: 'A full UK postcode, with or without the space, in any case.' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!HAS_INWARD.test(text)) return [];
      const out = [];
      for (const m of execAll(POSTCODE_RE, text)) {
        if (glued(text, m.index, GLUED) || ORDINAL.test(m[0]) || isAllowed(text, m.index, m[0].length, allow)) continue;
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
