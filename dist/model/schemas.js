/**
 * The data model (docs/writing-entries.md): the schemas of the entry types, one module each under `types/`,
 * registered in `entry-types.ts`. This module loads them all and keeps the names the rest of the
 * code imports. Enum values and their labels live in `vocabulary.ts`.
 *
 * Field names and enum values are contracts. Every field carries a plain-language description:
 * it becomes the JSON Schema `description` editors show, and the hint in "missing field" messages.
 * Conditional requirements (approval, sharing, public summary, an authorised policy's document
 * control) are not here: they have rule ids of their own and live in `src/rules/`.
 */
import './types/index.js';
import { entryType, entryTypeNames } from './entry-types.js';
import { ACTION_STATUS, INCIDENT_STATUS, LESSON_KIND, LESSON_STATUS, PHYSICAL_HARM, POLICY_STATUS, PSYCHOLOGICAL_HARM, RESPONSE, SEIPS_SYSTEM, SHARE_CHANNEL, SOURCE_KIND, } from './vocabulary.js';
export { ID_PATTERN } from './fields.js';
export { isEntryType } from './entry-types.js';
export { actionSchema, lessonSchema } from './types/lesson.js';
export { incidentSchema } from './types/incident.js';
export { policySchema } from './types/policy.js';
export { JUST_CULTURE_GUIDE, JUST_CULTURE_OUTCOMES, JUST_CULTURE_QUESTIONS, QUESTION_ID_PATTERN, justCultureReviewSchema, } from './types/just-culture-review.js';
export { lessonStage } from './lifecycle.js';
/** The entry types, in registry order. */
export const ENTRY_TYPES = entryTypeNames();
/** Each built-in type's schema, by type (prefer `entryType(type).schema`, which also knows registered types). */
export const entrySchemas = Object.fromEntries(ENTRY_TYPES.map((t) => [t, schemaOf(t)]));
/** Each type's schema, by type. */
export function schemaOf(type) {
    return entryType(type).schema;
}
export const LESSON_KINDS = LESSON_KIND.values;
export const LESSON_STATUSES = LESSON_STATUS.values;
export const ACTION_STATUSES = ACTION_STATUS.values;
export const SHARE_CHANNELS = SHARE_CHANNEL.values;
export const SOURCE_KINDS = SOURCE_KIND.values;
const PHYSICAL_HARMS = PHYSICAL_HARM.values;
const PSYCHOLOGICAL_HARMS = PSYCHOLOGICAL_HARM.values;
export { PHYSICAL_HARMS as PHYSICAL_HARM, PSYCHOLOGICAL_HARMS as PSYCHOLOGICAL_HARM };
export const RESPONSES = RESPONSE.values;
export const INCIDENT_STATUSES = INCIDENT_STATUS.values;
export const SEIPS_SYSTEMS = SEIPS_SYSTEM.values;
export const POLICY_STATUSES = POLICY_STATUS.values;
