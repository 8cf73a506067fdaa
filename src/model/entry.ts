/** An entry as read from its file: where it is, its front-matter, and its id and type when valid. */
import type { EntryType } from './entry-types.js';

export interface IndexedEntry {
  /** Relative to the repository root, with `/` separators. */
  file: string;
  data: Record<string, unknown>;
  id?: string;
  type?: EntryType;
}
