/** JSON Schema (draft 2020-12) generated from the zod schemas, never written by hand. */
import { z } from 'zod';
import { configSchema } from './config.js';
import { refineJsonSchema } from './json-schema-rules.js';
import { entrySchemas, ENTRY_TYPES } from './schemas.js';

export const SCHEMA_NAMES = [...ENTRY_TYPES, 'config'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const schema = name === 'config' ? configSchema : entrySchemas[name];
  return refineJsonSchema(name, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>);
}
