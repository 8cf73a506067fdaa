/** An entry as read from its file: where it is, its front-matter, and its id and type when valid. */
import { isEntryType, type EntryType } from './entry-types.js';

/** One step of a front-matter key path: a key, or an index in a list (`actions.0.due`). */
export type PathSegment = string | number;

export interface IndexedEntry {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  data: Record<string, unknown>;
  id?: string;
  type?: EntryType;
}

/** What every entry file gives: its id and type when they are valid. */
export function indexEntry(file: string, data: Record<string, unknown>): IndexedEntry {
  const id = typeof data.id === 'string' ? data.id : undefined;
  return { file, data, id, type: isEntryType(data.type) ? data.type : undefined };
}
