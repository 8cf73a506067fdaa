/** `type: just-culture-review` (docs/writing-entries.md, docs/just-culture.md): the record of one run of the just culture guide, written by `lessons just-culture`. */
import { z } from '../zod.js';
import type { EntryTypeDescriptor } from '../entry-types.js';
import { common, date, id, ID_PATTERN, role, text } from '../fields.js';
import { str } from '../../util/values.js';

export const JUST_CULTURE_GUIDE = 'nhs-just-culture-guide-2018';
/** A question id of a just culture guide, e.g. "3b". */
export const QUESTION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
/** The built-in 2018 guide's question ids and outcome codes (a repository guide has its own). */
export const JUST_CULTURE_QUESTIONS = ['1a', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c', '5a'] as const;
export const JUST_CULTURE_OUTCOMES = ['deliberate-harm', 'substance-abuse', 'ill-health', 'system-focus', 'mitigation', 'management-action'] as const;

export const justCultureReviewSchema = z
  .strictObject({
    ...common,
    type: z.literal('just-culture-review'),
    incident: id('The id of the learning source (type: incident) the review is about.'),
    guide: id(`The guide used: ${JUST_CULTURE_GUIDE} (built in) or the id of a guide file in guides/.`),
    guide_version: z
      .string()
      .min(1)
      .meta({ description: 'The version of the guide used (its "version"). Records made before guides had versions leave it out: the newest version is assumed.' })
      .optional(),
    date: date('When the guide was used'),
    answers: z
      .record(z.string().regex(QUESTION_ID_PATTERN), z.enum(['yes', 'no']))
      .meta({ description: 'Each question id answered, with yes or no.' }),
    path: z.array(z.string().regex(QUESTION_ID_PATTERN)).min(1).meta({ description: 'Question ids in the order asked.' }),
    outcome: z
      .string()
      .regex(ID_PATTERN)
      .meta({ description: `The outcome the answers lead to (for ${JUST_CULTURE_GUIDE}: ${JUST_CULTURE_OUTCOMES.join(', ')}).` }),
    facilitator: role('Who facilitated, as a role.').optional(),
    notes: text('Notes, with no names.').optional(),
  })
  .meta({ title: 'just-culture-review', description: 'A record of one run of the NHS just culture guide.' });

export type JustCultureReview = z.infer<typeof justCultureReviewSchema>;

export const justCultureReviewType: EntryTypeDescriptor = {
  type: 'just-culture-review',
  schema: justCultureReviewSchema,
  folder: 'reviews',
  prefix: 'JC',
  name: 'just culture review',
  noun: 'a just culture review',
  label: 'Just culture review',
  listFields: ['incident', 'date', 'outcome'],
  date: (d) => str(d.date),
  references: [{ field: 'incident', to: 'incident', many: false }],
  // Written by `lessons just-culture`, never by `lessons new`: no template, no questions.
};
