import { a as RefusedError, o as UsageError } from "./errors.js";
import { n as skippedNote } from "./load.js";
import { a as fieldOf, o as indexEntry, r as readEntryFile } from "./read.js";
import { a as listEntryFiles, s as toPosix$1 } from "./repository.js";
import "./engine.js";
import { r as redactor } from "./redact.js";
import { t as progress } from "./progress.js";
import { t as tuneCompiler } from "./compiler.js";
import { a as PALETTE, c as longDate, d as shortMonth, f as statusName, g as label, i as paragraph, k as markdownToHtml, o as channelName, s as kindName, t as renderBlocksHtml, v as publicLesson, w as escapeHtml } from "./render-html.js";
import { t as contactBlocks } from "./public.js";
import { _ as SOURCE_KIND, d as PHYSICAL_HARM, h as SEIPS_SYSTEM, m as RESPONSE, p as PSYCHOLOGICAL_HARM } from "./config.js";
import { i as LESSON_STATUSES, r as LESSON_KINDS, s as SOURCE_KINDS } from "./schemas.js";
import { n as inThreadIndexer, r as indexerFor, t as SEARCH_OPTIONS } from "./search-index.js";
import { a as isRecord, l as str, o as list, u as stringItems } from "./values.js";
import { i as lessonStage, n as isOverdue } from "./lifecycle.js";
import { a as servicePagePath, i as relativeTo, o as slugFile, s as themePagePath, t as entryPagePath } from "./pages.js";
import { t as version } from "./version.js";
import { createRequire } from "node:module";
import path from "node:path";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
// dist/site/assets.js
const SITE_CSS = `*{box-sizing:border-box}
html{color:${PALETTE.text};background:${PALETTE.page}}
body{font-family:Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;margin:0}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:${PALETTE.heading};padding:.5rem 1rem;z-index:2}
.skip:focus{left:1rem}
header.site{background:${PALETTE.heading};color:#fff;padding:.75rem 0}
header.site .inner,main,footer.site .inner{max-width:62rem;margin:0 auto;padding:0 1rem}
header.site a{color:#fff}
.brand{font-weight:bold;font-size:1.15rem;text-decoration:none;display:inline-block;margin-bottom:.35rem}
nav.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem}
nav.site a[aria-current="page"]{font-weight:bold}
form.quick{margin:.5rem 0 0;display:flex;gap:.4rem;flex-wrap:wrap;align-items:center}
form.quick label{font-weight:bold}
input,select,button{font:inherit;color:${PALETTE.text};background:#fff;border:2px solid ${PALETTE.text};border-radius:0;padding:.25rem .4rem;min-height:2.25rem}
button{background:${PALETTE.heading};color:#fff;border-color:${PALETTE.heading};cursor:pointer;font-weight:bold}
header.site button{background:#fff;color:${PALETTE.heading};border-color:#fff}
a{color:#004b93}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #ffb81c;outline-offset:0;box-shadow:0 0 0 6px ${PALETTE.text};background:#ffeb3b;color:${PALETTE.text}}
main{padding-top:1rem;padding-bottom:1rem}
h1{color:${PALETTE.heading};font-size:2rem;line-height:1.2;margin:.75rem 0}
h2{color:${PALETTE.heading};font-size:1.45rem;margin:1.75rem 0 .6rem;border-bottom:1px solid ${PALETTE.rule};padding-bottom:.2rem}
h3{font-size:1.2rem;margin:1.25rem 0 .4rem}
h4,h5,h6{font-size:1rem;margin:1rem 0 .3rem}
p{margin:.3rem 0 .7rem}
.meta{color:${PALETTE.muted}}
.tag{display:inline-block;border:1px solid ${PALETTE.muted};border-radius:3px;padding:0 .4rem;font-size:.9rem;margin:0 .3rem .3rem 0;color:${PALETTE.text}}
.tag.good{border-color:${PALETTE.goodRule};color:${PALETTE.good};font-weight:bold}
.overdue{color:${PALETTE.warn};font-weight:bold}
ul.cards{list-style:none;padding:0;margin:0}
ul.cards>li,ol.results>li{border-left:4px solid ${PALETTE.bar};padding:.2rem 0 .2rem .9rem;margin:0 0 1.1rem}
ul.cards>li.good,ol.results>li.good{border-left-color:${PALETTE.goodRule}}
.card-title{font-weight:bold;font-size:1.1rem}
ol.results{padding:0;list-style:none}
ul.list{padding-left:1.2rem}
ul.list>li{margin:0 0 .45rem}
ul.list>li.good{list-style-type:square}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid ${PALETTE.rule};padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:${PALETTE.headerCell}}
.body img{max-width:100%;height:auto}
blockquote{border-left:4px solid ${PALETTE.rule};margin:.5rem 0;padding-left:1rem}
pre{white-space:pre-wrap;background:${PALETTE.headerCell};padding:.5rem}
fieldset.filters{border:1px solid ${PALETTE.rule};margin:1rem 0;padding:.5rem 1rem 1rem}
fieldset.filters legend{font-weight:bold;padding:0 .3rem}
.filter-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.6rem 1rem}
.filter-grid label,.search-main label{display:block;font-weight:bold;margin-bottom:.15rem}
.filter-grid select{width:100%}
.search-main{display:flex;gap:.5rem;align-items:flex-end;flex-wrap:wrap}
.search-main input{min-width:18rem;flex:1}
ul.columns{columns:2 16rem}
footer.site{border-top:4px solid ${PALETTE.bar};margin-top:2rem;padding:1rem 0;color:${PALETTE.muted}}
footer.site a{color:#004b93}
@media print{
@page{size:A4;margin:15mm}
body{font-size:11pt}
.skip,nav.site,form.quick,#search-form,#search-status,.no-print{display:none!important}
header.site{background:none;color:${PALETTE.text};border-bottom:2px solid ${PALETTE.text};padding:0 0 .3rem}
header.site a{color:${PALETTE.text}}
main{padding:0}
a{color:${PALETTE.text};text-decoration:none}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
ul.cards>li,table,dl.facts{break-inside:avoid}
footer.site{border-top:1px solid ${PALETTE.text}}
}
`;
const SEARCH_JS = `(function () {
  'use strict';
  var data = window.LESSONS_SEARCH;
  var form = document.getElementById('search-form');
  var status = document.getElementById('search-status');
  var results = document.getElementById('results');
  if (!data || !form || !window.MiniSearch) return;
  var mini = MiniSearch.loadJS(data.index, data.options);
  var input = form.elements.namedItem('q');
  var LIMIT = 50;

  function params() {
    var out = new URLSearchParams(location.search);
    var hash = new URLSearchParams(location.hash.replace(/^#/, ''));
    hash.forEach(function (v, k) { out.set(k, v); });
    return out;
  }
  function restore() {
    var p = params();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && p.has(el.name)) el.value = p.get(el.name);
    });
  }
  function state() {
    var p = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && el.value) p.set(el.name, el.value);
    });
    return p;
  }
  function matches(doc, p) {
    for (var i = 0; i < data.filters.length; i++) {
      var name = data.filters[i];
      var want = p.get(name);
      if (want && (doc.f[name] || []).indexOf(want) === -1) return false;
    }
    var from = p.get('from'), to = p.get('to');
    if (from && !(doc.m && doc.m >= from)) return false;
    if (to && !(doc.m && doc.m <= to)) return false;
    return true;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function render(found, total) {
    results.textContent = '';
    found.slice(0, LIMIT).forEach(function (doc) {
      var li = el('li', doc.g ? 'good' : '');
      var a = el('a', 'card-title', doc.t);
      a.href = doc.u;
      li.appendChild(a);
      var tags = el('p');
      doc.b.forEach(function (b) { tags.appendChild(el('span', 'tag' + (b === data.goodLabel ? ' good' : ''), b)); });
      li.appendChild(tags);
      if (doc.s) li.appendChild(el('p', '', doc.s));
      results.appendChild(li);
    });
    var shown = Math.min(found.length, LIMIT);
    status.textContent = total === 0 ? 'No results. Try fewer words or remove a filter.'
      : total === 1 ? '1 result.'
      : total + ' results' + (shown < total ? ', showing the first ' + shown : '') + '.';
  }
  function run(updateAddress) {
    var t0 = performance.now();
    var p = state();
    var q = (p.get('q') || '').trim();
    var found;
    if (q) {
      found = mini.search(q, { prefix: true, fuzzy: function (term) { return term.length > 4 ? 0.2 : 0; }, combineWith: 'AND', boost: { t: 3, k: 2 },
        filter: function (r) { return matches(data.docs[r.id], p); } }).map(function (r) { return data.docs[r.id]; });
    } else {
      found = data.docs.filter(function (d) { return matches(d, p); });
    }
    render(found, found.length);
    document.body.setAttribute('data-search-ms', String(Math.round((performance.now() - t0) * 10) / 10));
    if (updateAddress) {
      try { history.replaceState(null, '', location.pathname + (p.toString() ? '#' + p.toString() : '')); } catch (e) { /* some browsers refuse on file: */ }
    }
  }
  var timer;
  form.addEventListener('submit', function (ev) { ev.preventDefault(); run(true); });
  form.addEventListener('change', function () { run(true); });
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(true); }, 120); });
  restore();
  run(false);
  document.body.setAttribute('data-search-ready', 'true');
})();
`;
// dist/site/images.js
const IMAGE_TYPES = {
	".png": "png",
	".jpg": "jpg",
	".jpeg": "jpg",
	".gif": "gif",
	".webp": "webp",
	".svg": "svg",
	".avif": "avif"
};
const MAX_IMAGE_BYTES = 10485760;
var Images = class {
	root;
	report;
	files = new Map();
	realRoot;
	constructor(root, report) {
		this.root = root;
		this.report = report;
		this.realRoot = realpathSync(root);
	}
	resolve(file, bodyLine, req) {
		const problem = (rule, message) => {
			this.report({
				file,
				line: bodyLine + req.line,
				column: 1,
				severity: "error",
				rule,
				message,
				path: ""
			});
		};
		const src = decodeSafe(req.src.trim().replace(/[?#].*$/, ""));
		if (/^[a-z][a-z0-9+.-]*:/i.test(req.src) || req.src.startsWith("//")) return problem("site/image-remote", `The image "${req.src}" is not a file in the repository. The site never loads anything from another address: save the picture in the repository (e.g. lessons/images/) and link to it there.`);
		if (req.alt.trim() === "") return problem("site/image-alt", `The image "${req.src}" has no description. Write what it shows between the square brackets, e.g. ![The new handover board on Ward 7](${req.src}), so that people using a screen reader get the same information.`);
		if (src === void 0 || src === "") return problem("site/image-missing", `The image address "${req.src}" cannot be read.`);
		const abs = src.startsWith("/") ? path.join(this.root, src) : path.resolve(this.root, path.dirname(file), src);
		const ext = path.extname(abs).toLowerCase();
		if (!inside(this.root, abs)) return problem("site/image-outside", `The image "${req.src}" is outside the repository, so it is not copied. Keep pictures inside the repository.`);
		let real;
		try {
			real = realpathSync(abs);
		} catch {
			return problem("site/image-missing", `The image "${req.src}" was not found (looked for ${toPosix(path.relative(this.root, abs))}).`);
		}
		if (!inside(this.realRoot, real)) return problem("site/image-outside", `The image "${req.src}" is a link to a file outside the repository, so it is not copied. Keep pictures inside the repository.`);
		const type = IMAGE_TYPES[ext];
		if (!type) return problem("site/image-type", `"${req.src}" is not a picture the site can show. Use a PNG, JPEG, GIF, WebP, AVIF or SVG file.`);
		const stat = statSync(real);
		if (!stat.isFile()) return problem("site/image-missing", `The image "${req.src}" is not a file.`);
		if (stat.size > MAX_IMAGE_BYTES) return problem("site/image-type", `The image "${req.src}" is larger than 10 MB. Save a smaller copy for the site.`);
		const bytes = readFileSync(real);
		const name = `assets/images/${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${type}`;
		this.files.set(name, bytes);
		return name;
	}
};
function inside(root, abs) {
	const rel = path.relative(root, abs);
	return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
}
function decodeSafe(s) {
	try {
		return decodeURIComponent(s);
	} catch {
		return;
	}
}
function toPosix(p) {
	return p.split(path.sep).join("/");
}
// dist/site/model.js
const s = (v) => {
	if (typeof v === "number") return String(v);
	return str(v)?.trim() ?? "";
};
const slugs = (v) => stringItems(v).map((x) => x.value);
function lessonDates(e) {
	const shared = list(e.data.shared).filter(isRecord).map((x) => s(x.date)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
	const fallback = s(e.data.approved_on) || s(e.data.created);
	return {
		first: shared[0] ?? fallback,
		last: shared[shared.length - 1] ?? fallback
	};
}
const byDateDesc = (a, b) => a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id);
function onStaffSite(e) {
	return e.type === "lesson" && e.id !== void 0 && (lessonStage(e.data.status) >= 2 || e.data.status === "archived");
}
function staffModel(entries) {
	const lessons = [];
	const sources = [];
	const policies = [];
	const shown = new Set(entries.filter(onStaffSite).map((e) => e.id));
	const linkedLessons = new Map();
	const link = (target, lesson) => {
		if (!shown.has(lesson)) return;
		const set = linkedLessons.get(target) ?? new Set();
		set.add(lesson);
		linkedLessons.set(target, set);
	};
	for (const e of entries) {
		if (!onStaffSite(e)) continue;
		const id = e.id;
		for (const x of slugs(e.data.sources)) link(x, id);
		for (const x of slugs(e.data.policies)) link(x, id);
		const dates = lessonDates(e);
		const ev = isRecord(e.data.evaluation) ? e.data.evaluation : void 0;
		lessons.push({
			id,
			file: e.file,
			title: s(e.data.title) || id,
			summary: s(e.data.summary),
			kind: s(e.data.kind),
			status: s(e.data.status),
			created: s(e.data.created),
			date: dates.first,
			lastShared: dates.last,
			themes: slugs(e.data.themes),
			services: slugs(e.data.services),
			audience: slugs(e.data.audience),
			sources: slugs(e.data.sources),
			policies: slugs(e.data.policies),
			actions: list(e.data.actions).filter(isRecord).map((a) => ({
				description: s(a.description),
				owner: s(a.owner),
				due: s(a.due),
				status: s(a.status),
				measure: s(a.measure),
				completed: s(a.completed)
			})),
			approved_by: s(e.data.approved_by),
			approved_on: s(e.data.approved_on),
			shared: list(e.data.shared).filter(isRecord).map((x) => ({
				channel: s(x.channel),
				date: s(x.date)
			})).filter((x) => x.channel || x.date),
			evaluate_by: s(e.data.evaluate_by),
			evaluation: ev ? {
				date: s(ev.date),
				method: s(ev.method),
				result: s(ev.result)
			} : void 0,
			public_summary: e.data.public === true ? s(e.data.public_summary) : ""
		});
	}
	for (const e of entries) {
		if (e.id === void 0) continue;
		if (e.type === "incident") {
			for (const l of slugs(e.data.lessons)) link(e.id, l);
			const harm = isRecord(e.data.harm) ? e.data.harm : {};
			sources.push({
				id: e.id,
				file: e.file,
				title: s(e.data.title) || e.id,
				source: s(e.data.source),
				occurred: s(e.data.occurred),
				service: s(e.data.service),
				status: s(e.data.status),
				response: s(e.data.response),
				harm: {
					physical: s(harm.physical),
					psychological: s(harm.psychological)
				},
				factors: list(e.data.contributory_factors).filter(isRecord).map((f) => ({
					system: s(f.system),
					description: s(f.description)
				})).filter((f) => f.description),
				lessons: []
			});
		} else if (e.type === "policy") {
			for (const l of slugs(e.data.lessons)) link(e.id, l);
			const field = (label, key) => [label, s(fieldOf(e.data, key))];
			policies.push({
				id: e.id,
				file: e.file,
				title: s(e.data.title) || e.id,
				control: [
					field("Reference", "reference"),
					field("Version", "version"),
					field("Replaces", "replaces"),
					field("Status", "status"),
					field("Audience", "audience"),
					field("Author", "author"),
					field("Owner group", "owner_group"),
					field("Ratified by", "ratified_by"),
					field("Ratified on", "ratified_on"),
					field("Implemented on", "implemented_on"),
					field("Review date", "review_date"),
					field("Distribution date", "distribution_date"),
					field("Contact", "contact")
				],
				status: s(e.data.status),
				review_date: s(e.data.review_date),
				lessons: []
			});
		}
	}
	for (const x of [...sources, ...policies]) x.lessons = [...linkedLessons.get(x.id) ?? []].sort();
	lessons.sort(byDateDesc);
	sources.sort((a, b) => a.occurred < b.occurred ? 1 : a.occurred > b.occurred ? -1 : a.id.localeCompare(b.id));
	policies.sort((a, b) => (a.control[0][1] || a.id).localeCompare(b.control[0][1] || b.id) || a.id.localeCompare(b.id));
	return {
		audience: "staff",
		lessons,
		sources,
		policies
	};
}
function publicModel(entries, warn) {
	const sourceKind = new Map();
	for (const e of entries) if (e.type === "incident" && e.id) sourceKind.set(e.id, s(e.data.source));
	const lessons = [];
	for (const e of entries) {
		if (e.type !== "lesson" || e.id === void 0 || lessonStage(e.data.status) < 2 || e.data.public !== true) continue;
		const item = publicLesson(e, sourceKind);
		if (!item) {
			warn?.(`${e.file} is marked public but has no public_summary, so it was left out of the public site.`);
			continue;
		}
		lessons.push({
			id: e.id,
			title: item.title,
			summary: item.summary,
			you_said_we_did: item.you_said_we_did,
			date: lessonDates(e).first
		});
	}
	lessons.sort(byDateDesc);
	return {
		audience: "public",
		lessons
	};
}
// dist/site/pages.js
const STAFF_NAV = [
	{
		path: "index.html",
		label: "Home"
	},
	{
		path: "search.html",
		label: "Search"
	},
	{
		path: "timeline.html",
		label: "Timeline"
	},
	{
		path: "themes/index.html",
		label: "Themes"
	},
	{
		path: "services/index.html",
		label: "Services"
	},
	{
		path: "sources/index.html",
		label: "Learning sources"
	},
	{
		path: "policies/index.html",
		label: "Policies"
	}
];
const PUBLIC_NAV = STAFF_NAV.slice(0, 3);
function siteTitle(meta) {
	return meta.audience === "public" ? "What we have learned" : "Learning library";
}
var Page = class {
	path;
	meta;
	constructor(path, meta) {
		this.path = path;
		this.meta = meta;
	}
	t(value) {
		return escapeHtml(this.meta.redact(value ?? ""));
	}
	href(to) {
		return escapeHtml(relativeTo(this.path, to));
	}
	a(to, text) {
		return to ? `<a href="${this.href(to)}">${this.t(text)}</a>` : this.t(text);
	}
};
function frame(p, title, body, opts = {}) {
	const nav = p.meta.audience === "public" ? PUBLIC_NAV : STAFF_NAV;
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
${opts.description ? `<meta name="description" content="${p.t(opts.description)}">\n` : ""}<link rel="stylesheet" href="${p.href("assets/site.css")}">
<link rel="alternate" type="application/atom+xml" title="Newly shared lessons" href="${p.href("feed.xml")}">
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site"><div class="inner">
<a class="brand" href="${p.href("index.html")}">${p.t(p.meta.organisation)}: ${p.t(name)}</a>
<nav class="site" aria-label="Site"><ul>
${nav.map((n) => `<li><a href="${p.href(n.path)}"${n.path === current ? " aria-current=\"page\"" : ""}>${escapeHtml(n.label)}</a></li>`).join("\n")}
</ul></nav>
${p.path === "search.html" ? "" : `<form class="quick" role="search" action="${p.href("search.html")}" method="get">
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
<p>${p.t(p.meta.organisation)}. ${p.meta.audience === "public" ? "What patients, carers and staff told us, and what we changed as a result." : "For staff: approved learning from incidents, complaints, claims, inquests, reviews and good care."} Made on ${escapeHtml(longDate(p.meta.generated))}. <a href="${p.href("feed.xml")}">Newly shared lessons (Atom feed)</a>.</p>
</div></footer>
</body>
</html>
`;
}
const GOOD = "good-practice";
function tags(p, l, links) {
	const parts = [`<span class="tag${l.kind === GOOD ? " good" : ""}">${escapeHtml(kindName(l.kind))}</span>`, `<span class="tag">Status: ${escapeHtml(statusName(l.status))}</span>`];
	for (const t of l.themes) parts.push(links ? `<a class="tag" href="${p.href(themePagePath(t))}">${p.t(label(t))}</a>` : `<span class="tag">${p.t(label(t))}</span>`);
	return `<p>${parts.join("")}</p>`;
}
function lessonCard(p, l) {
	const when = l.date ? `<p class="meta">${l.shared.length ? "First shared" : "Approved"} ${escapeHtml(longDate(l.date))}</p>` : "";
	return `<li${l.kind === GOOD ? " class=\"good\"" : ""}>
<a class="card-title" href="${p.href(entryPagePath({
		type: "lesson",
		id: l.id
	}))}">${p.t(l.title)}</a>
${tags(p, l, false)}${when}
<p>${p.t(l.summary)}</p>
</li>`;
}
function lessonCards(p, lessons, none = "None yet.") {
	return lessons.length ? `<ul class="cards">\n${lessons.map((l) => lessonCard(p, l)).join("\n")}\n</ul>` : `<p class="meta">${escapeHtml(none)}</p>`;
}
function lessonList(p, lessons, none = "None yet.") {
	if (!lessons.length) return `<p class="meta">${escapeHtml(none)}</p>`;
	const item = (l) => `<li${l.kind === GOOD ? " class=\"good\"" : ""}><a href="${p.href(entryPagePath({
		type: "lesson",
		id: l.id
	}))}">${p.t(l.title)}</a> <span class="meta">${escapeHtml(kindName(l.kind))}${l.status === "archived" ? ", archived" : ""}${l.date ? `, ${escapeHtml(longDate(l.date))}` : ""}</span></li>`;
	return `<ul class="list">\n${lessons.map(item).join("\n")}\n</ul>`;
}
function publicCard(p, l) {
	return `<li>
<a class="card-title" href="${p.href(entryPagePath({
		type: "lesson",
		id: l.id
	}, "public"))}">${p.t(l.title)}</a>
<p><span class="tag">${l.you_said_we_did ? "You said, we did" : "What we learned"}</span></p>
<p>${p.t(l.summary)}</p>
</li>`;
}
function facts(p, rows) {
	const shown = rows.filter(([, v]) => v !== "");
	return shown.length ? `<dl class="facts">\n${shown.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join("\n")}\n</dl>` : "";
}
function sections(p, list) {
	return list.map((x) => `<h2>${escapeHtml(x.heading)}</h2>\n${renderBlocksHtml(x.blocks, 3, { redact: p.meta.redact })}`).join("\n");
}
const link = (p, to, text) => to ? {
	link: relativeTo(p.path, to),
	text
} : text;
const none = (text) => ({
	kind: "paragraph",
	text,
	tone: "meta"
});
function lessonPage(p, l, bodyHtml, today, look) {
	const parts = [tags(p, l, true)];
	parts.push(facts(p, [
		["Services", l.services.map((s) => `<a href="${p.href(servicePagePath(s))}">${p.t(label(s))}</a>`).join(", ")],
		["For", p.t(l.audience.map(label).join(", "))],
		["Approved", l.approved_on ? `${escapeHtml(longDate(l.approved_on))}${l.approved_by ? ` by ${p.t(l.approved_by)}` : ""}` : ""],
		["Shared", l.shared.map((s) => `${escapeHtml(channelName(s.channel))} ${escapeHtml(longDate(s.date))}`).join(", ")],
		["Reference", p.t(l.id)]
	]));
	const before = [{
		heading: "Summary",
		blocks: [paragraph(l.summary)]
	}];
	if (l.public_summary) before.push({
		heading: "For patients and carers",
		blocks: [paragraph(l.public_summary)]
	});
	parts.push(sections(p, before));
	if (bodyHtml) parts.push(`<div class="body">\n${bodyHtml}\n</div>`);
	const actions = {
		kind: "table",
		caption: "What was agreed, who owns it, and where it stands",
		headers: [
			"Action",
			"Owner",
			"Due",
			"Status",
			"Measure"
		],
		rows: l.actions.map((a) => {
			const overdue = isOverdue(a.due, a.status, today);
			const state = `${statusName(a.status || null)}${a.status === "done" && a.completed ? ` (${longDate(a.completed)})` : ""}${overdue ? ", overdue" : ""}`;
			return [
				a.description,
				a.owner,
				a.due ? longDate(a.due) : "not set",
				state,
				a.measure
			];
		})
	};
	const sourceItems = l.sources.map((id) => {
		const s = look.source(id);
		return s ? [link(p, entryPagePath({
			type: "incident",
			id
		}), s.title), ` (${SOURCE_KIND.label(s.source || "source")})`] : id;
	});
	const policyItems = l.policies.map((id) => {
		const pol = look.policy(id);
		const ref = pol?.control.find(([k]) => k === "Reference")?.[1];
		return pol ? [link(p, entryPagePath({
			type: "policy",
			id
		}), pol.title), ref ? ` (${ref})` : ""] : id;
	});
	const evaluated = l.evaluation && (l.evaluation.result || l.evaluation.method);
	parts.push(sections(p, [
		{
			heading: "Actions",
			blocks: l.actions.length ? [actions] : [none("No actions recorded.")]
		},
		{
			heading: "Where this learning came from",
			blocks: sourceItems.length ? [{
				kind: "list",
				items: sourceItems
			}] : [none("No learning source is linked.")]
		},
		{
			heading: "Policies",
			blocks: policyItems.length ? [{
				kind: "list",
				items: policyItems
			}] : [none("No policy is linked.")]
		},
		{
			heading: "Evaluation",
			blocks: evaluated && l.evaluation ? [{
				kind: "table",
				caption: "How embedding was checked",
				headers: [
					"Checked",
					"How",
					"What it found"
				],
				rows: [[
					longDate(l.evaluation.date) || "not recorded",
					l.evaluation.method,
					l.evaluation.result
				]]
			}] : [none(`Not evaluated yet.${l.evaluate_by ? ` To be checked by ${longDate(l.evaluate_by)}.` : ""}`)]
		}
	]));
	return frame(p, l.title, parts.join("\n"), {
		nav: "search.html",
		description: l.summary
	});
}
function sourcePage(p, s, look) {
	const harm = [s.harm.physical && `physical: ${PHYSICAL_HARM.phrase(s.harm.physical)}`, s.harm.psychological && `psychological: ${PSYCHOLOGICAL_HARM.phrase(s.harm.psychological)}`].filter(Boolean).join("; ");
	const about = {
		kind: "table",
		caption: "About this learning source",
		headers: ["Field", "Value"],
		rows: [
			["Kind", SOURCE_KIND.label(s.source || "not recorded")],
			["When", s.occurred ? s.occurred.length === 7 ? s.occurred : longDate(s.occurred) : "not recorded"],
			["Service", s.service ? label(s.service) : "not recorded"],
			["Harm", harm || "not recorded"],
			["Learning response", RESPONSE.label(s.response || "not recorded")],
			["Status", statusName(s.status || null)],
			["Reference", s.id]
		]
	};
	const parts = [
		renderBlocksHtml([about, ...s.service ? [paragraph(["More from this service: ", link(p, servicePagePath(s.service), label(s.service))], "meta")] : []], 3, { redact: p.meta.redact }),
		"<h2>Lessons from it</h2>",
		s.lessons.length ? lessonCards(p, s.lessons.map((id) => look.lesson(id)).filter((l) => l !== void 0)) : "<p class=\"meta\">No approved lesson yet.</p>"
	];
	if (s.factors.length) parts.push(sections(p, [{
		heading: "Contributory factors",
		blocks: [{
			kind: "table",
			caption: "What in the work system contributed",
			headers: ["Part of the work system", "What contributed"],
			rows: s.factors.map((f) => [SEIPS_SYSTEM.label(f.system || "other"), f.description])
		}]
	}]));
	return frame(p, s.title, parts.join("\n"), { nav: "sources/index.html" });
}
function policyPage(p, pol, look) {
	const dates = new Set([
		"Ratified on",
		"Implemented on",
		"Review date",
		"Distribution date"
	]);
	const parts = [
		sections(p, [{
			heading: "Document control",
			blocks: [{
				kind: "table",
				caption: "Document control",
				headers: ["Field", "Value"],
				rows: pol.control.filter(([, v]) => v !== "").map(([k, v]) => [k, dates.has(k) ? longDate(v) : k === "Status" ? statusName(v) : v])
			}]
		}]),
		"<h2>Lessons that changed it</h2>",
		pol.lessons.length ? lessonCards(p, pol.lessons.map((id) => look.lesson(id)).filter((l) => l !== void 0)) : "<p class=\"meta\">No approved lesson is linked.</p>"
	];
	return frame(p, pol.title, parts.join("\n"), { nav: "policies/index.html" });
}
function publicLessonPage(p, l) {
	const parts = [`<p><span class="tag">${l.you_said_we_did ? "You said, we did" : "What we learned"}</span></p>`, `<p>${p.t(l.summary)}</p>`];
	if (l.date) parts.push(`<p class="meta">Shared ${escapeHtml(longDate(l.date).replace(/^\d+ /, ""))}.</p>`);
	return frame(p, l.title, parts.join("\n"), {
		nav: "search.html",
		description: l.summary
	});
}
// dist/site/build.js
function vendorMiniSearch() {
	const main = createRequire(new URL("../site/build.js", import.meta.url).href).resolve("minisearch");
	const dir = path.resolve(path.dirname(main), "..");
	const pkg = JSON.parse(readFileSync(path.join(dir, "..", "package.json"), "utf8"));
	return `/*! MiniSearch ${pkg.version}, ${pkg.license} licence, copied from node_modules/minisearch/dist/umd/index.js by lessons site */\n${readFileSync(path.join(dir, "umd", "index.js"), "utf8")}`;
}
async function buildSite(input) {
	const meta = {
		audience: input.audience,
		organisation: input.config.organisation,
		generated: input.today,
		redact: input.redact
	};
	const problems = [];
	let pages = 0;
	const emitPage = async (path, html) => {
		pages++;
		await input.emit(path, html);
	};
	const docs = [];
	const indexer = input.indexer ?? inThreadIndexer();
	const addDoc = (doc, keywords) => {
		doc.b = doc.b.map(input.redact);
		for (const k of Object.keys(doc.f)) doc.f[k] = doc.f[k].map(input.redact);
		indexer.add({
			id: docs.length,
			t: doc.t,
			s: doc.s,
			k: keywords
		});
		docs.push(doc);
	};
	const R = input.redact;
	let filters;
	let lessonCount;
	if (input.audience === "public") {
		const model = publicModel(input.entries, input.warn);
		lessonCount = model.lessons.length;
		for (const l of model.lessons) {
			const page = entryPagePath({
				type: "lesson",
				id: l.id
			}, "public");
			await emitPage(page, publicLessonPage(new Page(page, meta), l));
			const category = l.you_said_we_did ? "you-said-we-did" : "what-we-learned";
			addDoc({
				t: R(l.title),
				u: page,
				s: R(l.summary),
				b: [l.you_said_we_did ? "You said, we did" : "What we learned"],
				f: { category: [category] },
				m: l.date.slice(0, 7)
			}, "");
		}
		filters = [{
			name: "category",
			label: "Kind of learning",
			options: [["you-said-we-did", "You said, we did"], ["what-we-learned", "What we learned"]]
		}];
		await emitPage("index.html", publicHome(new Page("index.html", meta), model.lessons, input.config));
		await emitPage("timeline.html", timeline(new Page("timeline.html", meta), model.lessons, (p, items) => `<ul class="cards">\n${items.map((l) => publicCard(p, l)).join("\n")}\n</ul>`));
		await input.emit("feed.xml", feed(meta, input.baseUrl, model.lessons.map((l) => ({
			id: l.id,
			title: l.title,
			summary: l.summary,
			date: l.date
		}))));
	} else {
		const model = staffModel(input.entries);
		lessonCount = model.lessons.length;
		const lessons = new Map(model.lessons.map((l) => [l.id, l]));
		const sources = new Map(model.sources.map((s) => [s.id, s]));
		const policies = new Map(model.policies.map((p) => [p.id, p]));
		const look = {
			lesson: (id) => lessons.get(id),
			source: (id) => sources.get(id),
			policy: (id) => policies.get(id)
		};
		const images = new Images(input.root, (p) => problems.push(p));
		const pageOfFile = new Map();
		for (const e of input.entries) {
			const to = entryPagePath(e);
			if (to && (e.type !== "lesson" || lessons.has(e.id))) pageOfFile.set(e.file, to);
		}
		for (const l of model.lessons) {
			const page = entryPagePath({
				type: "lesson",
				id: l.id
			});
			const p = new Page(page, meta);
			const read = input.readBody(l.file);
			const body = read?.body ?? "";
			await emitPage(page, lessonPage(p, l, markdownToHtml(R(body), {
				headingBase: 1,
				text: R,
				image: (req) => {
					const to = images.resolve(l.file, read?.line ?? 1, req);
					return to ? relativeTo(page, to) : void 0;
				},
				link: (href) => {
					if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || !/\.md(#.*)?$/i.test(href)) return href;
					const target = path.posix.normalize(path.posix.join(path.posix.dirname(l.file), decodeURIComponent(href.replace(/#.*$/, ""))));
					const to = pageOfFile.get(target);
					return to ? relativeTo(page, to) : void 0;
				}
			}), input.today, look));
			const sourceKinds = [...new Set(l.sources.map((id) => sources.get(id)?.source).filter((k) => Boolean(k)))];
			addDoc({
				t: R(l.title),
				u: page,
				s: R(l.summary),
				b: [
					"Lesson",
					kindName(l.kind),
					capital(statusName(l.status)),
					...l.themes.map(label)
				],
				...l.kind === "good-practice" ? { g: 1 } : {},
				f: {
					type: ["lesson"],
					theme: l.themes,
					service: l.services,
					kind: l.kind ? [l.kind] : [],
					status: l.status ? [l.status] : [],
					source: sourceKinds
				},
				m: l.date.slice(0, 7)
			}, R([
				l.id,
				...l.themes.map(label),
				...l.services.map(label)
			].join(" ")));
		}
		for (const s of model.sources) {
			const page = entryPagePath({
				type: "incident",
				id: s.id
			});
			await emitPage(page, sourcePage(new Page(page, meta), s, look));
			const themes = [...new Set(s.lessons.flatMap((id) => lessons.get(id)?.themes ?? []))];
			addDoc({
				t: R(s.title),
				u: page,
				s: R(`${SOURCE_KIND.label(s.source || "source")}${s.service ? `, ${label(s.service)}` : ""}. ${s.lessons.length} lesson${s.lessons.length === 1 ? "" : "s"}.`),
				b: [
					"Learning source",
					SOURCE_KIND.label(s.source || "source"),
					capital(statusName(s.status || null))
				],
				f: {
					type: ["source"],
					theme: themes,
					service: s.service ? [s.service] : [],
					kind: [],
					status: s.status ? [s.status] : [],
					source: s.source ? [s.source] : []
				},
				m: s.occurred.slice(0, 7)
			}, R([
				s.id,
				label(s.service),
				RESPONSE.label(s.response),
				...s.factors.map((f) => f.description)
			].join(" ")));
		}
		for (const pol of model.policies) {
			const page = entryPagePath({
				type: "policy",
				id: pol.id
			});
			await emitPage(page, policyPage(new Page(page, meta), pol, look));
			const ref = pol.control.find(([k]) => k === "Reference")?.[1] ?? "";
			const themes = [...new Set(pol.lessons.flatMap((id) => lessons.get(id)?.themes ?? []))];
			const date = pol.control.find(([k]) => k === "Ratified on")?.[1] || pol.control.find(([k]) => k === "Implemented on")?.[1] || "";
			addDoc({
				t: R(pol.title),
				u: page,
				s: R(`${ref} version ${pol.control[1][1]}`),
				b: ["Policy", capital(statusName(pol.status || null))],
				f: {
					type: ["policy"],
					theme: themes,
					service: [],
					kind: [],
					status: pol.status ? [pol.status] : [],
					source: []
				},
				m: date.slice(0, 7)
			}, R(pol.control.map(([, v]) => v).join(" ")));
		}
		const themeSlugs = ordered(model.lessons.flatMap((l) => l.themes), input.config.taxonomy.themes);
		const serviceSlugs = ordered([...model.lessons.flatMap((l) => l.services), ...model.sources.map((s) => s.service).filter(Boolean)], input.config.taxonomy.services);
		for (const t of themeSlugs) {
			const page = themePagePath(t);
			const p = new Page(page, meta);
			const these = model.lessons.filter((l) => l.themes.includes(t));
			await emitPage(page, frame(p, label(t), `<p>${these.length} lesson${these.length === 1 ? "" : "s"}, most recently shared first.</p>\n${lessonList(p, these)}`, { nav: "themes/index.html" }));
		}
		for (const sv of serviceSlugs) {
			const page = servicePagePath(sv);
			const p = new Page(page, meta);
			const these = model.lessons.filter((l) => l.services.includes(sv));
			const srcs = model.sources.filter((s) => s.service === sv);
			await emitPage(page, frame(p, label(sv), `<h2>Lessons</h2>\n${lessonList(p, these)}\n<h2>Learning sources</h2>\n${srcs.length ? `<ul>${srcs.map((s) => `<li>${p.a(entryPagePath({
				type: "incident",
				id: s.id
			}), s.title)} <span class="meta">(${escapeHtml(SOURCE_KIND.label(s.source || "source"))})</span></li>`).join("")}</ul>` : "<p class=\"meta\">None.</p>"}`, { nav: "services/index.html" }));
		}
		const countList = (p, slugs, pagePath, count) => `<ul class="columns">${slugs.map((s) => `<li><a href="${p.href(pagePath(s))}">${p.t(label(s))}</a> <span class="meta">(${count(s)})</span></li>`).join("")}</ul>`;
		{
			const p = new Page("themes/index.html", meta);
			await emitPage(p.path, frame(p, "Themes", themeSlugs.length ? countList(p, themeSlugs, themePagePath, (t) => model.lessons.filter((l) => l.themes.includes(t)).length) : "<p class=\"meta\">None yet.</p>"));
		}
		{
			const p = new Page("services/index.html", meta);
			await emitPage(p.path, frame(p, "Services", serviceSlugs.length ? countList(p, serviceSlugs, servicePagePath, (s) => model.lessons.filter((l) => l.services.includes(s)).length + model.sources.filter((x) => x.service === s).length) : "<p class=\"meta\">None yet.</p>"));
		}
		{
			const p = new Page("sources/index.html", meta);
			const rows = model.sources.map((s) => `<tr><th scope="row">${p.a(entryPagePath({
				type: "incident",
				id: s.id
			}), s.title)}</th><td>${escapeHtml(SOURCE_KIND.label(s.source || "–"))}</td><td>${p.t(s.occurred || "–")}</td><td>${p.t(label(s.service || "–"))}</td><td>${escapeHtml(RESPONSE.label(s.response || "–"))}</td><td>${s.lessons.length}</td></tr>`);
			await emitPage(p.path, frame(p, "Learning sources", `<p>Incidents, complaints, claims, inquests, reviews, audits and reports of good care that lessons came from, most recent first.</p>\n<table>\n<caption>Learning sources</caption>\n<thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">When</th><th scope="col">Service</th><th scope="col">Learning response</th><th scope="col">Lessons</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`));
		}
		{
			const p = new Page("policies/index.html", meta);
			const rows = model.policies.map((pol) => `<tr><th scope="row">${p.a(entryPagePath({
				type: "policy",
				id: pol.id
			}), pol.title)}</th><td>${p.t(pol.control[0][1] || "–")}</td><td>${p.t(pol.control[1][1] || "–")}</td><td>${escapeHtml(statusName(pol.status || null))}</td><td>${escapeHtml(pol.review_date ? longDate(pol.review_date) : "–")}</td><td>${pol.lessons.length}</td></tr>`);
			await emitPage(p.path, frame(p, "Policies", `<p>Policies and their document control, with the lessons that changed them.</p>\n<table>\n<caption>Policies</caption>\n<thead><tr><th scope="col">Policy</th><th scope="col">Reference</th><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Review date</th><th scope="col">Lessons</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`));
		}
		await emitPage("index.html", staffHome(new Page("index.html", meta), model.lessons, themeSlugs));
		await emitPage("timeline.html", timeline(new Page("timeline.html", meta), model.lessons, (p, items) => lessonList(p, items)));
		const recent = [...model.lessons].filter((l) => l.shared.length).sort((a, b) => a.lastShared < b.lastShared ? 1 : a.lastShared > b.lastShared ? -1 : a.id.localeCompare(b.id));
		await input.emit("feed.xml", feed(meta, input.baseUrl, recent.map((l) => ({
			id: l.id,
			title: l.title,
			summary: l.summary,
			date: l.lastShared
		}))));
		for (const [file, bytes] of images.files) await input.emit(file, bytes);
		const present = (key) => new Set(docs.flatMap((d) => d.f[key] ?? []));
		const opts = (values, key, name) => {
			const have = present(key);
			const known = values.filter((v) => have.has(v));
			const extra = [...have].filter((v) => !values.includes(v)).sort();
			return [...known, ...extra].map((v) => [v, name(v)]);
		};
		filters = [
			{
				name: "type",
				label: "Type",
				options: [
					["lesson", "Lessons"],
					["source", "Learning sources"],
					["policy", "Policies"]
				]
			},
			{
				name: "theme",
				label: "Theme",
				options: themeSlugs.map((t) => [t, label(t)])
			},
			{
				name: "service",
				label: "Service",
				options: serviceSlugs.map((s) => [s, label(s)])
			},
			{
				name: "kind",
				label: "Kind of lesson",
				options: opts(LESSON_KINDS, "kind", kindName)
			},
			{
				name: "status",
				label: "Status",
				options: opts([
					...LESSON_STATUSES,
					"open",
					"under-review",
					"closed",
					"draft",
					"consultation",
					"authorised",
					"superseded",
					"withdrawn"
				], "status", (v) => capital(statusName(v)))
			},
			{
				name: "source",
				label: "Source kind",
				options: opts(SOURCE_KINDS, "source", SOURCE_KIND.label)
			}
		];
	}
	const months = [...new Set(docs.map((d) => d.m).filter((m) => /^\d{4}-\d{2}$/.test(m)))].sort();
	const index = `${JSON.stringify({
		options: SEARCH_OPTIONS,
		filters: filters.map((f) => f.name),
		goodLabel: kindName("good-practice"),
		docs
	}).slice(0, -1)},"index":${await indexer.finish()}}`;
	await input.emit("assets/search-index.js", `window.LESSONS_SEARCH = ${index.replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)};\n`);
	await input.emit("assets/minisearch.js", vendorMiniSearch());
	await input.emit("assets/search.js", SEARCH_JS);
	await input.emit("assets/site.css", SITE_CSS);
	await emitPage("search.html", searchPage(new Page("search.html", meta), filters, months));
	await input.emit("lessons-site.json", `${JSON.stringify({
		generator: "lessons site",
		audience: input.audience,
		generated: input.today,
		pages,
		lessons: lessonCount
	}, null, 2)}\n`);
	return {
		problems,
		pages,
		lessons: lessonCount,
		indexBytes: index.length
	};
}
function capital(s) {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
function ordered(values, order) {
	const set = new Set(values.filter(Boolean));
	const first = (order ?? []).filter((v) => set.has(v));
	return [...first, ...[...set].filter((v) => !first.includes(v)).sort()];
}
function staffHome(p, lessons, themes) {
	const shared = lessons.filter((l) => l.shared.length && l.status !== "archived");
	const recent = [...shared].sort((a, b) => a.lastShared < b.lastShared ? 1 : a.lastShared > b.lastShared ? -1 : a.id.localeCompare(b.id)).slice(0, 8);
	const good = recent.length ? shared.filter((l) => l.kind === "good-practice").sort((a, b) => a.lastShared < b.lastShared ? 1 : -1).slice(0, 4) : [];
	const counts = new Map();
	for (const l of lessons) for (const t of l.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
	return frame(p, siteTitle(p.meta), `<p>Every approved lesson, where it came from, what changed and how we checked that it worked. <a href="${p.href("search.html")}">Search and filter</a> by theme, service, kind, status, source or month.</p>
<h2>Good practice</h2>
${lessonCards(p, good, "No good practice has been shared yet.")}
<h2>Recently shared</h2>
${lessonCards(p, recent, "No lesson has been shared yet.")}
<h2>Themes</h2>
${themes.length ? `<ul class="columns">${themes.map((t) => `<li><a href="${p.href(themePagePath(t))}">${p.t(label(t))}</a> <span class="meta">(${counts.get(t) ?? 0})</span></li>`).join("")}</ul>` : "<p class=\"meta\">None yet.</p>"}
<p><a href="${p.href("timeline.html")}">All lessons by month</a></p>`);
}
function publicHome(p, lessons, config) {
	const youSaid = lessons.filter((l) => l.you_said_we_did).slice(0, 6);
	const learned = lessons.filter((l) => !l.you_said_we_did).slice(0, 6);
	const list = (items, none) => items.length ? `<ul class="cards">\n${items.map((l) => publicCard(p, l)).join("\n")}\n</ul>` : `<p class="meta">${escapeHtml(none)}</p>`;
	return frame(p, siteTitle(p.meta), `<p>What ${p.t(config.organisation)} has learned from what patients, carers and staff told us, and what we changed as a result. <a href="${p.href("search.html")}">Search everything</a>.</p>
<h2>You said, we did</h2>
${list(youSaid, "Nothing to show yet.")}
<h2>What we learned</h2>
${list(learned, "Nothing to show yet.")}
<p><a href="${p.href("timeline.html")}">Everything by month</a></p>${contact(p, config)}`);
}
function contact(p, config) {
	const c = config.public.contact;
	if (!c.phone && !c.email && !c.url) return "";
	return `\n<h2>Contact PALS</h2>\n${renderBlocksHtml(contactBlocks(c), 3, { redact: p.meta.redact })}`;
}
function timeline(p, items, cards) {
	const byMonth = new Map();
	for (const it of items) {
		const m = /^\d{4}-\d{2}/.test(it.date) ? it.date.slice(0, 7) : "undated";
		byMonth.set(m, [...byMonth.get(m) ?? [], it]);
	}
	const months = [...byMonth.keys()].sort().reverse();
	const monthName = (m) => m === "undated" ? "No date recorded" : longDate(`${m}-01`).replace(/^1 /, "");
	return frame(p, "Timeline", `<p>Lessons by the month they were first shared (or approved), newest first.</p>
${months.length ? `<nav aria-label="Months"><ul class="columns">${months.map((m) => `<li><a href="#m-${m}">${escapeHtml(monthName(m))}</a> <span class="meta">(${byMonth.get(m)?.length})</span></li>`).join("")}</ul></nav>` : "<p class=\"meta\">Nothing yet.</p>"}
${months.map((m) => `<h2 id="m-${m}">${escapeHtml(monthName(m))}</h2>\n${cards(p, byMonth.get(m))}`).join("\n")}`);
}
function searchPage(p, filters, months) {
	const select = (name, text, options, any) => `<div><label for="f-${name}">${escapeHtml(text)}</label><select id="f-${name}" name="${name}"><option value="">${escapeHtml(any)}</option>${options.map(([v, l]) => `<option value="${p.t(v)}">${p.t(l)}</option>`).join("")}</select></div>`;
	const monthOptions = months.map((m) => [m, shortMonth(m)]);
	return frame(p, "Search", `<form id="search-form" role="search" action="search.html" method="get">
<div class="search-main"><div><label for="q">Search for</label><input id="q" name="q" type="search" autocomplete="off" aria-describedby="search-help"></div><button type="submit">Search</button></div>
<p id="search-help" class="meta">Words from a title or summary, a theme, a service or an action. Results appear as you type; leave it empty to browse with the filters.</p>
<fieldset class="filters"><legend>Filters</legend><div class="filter-grid">
${filters.filter((f) => f.options.length).map((f) => select(f.name, f.label, f.options, "Any")).join("\n")}
${select("from", "From month", monthOptions, "Any")}
${select("to", "To month", monthOptions, "Any")}
</div></fieldset>
</form>
<h2>Results</h2>
<p id="search-status" role="status" aria-live="polite">Loading the search index…</p>
<noscript><p>Search needs JavaScript. You can still browse by <a href="timeline.html">month</a>${p.meta.audience === "staff" ? " or <a href=\"themes/index.html\">theme</a>" : ""}.</p></noscript>
<ol id="results" class="results"></ol>
<script src="${p.href("assets/search-index.js")}"><\/script>
<script src="${p.href("assets/minisearch.js")}"><\/script>
<script src="${p.href("assets/search.js")}"><\/script>`);
}
function xml(s) {
	return s.replace(/[&<>"']/g, (c) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&apos;"
	})[c]);
}
function feed(meta, baseUrl, items) {
	const pageOf = (id) => entryPagePath({
		type: "lesson",
		id
	}, meta.audience);
	const R = meta.redact;
	const when = (d) => /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : `${meta.generated}T00:00:00Z`;
	const top = items.slice(0, 50);
	const updated = top.length ? top.map((i) => when(i.date)).sort().reverse()[0] : when(meta.generated);
	const feedId = baseUrl ? `${baseUrl}/feed.xml` : `urn:lessons:${slugFile(meta.organisation)}:${meta.audience}`;
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${baseUrl ? ` xml:base="${xml(baseUrl)}/"` : ""}>
<title>${xml(R(meta.organisation))}: ${meta.audience === "public" ? "what we have learned" : "newly shared lessons"}</title>
<id>${xml(feedId)}</id>
<updated>${updated}</updated>
<link rel="self" href="feed.xml"/>
<link rel="alternate" type="text/html" href="index.html"/>
<author><name>${xml(R(meta.organisation))}</name></author>
<generator>lessons site</generator>
${top.map((i) => {
		const page = pageOf(i.id);
		return `<entry>
<title>${xml(R(i.title))}</title>
<id>${xml(baseUrl ? `${baseUrl}/${page}` : `urn:lessons:${slugFile(meta.organisation)}:${meta.audience}:${page.replace(/^lessons\/|\.html$/g, "")}`)}</id>
<link rel="alternate" type="text/html" href="${xml(page)}"/>
<updated>${when(i.date)}</updated>
<summary>${xml(R(i.summary))}</summary>
</entry>`;
	}).join("\n")}
</feed>
`;
}
// dist/commands/site.js
const MARKER = "lessons-site.json";
const DEFAULT_OUT = {
	staff: "_site",
	public: "_site-public"
};
function real(p) {
	try {
		return realpathSync(p);
	} catch {
		return path.resolve(p);
	}
}
function within(parent, child) {
	const rel = path.relative(parent, child);
	return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
async function run(ctx, opts) {
	const audience = opts.audience ?? "staff";
	if (opts.baseUrl !== void 0 && !/^https?:\/\/[^\s/?#]+[^\s?#]*$/.test(opts.baseUrl)) throw new UsageError(`--base-url must be a web address starting with https:// or http://, e.g. https://intranet.example.nhs.uk/lessons (got "${opts.baseUrl}").`);
	const today = await ctx.today();
	const repo = await ctx.repository();
	const baseUrl = (opts.baseUrl ?? repo.config.site.base_url)?.replace(/\/+$/, "");
	if (opts.out !== void 0 && opts.out.trim() === "") throw new UsageError("--out needs a folder name, e.g. --out _site.");
	const out = opts.out !== void 0 ? path.resolve(ctx.start, opts.out) : path.join(repo.root, DEFAULT_OUT[audience]);
	const shown = toPosix$1(path.relative(ctx.io.cwd, out)) || ".";
	const parent = path.dirname(out);
	if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new UsageError(`Cannot write the site to ${shown}: the folder ${parent} does not exist. Create it first, or choose another place.`);
	const target = path.join(real(parent), path.basename(out));
	if (within(real(repo.contentRoot), target)) throw new RefusedError(`Refusing to write the site to ${shown}: it is inside the content folder, where every Markdown file is read as an entry. Use a folder next to it, e.g. ${DEFAULT_OUT[audience]}.`);
	if (within(target, real(repo.root))) throw new RefusedError(`Refusing to write the site to ${shown}: that folder holds the repository itself. Use a new folder, e.g. ${DEFAULT_OUT[audience]}.`);
	if (existsSync(target)) {
		if (!statSync(target).isDirectory()) throw new UsageError(`Cannot write the site to ${shown}: it is a file. Give a folder name.`);
		if (readdirSync(target).length > 0 && !existsSync(path.join(target, MARKER))) throw new RefusedError(`Refusing to replace ${shown}: it is not empty and was not made by "lessons site". Choose an empty or new folder.`);
	}
	const bar = progress(ctx.io.stderr, "Reading entries", !ctx.globals.quiet);
	tuneCompiler();
	const files = listEntryFiles(repo);
	const entries = [];
	const skipped = [];
	const bodies = new Map();
	files.forEach((file, i) => {
		const read = readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes);
		if (read.data) {
			entries.push(indexEntry(file, read.data));
			if (audience === "staff" && read.data.type === "lesson" && read.fm) bodies.set(file, {
				body: read.fm.body,
				line: read.fm.bodyLine
			});
		} else skipped.push(file);
		bar.update(i + 1, files.length);
	});
	bar.done();
	if (!ctx.globals.quiet) ctx.io.stderr.write(skippedNote(skipped));
	const tmp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
	mkdirSync(tmp);
	const interrupted = () => {
		rmSync(tmp, {
			recursive: true,
			force: true
		});
		process.kill(process.pid, "SIGINT");
	};
	process.once("SIGINT", interrupted);
	const made = new Set([tmp]);
	const WRITES = 32;
	const writing = new Set();
	let failed;
	const settle = async () => {
		await Promise.all(writing);
		if (failed) throw failed;
	};
	try {
		const result = await buildSite({
			audience,
			entries,
			config: repo.config,
			today,
			root: repo.root,
			baseUrl,
			redact: redactor(repo.config),
			readBody: (file) => bodies.get(file),
			warn: (message) => ctx.warn(message),
			indexer: indexerFor(entries.length, ctx.io.env),
			async emit(sitePath, content) {
				const abs = path.join(tmp, ...sitePath.split("/"));
				const dir = path.dirname(abs);
				if (!made.has(dir)) {
					mkdirSync(dir, { recursive: true });
					made.add(dir);
				}
				const done = writeFile(abs, content).catch((err) => {
					failed ??= err;
				}).finally(() => writing.delete(done));
				writing.add(done);
				if (writing.size >= WRITES) await Promise.race(writing);
				if (failed) throw failed;
			}
		});
		await settle();
		if (result.problems.length) {
			rmSync(tmp, {
				recursive: true,
				force: true
			});
			const { loadReporter } = await import("./reporters.js");
			const pretty = await loadReporter("pretty");
			const files = new Set(result.problems.map((p) => p.file));
			ctx.io.stdout.write(pretty({
				summary: {
					files: files.size,
					errors: result.problems.length,
					warnings: 0
				},
				problems: result.problems,
				checked: [...files]
			}, {
				color: ctx.colour("stdout"),
				root: repo.root,
				env: ctx.io.env,
				version: version()
			}));
			ctx.io.stderr.write(`lessons: the site was not built (${shown} is unchanged): fix the problems above and run "lessons site" again.\n`);
			return 1;
		}
		const old = existsSync(target) ? `${target}.${randomBytes(6).toString("hex")}.old` : void 0;
		if (old) renameSync(target, old);
		renameSync(tmp, target);
		if (old) rmSync(old, {
			recursive: true,
			force: true
		});
		ctx.note(`built the ${audience} site: ${result.pages} pages, ${result.lessons} lesson${result.lessons === 1 ? "" : "s"}. Open ${path.join(shown, "index.html")} in a browser, or publish the folder.`);
		ctx.io.stdout.write(`${shown}\n`);
		return 0;
	} catch (err) {
		await Promise.allSettled(writing);
		rmSync(tmp, {
			recursive: true,
			force: true
		});
		throw err;
	} finally {
		process.removeListener("SIGINT", interrupted);
	}
}
export { DEFAULT_OUT, run };
