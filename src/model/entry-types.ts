/**
 * The entry types, each described once: its schema, folder, id prefix, how it is named in
 * messages and headings, which fields `list` shows, the date `list --since` reads, the fields that
 * reference other entries, its template and the questions `lessons new` asks. The CLI choices,
 * `new`, `init`, `list`, `review`, the reference rules and the editor settings all read this
 * registry, so a new type is its descriptor (with its schema) and its template.
 */
import type { z } from 'zod';
import type { Config } from './config.js';
import type { IndexedEntry } from './entry.js';
import type { Question } from './questions.js';

export type EntryType = string;

export interface Reference {
  /** The front-matter field holding the id (or ids). */
  field: string;
  /** The type the id must name. */
  to: EntryType;
  many: boolean;
}

export interface QuestionContext {
  config: Config;
  entries: readonly IndexedEntry[];
  today: string;
}

export interface EntryTypeDescriptor {
  type: EntryType;
  schema: z.ZodObject;
  /** The content folder `new` writes it to, e.g. `learning`. */
  folder: string;
  /** The default id prefix, e.g. `LL`. */
  prefix: string;
  /** What people call it, in lower case: "lesson", "learning source". */
  name: string;
  /** The same with its article, for messages: "a lesson", "a learning source". */
  noun: string;
  /** For headings: "Lesson", "Learning source". */
  label: string;
  /** Fields `lessons list --json` shows besides id, type, title, status and file. */
  listFields: readonly string[];
  /** The date the entry was last recorded as changing, for `list --since` (and the list's DATE column). */
  date(data: Record<string, unknown>): string | undefined;
  references: readonly Reference[];
  /** The built-in template's file in the project's `templates/` folder, when `lessons new` writes this type. */
  template?: string;
  /** What `lessons new` asks, in the order asked and written (types `new` writes). */
  questions?(ctx: QuestionContext): Question[];
}

const registry = new Map<EntryType, EntryTypeDescriptor>();

/** Adds a type (the built-in ones are added by model/types/index.ts). */
export function registerEntryType(d: EntryTypeDescriptor): void {
  registry.set(d.type, d);
}

export function entryTypes(): EntryTypeDescriptor[] {
  return [...registry.values()];
}

export function entryTypeNames(): EntryType[] {
  return [...registry.keys()];
}

export function isEntryType(value: unknown): value is EntryType {
  return typeof value === 'string' && registry.has(value);
}

export function entryType(type: EntryType): EntryTypeDescriptor {
  const d = registry.get(type);
  if (!d) throw new Error(`unknown entry type ${type}`);
  return d;
}

/** "a learning source (type: incident)": the noun, with the type's own name when it reads differently. */
export function nounWithType(type: EntryType): string {
  const d = entryType(type);
  return d.name.replace(/ /g, '-') === d.type ? d.noun : `${d.noun} (type: ${d.type})`;
}

/** The types `lessons new` can write. */
export function writableTypes(): EntryTypeDescriptor[] {
  return entryTypes().filter((d) => d.template !== undefined && d.questions !== undefined);
}
