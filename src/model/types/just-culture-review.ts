/** `type: just-culture-review` (DESIGN §2, §4): the record of one run of the just culture guide, written by `lessons just-culture`. */
import { z } from 'zod';
import type { EntryTypeDescriptor } from '../entry-types.js';
import { common, date, id, role, text } from '../fields.js';
import { str } from '../../util/values.js';

export const JUST_CULTURE_GUIDE = 'nhs-just-culture-guide-2018';
export const JUST_CULTURE_QUESTIONS = ['1a', '2a', '2b', '2c', '3a', '3b', '3c', '4a', '4b', '4c', '5a'] as const;
export const JUST_CULTURE_OUTCOMES = ['deliberate-harm', 'substance-abuse', 'ill-health', 'system-focus', 'mitigation', 'management-action'] as const;

export const justCultureReviewSchema = z
  .strictObject({
    ...common,
    type: z.literal('just-culture-review'),
    incident: id('The id of the learning source (type: incident) the review is about.'),
    guide: z.literal(JUST_CULTURE_GUIDE).meta({ description: 'The guide used.' }),
    date: date('When the guide was used'),
    answers: z
      .partialRecord(z.enum(JUST_CULTURE_QUESTIONS), z.enum(['yes', 'no']))
      .meta({ description: 'Each question id answered, with yes or no.' }),
    path: z.array(z.enum(JUST_CULTURE_QUESTIONS)).min(1).meta({ description: 'Question ids in the order asked.' }),
    outcome: z.enum(JUST_CULTURE_OUTCOMES).meta({ description: 'The outcome the answers lead to.' }),
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
