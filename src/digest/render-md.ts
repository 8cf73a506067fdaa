/**
 * Digests as Markdown (for an intranet page, an email or a pull request). Every value that comes
 * from front-matter goes through `mdText`, so a title with `<`, `*` or `|` stays text; the body
 * sections of lessons ("What we changed", "Questions for reflection") are the authors' own
 * Markdown and are included as written, without HTML comments and with their headings moved down.
 */
import type { ActionRow } from './actions.js';
import type { BoardDigest, Count, Digest, LessonItem, PolicyReview, PublicDigest, StaffDigest } from './build.js';
import { label } from './build.js';
import { demoteHeadings, mdText, stripComments } from './markdown.js';
import { refMarkdown } from '../site/urls.js';
import { channelName, kindName, longDate, periodText, plural, shortMonth, statusName } from './text.js';
import { ABOUT_PUBLIC, ABOUT_STAFF_DATES, TITLES, actionStates, atAGlance, boardIntro, publicIntro, staffIntro } from './wording.js';

function cell(v: string | number | null | undefined): string {
  return v === null || v === undefined || v === '' ? '–' : mdText(String(v));
}

function mdTable(headers: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[], numeric: readonly number[] = []): string {
  const head = `| ${headers.map((h) => mdText(h)).join(' | ')} |`;
  const rule = `| ${headers.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join(' | ')} |`;
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function actionsTable(rows: readonly ActionRow[], today: string): string {
  return mdTable(
    ['Due', 'Status', 'Owner', 'Lesson', 'Action'],
    rows.map((a) => [a.due ? longDate(a.due) : 'not set', `${statusName(a.status)}${a.overdue ? ` (overdue)` : ''}`, a.owner, a.lesson, a.description]),
  ).concat(rows.some((a) => a.overdue) ? `\n\nOverdue means not done or cancelled, and due before ${longDate(today)}.` : '');
}

function sectionMd(md: string | null, level: number): string {
  return md ? demoteHeadings(stripComments(md), level).trim() : '_Not recorded in the lesson._';
}

function lessonMd(l: LessonItem, level: number): string {
  const h = '#'.repeat(level);
  const meta = [
    kindName(l.kind),
    `status: ${statusName(l.status)}`,
    `themes: ${l.themes.map(label).join(', ')}`,
    l.approved_on ? `approved ${longDate(l.approved_on)}` : '',
    l.shared.length ? `shared: ${l.shared.map((s) => `${channelName(s.channel)} ${longDate(s.date)}`).join(', ')}` : '',
  ].filter(Boolean);
  const parts = [`${h} ${mdText(l.title)}`, `_${mdText(meta.join(' · '))}_ — ${mdText(l.id)}`];
  if (l.summary) parts.push(mdText(l.summary));
  parts.push(`**What we changed**`, sectionMd(l.what_we_changed, level));
  parts.push(`**Questions for reflection**`, sectionMd(l.questions, level));
  if (l.actions.length) {
    parts.push(
      '**Actions**',
      l.actions
        .map((a) => `- ${cell(a.description)} — ${cell(a.owner)}, due ${a.due ? longDate(a.due) : 'not set'} (${statusName(a.status)}${a.overdue ? ', overdue' : ''})`)
        .join('\n'),
    );
  }
  parts.push(l.url ? `Lesson ${mdText(l.id)}. Read it in full: ${refMarkdown(l)}` : `Lesson ${mdText(l.id)}.`);
  return parts.join('\n\n');
}

function header(d: Digest, title: string, intro: string): string {
  const sub = `**${mdText(d.organisation)}** · ${periodText(d.period.from, d.period.to)}${d.period.from_ref ? ` (changes since ${mdText(d.period.from_ref)})` : ''} · made on ${longDate(d.generated)}`;
  return `# ${mdText(title)}\n\n${sub}\n\n${intro}`;
}

function notes(d: Digest, extra: readonly string[]): string {
  return [...extra, ...d.notes].map((n) => `- ${n}`).join('\n');
}

export function staffMd(d: StaffDigest): string {
  const out: string[] = [header(d, TITLES.staff, staffIntro(d))];
  out.push(
    '## In this bulletin',
    [
      `- ${plural(d.summary.lessons, 'lesson')} approved or shared`,
      `- ${plural(d.summary.good_practice, 'example')} of good practice`,
      `- ${plural(d.summary.actions_due, 'action')} due in the period, ${d.summary.overdue_actions} overdue in all`,
      `- ${plural(d.summary.policies, 'policy', 'policies')} changed by this learning`,
    ].join('\n'),
  );
  out.push('## Good practice to celebrate');
  if (d.good_practice.length === 0) out.push('No good practice lessons were approved or shared in this period.');
  for (const g of d.good_practice) out.push(`### ${mdText(g.title)}`, g.summary ? mdText(g.summary) : '', g.url ? `More below, and in full: ${refMarkdown(g)}.` : `More below (${mdText(g.id)}).`);
  out.push('## Lessons by theme');
  if (d.themes.length === 0) out.push('No lessons were approved or shared in this period.');
  for (const t of d.themes) {
    out.push(`### ${mdText(t.label)}`);
    for (const l of t.lessons) out.push(lessonMd(l, 4));
  }
  out.push('## Actions due in this period');
  out.push(d.actions_due.length ? actionsTable(d.actions_due, d.generated) : 'No actions fall due in this period.');
  out.push('## Overdue actions');
  out.push(d.overdue_actions.length ? actionsTable(d.overdue_actions, d.generated) : 'No actions are overdue.');
  out.push('## Policies changed by learning');
  out.push(
    d.policies.length
      ? mdTable(
          ['Reference', 'Policy', 'Version', 'Status', 'Review date', 'Lessons'],
          d.policies.map((p) => [p.reference ?? p.id, p.title, p.version, p.status, p.review_date ? longDate(p.review_date) : null, p.lessons.join(', ')]),
        )
      : 'No policies are linked to the lessons in this bulletin.',
  );
  if (d.updated.length) {
    out.push('## Also updated in this period');
    out.push(d.updated.map((u) => `- ${mdText(u.title)} (${mdText(u.id)}), last changed ${longDate(u.changed)}`).join('\n'));
  }
  out.push('## About this bulletin', notes(d, [ABOUT_STAFF_DATES]));
  return `${out.filter((s) => s !== '').join('\n\n')}\n`;
}

export function publicMd(d: PublicDigest): string {
  const out: string[] = [header(d, TITLES.public, publicIntro())];
  const items = (list: PublicDigest['you_said_we_did']) => list.map((i) => `### ${mdText(i.title)}\n\n${mdText(i.summary)}`).join('\n\n');
  if (d.you_said_we_did.length) out.push('## You said, we did', items(d.you_said_we_did));
  if (d.what_we_learned.length) out.push('## What we learned', items(d.what_we_learned));
  if (!d.you_said_we_did.length && !d.what_we_learned.length) out.push('## What we learned', 'There are no updates to share for this period.');
  out.push('## About this page', notes(d, [ABOUT_PUBLIC]));
  return `${out.join('\n\n')}\n`;
}

function countTable(title: string, rows: readonly Count[]): string {
  return mdTable([title, 'Number'], rows.map((r) => [r.label, r.count]), [1]);
}

function policyTable(rows: readonly PolicyReview[]): string {
  return mdTable(['Reference', 'Policy', 'Version', 'Owner group', 'Review date'], rows.map((p) => [p.reference ?? p.id, p.title, p.version, p.owner_group, longDate(p.review_date)]));
}

export function boardMd(d: BoardDigest): string {
  const a = d.actions;
  const out: string[] = [header(d, TITLES.board, boardIntro(d))];
  out.push(
    '## At a glance',
    mdTable(
      ['Measure', 'Number'],
      atAGlance(d),
      [1],
    ),
  );
  out.push('## Lessons by theme', d.lessons_by_theme.length ? `${countTable('Theme', d.lessons_by_theme)}\n\nA lesson can have more than one theme.` : 'No lessons were approved or shared in this period.');
  out.push('## Lessons by status', `${countTable('Status', d.lessons_by_status)}\n\nAll lessons in the repository today.`);
  out.push('## Learning sources by kind', countTable('Source', d.sources_by_kind));
  out.push('## Harm', `${countTable('Physical harm', d.harm.physical)}\n\n${countTable('Psychological harm', d.harm.psychological)}\n\nFor the learning sources reported in the period.`);
  out.push('## Learning responses used (PSIRF)', countTable('Response', d.responses));
  out.push(
    '## Trend',
    mdTable(['Month', 'Lessons approved', 'Sources reported'], d.trend.map((t) => [shortMonth(t.month), t.lessons_approved, t.sources_reported]), [1, 2]),
  );
  out.push(
    '## Action completion',
    `${mdTable(
      ['Actions', 'Number'],
      [...actionStates(d).map((c): [string, number] => [c.label, c.count]), ['Total', a.total]],
      [1],
    )}\n\n${a.percent_complete === null ? 'There are no actions to complete.' : `${a.percent_complete}% complete (done, out of all actions not cancelled). Actions of archived lessons are not counted.`}`,
  );
  out.push('## Overdue actions', d.overdue_actions.length ? actionsTable(d.overdue_actions, d.generated) : 'No actions are overdue.');
  out.push('## Policies overdue for review', d.policies_review_overdue.length ? policyTable(d.policies_review_overdue) : 'No authorised policy is past its review date.');
  if (d.policies_review_due.length) out.push('## Policies due for review soon', policyTable(d.policies_review_due));
  out.push('## About this report', notes(d, [ABOUT_STAFF_DATES]));
  return `${out.join('\n\n')}\n`;
}

export function digestMd(d: Digest): string {
  return d.audience === 'staff' ? staffMd(d) : d.audience === 'public' ? publicMd(d) : boardMd(d);
}
