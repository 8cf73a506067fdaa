/**
 * `pii/date-of-birth`: a date next to "DOB", "D.O.B.", "date of birth" or "born" (within a few
 * words): 12/03/1954, 12-03-54, 1954-03-12, 12 March 1954, 12th Mar 1954, March 12, 1954.
 */
import type { TextRule } from '../../../src/rules/text.js';
import { execAll, isAllowed } from '../../../src/rules/text.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR = "(?:\\d{4}|['’]\\d{2}|\\d{2})";
const DATE = [
  '\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})',
  '\\d{4}-\\d{2}-\\d{2}',
  `\\d{1,2}(?:st|nd|rd|th)?(?: of)?[ /.-]${MONTH}\\.?,?[ /.-]${YEAR}`,
  `${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}`,
].join('|');
const KEYWORD = '(?:d\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|birth\\s*date|born)';
// The keyword, then at most a few words without digits, then a date; or a date followed by "(DOB)".
const DOB_RE = new RegExp(`\\b${KEYWORD}[^\\d\\n]{0,25}?(?:\\b|(?=['’]))(${DATE})(?!\\d)|\\b(${DATE})\\s*\\(?\\s*(?:d\\.?o\\.?b\\.?|date of birth)\\b`, 'gi');
const DATE_CELL = new RegExp(`^\\s*(?:${DATE})\\s*$`, 'i');
const DOB_HEADER = new RegExp(`^\\s*(?:${KEYWORD}|birthday)\\s*:?\\s*$`, 'i');

const BIRTH_WORDS = /[Bb]orn|BORN|[Bb]irth|BIRTH|[Dd][Oo][Bb]|[Dd]\. ?[Oo]\.|D O B/;
/** A cheap test before the patterns: "born", "birth" or "DOB" in one of its spellings. */
function mayHoldBirth(text: string): boolean {
  return BIRTH_WORDS.test(text);
}

const MESSAGE = 'This looks like a date of birth. Remove it; if age matters to the learning, give an age range (e.g. "in their 70s").';

/** Dates in the column of a Markdown table whose header is "DOB", "Date of birth" or "Born". */
function tableDates(text: string): { rule: string; index: number; length: number; message: string }[] {
  const out = [];
  const lines = text.split('\n');
  let offset = 0;
  let column = -1;
  const cells = (line: string) => {
    const parts: { text: string; at: number }[] = [];
    let at = 0;
    const body = line.replace(/^\s*\|/, (m) => ((at = m.length), ''));
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i === body.length || (body[i] === '|' && body[i - 1] !== '\\')) {
        parts.push({ text: body.slice(start, i), at: at + start });
        start = i + 1;
      }
    }
    return parts;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.includes('|')) column = -1;
    else if (column === -1) {
      const next = lines[n + 1];
      if (next && /^\s*\|?\s*:?-{2,}/.test(next)) column = cells(line).findIndex((c) => DOB_HEADER.test(c.text));
    } else if (!/^\s*\|?\s*:?-{2,}/.test(line)) {
      const cell = cells(line)[column];
      if (cell && DATE_CELL.test(cell.text)) {
        const lead = cell.text.length - cell.text.trimStart().length;
        out.push({ rule: 'pii/date-of-birth', index: offset + cell.at + lead, length: cell.text.trim().length, message: MESSAGE });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

export const dateOfBirthRule: TextRule = {
  folded: true,
  rules: [{ id: 'pii/date-of-birth', severity: 'error', description: 'A date next to "DOB", "date of birth" or "born".' }],
  compile(config) {
    const allow = config.pii.allow;
    return (text) => {
      if (!mayHoldBirth(text)) return [];
      const out = [];
      for (const m of execAll(DOB_RE, text)) {
        if (isAllowed(text, m.index, m[0].length, allow)) continue;
        out.push({ rule: 'pii/date-of-birth', index: m.index, length: m[0].length, message: MESSAGE });
      }
      if (text.includes('|')) out.push(...tableDates(text));
      return out;
    };
  },
};
