/**
 * Builds the learning library: every page, the search index, the feed and the assets, handed one
 * by one to `emit` (the command writes them into a temporary folder and swaps it in at the end).
 *
 * Search: the index is built here with MiniSearch and serialised into `assets/search-index.js`,
 * which the search page loads with a `<script>` element: that works when the site is opened from
 * a file share (`file://`, where browsers refuse `fetch`) as well as from a web server. The
 * library's own browser build is copied from node_modules into `assets/minisearch.js`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { label } from '../digest/build.js';
import { contactBlocks } from '../digest/audiences/public.js';
import { renderBlocksHtml } from '../document/render-html.js';
import { RESPONSE, SOURCE_KIND } from '../model/vocabulary.js';
import { escapeHtml } from '../document/markdown-source.js';
import { kindName, longDate, shortMonth, statusName } from '../document/text.js';
import { markdownToHtml } from '../document/markdown-html.js';
import { LESSON_KINDS, LESSON_STATUSES, SOURCE_KINDS } from '../model/schemas.js';
import { SEARCH_JS, SITE_CSS } from './assets.js';
import { inThreadIndexer, SEARCH_OPTIONS } from './search-index.js';
import { Images } from './images.js';
import { publicModel, staffModel } from './model.js';
import { Page, frame, lessonCards, lessonList, lessonPage, policyPage, publicCard, publicLessonPage, siteTitle, sourcePage } from './pages.js';
import { entryPagePath, relativeTo, servicePagePath, slugFile, themePagePath } from '../model/pages.js';
function vendorMiniSearch() {
    const require = createRequire(import.meta.url);
    const main = require.resolve('minisearch');
    const dir = path.resolve(path.dirname(main), '..');
    const pkg = JSON.parse(readFileSync(path.join(dir, '..', 'package.json'), 'utf8'));
    return `/*! MiniSearch ${pkg.version}, ${pkg.license} licence, copied from node_modules/minisearch/dist/umd/index.js by lessons site */\n${readFileSync(path.join(dir, 'umd', 'index.js'), 'utf8')}`;
}
export async function buildSite(input) {
    const meta = { audience: input.audience, organisation: input.config.organisation, generated: input.today, redact: input.redact };
    const problems = [];
    let pages = 0;
    const emitPage = async (path, html) => {
        pages++;
        await input.emit(path, html);
    };
    const docs = [];
    const indexer = input.indexer ?? inThreadIndexer();
    const addDoc = (doc, keywords) => {
        // Labels and filter values pass the privacy boundary too (the filter options on the page do).
        doc.b = doc.b.map(input.redact);
        for (const k of Object.keys(doc.f))
            doc.f[k] = doc.f[k].map(input.redact);
        indexer.add({ id: docs.length, t: doc.t, s: doc.s, k: keywords });
        docs.push(doc);
    };
    const R = input.redact;
    let filters;
    let lessonCount;
    if (input.audience === 'public') {
        const model = publicModel(input.entries, input.warn);
        lessonCount = model.lessons.length;
        for (const l of model.lessons) {
            const page = entryPagePath({ type: 'lesson', id: l.id }, 'public');
            await emitPage(page, publicLessonPage(new Page(page, meta), l));
            const category = l.you_said_we_did ? 'you-said-we-did' : 'what-we-learned';
            addDoc({ t: R(l.title), u: page, s: R(l.summary), b: [l.you_said_we_did ? 'You said, we did' : 'What we learned'], f: { category: [category] }, m: l.date.slice(0, 7) }, '');
        }
        filters = [{ name: 'category', label: 'Kind of learning', options: [['you-said-we-did', 'You said, we did'], ['what-we-learned', 'What we learned']] }];
        await emitPage('index.html', publicHome(new Page('index.html', meta), model.lessons, input.config));
        await emitPage('timeline.html', timeline(new Page('timeline.html', meta), model.lessons, (p, items) => `<ul class="cards">\n${items.map((l) => publicCard(p, l)).join('\n')}\n</ul>`));
        await input.emit('feed.xml', feed(meta, input.baseUrl, model.lessons.map((l) => ({ id: l.id, title: l.title, summary: l.summary, date: l.date }))));
    }
    else {
        const model = staffModel(input.entries);
        lessonCount = model.lessons.length;
        const lessons = new Map(model.lessons.map((l) => [l.id, l]));
        const sources = new Map(model.sources.map((s) => [s.id, s]));
        const policies = new Map(model.policies.map((p) => [p.id, p]));
        const look = { lesson: (id) => lessons.get(id), source: (id) => sources.get(id), policy: (id) => policies.get(id) };
        const images = new Images(input.root, (p) => problems.push(p));
        const pageOfFile = new Map();
        for (const e of input.entries) {
            const to = entryPagePath(e);
            if (to && (e.type !== 'lesson' || lessons.has(e.id)))
                pageOfFile.set(e.file, to);
        }
        for (const l of model.lessons) {
            const page = entryPagePath({ type: 'lesson', id: l.id });
            const p = new Page(page, meta);
            const read = input.readBody(l.file);
            const body = read?.body ?? '';
            const bodyHtml = markdownToHtml(R(body), {
                headingBase: 1,
                text: R,
                image: (req) => {
                    const to = images.resolve(l.file, read?.line ?? 1, req);
                    return to ? relativeTo(page, to) : undefined;
                },
                // A link to another entry's file becomes a link to its page (or its text, without one).
                link: (href) => {
                    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || !/\.md(#.*)?$/i.test(href))
                        return href;
                    const target = path.posix.normalize(path.posix.join(path.posix.dirname(l.file), decodeURIComponent(href.replace(/#.*$/, ''))));
                    const to = pageOfFile.get(target);
                    return to ? relativeTo(page, to) : undefined;
                },
            });
            await emitPage(page, lessonPage(p, l, bodyHtml, input.today, look));
            const sourceKinds = [...new Set(l.sources.map((id) => sources.get(id)?.source).filter((k) => Boolean(k)))];
            addDoc({
                t: R(l.title),
                u: page,
                s: R(l.summary),
                b: ['Lesson', kindName(l.kind), capital(statusName(l.status)), ...l.themes.map(label)],
                ...(l.kind === 'good-practice' ? { g: 1 } : {}),
                f: { type: ['lesson'], theme: l.themes, service: l.services, kind: l.kind ? [l.kind] : [], status: l.status ? [l.status] : [], source: sourceKinds },
                m: l.date.slice(0, 7),
            }, R([l.id, ...l.themes.map(label), ...l.services.map(label)].join(' ')));
        }
        for (const s of model.sources) {
            const page = entryPagePath({ type: 'incident', id: s.id });
            await emitPage(page, sourcePage(new Page(page, meta), s, look));
            const themes = [...new Set(s.lessons.flatMap((id) => lessons.get(id)?.themes ?? []))];
            addDoc({
                t: R(s.title),
                u: page,
                s: R(`${SOURCE_KIND.label(s.source || 'source')}${s.service ? `, ${label(s.service)}` : ''}. ${s.lessons.length} lesson${s.lessons.length === 1 ? '' : 's'}.`),
                b: ['Learning source', SOURCE_KIND.label(s.source || 'source'), capital(statusName(s.status || null))],
                f: { type: ['source'], theme: themes, service: s.service ? [s.service] : [], kind: [], status: s.status ? [s.status] : [], source: s.source ? [s.source] : [] },
                m: s.occurred.slice(0, 7),
            }, R([s.id, label(s.service), RESPONSE.label(s.response), ...s.factors.map((f) => f.description)].join(' ')));
        }
        for (const pol of model.policies) {
            const page = entryPagePath({ type: 'policy', id: pol.id });
            await emitPage(page, policyPage(new Page(page, meta), pol, look));
            const ref = pol.control.find(([k]) => k === 'Reference')?.[1] ?? '';
            const themes = [...new Set(pol.lessons.flatMap((id) => lessons.get(id)?.themes ?? []))];
            const date = pol.control.find(([k]) => k === 'Ratified on')?.[1] || pol.control.find(([k]) => k === 'Implemented on')?.[1] || '';
            addDoc({ t: R(pol.title), u: page, s: R(`${ref} version ${pol.control[1][1]}`), b: ['Policy', capital(statusName(pol.status || null))], f: { type: ['policy'], theme: themes, service: [], kind: [], status: pol.status ? [pol.status] : [], source: [] }, m: date.slice(0, 7) }, R(pol.control.map(([, v]) => v).join(' ')));
        }
        // Themes and services: one page each, and an index of them.
        const themeSlugs = ordered(model.lessons.flatMap((l) => l.themes), input.config.taxonomy.themes);
        const serviceSlugs = ordered([...model.lessons.flatMap((l) => l.services), ...model.sources.map((s) => s.service).filter(Boolean)], input.config.taxonomy.services);
        for (const t of themeSlugs) {
            const page = themePagePath(t);
            const p = new Page(page, meta);
            const these = model.lessons.filter((l) => l.themes.includes(t));
            await emitPage(page, frame(p, label(t), `<p>${these.length} lesson${these.length === 1 ? '' : 's'}, most recently shared first.</p>\n${lessonList(p, these)}`, { nav: 'themes/index.html' }));
        }
        for (const sv of serviceSlugs) {
            const page = servicePagePath(sv);
            const p = new Page(page, meta);
            const these = model.lessons.filter((l) => l.services.includes(sv));
            const srcs = model.sources.filter((s) => s.service === sv);
            await emitPage(page, frame(p, label(sv), `<h2>Lessons</h2>\n${lessonList(p, these)}\n<h2>Learning sources</h2>\n${srcs.length ? `<ul>${srcs.map((s) => `<li>${p.a(entryPagePath({ type: 'incident', id: s.id }), s.title)} <span class="meta">(${escapeHtml(SOURCE_KIND.label(s.source || 'source'))})</span></li>`).join('')}</ul>` : '<p class="meta">None.</p>'}`, { nav: 'services/index.html' }));
        }
        const countList = (p, slugs, pagePath, count) => `<ul class="columns">${slugs.map((s) => `<li><a href="${p.href(pagePath(s))}">${p.t(label(s))}</a> <span class="meta">(${count(s)})</span></li>`).join('')}</ul>`;
        {
            const p = new Page('themes/index.html', meta);
            await emitPage(p.path, frame(p, 'Themes', themeSlugs.length ? countList(p, themeSlugs, themePagePath, (t) => model.lessons.filter((l) => l.themes.includes(t)).length) : '<p class="meta">None yet.</p>'));
        }
        {
            const p = new Page('services/index.html', meta);
            await emitPage(p.path, frame(p, 'Services', serviceSlugs.length ? countList(p, serviceSlugs, servicePagePath, (s) => model.lessons.filter((l) => l.services.includes(s)).length + model.sources.filter((x) => x.service === s).length) : '<p class="meta">None yet.</p>'));
        }
        {
            const p = new Page('sources/index.html', meta);
            const rows = model.sources.map((s) => `<tr><th scope="row">${p.a(entryPagePath({ type: 'incident', id: s.id }), s.title)}</th><td>${escapeHtml(SOURCE_KIND.label(s.source || '–'))}</td><td>${p.t(s.occurred || '–')}</td><td>${p.t(label(s.service || '–'))}</td><td>${escapeHtml(RESPONSE.label(s.response || '–'))}</td><td>${s.lessons.length}</td></tr>`);
            await emitPage(p.path, frame(p, 'Learning sources', `<p>Incidents, complaints, claims, inquests, reviews, audits and reports of good care that lessons came from, most recent first.</p>\n<table>\n<caption>Learning sources</caption>\n<thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">When</th><th scope="col">Service</th><th scope="col">Learning response</th><th scope="col">Lessons</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`));
        }
        {
            const p = new Page('policies/index.html', meta);
            const rows = model.policies.map((pol) => `<tr><th scope="row">${p.a(entryPagePath({ type: 'policy', id: pol.id }), pol.title)}</th><td>${p.t(pol.control[0][1] || '–')}</td><td>${p.t(pol.control[1][1] || '–')}</td><td>${escapeHtml(statusName(pol.status || null))}</td><td>${escapeHtml(pol.review_date ? longDate(pol.review_date) : '–')}</td><td>${pol.lessons.length}</td></tr>`);
            await emitPage(p.path, frame(p, 'Policies', `<p>Policies and their document control, with the lessons that changed them.</p>\n<table>\n<caption>Policies</caption>\n<thead><tr><th scope="col">Policy</th><th scope="col">Reference</th><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Review date</th><th scope="col">Lessons</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`));
        }
        await emitPage('index.html', staffHome(new Page('index.html', meta), model.lessons, themeSlugs));
        await emitPage('timeline.html', timeline(new Page('timeline.html', meta), model.lessons, (p, items) => lessonList(p, items)));
        const recent = [...model.lessons].filter((l) => l.shared.length).sort((a, b) => (a.lastShared < b.lastShared ? 1 : a.lastShared > b.lastShared ? -1 : a.id.localeCompare(b.id)));
        await input.emit('feed.xml', feed(meta, input.baseUrl, recent.map((l) => ({ id: l.id, title: l.title, summary: l.summary, date: l.lastShared }))));
        for (const [file, bytes] of images.files)
            await input.emit(file, bytes);
        const present = (key) => new Set(docs.flatMap((d) => d.f[key] ?? []));
        const opts = (values, key, name) => {
            const have = present(key);
            const known = values.filter((v) => have.has(v));
            const extra = [...have].filter((v) => !values.includes(v)).sort();
            return [...known, ...extra].map((v) => [v, name(v)]);
        };
        filters = [
            { name: 'type', label: 'Type', options: [['lesson', 'Lessons'], ['source', 'Learning sources'], ['policy', 'Policies']] },
            { name: 'theme', label: 'Theme', options: themeSlugs.map((t) => [t, label(t)]) },
            { name: 'service', label: 'Service', options: serviceSlugs.map((s) => [s, label(s)]) },
            { name: 'kind', label: 'Kind of lesson', options: opts(LESSON_KINDS, 'kind', kindName) },
            { name: 'status', label: 'Status', options: opts([...LESSON_STATUSES, 'open', 'under-review', 'closed', 'draft', 'consultation', 'authorised', 'superseded', 'withdrawn'], 'status', (v) => capital(statusName(v))) },
            { name: 'source', label: 'Source kind', options: opts(SOURCE_KINDS, 'source', SOURCE_KIND.label) },
        ];
    }
    // Search: the page, the index and the library.
    const months = [...new Set(docs.map((d) => d.m).filter((m) => /^\d{4}-\d{2}$/.test(m)))].sort();
    const head = JSON.stringify({ options: SEARCH_OPTIONS, filters: filters.map((f) => f.name), goodLabel: kindName('good-practice'), docs });
    const index = `${head.slice(0, -1)},"index":${await indexer.finish()}}`;
    // JSON is JavaScript except for two line separators, which are escaped.
    await input.emit('assets/search-index.js', `window.LESSONS_SEARCH = ${index.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)};\n`);
    await input.emit('assets/minisearch.js', vendorMiniSearch());
    await input.emit('assets/search.js', SEARCH_JS);
    await input.emit('assets/site.css', SITE_CSS);
    await emitPage('search.html', searchPage(new Page('search.html', meta), filters, months));
    await input.emit('lessons-site.json', `${JSON.stringify({ generator: 'lessons site', audience: input.audience, generated: input.today, pages, lessons: lessonCount }, null, 2)}\n`);
    return { problems, pages, lessons: lessonCount, indexBytes: index.length };
}
function capital(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** Slugs in taxonomy order, then any others alphabetically; each once. */
function ordered(values, order) {
    const set = new Set(values.filter(Boolean));
    const first = (order ?? []).filter((v) => set.has(v));
    return [...first, ...[...set].filter((v) => !first.includes(v)).sort()];
}
function staffHome(p, lessons, themes) {
    const shared = lessons.filter((l) => l.shared.length && l.status !== 'archived');
    const recent = [...shared].sort((a, b) => (a.lastShared < b.lastShared ? 1 : a.lastShared > b.lastShared ? -1 : a.id.localeCompare(b.id))).slice(0, 8);
    const good = recent.length ? shared.filter((l) => l.kind === 'good-practice').sort((a, b) => (a.lastShared < b.lastShared ? 1 : -1)).slice(0, 4) : [];
    const counts = new Map();
    for (const l of lessons)
        for (const t of l.themes)
            counts.set(t, (counts.get(t) ?? 0) + 1);
    return frame(p, siteTitle(p.meta), `<p>Every approved lesson, where it came from, what changed and how we checked that it worked. <a href="${p.href('search.html')}">Search and filter</a> by theme, service, kind, status, source or month.</p>
<h2>Good practice</h2>
${lessonCards(p, good, 'No good practice has been shared yet.')}
<h2>Recently shared</h2>
${lessonCards(p, recent, 'No lesson has been shared yet.')}
<h2>Themes</h2>
${themes.length ? `<ul class="columns">${themes.map((t) => `<li><a href="${p.href(themePagePath(t))}">${p.t(label(t))}</a> <span class="meta">(${counts.get(t) ?? 0})</span></li>`).join('')}</ul>` : '<p class="meta">None yet.</p>'}
<p><a href="${p.href('timeline.html')}">All lessons by month</a></p>`);
}
function publicHome(p, lessons, config) {
    const youSaid = lessons.filter((l) => l.you_said_we_did).slice(0, 6);
    const learned = lessons.filter((l) => !l.you_said_we_did).slice(0, 6);
    const list = (items, none) => (items.length ? `<ul class="cards">\n${items.map((l) => publicCard(p, l)).join('\n')}\n</ul>` : `<p class="meta">${escapeHtml(none)}</p>`);
    return frame(p, siteTitle(p.meta), `<p>What ${p.t(config.organisation)} has learned from what patients, carers and staff told us, and what we changed as a result. <a href="${p.href('search.html')}">Search everything</a>.</p>
<h2>You said, we did</h2>
${list(youSaid, 'Nothing to show yet.')}
<h2>What we learned</h2>
${list(learned, 'Nothing to show yet.')}
<p><a href="${p.href('timeline.html')}">Everything by month</a></p>${contact(p, config)}`);
}
/** The PALS contact of the public digest (config `public.contact`), when set. */
function contact(p, config) {
    const c = config.public.contact;
    if (!c.phone && !c.email && !c.url)
        return '';
    return `\n<h2>Contact PALS</h2>\n${renderBlocksHtml(contactBlocks(c), 3, { redact: p.meta.redact })}`;
}
function timeline(p, items, cards) {
    const byMonth = new Map();
    for (const it of items) {
        const m = /^\d{4}-\d{2}/.test(it.date) ? it.date.slice(0, 7) : 'undated';
        byMonth.set(m, [...(byMonth.get(m) ?? []), it]);
    }
    const months = [...byMonth.keys()].sort().reverse();
    const monthName = (m) => (m === 'undated' ? 'No date recorded' : longDate(`${m}-01`).replace(/^1 /, ''));
    return frame(p, 'Timeline', `<p>Lessons by the month they were first shared (or approved), newest first.</p>
${months.length ? `<nav aria-label="Months"><ul class="columns">${months.map((m) => `<li><a href="#m-${m}">${escapeHtml(monthName(m))}</a> <span class="meta">(${byMonth.get(m)?.length})</span></li>`).join('')}</ul></nav>` : '<p class="meta">Nothing yet.</p>'}
${months.map((m) => `<h2 id="m-${m}">${escapeHtml(monthName(m))}</h2>\n${cards(p, byMonth.get(m))}`).join('\n')}`);
}
function searchPage(p, filters, months) {
    const select = (name, text, options, any) => `<div><label for="f-${name}">${escapeHtml(text)}</label><select id="f-${name}" name="${name}"><option value="">${escapeHtml(any)}</option>${options.map(([v, l]) => `<option value="${p.t(v)}">${p.t(l)}</option>`).join('')}</select></div>`;
    const monthOptions = months.map((m) => [m, shortMonth(m)]);
    return frame(p, 'Search', `<form id="search-form" role="search" action="search.html" method="get">
<div class="search-main"><div><label for="q">Search for</label><input id="q" name="q" type="search" autocomplete="off" aria-describedby="search-help"></div><button type="submit">Search</button></div>
<p id="search-help" class="meta">Words from a title or summary, a theme, a service or an action. Results appear as you type; leave it empty to browse with the filters.</p>
<fieldset class="filters"><legend>Filters</legend><div class="filter-grid">
${filters.filter((f) => f.options.length).map((f) => select(f.name, f.label, f.options, 'Any')).join('\n')}
${select('from', 'From month', monthOptions, 'Any')}
${select('to', 'To month', monthOptions, 'Any')}
</div></fieldset>
</form>
<h2>Results</h2>
<p id="search-status" role="status" aria-live="polite">Loading the search index…</p>
<noscript><p>Search needs JavaScript. You can still browse by <a href="timeline.html">month</a>${p.meta.audience === 'staff' ? ' or <a href="themes/index.html">theme</a>' : ''}.</p></noscript>
<ol id="results" class="results"></ol>
<script src="${p.href('assets/search-index.js')}"></script>
<script src="${p.href('assets/minisearch.js')}"></script>
<script src="${p.href('assets/search.js')}"></script>`);
}
// ---------------------------------------------------------------------------------------------
// Atom feed (RFC 4287)
function xml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);
}
function feed(meta, baseUrl, items) {
    const pageOf = (id) => entryPagePath({ type: 'lesson', id }, meta.audience);
    const R = meta.redact;
    const when = (d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : `${meta.generated}T00:00:00Z`);
    const top = items.slice(0, 50);
    const updated = top.length ? top.map((i) => when(i.date)).sort().reverse()[0] : when(meta.generated);
    const feedId = baseUrl ? `${baseUrl}/feed.xml` : `urn:lessons:${slugFile(meta.organisation)}:${meta.audience}`;
    return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${baseUrl ? ` xml:base="${xml(baseUrl)}/"` : ''}>
<title>${xml(R(meta.organisation))}: ${meta.audience === 'public' ? 'what we have learned' : 'newly shared lessons'}</title>
<id>${xml(feedId)}</id>
<updated>${updated}</updated>
<link rel="self" href="feed.xml"/>
<link rel="alternate" type="text/html" href="index.html"/>
<author><name>${xml(R(meta.organisation))}</name></author>
<generator>lessons site</generator>
${top
        .map((i) => {
        const page = pageOf(i.id);
        return `<entry>
<title>${xml(R(i.title))}</title>
<id>${xml(baseUrl ? `${baseUrl}/${page}` : `urn:lessons:${slugFile(meta.organisation)}:${meta.audience}:${page.replace(/^lessons\/|\.html$/g, '')}`)}</id>
<link rel="alternate" type="text/html" href="${xml(page)}"/>
<updated>${when(i.date)}</updated>
<summary>${xml(R(i.summary))}</summary>
</entry>`;
    })
        .join('\n')}
</feed>
`;
}
