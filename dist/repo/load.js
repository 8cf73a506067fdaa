/** Loading every entry's front-matter (no rules), for list, actions, digests and briefings. */
import path from 'node:path';
import { indexEntry } from '../model/entry.js';
import { readEntryFile } from './read.js';
import { listEntryFiles } from './repository.js';
import { tuneCompiler } from '../util/compiler.js';
export function loadEntries(repo, onFile) {
    tuneCompiler();
    const files = listEntryFiles(repo);
    const entries = [];
    const skipped = [];
    files.forEach((file, i) => {
        const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
        if (read.data)
            entries.push(indexEntry(file, read.data));
        else
            skipped.push(file);
        onFile?.(i + 1, files.length);
    });
    return { entries, skipped };
}
/** A note for stderr when some files were left out, or an empty string. */
export function skippedNote(skipped) {
    if (skipped.length === 0)
        return '';
    const shown = skipped.slice(0, 3).join(', ') + (skipped.length > 3 ? `, and ${skipped.length - 3} more` : '');
    return `${skipped.length} file${skipped.length === 1 ? '' : 's'} could not be read and ${skipped.length === 1 ? 'was' : 'were'} left out (${shown}). Run "lessons validate" to see why.`;
}
