/** Folding text as a reader sees it, with offsets back into the original (src/rules/pii/fold.ts). */
import { describe, expect, it } from 'vitest';
import { fold, originalSpan } from '../src/rules/pii/fold.js';

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
