/** The staff digest (a learning bulletin): lessons by theme, good practice, actions, policies. */
import type { Block, Document } from '../../document/model.js';
import { channelName, kindName, longDate, plural, statusName } from '../../document/text.js';
import type { LessonItem, StaffDigest } from '../build.js';
import { buildStaff, label } from '../build.js';
import { ABOUT_STAFF_DATES, TITLES, staffIntro } from '../wording.js';
import { actionsBlocks, digestHead } from './common.js';

/** A lesson as a card: what kind, when approved and shared, what changed, questions, actions. */
export function lessonCard(l: LessonItem): Block {
  const meta = [
    kindName(l.kind),
    `status: ${statusName(l.status)}`,
    `themes: ${l.themes.map(label).join(', ')}`,
    l.approved_on ? `approved ${longDate(l.approved_on)}` : '',
    l.shared.length ? `shared: ${l.shared.map((s) => `${channelName(s.channel)} ${longDate(s.date)}`).join(', ')}` : '',
  ].filter(Boolean);
  const blocks: Block[] = [{ kind: 'paragraph', text: [{ em: meta.join(' · ') }, ' — ', l.id] }];
  if (l.summary) blocks.push({ kind: 'paragraph', text: l.summary });
  blocks.push(
    { kind: 'subheading', text: 'What we changed' },
    { kind: 'markdown', source: l.what_we_changed, empty: 'Not recorded in the lesson.' },
    { kind: 'subheading', text: 'Questions for reflection' },
    { kind: 'markdown', source: l.questions, empty: 'Not recorded in the lesson.' },
  );
  if (l.actions.length) {
    blocks.push(
      { kind: 'subheading', text: 'Actions' },
      {
        kind: 'list',
        items: l.actions.map((a) => `${a.description || '–'} — ${a.owner || '–'}, due ${a.due ? longDate(a.due) : 'not set'} (${statusName(a.status)}${a.overdue ? ', overdue' : ''})`),
      },
    );
  }
  // With site.base_url, a link to its page; without, nothing more: the card already gives the title and id.
  if (l.url) blocks.push({ kind: 'paragraph', text: ['Read the full lesson: ', { link: l.url, text: l.title }] });
  return { kind: 'group', heading: l.title, blocks, style: l.kind === 'good-practice' ? 'good' : 'lesson' };
}

export function staffDocument(d: StaffDigest): Document {
  const s = d.summary;
  return {
    ...digestHead(d, TITLES.staff, [staffIntro(d)]),
    sections: [
      {
        heading: 'In this bulletin',
        blocks: [
          {
            kind: 'list',
            items: [
              `${plural(s.lessons, 'lesson')} approved or shared`,
              `${plural(s.good_practice, 'example')} of good practice`,
              `${plural(s.actions_due, 'action')} due in the period, ${s.overdue_actions} overdue in all`,
              `${plural(s.policies, 'policy', 'policies')} changed by this learning`,
            ],
          },
        ],
      },
      {
        heading: 'Good practice to celebrate',
        brief: d.good_practice.length === 0,
        blocks: d.good_practice.length
          ? d.good_practice.map((g): Block => ({
              kind: 'group',
              heading: g.title,
              blocks: [
                ...(g.date ? [{ kind: 'paragraph', text: `Approved or shared ${longDate(g.date)}`, tone: 'meta' } as Block] : []),
                ...(g.summary ? [{ kind: 'paragraph', text: g.summary } as Block] : []),
                { kind: 'paragraph', text: g.url ? ['More below, and in full: ', { link: g.url, text: g.title }, '.'] : `More below (${g.id}).` },
              ],
            }))
          : [{ kind: 'paragraph', text: 'No good practice lessons were approved or shared in this period.' }],
      },
      {
        heading: 'Lessons by theme',
        brief: d.themes.length === 0,
        blocks: d.themes.length
          ? d.themes.map((t): Block => ({ kind: 'group', heading: t.label, blocks: t.lessons.map(lessonCard) }))
          : [{ kind: 'paragraph', text: 'No lessons were approved or shared in this period.' }],
      },
      {
        heading: 'Actions due in this period',
        brief: d.actions_due.length === 0,
        blocks: d.actions_due.length ? actionsBlocks('Actions due in this period, by due date', d.actions_due, d.generated) : [{ kind: 'paragraph', text: 'No actions fall due in this period.' }],
      },
      {
        heading: 'Overdue actions',
        brief: d.overdue_actions.length === 0,
        blocks: d.overdue_actions.length ? actionsBlocks('Overdue actions, by due date', d.overdue_actions, d.generated) : [{ kind: 'paragraph', text: 'No actions are overdue.' }],
      },
      {
        heading: 'Policies changed by learning',
        brief: d.policies.length === 0,
        blocks: d.policies.length
          ? [
              {
                kind: 'table',
                caption: 'Policies linked to the lessons in this bulletin',
                headers: ['Reference', 'Policy', 'Version', 'Status', 'Review date', 'Lessons'],
                rows: d.policies.map((p) => [p.reference ?? p.id, p.title, p.version, p.status, p.review_date ? longDate(p.review_date) : null, p.lessons.join(', ')]),
              },
            ]
          : [{ kind: 'paragraph', text: 'No policies are linked to the lessons in this bulletin.' }],
      },
      ...(d.updated.length
        ? [{ heading: 'Also updated in this period', blocks: [{ kind: 'list', items: d.updated.map((u) => `${u.title} (${u.id}), last changed ${longDate(u.changed)}`) } as Block] }]
        : []),
    ],
    about: { heading: 'About this bulletin', notes: [ABOUT_STAFF_DATES, ...d.notes] },
  };
}

export const staffAudience = { build: buildStaff, document: staffDocument };
