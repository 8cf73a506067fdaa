/** An entry as read from its file: where it is, its front-matter, and its id and type when valid. */
import { isEntryType } from './entry-types.js';
/** What every entry file gives: its id and type when they are valid. */
/** A field read by a name known only at run time. */
export function fieldOf(data, field) {
    return data[field];
}
export function indexEntry(file, data) {
    const id = typeof data.id === 'string' ? data.id : undefined;
    return { file, data, id, type: isEntryType(data.type) ? data.type : undefined };
}
