/** An entry named in a document: a link to its page in the learning library, or its title and id. */
import type { EntryRef } from '../model/pages.js';
import type { InlineText } from './model.js';

/** `Title` linked to its page when there is one, else `Title (LL-1)`: never a file path. */
export function entryInline(ref: EntryRef): InlineText {
  return ref.url ? [{ link: ref.url, text: ref.title }] : `${ref.title} (${ref.id})`;
}
