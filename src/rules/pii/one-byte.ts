/**
 * A text in one byte a character, for the `pii/*` rules whose searches use Unicode property classes
 * (names, addresses): such searches run some three times slower on a string V8 keeps in two bytes
 * a character, which one curly quote makes of a whole text (a repository where a third of the
 * lessons were pasted from Word: validate 1.81 -> 2.31 s on 15,500 files).
 *
 * When the only characters of `text` beyond Latin-1 are curly quotes, ’ becomes ' and ‘ “ ” become
 * " (the same length: every offset stays where it was); any other text is returned as it is. A rule
 * may read this only if every one of its tests treats ’ as it treats ' and none names ‘ “ ” or "
 * (pii/name and pii/address: each class and check that has one has both). What a rule reports
 * (the found text, the allow list) it still takes from the original. tests/pii-v2.test.ts compares
 * both readings.
 */
export function oneByte(text: string): string {
  if (text === last) return lastOneByte;
  let out = text;
  if (BEYOND_LATIN1.test(text) && !OTHER_WIDE.test(text)) {
    // The replacement may still be kept in two bytes a character; Latin-1 bytes read back are kept in one.
    out = Buffer.from(text.replace(CURLY, (q) => (q === '\u2019' ? "'" : '"')), 'latin1').toString('latin1');
  }
  last = text;
  lastOneByte = out;
  return out;
}
/** The last text asked for and its answer: the rules that read it are asked in turn for the same text. */
let last: string | undefined;
let lastOneByte = '';
/** A character beyond Latin-1: one makes V8 keep the whole string in two bytes a character. */
export const BEYOND_LATIN1 = /[^\0-\xff]/;
const CURLY = /[\u2018\u2019\u201C\u201D]/g;
const OTHER_WIDE = /[^\0-\xff\u2018\u2019\u201C\u201D]/;
