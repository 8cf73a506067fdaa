/** An entry as read from its file: where it is, its front-matter, and its id and type when valid. */
import { isEntryType, type EntryType } from './entry-types.js';
import type { Incident } from './types/incident.js';
import type { JustCultureReview } from './types/just-culture-review.js';
import type { Action, Lesson } from './types/lesson.js';
import type { Policy } from './types/policy.js';

/** One step of a front-matter key path: a key, or an index in a list (`actions.0.due`). */
export type PathSegment = string | number;

/** Every field any built-in type has, each of unknown value (the data may not have passed its schema). */
export type Loose<T> = { readonly [K in keyof T]?: unknown };

/**
 * An entry's front-matter as read. Field names are those of the zod-inferred types, so reading a
 * field that no type has (a renamed one) is a compile error; values are `unknown` until checked,
 * because readers such as digests also see entries that have problems. Fields read by name at run
 * time (a descriptor's list fields, a type registered later) go through `fieldOf`.
 */
export type EntryData = Loose<Lesson> & Loose<Incident> & Loose<Policy> & Loose<JustCultureReview> & Loose<Action>;

export interface IndexedEntry {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  data: EntryData;
  id?: string;
  type?: EntryType;
}

/** What every entry file gives: its id and type when they are valid. */
/** A field read by a name known only at run time. */
export function fieldOf(data: EntryData | Record<string, unknown>, field: string): unknown {
  return (data as Record<string, unknown>)[field];
}

export function indexEntry(file: string, data: Record<string, unknown>): IndexedEntry {
  const id = typeof data.id === 'string' ? data.id : undefined;
  return { file, data, id, type: isEntryType(data.type) ? data.type : undefined };
}
