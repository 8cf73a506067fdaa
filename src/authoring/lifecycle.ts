/**
 * The lifecycle as data, for `lessons status`: each type's statuses in order, and what a status
 * needs (DESIGN §2). The rules (`lifecycle/*`) check the same requirements on any file.
 */
import { entrySchemas, type EntryType } from '../model/schemas.js';

/** The top-level fields of each type, in the order the schema (and new files) list them. */
export const FIELD_ORDER: Record<EntryType, readonly string[]> = {
  lesson: Object.keys(entrySchemas.lesson.shape),
  incident: Object.keys(entrySchemas.incident.shape),
  policy: Object.keys(entrySchemas.policy.shape),
  'just-culture-review': Object.keys(entrySchemas['just-culture-review'].shape),
};

export const LESSON_FIELDS = FIELD_ORDER.lesson;
