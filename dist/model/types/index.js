/** The built-in entry types, registered in the order they are listed everywhere (lesson first). */
import { registerEntryType } from '../entry-types.js';
import { incidentType } from './incident.js';
import { justCultureReviewType } from './just-culture-review.js';
import { lessonType } from './lesson.js';
import { policyType } from './policy.js';
for (const d of [lessonType, incidentType, policyType, justCultureReviewType])
    registerEntryType(d);
