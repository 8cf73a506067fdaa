/** The prefilter's search for literals in any case (src/rules/language/literal-search.ts). */
import { describe, expect, it } from 'vitest';
import { literalSearch } from '../src/rules/language/literal-search.js';
import { mulberry32 } from '../tools/bench/generate.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The statement of what the search answers: the literals a case-insensitive regex finds. */
function expected(literals: readonly string[], text: string): string[] {
  return literals.filter((l) => new RegExp(escape(l), 'i').test(text)).sort();
}

function found(literals: readonly string[], text: string): string[] {
  return literalSearch(literals)(text)
    .map((i) => literals[i])
    .sort();
}

describe('literalSearch', () => {
  it.each([
    ['at the start', ['failed'], 'failed to check', ['failed']],
    ['at the end', ['failed'], 'it failed', ['failed']],
    ['as the whole text', ['lapse'], 'lapse', ['lapse']],
    ['in any case', ['failed', 'human'], 'HUMAN error, it FaIlEd', ['failed', 'human']],
    ['overlapping and nested', ['pay', 'paying', 'blame', 'blameworthiness', 'worth'], 'paying; BLAMEWORTHINESS', ['blame', 'blameworthiness', 'pay', 'paying', 'worth']],
    ['one ending inside another', ['careless', 'lesson'], 'carelesson', ['careless', 'lesson']],
    ['with a hyphen', ['sub-standard'], 'Sub-Standard care', ['sub-standard']],
    ['not across the separator', ['failed'], 'fail\n\0\ned', []],
    ['not in a longer text without it', ['failed'], 'fale'.repeat(1000), []],
    ['in an empty text', ['failed'], '', []],
    ['each once', ['more'], 'more and more and MORE', ['more']],
  ])('finds literals %s', (_what, literals, text, result) => {
    expect(found(literals, text)).toEqual(result);
    expect(found(literals, text)).toEqual(expected(literals, text));
  });

  it('folds case exactly as a /i regex does, outside ASCII too', () => {
    const literals = ['kelvin', 'stuck', 'naïve', 'σοφία', 'straße'];
    for (const text of ['\u212Aelvin', 'KELVIN', 'ſtuck', 'STUCK', 'NAÏVE', 'ΣΟΦΊΑ', 'ςοφία', 'STRASSE', 'STRAẞE', 'straße']) {
      expect(found(literals, text), text).toEqual(expected(literals, text));
    }
  });

  it('agrees with the regexes on random texts and literals', () => {
    const rand = mulberry32(1201);
    const letters = ['a', 'b', 'A', 'B', 'n', 'N', '-', ' ', '\n', '\0', 'é', 'É', '\u212A', 'k', 'K', '\ud83d\ude00'];
    const pick = () => letters[Math.floor(rand() * letters.length)];
    for (let n = 0; n < 300; n++) {
      const literals = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 6) }, () => Array.from({ length: 1 + Math.floor(rand() * 4) }, pick).join('').toLowerCase()))];
      const search = literalSearch(literals);
      for (let k = 0; k < 10; k++) {
        const text = Array.from({ length: Math.floor(rand() * 30) }, pick).join('');
        expect(
          search(text)
            .map((i) => literals[i])
            .sort(),
          `${JSON.stringify(literals)} in ${JSON.stringify(text)}`,
        ).toEqual(expected(literals, text));
      }
    }
  });
});
