/**
 * Built-in data files (the just culture guide, the bank holiday calendar, the language terms) are checked when lessons
 * is built, and runs use the checked data while the file is unchanged (src/repo/data-file.ts).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkedFileOf, checkedFileText, DataFileError, parseBuiltInDataFile } from '../src/repo/data-file.js';
import { checkCalendarFile } from '../src/repo/calendar.js';
import { checkGuideFile } from '../src/repo/guide.js';
import { compileTerms, termSource } from '../src/rules/language/blame.js';
import { checkTermsFile, type Term } from '../src/rules/language/terms-file.js';
import { requiredLiteralSets } from '../src/rules/language/literals.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

describe('built-in data checked at build time', () => {
  it.each([
    ['the bank holiday calendar', checkCalendarFile, 'repo/calendars/bank-holidays-england-and-wales'],
    ['the just culture guide', checkGuideFile, 'repo/guides/nhs-just-culture-guide-2018'],
    ['the language terms', checkTermsFile, 'rules/language/terms'],
  ])('%s: the checked data in dist/ is what checking the file gives now', (_what, check, name) => {
    const { source, data } = check();
    const checked = path.join(DIST, `${name}.checked.json`);
    expect(existsSync(checked)).toBe(true);
    expect(readFileSync(checked, 'utf8')).toBe(checkedFileText(source, data));
  });

  it('uses the checked data only while the data file is unchanged; an edited file is checked again', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-built-in-'));
    const file = path.join(dir, 'data.yaml');
    const schema = z.strictObject({ n: z.number() });
    const opts = { shown: file, schema, what: 'the test data' };
    writeFileSync(file, 'n: 1\n');
    // What the build would write, but with different data: proof that it is used.
    writeFileSync(checkedFileOf(file), checkedFileText('n: 1\n', { n: 99 }));
    expect(parseBuiltInDataFile('n: 1\n', file, opts)).toEqual({ n: 99 });
    // An edited file: checked as usual (a broken one fails with its line and column).
    expect(parseBuiltInDataFile('n: 2\n', file, opts)).toEqual({ n: 2 });
    expect(() => parseBuiltInDataFile('n: two\n', file, opts)).toThrow(DataFileError);
    // No checked data at all: checked as usual.
    expect(parseBuiltInDataFile('n: 3\n', path.join(dir, 'other.yaml'), opts)).toEqual({ n: 3 });
  });

  it('the literal sets kept in dist/ with the terms are the ones the analysis gives now, and a term compiled from them finds what it did', () => {
    // The fingerprint covers the terms file, not literals.ts: a change to the analysis without a
    // rebuild would leave runs with sets it no longer gives.
    const kept = JSON.parse(readFileSync(path.join(DIST, 'rules/language/terms.checked.json'), 'utf8')) as { data: { terms: Term[]; literals: Record<string, string[][] | null> } };
    const { data } = checkTermsFile();
    expect(Object.keys(kept.data.literals).sort()).toEqual(data.terms.map((t) => termSource(t)).sort());
    for (const [source, sets] of Object.entries(kept.data.literals)) expect(sets, source).toEqual(requiredLiteralSets(source));
    const find = compileTerms(data.terms);
    expect(find('It was human error, and he failed to check.').map((m) => m.rule)).toEqual(['language/blame', 'language/blame']);
  });
});
