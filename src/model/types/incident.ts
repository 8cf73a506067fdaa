/** `type: incident` (docs/writing-entries.md): a learning source — an incident, complaint, inquest, review, audit or good care. */
import { z } from '../zod.js';
import type { EntryTypeDescriptor } from '../entry-types.js';
import { isIsoDate, isIsoMonth, startOfPeriod } from '../dates.js';
import { common, date, ids, oneOf, role, slug, text } from '../fields.js';
import { checkFactor, date as dateCheck, fixed, monthOrDate, slug as slugCheck, statusQuestion, taxonomy, titleQuestion } from '../questions.js';
import { FEEDBACK_CHANNEL, INCIDENT_STATUS, PHYSICAL_HARM, PSYCHOLOGICAL_HARM, RESPONSE, SEIPS_SYSTEM, SOURCE_KIND } from '../vocabulary.js';
import { str } from '../../util/values.js';

export const incidentSchema = z
  .strictObject({
    ...common,
    type: z.literal('incident'),
    source: oneOf(SOURCE_KIND, 'What kind of learning source this is.'),
    occurred: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .refine((v) => isIsoMonth(v) || isIsoDate(v), { error: 'not-a-real-date' })
      .meta({ description: 'When it happened: a month (YYYY-MM, preferred) or a date (YYYY-MM-DD).' }),
    reported: date('When it was reported').optional(),
    service: slug.meta({ description: 'The service involved, from the taxonomy.' }),
    harm: z
      .strictObject({
        physical: oneOf(PHYSICAL_HARM, 'none, low, moderate, severe or fatal.').optional(),
        psychological: oneOf(PSYCHOLOGICAL_HARM, 'none, low, moderate or severe.').optional(),
      })
      .meta({ description: 'Levels of physical and psychological harm.' })
      .optional(),
    response: oneOf(RESPONSE, 'The PSIRF learning response used.'),
    status: oneOf(INCIDENT_STATUS, 'open, under-review or closed.'),
    external_refs: z
      .array(
        z.strictObject({
          system: text('The other system, e.g. LFPSE or the local risk system.'),
          ref: text('The reference in that system.'),
        }),
      )
      .meta({ description: 'References in other systems.' })
      .optional(),
    contributory_factors: z
      .array(
        z.strictObject({
          system: oneOf(SEIPS_SYSTEM, 'The part of the work system (SEIPS).'),
          description: text('What in that part of the system contributed.'),
        }),
      )
      .meta({ description: 'Contributory factors, by part of the work system.' })
      .optional(),
    lessons: ids('Ids of lessons learned from this source; each must list this entry in its sources.').optional(),
    // Clocks (issue 15; the deadlines they give are worked out in src/repo/clocks.ts).
    received: date('When the report, complaint or claim was received; statutory clocks start here').optional(),
    acknowledged: date('When receipt was acknowledged (a complaint: within 3 working days of receipt)').optional(),
    response_due: date(
      'When the response is due, as agreed or extended; leave out to use the statutory default (a Prevention of Future Deaths report: 56 days after received; a complaint: 6 months after received)',
    ).optional(),
    responded: date('When the response was sent').optional(),
    response_started: date('When the learning response (e.g. a PSII) started').optional(),
    agreed_completion: date('When the learning response is to be completed, as agreed with the patient or family').optional(),
    response_completed: date('When the learning response was completed').optional(),
    response_owner: role('Who is responsible for the response, as a role (e.g. "Head of Patient Experience"), never a name.').optional(),
    feedback: z
      .strictObject({
        date: date('When feedback was given'),
        channel: oneOf(FEEDBACK_CHANNEL, 'How: letter, email, phone, meeting, reporting-system or other.'),
      })
      .meta({ description: 'Feedback given to whoever reported it or complained: what was learned and changed.' })
      .optional(),
  })
  .meta({ title: 'incident', description: 'A learning source: incident, complaint, claim, inquest, review, audit or good care.' });

export type Incident = z.infer<typeof incidentSchema>;

export const incidentType: EntryTypeDescriptor = {
  type: 'incident',
  schema: incidentSchema,
  folder: 'incidents',
  prefix: 'INC',
  name: 'learning source',
  noun: 'a learning source',
  label: 'Learning source',
  listFields: ['source', 'occurred', 'reported', 'service', 'response', 'harm'],
  date: (d) => {
    const v = [d.reported, d.occurred].map(str).find((x) => x !== undefined);
    return v && startOfPeriod(v);
  },
  references: [{ field: 'lessons', to: 'lesson', many: true }],
  template: 'incident.md',
  questions: ({ config, today }) => {
    const tx = config.taxonomy;
    return [
      titleQuestion,
      {
        key: 'source',
        flag: '--source',
        opt: 'source',
        arg: '<kind>',
        message: 'What kind of learning source is it?',
        required: true,
        many: false,
        ask: true,
        choices: fixed(SOURCE_KIND),
        closed: true,
        check: () => undefined,
      },
      {
        key: 'occurred',
        flag: '--occurred',
        opt: 'occurred',
        arg: '<YYYY-MM>',
        message: 'When did it happen? (YYYY-MM; a month is enough and identifies less):',
        required: true,
        many: false,
        ask: true,
        check: monthOrDate('the date', today),
      },
      {
        key: 'reported',
        flag: '--reported',
        opt: 'reported',
        arg: '<YYYY-MM-DD>',
        message: 'When was it reported? (YYYY-MM-DD, optional; leave empty to skip):',
        required: false,
        many: false,
        ask: true,
        check: dateCheck('the date', today),
      },
      {
        key: 'service',
        flag: '--service',
        opt: 'service',
        arg: '<service>',
        message: tx.services ? 'Which service was involved?' : 'Which service was involved? (one word, e.g. adult-inpatient):',
        required: true,
        many: false,
        ask: true,
        ...taxonomy(tx.services),
        check: slugCheck,
      },
      {
        key: 'response',
        flag: '--response',
        opt: 'response',
        arg: '<response>',
        message: 'Which PSIRF learning response is used?',
        required: true,
        many: false,
        ask: true,
        choices: fixed(RESPONSE),
        closed: true,
        check: () => undefined,
      },
      // Issue 12: harm and contributory factors, asked with nothing pre-selected.
      {
        key: 'harm.physical',
        flag: '--harm-physical',
        opt: 'harmPhysical',
        arg: `<${PHYSICAL_HARM.values.join('|')}>`,
        message: 'Physical harm to the patient (choose "not recorded yet" if it is not known):',
        required: false,
        many: false,
        ask: true,
        pick: true,
        choices: [...fixed(PHYSICAL_HARM), { value: '', name: 'Not recorded yet (leave out)' }],
        closed: true,
        check: () => undefined,
      },
      {
        key: 'harm.psychological',
        flag: '--harm-psychological',
        opt: 'harmPsychological',
        arg: `<${PSYCHOLOGICAL_HARM.values.join('|')}>`,
        message: 'Psychological harm (choose "not recorded yet" if it is not known):',
        required: false,
        many: false,
        ask: true,
        pick: true,
        choices: [...fixed(PSYCHOLOGICAL_HARM), { value: '', name: 'Not recorded yet (leave out)' }],
        closed: true,
        check: () => undefined,
      },
      {
        key: 'contributory_factors',
        flag: '--contributory-factor',
        opt: 'contributoryFactor',
        arg: '"<system>: <what contributed>"',
        message: 'Contributory factors, by part of the work system (SEIPS):',
        required: false,
        many: true,
        ask: true,
        whole: true,
        factors: true,
        choices: fixed(SEIPS_SYSTEM),
        check: checkFactor(SEIPS_SYSTEM.values),
      },
      statusQuestion('incident', INCIDENT_STATUS.values, 'open', 'Use open, under-review or closed.'),
    ];
  },
};
