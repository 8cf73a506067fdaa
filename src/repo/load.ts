/** Loading every entry's front-matter (no rules), for list, actions, digests and briefings. */
import path from 'node:path';
import { indexEntry } from '../model/entry.js';
import type { IndexedEntry } from '../model/entry.js';
import { readEntryFile } from './read.js';
import { listEntryFiles, type Repository } from './repository.js';
import { tuneCompiler } from '../util/compiler.js';

export interface Loaded {
  entries: IndexedEntry[];
  /** Files whose front-matter could not be read (they are left out). */
  skipped: string[];
}

export function loadEntries(repo: Repository, onFile?: (done: number, total: number) => void): Loaded {
  tuneCompiler();
  const files = listEntryFiles(repo);
  const entries: IndexedEntry[] = [];
  const skipped: string[] = [];
  files.forEach((file, i) => {
    const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
    if (read.data) entries.push(indexEntry(file, read.data));
    else skipped.push(file);
    onFile?.(i + 1, files.length);
  });
  return { entries, skipped };
}

/** A note for stderr when some files were left out, or an empty string. */
export function skippedNote(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? `, and ${skipped.length - 3} more` : '');
  return `${skipped.length} file${skipped.length === 1 ? '' : 's'} could not be read and ${skipped.length === 1 ? 'was' : 'were'} left out (${shown}). Run "lessons validate" to see why.`;
}
