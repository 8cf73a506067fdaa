/**
 * The JSON Schema that editors get (`lessons schema`, .vscode/schemas/config.schema.json) and
 * `lessons validate` agree: the same mutated entries and configurations are fed to both, the
 * schema checked by ajv (draft 2020-12, with formats), and each is valid for one exactly when it
 * is valid for the other. Only the rules a schema can express are compared (fields and types,
 * real dates, the lifecycle and public rules, configured regular expressions); references,
 * the taxonomy, date order and content checks stay with validate.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { jsonSchema, type SchemaName } from '../src/model/json-schema.js';
import { openRepository } from '../src/repo/repository.js';
import { check } from './helpers/check.js';
import { CONFIG, tempRepo } from './helpers/repo.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = new Map<SchemaName, ReturnType<typeof ajv.compile>>();
function schemaOk(name: SchemaName, data: unknown): boolean {
  if (!validators.has(name)) validators.set(name, ajv.compile(jsonSchema(name)));
  return validators.get(name)!(data) as boolean;
}

/** The rules whose ground a JSON Schema covers. */
const SCHEMA_RULES = new Set(['schema', 'type/unknown', 'lifecycle/approval', 'lifecycle/shared', 'lifecycle/embedded', 'public/summary']);

function toolOk(data: Record<string, unknown>, folder: string): { ok: boolean; rules: string[] } {
  const file = `lessons/${folder}/${String(data.id)}.md`;
  const problems = check({ [file]: `---\n${stringify(data, { lineWidth: 0 })}---\n\n## What happened\n\nA dose was given late.\n` });
  const rules = problems.filter((p) => SCHEMA_RULES.has(p.rule)).map((p) => p.rule);
  return { ok: rules.length === 0, rules };
}

const LESSON = {
  id: 'LL-1',
  type: 'lesson',
  title: 'Insulin doses at ward transfer',
  summary: 'Pending doses now show on the handover screen.',
  kind: 'improvement',
  status: 'shared',
  created: '2026-09-01',
  themes: ['medication-safety'],
  approved_by: 'Medicines Safety Group',
  approved_on: '2026-09-10',
  shared: [{ channel: 'bulletin', date: '2026-09-20' }],
  evaluate_by: '2026-12-01',
  actions: [{ description: 'Add pending doses to the handover screen', owner: 'Ward Manager', due: '2026-12-01', status: 'open' }],
};

const INCIDENT = {
  id: 'INC-1',
  type: 'incident',
  title: 'Insulin dose not given during transfer',
  source: 'incident',
  occurred: '2026-09',
  service: 'adult-inpatient',
  response: 'swarm-huddle',
  status: 'open',
};

const EVALUATION = { date: '2026-11-15', method: 're-audit of 20 transfers', result: 'pending doses shown at every handover' };

type Mutation = [string, (d: Record<string, unknown>) => void, boolean];
const set = (k: string, v: unknown) => (d: Record<string, unknown>) => void (d[k] = v);
const drop = (...ks: string[]) => (d: Record<string, unknown>) => ks.forEach((k) => delete d[k]);

const lessonCases: Mutation[] = [
  ['as it is', () => undefined, true],
  ['a date that does not exist', set('created', '2026-02-30'), false],
  ['29 February in a leap year', set('created', '2024-02-29'), true],
  ['29 February in another year', set('created', '2026-02-29'), false],
  ['a date in another form', set('created', '01/09/2026'), false],
  ['approved without approved_by', (d) => { d.status = 'approved'; drop('approved_by', 'shared', 'evaluate_by')(d); }, false],
  ['approved with a blank approved_by', (d) => { d.status = 'approved'; d.approved_by = '   '; }, false],
  ['approved with its approval', (d) => { d.status = 'approved'; drop('shared', 'evaluate_by')(d); }, true],
  ['in review without approval', (d) => { d.status = 'in-review'; drop('approved_by', 'approved_on', 'shared', 'evaluate_by')(d); }, true],
  ['archived without approval', (d) => { d.status = 'archived'; drop('approved_by', 'approved_on', 'shared', 'evaluate_by')(d); }, true],
  ['shared without evaluate_by', drop('evaluate_by'), false],
  ['shared with an empty shared list', set('shared', []), false],
  ['shared without shared', drop('shared'), false],
  ['embedded without approved_on', (d) => { d.status = 'embedded'; d.evaluation = EVALUATION; drop('approved_on')(d); }, false],
  ['embedded without an evaluation', set('status', 'embedded'), false],
  ['embedded with an evaluation', (d) => { d.status = 'embedded'; d.evaluation = EVALUATION; }, true],
  ['embedded with a blank evaluation result', (d) => { d.status = 'embedded'; d.evaluation = { ...EVALUATION, result: ' ' }; }, false],
  ['embedded with an evaluation on a day that does not exist', (d) => { d.status = 'embedded'; d.evaluation = { ...EVALUATION, date: '2026-11-31' }; }, false],
  ['public without public_summary', set('public', true), false],
  ['public with a blank public_summary', (d) => { d.public = true; d.public_summary = '  '; }, false],
  ['public with public_summary', (d) => { d.public = true; d.public_summary = 'We now show pending doses at handover.'; }, true],
  ['not public, no public_summary', set('public', false), true],
  ['an unknown key', set('theme', ['falls']), false],
  ['a kind in capitals', set('kind', 'Improvement'), false],
  ['a title too short', set('title', 'Dose'), false],
  ['no themes', set('themes', []), false],
  ['an action without an owner', (d) => void delete (d.actions as Record<string, unknown>[])[0].owner, false],
  ['an action due on a day that does not exist', (d) => void ((d.actions as Record<string, unknown>[])[0].due = '2026-11-31'), false],
  ['a status that does not exist', set('status', 'published'), false],
  ['no summary', drop('summary'), false],
];

const incidentCases: Mutation[] = [
  ['as it is', () => undefined, true],
  ['occurred: a date', set('occurred', '2026-09-14'), true],
  ['occurred: month 13', set('occurred', '2026-13'), false],
  ['occurred: 30 February', set('occurred', '2026-02-30'), false],
  ['occurred: month 00', set('occurred', '2026-00'), false],
  ['occurred: a year only', set('occurred', '2026'), false],
  ['harm: a level that does not exist', set('harm', { physical: 'catastrophic' }), false],
  ['harm: known levels', set('harm', { physical: 'low', psychological: 'none' }), true],
];

function agree(name: SchemaName, folder: string, base: Record<string, unknown>, cases: Mutation[]) {
  it.each(cases)('%s', (_, mutate, expected) => {
    const data = structuredClone(base);
    mutate(data);
    const tool = toolOk(data, folder);
    const schema = schemaOk(name, data);
    expect({ tool: tool.ok, rules: tool.rules }).toMatchObject({ tool: expected });
    expect(schema, `JSON Schema says ${schema}, lessons validate says ${tool.ok} (${tool.rules.join(', ')}): ${ajv.errorsText(validators.get(name)!.errors)}`).toBe(tool.ok);
  });
}

describe('the JSON Schema and lessons validate agree', () => {
  describe('lesson', () => agree('lesson', 'learning', LESSON, lessonCases));
  describe('incident', () => agree('incident', 'incidents', INCIDENT, incidentCases));

  describe('config', () => {
    const configCases: [string, string, boolean][] = [
      ['the test config', CONFIG, true],
      ['a pii pattern', `${CONFIG}pii:\n  patterns:\n    - {name: hospital-number, pattern: "RX[0-9]{7}"}\n`, true],
      ['a pii pattern that is not a regular expression', `${CONFIG}pii:\n  patterns:\n    - {name: hospital-number, pattern: "RX[0-9"}\n`, false],
      ['a language term with a phrase', `${CONFIG}language:\n  terms:\n    - {phrase: dropped the ball, suggestion: say what made it hard}\n`, true],
      ['a language term with neither phrase nor pattern', `${CONFIG}language:\n  terms:\n    - {suggestion: say what made it hard}\n`, false],
      ['a language pattern that is not a regular expression', `${CONFIG}language:\n  terms:\n    - {pattern: "(blame", suggestion: say what made it hard}\n`, false],
      ['an unknown setting', `${CONFIG}colour: blue\n`, false],
    ];
    it.each(configCases)('%s', async (_, text, expected) => {
      const { parse } = await import('yaml');
      const dir = tempRepo({ 'lessons.config.yaml': text });
      let tool = true;
      try {
        openRepository({ start: dir });
      } catch {
        tool = false;
      }
      expect(tool).toBe(expected);
      expect(schemaOk('config', parse(text))).toBe(tool);
    });
  });
});
