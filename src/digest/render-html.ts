/**
 * Digests as one self-contained HTML file (see html.ts for the page rules). Headings run h1 (the
 * digest) → h2 (a section, which starts a new printed page) → h3 (a theme, or a lesson in a flat
 * list) → h4 (a lesson under a theme) → h5 (a part of a lesson).
 */
import type { ActionRow } from './actions.js';
import type { BoardDigest, Count, Digest, LessonItem, PolicyReview, PublicDigest, StaffDigest } from './build.js';
import { label } from './build.js';
import { barChart, columnChart, page, resetChartIds, sheet, table } from './html.js';
import { escapeHtml as e } from './markdown.js';
import { renderMarkdown } from '../markdown/render.js';
import { refHtml } from '../site/urls.js';
import { channelName, kindName, longDate, periodText, plural, shortMonth, statusName } from './text.js';
import { ABOUT_PUBLIC, ABOUT_STAFF_DATES, TITLES, actionStates, atAGlance, boardIntro, publicIntro, staffIntro } from './wording.js';

function subtitle(d: Digest): string {
  return `${e(periodText(d.period.from, d.period.to))}${d.period.from_ref ? ` (changes since ${e(d.period.from_ref)})` : ''} · made on ${e(longDate(d.generated))}`;
}

function footer(d: Digest, extra: readonly string[]): string {
  return [...extra, ...d.notes].map((n) => `<p>${e(n)}</p>`).join('\n');
}

function actionsTable(caption: string, rows: readonly ActionRow[]): string {
  return table(
    caption,
    ['Lesson', 'Action', 'Owner', 'Due', 'Status'],
    rows.map((a) => [a.lesson, a.description ?? '–', a.owner ?? '–', a.due ? longDate(a.due) : 'not set', `${statusName(a.status)}${a.overdue ? ' (overdue)' : ''}`]),
  );
}

function lessonHtml(l: LessonItem, level: number): string {
  const h = `h${level}`;
  const sub = `h${level + 1}`;
  const good = l.kind === 'good-practice';
  const meta = [
    l.approved_on ? `Approved ${longDate(l.approved_on)}` : '',
    l.shared.length ? `Shared: ${l.shared.map((s) => `${channelName(s.channel)} ${longDate(s.date)}`).join(', ')}` : '',
  ].filter(Boolean);
  const parts = [
    `<article class="lesson${good ? ' good' : ''}">`,
    `<${h}>${e(l.title)}</${h}>`,
    `<p><span class="tag${good ? ' good' : ''}">${e(kindName(l.kind))}</span><span class="tag">Status: ${e(statusName(l.status))}</span>${l.themes
      .map((t) => `<span class="tag">${e(label(t))}</span>`)
      .join('')}</p>`,
    meta.length ? `<p class="meta">${e(meta.join(' · '))}</p>` : '',
    l.summary ? `<p>${e(l.summary)}</p>` : '',
    `<${sub}>What we changed</${sub}>`,
    l.what_we_changed ? renderMarkdown(l.what_we_changed, { headingBase: level + 1, links: 'text' }) : '<p class="meta">Not recorded in the lesson.</p>',
    `<${sub}>Questions for reflection</${sub}>`,
    l.questions ? renderMarkdown(l.questions, { headingBase: level + 1, links: 'text' }) : '<p class="meta">Not recorded in the lesson.</p>',
  ];
  if (l.actions.length) {
    parts.push(
      `<${sub}>Actions</${sub}>`,
      `<ul>${l.actions
        .map(
          (a) =>
            `<li>${e(a.description ?? '–')} — ${e(a.owner ?? '–')}, due ${e(a.due ? longDate(a.due) : 'not set')} (${e(statusName(a.status))}${a.overdue ? ', <span class="overdue">overdue</span>' : ''})</li>`,
        )
        .join('')}</ul>`,
    );
  }
  parts.push(`<p class="meta">${l.url ? `Lesson ${e(l.id)} · read it in full: ${refHtml(l)}` : `Lesson ${e(l.id)}`}</p>`, '</article>');
  return parts.filter(Boolean).join('\n');
}

export function staffHtml(d: StaffDigest): string {
  resetChartIds();
  const s = d.summary;
  const sections: string[] = [];
  sections.push(
    sheet(
      'In this bulletin',
      `<p>${e(staffIntro(d))}</p>
<ul class="cards">
<li><strong>${s.lessons}</strong> ${e(s.lessons === 1 ? 'lesson' : 'lessons')} approved or shared</li>
<li><strong>${s.good_practice}</strong> good practice</li>
<li><strong>${s.actions_due}</strong> ${e(s.actions_due === 1 ? 'action' : 'actions')} due in the period</li>
<li><strong>${s.overdue_actions}</strong> overdue ${e(s.overdue_actions === 1 ? 'action' : 'actions')}</li>
<li><strong>${s.policies}</strong> ${e(s.policies === 1 ? 'policy' : 'policies')} changed</li>
</ul>`,
      true,
    ),
  );
  sections.push(
    sheet(
      'Good practice to celebrate',
      d.good_practice.length
        ? d.good_practice.map((g) => `<h3>${e(g.title)}</h3>\n${g.summary ? `<p>${e(g.summary)}</p>` : ''}\n<p class="meta">More under its theme below (lesson ${e(g.id)}).</p>`).join('\n')
        : '<p>No good practice lessons were approved or shared in this period.</p>',
    ),
  );
  sections.push(
    sheet(
      'Lessons by theme',
      d.themes.length
        ? d.themes.map((t) => `<h3>${e(t.label)}</h3>\n${t.lessons.map((l) => lessonHtml(l, 4)).join('\n')}`).join('\n')
        : '<p>No lessons were approved or shared in this period.</p>',
    ),
  );
  sections.push(sheet('Actions due in this period', d.actions_due.length ? actionsTable('Actions due in this period, by due date', d.actions_due) : '<p>No actions fall due in this period.</p>'));
  sections.push(
    sheet(
      'Overdue actions',
      d.overdue_actions.length
        ? `${actionsTable('Overdue actions, by due date', d.overdue_actions)}\n<p class="meta">Overdue means not done or cancelled, and due before ${e(longDate(d.generated))}.</p>`
        : '<p>No actions are overdue.</p>',
    ),
  );
  sections.push(
    sheet(
      'Policies changed by learning',
      d.policies.length
        ? table(
            'Policies linked to the lessons in this bulletin',
            ['Reference', 'Policy', 'Version', 'Status', 'Review date', 'Lessons'],
            d.policies.map((p) => [p.reference ?? p.id, p.title, p.version ?? '–', p.status ?? '–', p.review_date ? longDate(p.review_date) : '–', p.lessons.join(', ')]),
          )
        : '<p>No policies are linked to the lessons in this bulletin.</p>',
    ),
  );
  if (d.updated.length) {
    sections.push(
      sheet(
        'Also updated in this period',
        `<ul>${d.updated.map((u) => `<li>${e(u.title)} (${e(u.id)}), last changed ${e(longDate(u.changed))}</li>`).join('')}</ul>`,
      ),
    );
  }
  return page({ title: TITLES.staff, organisation: d.organisation, subtitle: subtitle(d), body: sections.join('\n'), footer: footer(d, [ABOUT_STAFF_DATES]) });
}

export function publicHtml(d: PublicDigest): string {
  resetChartIds();
  const items = (list: PublicDigest['you_said_we_did']) => list.map((i) => `<h3>${e(i.title)}</h3>\n<p>${e(i.summary)}</p>`).join('\n');
  const sections: string[] = [];
  let first = true;
  const add = (heading: string, html: string) => {
    sections.push(sheet(heading, html, first));
    first = false;
  };
  if (d.you_said_we_did.length) add('You said, we did', items(d.you_said_we_did));
  if (d.what_we_learned.length) add('What we learned', items(d.what_we_learned));
  if (!sections.length) add('What we learned', '<p>There are no updates to share for this period.</p>');
  return page({
    title: TITLES.public,
    organisation: d.organisation,
    subtitle: `${subtitle(d)}</p>\n<p>${e(publicIntro())}`,
    body: sections.join('\n'),
    footer: footer(d, [ABOUT_PUBLIC]),
  });
}

function countSection(caption: string, column: string, rows: readonly Count[], note = ''): string {
  const bars = rows.map((r) => ({ label: r.label, value: r.count }));
  return `${barChart(caption, bars)}\n${table(caption, [column, 'Number'], rows.map((r) => [r.label, r.count]), [1])}${note ? `\n<p class="meta">${e(note)}</p>` : ''}`;
}

function policyTable(caption: string, rows: readonly PolicyReview[]): string {
  return table(caption, ['Reference', 'Policy', 'Version', 'Owner group', 'Review date'], rows.map((p) => [p.reference ?? p.id, p.title, p.version ?? '–', p.owner_group ?? '–', longDate(p.review_date)]));
}

export function boardHtml(d: BoardDigest): string {
  resetChartIds();
  const a = d.actions;
  const sections: string[] = [];
  sections.push(
    sheet(
      'At a glance',
      `<p>${e(boardIntro(d))}</p>\n${table(
        'Key numbers',
        ['Measure', 'Number'],
        atAGlance(d),
        [1],
      )}`,
      true,
    ),
  );
  sections.push(
    sheet(
      'Lessons by theme',
      d.lessons_by_theme.length
        ? countSection('Lessons approved or shared in the period, by theme', 'Theme', d.lessons_by_theme, 'A lesson can have more than one theme.')
        : '<p>No lessons were approved or shared in this period.</p>',
    ),
  );
  sections.push(sheet('Lessons by status', countSection('All lessons in the repository today, by status', 'Status', d.lessons_by_status)));
  sections.push(sheet('Learning sources by kind', countSection('Learning sources reported in the period, by kind', 'Source', d.sources_by_kind)));
  sections.push(
    sheet(
      'Harm',
      `${countSection('Physical harm, learning sources reported in the period', 'Physical harm', d.harm.physical)}\n${countSection('Psychological harm, learning sources reported in the period', 'Psychological harm',
        d.harm.psychological,
      )}`,
    ),
  );
  sections.push(sheet('Learning responses used (PSIRF)', countSection('Learning responses used for sources reported in the period', 'Response', d.responses)));
  sections.push(
    sheet(
      'Trend',
      `${columnChart('Lessons approved, by month', d.trend.map((t) => ({ label: shortMonth(t.month), value: t.lessons_approved })))}
${columnChart('Learning sources reported, by month', d.trend.map((t) => ({ label: shortMonth(t.month), value: t.sources_reported })))}
${table('Lessons approved and learning sources reported, by month', ['Month', 'Lessons approved', 'Sources reported'], d.trend.map((t) => [shortMonth(t.month), t.lessons_approved, t.sources_reported]), [1, 2])}`,
    ),
  );
  const completion = actionStates(d);
  sections.push(
    sheet(
      'Action completion',
      `<p><strong>${a.percent_complete === null ? 'No actions' : `${a.percent_complete}% complete`}</strong>${
        a.percent_complete === null ? '' : ` (${e(plural(a.done, 'action'))} done out of ${a.total - a.cancelled} not cancelled).`
      } Actions of archived lessons are not counted.</p>
${countSection('Actions by state', 'State', completion)}
<h3>Overdue actions</h3>
${d.overdue_actions.length ? actionsTable('Overdue actions, by due date', d.overdue_actions) : '<p>No actions are overdue.</p>'}`,
    ),
  );
  sections.push(
    sheet(
      'Policies due for review',
      `<h3>Overdue for review</h3>
${d.policies_review_overdue.length ? policyTable('Authorised policies past their review date', d.policies_review_overdue) : '<p>No authorised policy is past its review date.</p>'}
<h3>Due for review soon</h3>
${d.policies_review_due.length ? policyTable('Authorised policies due for review soon', d.policies_review_due) : '<p>No authorised policy is due for review soon.</p>'}`,
    ),
  );
  return page({ title: TITLES.board, organisation: d.organisation, subtitle: subtitle(d), body: sections.join('\n'), footer: footer(d, [ABOUT_STAFF_DATES]) });
}

export function digestHtml(d: Digest): string {
  return d.audience === 'staff' ? staffHtml(d) : d.audience === 'public' ? publicHtml(d) : boardHtml(d);
}
