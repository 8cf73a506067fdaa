/**
 * `pii/hospital-number`: a local record number after its label: MRN, hospital, unit or case-note
 * number, PAS number, RiO or EPR id, CHI number (Scotland), H&C number (Northern Ireland), "patient
 * ID". The number is a run of at least five digits, perhaps with a letter prefix or suffix and
 * spaces or dashes ("MRN 7781203", "unit no. T449812", "case-note number C771204", "RiO 100 2345").
 * Words label in any case; the acronyms that are also words (PAS, CHI, RiO) only in capitals.
 */
import type { TextMatch, TextRule } from '../text.js';
import { execAll, isAllowed, mask } from '../text.js';
import { runsOf, type DigitRuns } from './scan.js';

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
/**
 * Numbers first (a run of at least five digits is rare in a lesson), then the label just before
 * each: a label, a short link ("number is", ":", "of"), and letters that prefix the number.
 */
const NUMBER_RE = /\d(?: ?\d){4,13}[A-Za-z]?(?![\w-])/g;
const LABEL_BEFORE = new RegExp(`\\b(?:${LABEL})(?:\\s*[:=#|]\\s*|\\s+(?:is|was|of)\\s+|\\s+|(?<=[#.]))([A-Za-z]{1,3}[ -]?)?$`, 'i');
/** Labels that are also ordinary words: matched only as capitals. */
const CAPITALS_ONLY = /^(?:pas|chi|rio|k)\b/i;
const CAPITALS = /^(?:PAS|CHI|RiO|RIO|K)\b/;
/**
 * Whether the digit runs leave room for a finding. A reported number starts at the start of a run
 * of digits (a match that starts inside one follows a digit and is dropped below), not after "_",
 * "." or "-" (dropped below too); it holds at least five digits with single spaces between them
 * (the run and the runs joined to it by one space); and LABEL_BEFORE matches just before it. The
 * same tests, at the runs only: a text where none passes (a file's dates and ids, "W10071" with
 * no label) is left without running NUMBER_RE over it.
 */
function mayReport(text: string, runs: DigitRuns): boolean {
  for (let i = 0; i < runs.count; i++) {
    const s = runs.starts[i];
    if (runs.spaced[i] < 5 || (s > 0 && AFTER_NOT.includes(text[s - 1]))) continue;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, s - 48), s))) return true;
  }
  return false;
}
const AFTER_NOT = '_.-';
/** Part of what the rule finds, not only a shortcut: "1 2 3 4 5" (no two digits together) is never read. */
const TRIGGER = /\d\d ?\d\d ?\d/;

export const hospitalNumberRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/hospital-number', severity: 'error', description: 'A local record number after its label (MRN, hospital, unit or case-note number, PAS, RiO or EPR id, CHI, H&C).' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text, given) => {
      if (!mayReport(text, runsOf(text, given)) || !TRIGGER.test(text)) return [];
      const out: TextMatch[] = [];
      for (const n of execAll(NUMBER_RE, text)) {
        if (n.index > 0 && /[\w.-]/.test(text[n.index - 1]) && !/[A-Za-z]/.test(text[n.index - 1])) continue;
        if ((n[0].match(/\d/g)?.length ?? 0) < 5 || / {2}/.test(n[0])) continue;
        const before = text.slice(Math.max(0, n.index - 48), n.index);
        const label = LABEL_BEFORE.exec(before);
        if (!label) continue;
        const labelText = label[0].slice(0, label[0].length - (label[1]?.length ?? 0));
        if (CAPITALS_ONLY.test(labelText.trim()) && !CAPITALS.test(labelText.trim())) continue;
        const prefix = label[1] ?? '';
        const number = prefix + n[0];
        const index = n.index - prefix.length;
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
