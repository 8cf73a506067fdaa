/**
 * SARIF checked against what we did not write: the official SARIF 2.1.0 JSON Schema (OASIS,
 * vendored from oasis-tcs/sarif-spec as tests/fixtures/schemas/sarif-schema-2.1.0.json), validated
 * by ajv, and GitHub code scanning's own requirements (help for every rule, percent-encoded
 * relative URIs, fingerprints unique per result).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { encodeUri } from '../src/reporters/sarif.js';
import { RULES } from '../src/rules/index.js';
import { PROJECT, runLessons } from './helpers/cli.js';
import { CONFIG, lesson, tempRepo, writeFiles } from './helpers/repo.js';

const schema = JSON.parse(readFileSync(path.join(PROJECT, 'tests/fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

type Result = { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] };

async function sarifOf(dir: string) {
  const r = await runLessons(['validate', '--format', 'sarif'], { cwd: dir });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const BLAME = 'Three times: human error, then human error, and human error again.';
const L = 'lessons/learning';

describe('SARIF', () => {
  it('the schema validator is real: it rejects a broken document', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] })).toBe(false);
  });

  it('validates against the official SARIF 2.1.0 schema, on the sample and on a repository full of problems', async () => {
    const dir = tempRepo({
      'lessons.config.yaml': CONFIG,
      [`${L}/ward 7 (north)/LL-1.md`]: lesson('LL-1', '', `\n## What happened\n\n${BLAME}\n`),
      [`${L}/Überweisung.md`]: lesson('LL-2').replace('id: LL-2', 'id: LL-3'),
      [`${L}/LL-4.md`]: '---\ntitle: [broken\n---\n',
    });
    for (const cwd of [PROJECT, dir]) {
      const doc = await sarifOf(cwd);
      const ok = validateSarif(doc);
      expect(ajv.errorsText(validateSarif.errors), `SARIF from ${cwd}`).toBe('No errors');
      expect(ok).toBe(true);
      // GitHub merges results that share a fingerprint into one alert: every result has its own.
      const prints = doc.runs[0].results.map((r: Result) => r.partialFingerprints['lessonsProblem/v2']);
      expect(new Set(prints).size).toBe(prints.length);
    }
  });

  it('describes every rule of the registry with help text, Markdown and a link', async () => {
    const driver = (await sarifOf(PROJECT)).runs[0].tool.driver;
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const r of driver.rules) {
      expect(r.help.text.length, r.id).toBeGreaterThan(20);
      expect(r.help.markdown, r.id).toContain(`lessons-disable-next-line ${r.id}`);
      expect(r.helpUri).toMatch(/^https:\/\/.+\/docs\/rules\.md$/);
    }
  });

  it('percent-encodes relative URIs', async () => {
    expect(encodeUri("lessons/learning/ward 7 (north)/Ü's #1.md")).toBe('lessons/learning/ward%207%20%28north%29/%C3%9C%27s%20%231.md');
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, [`${L}/ward 7/LL-1.md`]: lesson('LL-1', '', `\n## What happened\n\n${BLAME}\n`) });
    const uris = (await sarifOf(dir)).runs[0].results.map((r: Result) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) {
      expect(u).toBe('lessons/learning/ward%207/LL-1.md');
      expect(() => new URL(u, 'file:///repo/')).not.toThrow();
      expect(decodeURIComponent(new URL(u, 'file:///repo/').pathname)).toBe('/repo/lessons/learning/ward 7/LL-1.md');
    }
  });

  it('gives three identical findings in one file three fingerprints, which survive an edit elsewhere', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, [`${L}/LL-1.md`]: lesson('LL-1', '', `\n## What happened\n\n${BLAME}\n`) });
    const prints = async () =>
      (await sarifOf(dir)).runs[0].results.filter((r: Result) => r.ruleId === 'language/blame').map((r: Result) => r.partialFingerprints['lessonsProblem/v2']);
    const before = await prints();
    expect(before).toHaveLength(3);
    expect(new Set(before).size).toBe(3);

    // Lines added above the findings move them, but not their fingerprints.
    const file = path.join(dir, L, 'LL-1.md');
    writeFiles(dir, { [`${L}/LL-1.md`]: readFileSync(file, 'utf8').replace('## What happened\n', '## What happened\n\nA new first paragraph.\n\nAnd another.\n') });
    expect(await prints()).toEqual(before);
  });
});
