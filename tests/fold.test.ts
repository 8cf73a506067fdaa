/** Folding text as a reader sees it, with offsets back into the original (src/rules/pii/fold.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fold, foldStarts, originalSpan, PLAIN, SLUG, TABLE, type Scan } from '../src/rules/pii/fold.js';
import { mulberry32 } from '../tools/bench/generate.js';

/** The original text under the folded occurrence of `needle`. */
function under(text: string, needle: string, options = {}): string {
  const f = fold(text, options);
  const at = f.text.indexOf(needle);
  expect(at, `"${needle}" in "${f.text}"`).toBeGreaterThanOrEqual(0);
  const span = originalSpan(f, at, needle.length);
  return text.slice(span.index, span.index + span.length);
}

describe('fold', () => {
  it.each([
    ['no-break spaces', '943\u00A0476\u00A05919', '943 476 5919'],
    ['narrow and thin spaces', '943\u202F476\u20095919', '943 476 5919'],
    ['zero-width characters', '943\u200B476\u200D5919\uFEFF', '9434765919'],
    ['fullwidth digits', '９４３ ４７６ ５９１９', '943 476 5919'],
    ['en dashes and minus signs', '943\u2013476\u22125919', '943-476-5919'],
    ['middle dots', '943\u00B7476\u00B75919', '943.476.5919'],
    ['runs of spaces and tabs', '943  476\t\t5919', '943 476 5919'],
    ['a line break inside a paragraph', 'NHS number 943 476\n   5919 was seen', 'NHS number 943 476 5919 was seen'],
    ['emphasis and code round digits', '943 **476** `5919`', '943 476 5919'],
    ['backslash escapes', 'Mrs\\_McAllister \\*', 'Mrs_McAllister *'],
    ['inline HTML', '<b>943</b> 476 <span class="x">5919</span>', '943 476 5919'],
    ['soft hyphens', 'McAl\u00ADlister', 'McAllister'],
  ])('%s', (_what, text, folded) => {
    expect(fold(text).text).toBe(folded);
  });

  it('keeps paragraph breaks, list items, headings, quotes and table rows on their own lines', () => {
    const text = 'One line\n\nNext para\n- item\n# Heading\n> quote\n| a | b |\n| 1 | 2 |\n1. first';
    expect(fold(text).text).toBe(text);
  });

  it('leaves plain text alone and keeps intraword underscores and spaced stars', () => {
    for (const t of ['The patient was moved to Ward 7.', 'first_name and 3 * 4', 'w***@example.nhs.uk']) expect(fold(t).text).toBe(t);
  });

  it('reads dashes, underscores and dots as spaces in slugs and file names', () => {
    expect(fold('nhs-943_476.5919.md', { slug: true }).text).toBe('nhs 943 476 5919 md');
  });

  it('maps a folded match back to the whole original span', () => {
    expect(under('NHS 943\u00A0476\u200B 5919, seen', '943 476 5919')).toBe('943\u00A0476\u200B 5919');
    expect(under('x **943** 476 5919 y', '943 476 5919')).toBe('943** 476 5919');
    expect(under('call ０７７００ ９００１２３ now', '07700 900123')).toBe('０７７００ ９００１２３');
    expect(under('Mrs\n  McAllister said', 'Mrs McAllister')).toBe('Mrs\n  McAllister');
    expect(under('<i>Mrs</i> McAllister', 'Mrs McAllister')).toBe('Mrs</i> McAllister');
    expect(under('plain text', 'text')).toBe('text');
  });
});

/**
 * Where folding starts was one regex per kind of text, which `foldStarts` replaced with native
 * searches for speed. The regexes are the statement of what it must find: the same index, from
 * every position of every text.
 */
describe('foldStarts finds where the one regex did', () => {
  const REGEX = new Map<Scan, RegExp>([
    [PLAIN, /[\u0080-\uffff\t*_`~\\<]| [ \t\n]|\n[ \t]/g],
    [TABLE, /[\u0080-\uffff\t\n*_`~\\<]| [ \t\n]/g],
    [SLUG, /[\u0080-\uffff\t\n*_`~\\<./-]| [ \t\n]/g],
  ]);
  const agree = (text: string) => {
    for (const [scan, re] of REGEX) {
      // Asked in increasing order, as fold asks, stepping by 1, 2 or 3.
      for (let step = 1; step <= 3; step++) {
        const next = foldStarts(text, scan);
        for (let from = 0; from <= text.length; from += step) {
          re.lastIndex = from;
          const expected = re.exec(text)?.index ?? -1;
          expect(next(from), `${JSON.stringify(text)} from ${from}`).toBe(expected);
          if (expected === -1) break;
        }
      }
    }
  };

  it('at the start and end of a text, next to the separator, and with nothing to find', () => {
    for (const text of ['', ' ', '  ', '\n', '\n ', ' \n', 'a', 'a ', 'a  ', '*a', 'a*', '\u00A0', 'x\u00A0', '\u00A0x', 'é', '\ud83d\ude00', 'ab\n\0\ncd', 'a \n\0\n b', '\n\0\n*', '\t', 'a\t', 'plain text, nothing to fold.'])
      agree(text);
  });

  it('on random texts of the characters that matter', () => {
    const rand = mulberry32(20261201);
    const alphabet = ['a', 'b', '1', ' ', ' ', '\n', '\t', '\0', '*', '_', '`', '~', '\\', '<', '>', '|', '-', '.', '/', '\u00A0', '\u200B', '\u2013', 'é', '９', '\ud83d\ude00', '\ud800'];
    for (let n = 0; n < 600; n++) {
      let text = '';
      const length = Math.floor(rand() * 40);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
      agree(text);
    }
  });
});

describe('fold at the edges of the native searches', () => {
  it.each([
    ['a mark at the start', '**943** 476', '943 476'],
    ['a mark at the end', '943 **476**', '943 476'],
    ['a space run at the end', '943 476  ', '943 476 '],
    ['trailing spaces before a line break', '943 \n476', '943 476'],
    ['a line break then indentation at the end', 'para\n  ', 'para\n '],
    ['a no-break space at the end', '943\u00A0', '943 '],
    ['a zero-width space at the start', '\u200B943', '943'],
    ['marks next to the separator', 'a**\n\0\n**b', 'a\n\0\nb'],
    ['spaces next to the separator', 'a  \n\0\n  b', 'a\n\0\n b'],
    ['a table keeps its line breaks', '| a  | b |\n| 1 | 2 |', '| a | b |\n| 1 | 2 |'],
  ])('%s', (_what, text, folded) => {
    expect(fold(text).text).toBe(folded);
  });
});

describe('every character outside ASCII folds as it did', () => {
  // Each code point of the Basic Multilingual Plane (but surrogates), the mathematical letters and
  // digits and the enclosed alphanumerics, twice, then after a dash. The digest of the folded texts
  // and of two mapped offsets is the same from the build of 2026-11 (before the speed work) to now.
  it('on 64,896 code points', () => {
    const h = createHash('sha256');
    const ranges = [[0x80, 0xd7ff], [0xe000, 0xffff], [0x1d400, 0x1d7ff], [0x1f100, 0x1f2ff]];
    for (const [a, b] of ranges) {
      for (let c = a; c <= b; c++) {
        const ch = String.fromCodePoint(c);
        const f = fold(`a${ch}${ch} b-${ch}`);
        h.update(`${f.text}\u0001${f.start(2)},${f.end(3)}\u0002`);
      }
    }
    expect(h.digest('hex')).toBe('f3157568754293d2c032f9dc6b0fd87879c84bc32c18f8dbc6111ff15f78ae85');
  });
});
