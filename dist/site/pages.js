/**
 * The page templates of the learning library. Every page has the same frame: a skip link, the
 * site header with navigation and a search box, one `<main>` with one `<h1>`, headings in order,
 * and a footer. Every value taken from an entry goes through `Page.t` (the privacy boundary, then
 * HTML escaping); the Markdown body goes through src/document/markdown-html.ts with the same function.
 */
import { escapeHtml } from '../document/markdown-source.js';
import { label } from '../digest/build.js';
import { PHYSICAL_HARM, PSYCHOLOGICAL_HARM, RESPONSE, SEIPS_SYSTEM, SOURCE_KIND } from '../model/vocabulary.js';
import { channelName, kindName, longDate, statusName } from '../document/text.js';
import { paragraph } from '../document/model.js';
import { renderBlocksHtml } from '../document/render-html.js';
import { isOverdue } from '../model/lifecycle.js';
import { entryPagePath, relativeTo, servicePagePath, themePagePath } from '../model/pages.js';
export const STAFF_NAV = [
    { path: 'index.html', label: 'Home' },
    { path: 'search.html', label: 'Search' },
    { path: 'timeline.html', label: 'Timeline' },
    { path: 'themes/index.html', label: 'Themes' },
    { path: 'services/index.html', label: 'Services' },
    { path: 'sources/index.html', label: 'Learning sources' },
    { path: 'policies/index.html', label: 'Policies' },
];
export const PUBLIC_NAV = STAFF_NAV.slice(0, 3);
export function siteTitle(meta) {
    return meta.audience === 'public' ? 'What we have learned' : 'Learning library';
}
/** Helpers bound to one page: its path (for relative links) and the text boundary. */
export class Page {
    path;
    meta;
    constructor(path, meta) {
        this.path = path;
        this.meta = meta;
    }
    /** Text from an entry, redacted and escaped. */
    t(value) {
        return escapeHtml(this.meta.redact(value ?? ''));
    }
    /** A link to another page of the site. */
    href(to) {
        return escapeHtml(relativeTo(this.path, to));
    }
    a(to, text) {
        return to ? `<a href="${this.href(to)}">${this.t(text)}</a>` : this.t(text);
    }
}
/**
 * The policy allows the site's own files and nothing else: 'self' on a web server, and `file:` for
 * browsers that give every file opened from disk an origin of its own (so 'self' alone would block
 * the site's script and stylesheet there). No other host can be reached.
 */
export function frame(p, title, body, opts = {}) {
    const nav = p.meta.audience === 'public' ? PUBLIC_NAV : STAFF_NAV;
    const name = siteTitle(p.meta);
    const current = opts.nav ?? p.path;
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' file:; base-uri 'none'; form-action 'self' file:">
<title>${p.t(title)} – ${p.t(name)} – ${p.t(p.meta.organisation)}</title>
${opts.description ? `<meta name="description" content="${p.t(opts.description)}">\n` : ''}<link rel="stylesheet" href="${p.href('assets/site.css')}">
<link rel="alternate" type="application/atom+xml" title="Newly shared lessons" href="${p.href('feed.xml')}">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site"><div class="inner">
<a class="brand" href="${p.href('index.html')}">${p.t(p.meta.organisation)}: ${p.t(name)}</a>
<nav class="site" aria-label="Site"><ul>
${nav.map((n) => `<li><a href="${p.href(n.path)}"${n.path === current ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a></li>`).join('\n')}
</ul></nav>
${p.path === 'search.html'
        ? ''
        : `<form class="quick" role="search" action="${p.href('search.html')}" method="get">
<label for="quick-q">Search</label>
<input id="quick-q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>`}
</div></header>
<main id="main" tabindex="-1">
<h1>${p.t(title)}</h1>
${body}
</main>
<footer class="site"><div class="inner">
<p>${p.t(p.meta.organisation)}. ${p.meta.audience === 'public'
        ? 'What patients, carers and staff told us, and what we changed as a result.'
        : 'For staff: approved learning from incidents, complaints, claims, inquests, reviews and good care.'} Made on ${escapeHtml(longDate(p.meta.generated))}. <a href="${p.href('feed.xml')}">Newly shared lessons (Atom feed)</a>.</p>
</div></footer>
</body>
</html>
`;
}
// ---------------------------------------------------------------------------------------------
// Pieces
const GOOD = 'good-practice';
function tags(p, l, links) {
    const good = l.kind === GOOD;
    const parts = [`<span class="tag${good ? ' good' : ''}">${escapeHtml(kindName(l.kind))}</span>`, `<span class="tag">Status: ${escapeHtml(statusName(l.status))}</span>`];
    for (const t of l.themes)
        parts.push(links ? `<a class="tag" href="${p.href(themePagePath(t))}">${p.t(label(t))}</a>` : `<span class="tag">${p.t(label(t))}</span>`);
    return `<p>${parts.join('')}</p>`;
}
export function lessonCard(p, l) {
    const when = l.date ? `<p class="meta">${l.shared.length ? 'First shared' : 'Approved'} ${escapeHtml(longDate(l.date))}</p>` : '';
    return `<li${l.kind === GOOD ? ' class="good"' : ''}>
<a class="card-title" href="${p.href(entryPagePath({ type: 'lesson', id: l.id }))}">${p.t(l.title)}</a>
${tags(p, l, false)}${when}
<p>${p.t(l.summary)}</p>
</li>`;
}
export function lessonCards(p, lessons, none = 'None yet.') {
    return lessons.length ? `<ul class="cards">\n${lessons.map((l) => lessonCard(p, l)).join('\n')}\n</ul>` : `<p class="meta">${escapeHtml(none)}</p>`;
}
/** A long list of lessons (themes, services, timeline): title, kind and date on one line each. */
export function lessonList(p, lessons, none = 'None yet.') {
    if (!lessons.length)
        return `<p class="meta">${escapeHtml(none)}</p>`;
    const item = (l) => `<li${l.kind === GOOD ? ' class="good"' : ''}><a href="${p.href(entryPagePath({ type: 'lesson', id: l.id }))}">${p.t(l.title)}</a> <span class="meta">${escapeHtml(kindName(l.kind))}${l.status === 'archived' ? ', archived' : ''}${l.date ? `, ${escapeHtml(longDate(l.date))}` : ''}</span></li>`;
    return `<ul class="list">\n${lessons.map(item).join('\n')}\n</ul>`;
}
export function publicCard(p, l) {
    return `<li>
<a class="card-title" href="${p.href(entryPagePath({ type: 'lesson', id: l.id }, 'public'))}">${p.t(l.title)}</a>
<p><span class="tag">${l.you_said_we_did ? 'You said, we did' : 'What we learned'}</span></p>
<p>${p.t(l.summary)}</p>
</li>`;
}
function facts(p, rows) {
    const shown = rows.filter(([, v]) => v !== '');
    return shown.length ? `<dl class="facts">\n${shown.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('\n')}\n</dl>` : '';
}
/**
 * An entry's own content as document sections (src/document/model.ts), rendered by the documents'
 * HTML renderer: the same blocks, redaction and escaping as digests and briefings. Links between
 * pages are the document's link inline with a relative address.
 */
function sections(p, list) {
    return list.map((x) => `<h2>${escapeHtml(x.heading)}</h2>\n${renderBlocksHtml(x.blocks, 3, { redact: p.meta.redact })}`).join('\n');
}
const link = (p, to, text) => (to ? { link: relativeTo(p.path, to), text } : text);
const none = (text) => ({ kind: 'paragraph', text, tone: 'meta' });
export function lessonPage(p, l, bodyHtml, today, look) {
    const parts = [tags(p, l, true)];
    parts.push(facts(p, [
        ['Services', l.services.map((s) => `<a href="${p.href(servicePagePath(s))}">${p.t(label(s))}</a>`).join(', ')],
        ['For', p.t(l.audience.map(label).join(', '))],
        ['Approved', l.approved_on ? `${escapeHtml(longDate(l.approved_on))}${l.approved_by ? ` by ${p.t(l.approved_by)}` : ''}` : ''],
        ['Shared', l.shared.map((s) => `${escapeHtml(channelName(s.channel))} ${escapeHtml(longDate(s.date))}`).join(', ')],
        ['Reference', p.t(l.id)],
    ]));
    const before = [{ heading: 'Summary', blocks: [paragraph(l.summary)] }];
    if (l.public_summary)
        before.push({ heading: 'For patients and carers', blocks: [paragraph(l.public_summary)] });
    parts.push(sections(p, before));
    if (bodyHtml)
        parts.push(`<div class="body">\n${bodyHtml}\n</div>`);
    const actions = {
        kind: 'table',
        caption: 'What was agreed, who owns it, and where it stands',
        headers: ['Action', 'Owner', 'Due', 'Status', 'Measure'],
        rows: l.actions.map((a) => {
            const overdue = isOverdue(a.due, a.status, today);
            const state = `${statusName(a.status || null)}${a.status === 'done' && a.completed ? ` (${longDate(a.completed)})` : ''}${overdue ? ', overdue' : ''}`;
            return [a.description, a.owner, a.due ? longDate(a.due) : 'not set', state, a.measure];
        }),
    };
    const sourceItems = l.sources.map((id) => {
        const s = look.source(id);
        return s ? [link(p, entryPagePath({ type: 'incident', id }), s.title), ` (${SOURCE_KIND.label(s.source || 'source')})`] : id;
    });
    const policyItems = l.policies.map((id) => {
        const pol = look.policy(id);
        const ref = pol?.control.find(([k]) => k === 'Reference')?.[1];
        return pol ? [link(p, entryPagePath({ type: 'policy', id }), pol.title), ref ? ` (${ref})` : ''] : id;
    });
    const evaluated = l.evaluation && (l.evaluation.result || l.evaluation.method);
    parts.push(sections(p, [
        { heading: 'Actions', blocks: l.actions.length ? [actions] : [none('No actions recorded.')] },
        { heading: 'Where this learning came from', blocks: sourceItems.length ? [{ kind: 'list', items: sourceItems }] : [none('No learning source is linked.')] },
        { heading: 'Policies', blocks: policyItems.length ? [{ kind: 'list', items: policyItems }] : [none('No policy is linked.')] },
        {
            heading: 'Evaluation',
            blocks: evaluated && l.evaluation
                ? [{ kind: 'table', caption: 'How embedding was checked', headers: ['Checked', 'How', 'What it found'], rows: [[longDate(l.evaluation.date) || 'not recorded', l.evaluation.method, l.evaluation.result]] }]
                : [none(`Not evaluated yet.${l.evaluate_by ? ` To be checked by ${longDate(l.evaluate_by)}.` : ''}`)],
        },
    ]));
    return frame(p, l.title, parts.join('\n'), { nav: 'search.html', description: l.summary });
}
export function sourcePage(p, s, look) {
    const harm = [s.harm.physical && `physical: ${PHYSICAL_HARM.phrase(s.harm.physical)}`, s.harm.psychological && `psychological: ${PSYCHOLOGICAL_HARM.phrase(s.harm.psychological)}`].filter(Boolean).join('; ');
    const about = {
        kind: 'table',
        caption: 'About this learning source',
        headers: ['Field', 'Value'],
        rows: [
            ['Kind', SOURCE_KIND.label(s.source || 'not recorded')],
            ['When', s.occurred ? (s.occurred.length === 7 ? s.occurred : longDate(s.occurred)) : 'not recorded'],
            ['Service', s.service ? label(s.service) : 'not recorded'],
            ['Harm', harm || 'not recorded'],
            ['Learning response', RESPONSE.label(s.response || 'not recorded')],
            ['Status', statusName(s.status || null)],
            ['Reference', s.id],
        ],
    };
    const parts = [
        renderBlocksHtml([about, ...(s.service ? [paragraph(['More from this service: ', link(p, servicePagePath(s.service), label(s.service))], 'meta')] : [])], 3, { redact: p.meta.redact }),
        '<h2>Lessons from it</h2>',
        s.lessons.length ? lessonCards(p, s.lessons.map((id) => look.lesson(id)).filter((l) => l !== undefined)) : '<p class="meta">No approved lesson yet.</p>',
    ];
    if (s.factors.length) {
        parts.push(sections(p, [
            { heading: 'Contributory factors', blocks: [{ kind: 'table', caption: 'What in the work system contributed', headers: ['Part of the work system', 'What contributed'], rows: s.factors.map((f) => [SEIPS_SYSTEM.label(f.system || 'other'), f.description]) }] },
        ]));
    }
    return frame(p, s.title, parts.join('\n'), { nav: 'sources/index.html' });
}
export function policyPage(p, pol, look) {
    const dates = new Set(['Ratified on', 'Implemented on', 'Review date', 'Distribution date']);
    const rows = pol.control.filter(([, v]) => v !== '').map(([k, v]) => [k, dates.has(k) ? longDate(v) : k === 'Status' ? statusName(v) : v]);
    const parts = [
        sections(p, [{ heading: 'Document control', blocks: [{ kind: 'table', caption: 'Document control', headers: ['Field', 'Value'], rows }] }]),
        '<h2>Lessons that changed it</h2>',
        pol.lessons.length ? lessonCards(p, pol.lessons.map((id) => look.lesson(id)).filter((l) => l !== undefined)) : '<p class="meta">No approved lesson is linked.</p>',
    ];
    return frame(p, pol.title, parts.join('\n'), { nav: 'policies/index.html' });
}
export function publicLessonPage(p, l) {
    const parts = [`<p><span class="tag">${l.you_said_we_did ? 'You said, we did' : 'What we learned'}</span></p>`, `<p>${p.t(l.summary)}</p>`];
    if (l.date)
        parts.push(`<p class="meta">Shared ${escapeHtml(longDate(l.date).replace(/^\d+ /, ''))}.</p>`);
    return frame(p, l.title, parts.join('\n'), { nav: 'search.html', description: l.summary });
}
