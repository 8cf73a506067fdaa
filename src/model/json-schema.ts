/** JSON Schema (draft 2020-12) generated from the zod schemas, never written by hand. */
import { z } from './zod.js';
import { configSchema } from './config.js';
import './types/index.js';
import { entryType, entryTypeNames } from './entry-types.js';
import { refineJsonSchema } from './json-schema-rules.js';

/** The names `lessons schema` takes: every entry type, and `config`. */
export function schemaNames(): string[] {
  return [...entryTypeNames(), 'config'];
}
export type SchemaName = string;

/** The built-in names (see schemaNames() for every registered type). */
export const SCHEMA_NAMES: readonly string[] = schemaNames();

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const schema = name === 'config' ? configSchema : entryType(name).schema;
  return refineJsonSchema(name, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>);
}
