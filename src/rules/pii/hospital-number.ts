/**
 * `pii/hospital-number`: a local record number after its label: MRN, hospital, unit or case-note
 * number, PAS number, RiO or EPR id, CHI number (Scotland), H&C number (Northern Ireland), "patient
 * ID". The number is a run of at least five digits, perhaps with a letter prefix or suffix and
 * spaces or dashes ("MRN 7781203", "unit no. T449812", "case-note number C771204", "RiO 100 2345").
 * Words label in any case; the acronyms that are also words (PAS, CHI, RiO) only in capitals.
 */
import type { TextMatch, TextRule } from '../text.js';
import { execAll, isAllowed, mask } from '../text.js';

const NO = '(?:number|num|no\\.?|nos?\\.?|#|id|identifier|ref(?:erence)?\\.?)';
const LABEL = [
  'm\\.?r\\.?n\\.?',
  `medical\\s+records?\\s+${NO}`,
  `(?:hospital|hosp\\.?)\\s+${NO}`,
  `unit\\s+${NO}`,
  `case[\\s-]?notes?\\s+${NO}`,
  `(?:patient|client|service\\s+user)\\s+(?:id|identifier|ref(?:erence)?|number|no\\.?)`,
  `records?\\s+(?:number|no\\.?)`,
  `(?:PAS|RiO|RIO|EPR|CHI|H\\s?&\\s?C|HCN)(?:\\s+${NO})?`,
  `K\\s+(?:number|no\\.?)`,
].join('|');
// The label, a short link ("number is", ":", "of"), then the number.
const HOSPITAL_RE = new RegExp(`\\b(?:${LABEL})(?:\\s*[:=#]\\s*|\\s+(?:is|was|of)\\s+|\\s+|(?<=[#.]))([A-Z]{0,3}[ -]?\\d(?:[ -]?\\d){4,11}[A-Z]?)(?![\\w-])`, 'gi');
/** Labels that are also ordinary words: matched only as capitals. */
const CAPITALS_ONLY = /^(?:pas|chi|rio|k)\b/i;
const CAPITALS = /^(?:PAS|CHI|RiO|RIO|K)\b/;
const TRIGGER = /\d{5}|\d[ -]\d{3}/;

export const hospitalNumberRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/hospital-number', severity: 'error', description: 'A local record number after its label (MRN, hospital, unit or case-note number, PAS, RiO or EPR id, CHI, H&C).' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!TRIGGER.test(text)) return [];
      const out: TextMatch[] = [];
      for (const m of execAll(HOSPITAL_RE, text)) {
        if (CAPITALS_ONLY.test(m[0]) && !CAPITALS.test(m[0])) continue;
        const number = m[1];
        if ((number.match(/\d/g)?.length ?? 0) < 5) continue;
        const index = m.index + m[0].length - number.length;
        if (isAllowed(text, index, number.length, allow)) continue;
        out.push({
          rule: 'pii/hospital-number',
          index,
          length: number.length,
          message: `This looks like a hospital or record number (${mask(number, 2)}). Remove it: a lesson must never identify a patient. Refer to "the patient" or an age range instead.`,
        });
      }
      return out;
    };
  },
};
