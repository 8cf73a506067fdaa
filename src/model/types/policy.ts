/** `type: policy` (docs/writing-entries.md): a policy with its document-control metadata. */
import { z } from '../zod.js';
import type { EntryTypeDescriptor } from '../entry-types.js';
import { common, date, ids, oneOf, role, text } from '../fields.js';
import { statusQuestion, text as textCheck, titleQuestion } from '../questions.js';
import { POLICY_STATUS } from '../vocabulary.js';
import { str } from '../../util/values.js';

export const policySchema = z
  .strictObject({
    ...common,
    type: z.literal('policy'),
    reference: text('The document reference, e.g. FVT.CorG.011.08.'),
    version: z.string().min(1).meta({ description: 'The version, as text in quotes, e.g. "4.0".' }),
    replaces: text('The reference or id of the document this one replaces.').optional(),
    status: oneOf(POLICY_STATUS),
    audience: text('Who the policy is for, in words, e.g. "All staff and volunteers Trust wide".'),
    author: role('The author, as a role.'),
    owner_group: role('The group responsible for the policy.'),
    ratified_by: role('The group that ratified the policy.').optional(),
    ratified_on: date('When it was ratified').optional(),
    implemented_on: date('When it came into use').optional(),
    review_date: date('When it must be reviewed').optional(),
    distribution_date: date('When it was distributed').optional(),
    contact: text('Where to send questions about the policy.').optional(),
    lessons: ids('Ids of lessons that changed this policy.').optional(),
  })
  .meta({ title: 'policy', description: 'A policy with its document-control metadata.' });

export type Policy = z.infer<typeof policySchema>;

export const policyType: EntryTypeDescriptor = {
  type: 'policy',
  schema: policySchema,
  folder: 'policies',
  prefix: 'POL',
  name: 'policy',
  noun: 'a policy',
  label: 'Policy',
  listFields: ['reference', 'version', 'owner_group', 'review_date'],
  date: (d) => [d.ratified_on, d.implemented_on, d.distribution_date].map(str).find((v) => v !== undefined),
  references: [{ field: 'lessons', to: 'lesson', many: true }],
  template: 'policy.md',
  questions: () => [
    titleQuestion,
    {
      key: 'reference',
      flag: '--reference',
      opt: 'reference',
      arg: '<reference>',
      message: 'Document reference (e.g. FVT.CorG.011.08):',
      required: true,
      many: false,
      ask: true,
      check: textCheck('the reference'),
    },
    {
      key: 'version',
      flag: '--doc-version',
      opt: 'docVersion',
      arg: '<version>',
      message: 'Version (e.g. 1.0):',
      required: true,
      many: false,
      ask: true,
      check: textCheck('the version'),
    },
    {
      key: 'replaces',
      flag: '--replaces',
      opt: 'replaces',
      arg: '<reference>',
      message: 'Reference of the document it replaces (optional; leave empty to skip):',
      required: false,
      many: false,
      ask: true,
      check: textCheck('the reference'),
    },
    statusQuestion('policy', ['draft', 'consultation'], 'draft', 'A new policy starts as draft or consultation; record ratification and review dates when it is authorised.'),
    {
      key: 'audience',
      flag: '--audience',
      opt: 'audience',
      arg: '<text>',
      message: 'Who is it for? (in words, e.g. All staff and volunteers Trust wide):',
      required: true,
      many: false,
      ask: true,
      check: textCheck('the audience'),
    },
    {
      key: 'author',
      flag: '--author',
      opt: 'author',
      arg: '<role>',
      message: 'Author, as a role, not a name (e.g. Head of Patient Flow):',
      required: true,
      many: false,
      ask: true,
      check: textCheck('the author', 2),
    },
    {
      key: 'owner_group',
      flag: '--owner-group',
      opt: 'ownerGroup',
      arg: '<group>',
      message: 'Group responsible for it (e.g. Patient Safety Group):',
      required: true,
      many: false,
      ask: true,
      check: textCheck('the group'),
    },
  ],
};
