/**
 * A new entry type is its descriptor, its schema and its template (issue 9): this test adds a
 * demonstration type, "safety-alert", in exactly those three pieces, and every command that
 * works per type picks it up: new, validate (schema and references), list, schema and init.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { registerEntryType } from '../src/model/entry-types.js';
import { common, ids, text } from '../src/model/fields.js';
import { statusQuestion, titleQuestion } from '../src/model/questions.js';
import { runLessons } from './helpers/cli.js';
import { CONFIG, incident, tempRepo } from './helpers/repo.js';

// 1. The template.
const template = path.join(tempRepo({ 'safety-alert.md': '## What staff must do\n\n<!-- One or two sentences. -->\n' }), 'safety-alert.md');

// 2. The schema.
const safetyAlertSchema = z
  .strictObject({
    ...common,
    type: z.literal('safety-alert'),
    summary: text('What the alert asks staff to do.'),
    status: z.enum(['open', 'withdrawn']).meta({ description: 'open or withdrawn.' }),
    sources: ids('The learning sources that led to the alert.').optional(),
  })
  .meta({ title: 'safety-alert', description: 'A local patient safety alert.' });

// 3. The descriptor.
registerEntryType({
  type: 'safety-alert',
  schema: safetyAlertSchema,
  folder: 'alerts',
  prefix: 'SA',
  name: 'safety alert',
  noun: 'a safety alert',
  label: 'Safety alert',
  listFields: ['summary'],
  date: () => undefined,
  references: [{ field: 'sources', to: 'incident', many: true }],
  template,
  questions: () => [
    titleQuestion,
    { key: 'summary', flag: '--summary', opt: 'summary', arg: '<text>', message: 'Summary:', required: true, many: false, ask: true, check: () => undefined },
    statusQuestion('safety alert', ['open'], 'open', 'A new alert is open.'),
  ],
});

describe('a demonstration entry type added in three pieces', () => {
  it('is written by new, checked by validate, listed, and has a JSON Schema', async () => {
    const dir = tempRepo({ 'lessons.config.yaml': CONFIG, 'lessons/incidents/INC-1.md': incident('INC-1') });
    const made = await runLessons(['new', 'safety-alert', '--title', 'Check the oxygen cylinder gauge', '--summary', 'Read the gauge before every transfer.', '--yes'], { cwd: dir });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const file = made.stdout.trim();
    expect(file).toMatch(/^lessons\/alerts\/SA-20261121-[0-9a-z]{4}\.md$/);
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text).toContain('type: safety-alert');
    expect(text).toContain('## What staff must do');

    expect((await runLessons(['validate', '--format', 'json'], { cwd: dir })).stdout).toContain('"errors":0');
    writeFileSync(path.join(dir, file), text.replace('status: open', 'status: open\nsources: [INC-9]'));
    const bad = JSON.parse((await runLessons(['validate', '--format', 'json'], { cwd: dir })).stdout) as { problems: { rule: string; path: string }[] };
    expect(bad.problems.map((p) => `${p.rule} ${p.path}`)).toEqual(['ref/unresolved sources.0']);

    const listed = JSON.parse((await runLessons(['list', '--type', 'safety-alert', '--json'], { cwd: dir })).stdout) as Record<string, unknown>[];
    expect(listed).toMatchObject([{ type: 'safety-alert', status: 'open', summary: 'Read the gauge before every transfer.' }]);

    const schema = JSON.parse((await runLessons(['schema', 'safety-alert'], { cwd: dir })).stdout) as { title: string };
    expect(schema.title).toBe('safety-alert');
  });

  it('gets its folder and template from init, and its JSON Schema from lessons schema', async () => {
    const dir = tempRepo({});
    const r = await runLessons(['init', 'repo'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lessons/alerts/.gitkeep');
    expect(readFileSync(path.join(dir, 'repo/templates/safety-alert.md'), 'utf8')).toContain('## What staff must do');
    // init writes only the config schema to .vscode/ (no editor applies a schema to .md front-matter).
    const schema = await runLessons(['schema', 'safety-alert'], { cwd: path.join(dir, 'repo') });
    expect(schema.stdout).toContain('"safety-alert"');
  });
});
