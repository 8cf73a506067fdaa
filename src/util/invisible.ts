/**
 * Characters that text pasted from Word, Outlook or a PDF brings in and a reader cannot see, or
 * sees as an ordinary space: the one list. pii/fold.ts reads them as a reader does (spaces as a
 * space, the invisible ones as nothing); messages that quote a value name them (`invisibleNote`),
 * since `"done "` with a no-break space looks like `"done "` with a plain one.
 */

/** Zero-width characters and the soft hyphen: shown as nothing. */
export const ZERO_WIDTH = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;
/** The tab and every Unicode space other than U+0020: shown as a space. */
export const SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

const NAMES: Record<string, string> = {
  '\u00A0': 'a no-break space',
  '\u202F': 'a narrow no-break space',
  '\u2007': 'a figure space',
  '\u2009': 'a thin space',
  '\u200A': 'a hair space',
  '\u3000': 'an ideographic space',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a zero-width no-break space',
  '\u00AD': 'a soft hyphen',
  '\t': 'a tab',
};

const ANY = new RegExp(`${SPACE.source}|${ZERO_WIDTH.source}`, 'g');

/**
 * For a message that quotes `value`: a sentence naming the unusual spaces and invisible characters
 * in it (with a leading space), or '' when it has none.
 */
export function invisibleNote(value: string): string {
  const found = [...new Set(value.match(ANY) ?? [])];
  if (found.length === 0) return '';
  const names = [...new Set(found.map((c) => NAMES[c] ?? (SPACE.test(c) ? 'an unusual space' : 'an invisible character')))];
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return ` It contains ${list}, which text pasted from Word or a PDF often brings: delete the value and type it again.`;
}
