import { describe, expect, it } from 'vitest';
import { jsonSchema, SCHEMA_NAMES } from '../src/model/json-schema.js';
import { entrySchemas } from '../src/model/schemas.js';
import { runLessons } from './helpers/cli.js';
import { tempRepo } from './helpers/repo.js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

describe('JSON Schema', () => {
  // The committed copies are the contract editors use; a change to the zod schemas fails here
  // until the snapshot is deliberately updated (vitest -u) and reviewed.
  it.each(SCHEMA_NAMES)('%s matches its committed snapshot', async (name) => {
    await expect(`${JSON.stringify(jsonSchema(name), null, 2)}\n`).toMatchFileSnapshot(`./__snapshots__/schemas/${name}.schema.json`);
  });

  it('requires exactly the fields the zod schemas require', () => {
    for (const [type, schema] of Object.entries(entrySchemas)) {
      const required = Object.entries(schema.shape)
        .filter(([, s]) => !s.safeParse(undefined).success)
        .map(([k]) => k)
        .sort();
      expect((jsonSchema(type as keyof typeof entrySchemas).required as string[]).slice().sort()).toEqual(required);
    }
  });

  it('lessons schema prints one type, or writes a file per type with --out', async () => {
    const dir = tempRepo({ 'lessons/.keep': '' });
    const one = await runLessons(['schema', 'policy'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout).properties.reference.type).toBe('string');
    const out = await runLessons(['schema', '--out', 'schemas'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(readdirSync(path.join(dir, 'schemas')).sort()).toEqual(SCHEMA_NAMES.map((n) => `${n}.schema.json`).sort());
    expect(JSON.parse(readFileSync(path.join(dir, 'schemas/lesson.schema.json'), 'utf8')).title).toBe('lesson');
    expect((await runLessons(['schema', 'lessons'], { cwd: dir })).code).toBe(2);
  });
});
