/** `type: lesson` (docs/writing-entries.md): a lesson learned, from something that went wrong or went well. */
import { z } from '../zod.js';
import type { EntryTypeDescriptor } from '../entry-types.js';
import { common, date, ids, oneOf, role, slugs, text } from '../fields.js';
import { date as dateCheck, fixed, nonEmpty, ofType, refQuestion, slug, statusQuestion, taxonomy, titleQuestion } from '../questions.js';
import { ACTION_STATUS, LESSON_KIND, LESSON_STATUS, SHARE_CHANNEL } from '../vocabulary.js';
import { str } from '../../util/values.js';

export const actionSchema = z
  .strictObject({
    description: text('What will be done.'),
    owner: role('Who owns the action, as a role (e.g. "Ward Manager, Ward 7"), never a name.'),
    due: date('When the action is due'),
    status: oneOf(ACTION_STATUS, 'open, in-progress, done or cancelled.'),
    measure: text('How we will know the action worked.').optional(),
    completed: date('When the action was completed').optional(),
  })
  .meta({ description: 'An action with an owner role, a due date and a status.' });

export const lessonSchema = z
  .strictObject({
    ...common,
    type: z.literal('lesson'),
    summary: text('One paragraph, in plain language, saying what was learned.'),
    kind: oneOf(LESSON_KIND, 'improvement (something went wrong) or good-practice (something went well).'),
    status: oneOf(LESSON_STATUS),
    created: date('When the lesson was first written'),
    updated: date('When the lesson was last changed').optional(),
    themes: slugs('At least one theme from the taxonomy in lessons.config.yaml.').min(1),
    services: slugs('Services the lesson applies to, from the taxonomy.').optional(),
    audience: slugs('Who the lesson is for, from the taxonomy.').optional(),
    sources: ids('Ids of the learning sources (type: incident) this lesson came from.').optional(),
    policies: ids('Ids of the policies this lesson changed or affects.').optional(),
    actions: z.array(actionSchema).meta({ description: 'Actions taken or planned.' }).optional(),
    approved_by: role('The role or group that approved the lesson.').optional(),
    approved_on: date('When the lesson was approved').optional(),
    shared: z
      .array(
        z.strictObject({
          channel: oneOf(SHARE_CHANNEL, 'How the lesson was shared.'),
          date: date('When it was shared'),
        }),
      )
      .meta({ description: 'Where and when the lesson was shared.' })
      .optional(),
    evaluate_by: date('When to check that the lesson is embedded').optional(),
    public: z.boolean().meta({ description: 'true to include the lesson in the public digest.' }).optional(),
    public_summary: text('What changed, in plain language for patients and carers.').optional(),
    public_title: z
      .string()
      .min(5)
      .max(200)
      .meta({ description: 'A plain-language title for the public digest and site, 5 to 200 characters.' })
      .optional(),
    evaluation: z
      .strictObject({
        date: date('When embedding was checked'),
        method: text('How it was checked, e.g. re-audit, observation, staff survey, case-note review.'),
        result: text("What the check found, against the actions' measures."),
      })
      .meta({ description: 'How and when the lesson was checked to be embedded, and what was found (needed for status embedded).' })
      .optional(),
  })
  .meta({ title: 'lesson', description: 'A lesson learned (improvement or good practice).' });

export type Lesson = z.infer<typeof lessonSchema>;
export type Action = z.infer<typeof actionSchema>;

const NEW_STATUSES = ['draft', 'in-review'];

export const lessonType: EntryTypeDescriptor = {
  type: 'lesson',
  schema: lessonSchema,
  folder: 'learning',
  prefix: 'LL',
  name: 'lesson',
  noun: 'a lesson',
  label: 'Lesson',
  listFields: ['kind', 'created', 'updated', 'themes', 'services', 'public'],
  date: (d) => [d.updated, d.approved_on, d.created].map(str).find((v) => v !== undefined),
  references: [
    { field: 'sources', to: 'incident', many: true },
    { field: 'policies', to: 'policy', many: true },
  ],
  template: 'lesson.md',
  questions: ({ config, entries, today }) => {
    const tx = config.taxonomy;
    return [
      titleQuestion,
      {
        key: 'summary',
        flag: '--summary',
        opt: 'summary',
        arg: '<text>',
        message: 'Summary (one paragraph, in plain language: what was learned):',
        required: true,
        many: false,
        ask: true,
        check: nonEmpty('the summary'),
      },
      {
        key: 'kind',
        flag: '--kind',
        opt: 'kind',
        arg: '<improvement|good-practice>',
        message: 'What kind of lesson is it?',
        required: true,
        many: false,
        ask: true,
        choices: fixed(LESSON_KIND),
        closed: true,
        check: () => undefined,
      },
      statusQuestion('lesson', NEW_STATUSES, 'draft', 'A new lesson starts as draft or in-review; record the approval (approved_by, approved_on) when it is approved.'),
      {
        key: 'created',
        flag: '--created',
        opt: 'created',
        arg: '<YYYY-MM-DD>',
        message: 'Created on:',
        required: false,
        many: false,
        ask: false,
        fallback: today,
        check: dateCheck('the date', today),
      },
      {
        key: 'themes',
        flag: '--theme',
        opt: 'theme',
        arg: '<theme>',
        message: tx.themes ? 'Themes (space to select, enter when done):' : 'Themes (comma-separated, e.g. medication-safety, handover):',
        required: true,
        many: true,
        ask: true,
        ...taxonomy(tx.themes),
        check: slug,
      },
      {
        key: 'services',
        flag: '--service',
        opt: 'service',
        arg: '<service>',
        message: tx.services ? 'Services it applies to (optional; space to select, enter when done):' : 'Services it applies to (optional, comma-separated):',
        required: false,
        many: true,
        ask: true,
        ...taxonomy(tx.services),
        check: slug,
      },
      {
        key: 'audience',
        flag: '--audience',
        opt: 'audience',
        arg: '<audience>',
        message: tx.audiences ? 'Who is it for? (optional; space to select, enter when done):' : 'Who is it for? (optional, comma-separated, e.g. nursing, pharmacy):',
        required: false,
        many: true,
        ask: true,
        ...taxonomy(tx.audiences),
        check: slug,
      },
      refQuestion('sources', '--sources', 'sources', 'Which learning sources did it come from? (optional; space to select, enter when done):', ofType(entries, 'incident'), 'learning sources'),
      refQuestion('policies', '--policies', 'policies', 'Which policies does it change or affect? (optional; space to select, enter when done):', ofType(entries, 'policy'), 'policies'),
    ];
  },
};
