/**
 * HTML character references are read as a renderer shows them (src/rules/pii/char-refs.ts, used by
 * pii/fold.ts). Held to what we did not write: markdown-it (our renderer) on every one of the
 * 2,125 names and on numeric references, and the committed table to what the entities package's
 * own decoder gives (tools/build-entities.mjs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { withDefaults } from '../src/model/config.js';
import { characterReference, namedReferences } from '../src/rules/pii/char-refs.js';
import { fold, originalSpan } from '../src/rules/pii/fold.js';
import { identifiers, redactor } from '../src/rules/redact.js';
import { entitiesText } from '../tools/build-entities.mjs';
import { check } from './helpers/check.js';
import { lesson } from './helpers/repo.js';

const md = new MarkdownIt({ html: false });
/** What markdown-it shows for `source` (one line of text), as text. */
function rendered(source: string): string {
  return md
    .renderInline(source)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('character references', () => {
  it('the committed table is what the entities package decodes (npm run entities rebuilds it)', async () => {
    const committed = readFileSync(path.join(import.meta.dirname, '..', 'src', 'rules', 'pii', 'html-entities.txt'), 'utf8');
    expect(committed === (await entitiesText())).toBe(true);
    expect(namedReferences().size).toBe(2125);
  });

  it('every named reference reads as markdown-it shows it', () => {
    const differ: string[] = [];
    for (const [name, value] of namedReferences()) {
      const ref = characterReference(`&${name};`, 0);
      if (ref?.value !== value || rendered(`x&${name};x`) !== `x${value}x`) differ.push(name);
    }
    expect(differ).toEqual([]);
  });

  it.each([
    '&#160;', '&#xA0;', '&#Xa0;', '&#32;', '&#48;', '&#0;', '&#8;', '&#11;', '&#127;', '&#159;', '&#55296;', '&#xFFFE;', '&#x10FFFF;', '&#1114112;',
    '&#x110000;', '&#12345678;', '&#x1234567;', '&#;', '&#x;', '&E;', '&notaname;', '&nbsp', '& nbsp;', '&amp;nbsp;', 'A&E', '&#9999999;',
  ])('%s reads as markdown-it shows it', (source) => {
    const ref = characterReference(source, 0);
    const mine = ref ? ref.value + source.slice(ref.end) : source;
    expect(mine).toBe(rendered(source));
  });
});

describe('identifiers written with character references', () => {
  const config = withDefaults({ pii: { patterns: [], allow: [] } });
  const find = identifiers(config);
  it.each([
    ['999&nbsp;115&nbsp;8383', 'pii/nhs-number'],
    ['999&#160;115&#xA0;8383', 'pii/nhs-number'],
    ['999&nbsp; 115 &nbsp;8383', 'pii/nhs-number'],
    ['999&ndash;115&ndash;8383', 'pii/nhs-number'],
    ['9&#57;9 115 8383', 'pii/nhs-number'],
    ['07700&thinsp;900&thinsp;611', 'pii/phone'],
    ['Mrs&nbsp;McAllister', 'pii/name'],
    ['edith.langley&#64;example.org', 'pii/email'],
    ['LS15&nbsp;8RT', 'pii/postcode'],
  ])('%s is found as %s, over the whole reference', (written, rule) => {
    const text = `The ward spoke to ${written} at 14:00.`;
    const found = find(text).filter((f) => f.rule === rule);
    expect(found.map((f) => text.slice(f.index, f.index + f.length))).toEqual([written]);
    expect(redactor(config)(text)).toBe('The ward spoke to [identifier removed] at 14:00.');
  });

  it('folds a reference into the character it stands for, with offsets into the original', () => {
    const f = fold('a&nbsp;&nbsp;b&shy;c&ndash;d &#x41; A&E &amp;');
    expect(f.text).toBe('a bc-d A A&E &');
    expect(originalSpan(f, 0, 3)).toEqual({ index: 0, length: 14 });
    expect(originalSpan(f, 7, 1)).toEqual({ index: 29, length: 6 });
  });

  it('validate reports them at their place in the file', () => {
    const body = '\n## What happened\n\nThe ward rang 999&nbsp;115&nbsp;8383 and spoke to Mrs&nbsp;McAllister.\n';
    const problems = check({ 'lessons/learning/LL-20261001-aaaa.md': lesson('LL-20261001-aaaa', '', body) });
    expect(problems.filter((p) => p.rule.startsWith('pii/')).map((p) => `${p.rule} ${p.line}:${p.column}`)).toEqual(['pii/nhs-number 14:15', 'pii/name 14:51']);
    for (const p of problems) expect(p.message).not.toContain('8383');
  });
});
