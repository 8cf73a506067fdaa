/**
 * The site's stylesheet and search script (written into `assets/`). The search library's browser
 * build is copied from node_modules at build time (see build.ts): nothing is loaded from a CDN.
 *
 * The colours are the digests' palette (src/digest/html.ts), whose text pairs are checked for
 * WCAG AA contrast; the print rules hide navigation and search and put the content on A4.
 */
import { PALETTE as P } from '../document/html-parts.js';
export const SITE_CSS = `*{box-sizing:border-box}
html{color:${P.text};background:${P.page}}
body{font-family:Arial,Helvetica,sans-serif;font-size:1rem;line-height:1.5;margin:0}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:${P.heading};padding:.5rem 1rem;z-index:2}
.skip:focus{left:1rem}
header.site{background:${P.heading};color:#fff;padding:.75rem 0}
header.site .inner,main,footer.site .inner{max-width:62rem;margin:0 auto;padding:0 1rem}
header.site a{color:#fff}
.brand{font-weight:bold;font-size:1.15rem;text-decoration:none;display:inline-block;margin-bottom:.35rem}
nav.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem}
nav.site a[aria-current="page"]{font-weight:bold}
form.quick{margin:.5rem 0 0;display:flex;gap:.4rem;flex-wrap:wrap;align-items:center}
form.quick label{font-weight:bold}
input,select,button{font:inherit;color:${P.text};background:#fff;border:2px solid ${P.text};border-radius:0;padding:.25rem .4rem;min-height:2.25rem}
button{background:${P.heading};color:#fff;border-color:${P.heading};cursor:pointer;font-weight:bold}
header.site button{background:#fff;color:${P.heading};border-color:#fff}
a{color:#004b93}
a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid #ffb81c;outline-offset:0;box-shadow:0 0 0 6px ${P.text};background:#ffeb3b;color:${P.text}}
main{padding-top:1rem;padding-bottom:1rem}
h1{color:${P.heading};font-size:2rem;line-height:1.2;margin:.75rem 0}
h2{color:${P.heading};font-size:1.45rem;margin:1.75rem 0 .6rem;border-bottom:1px solid ${P.rule};padding-bottom:.2rem}
h3{font-size:1.2rem;margin:1.25rem 0 .4rem}
h4,h5,h6{font-size:1rem;margin:1rem 0 .3rem}
p{margin:.3rem 0 .7rem}
.meta{color:${P.muted}}
.tag{display:inline-block;border:1px solid ${P.muted};border-radius:3px;padding:0 .4rem;font-size:.9rem;margin:0 .3rem .3rem 0;color:${P.text}}
.tag.good{border-color:${P.goodRule};color:${P.good};font-weight:bold}
.overdue{color:${P.warn};font-weight:bold}
ul.cards{list-style:none;padding:0;margin:0}
ul.cards>li,ol.results>li{border-left:4px solid ${P.bar};padding:.2rem 0 .2rem .9rem;margin:0 0 1.1rem}
ul.cards>li.good,ol.results>li.good{border-left-color:${P.goodRule}}
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
th,td{border:1px solid ${P.rule};padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:${P.headerCell}}
.body img{max-width:100%;height:auto}
blockquote{border-left:4px solid ${P.rule};margin:.5rem 0;padding-left:1rem}
pre{white-space:pre-wrap;background:${P.headerCell};padding:.5rem}
fieldset.filters{border:1px solid ${P.rule};margin:1rem 0;padding:.5rem 1rem 1rem}
fieldset.filters legend{font-weight:bold;padding:0 .3rem}
.filter-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.6rem 1rem}
.filter-grid label,.search-main label{display:block;font-weight:bold;margin-bottom:.15rem}
.filter-grid select{width:100%}
.search-main{display:flex;gap:.5rem;align-items:flex-end;flex-wrap:wrap}
.search-main input{min-width:18rem;flex:1}
ul.columns{columns:2 16rem}
footer.site{border-top:4px solid ${P.bar};margin-top:2rem;padding:1rem 0;color:${P.muted}}
footer.site a{color:#004b93}
@media print{
@page{size:A4;margin:15mm}
body{font-size:11pt}
.skip,nav.site,form.quick,#search-form,#search-status,.no-print{display:none!important}
header.site{background:none;color:${P.text};border-bottom:2px solid ${P.text};padding:0 0 .3rem}
header.site a{color:${P.text}}
main{padding:0}
a{color:${P.text};text-decoration:none}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
ul.cards>li,table,dl.facts{break-inside:avoid}
footer.site{border-top:1px solid ${P.text}}
}
`;
/**
 * The search page's script. It reads the index that assets/search-index.js put on `window`,
 * filters and searches with MiniSearch, and writes results with DOM methods only (never HTML from
 * data). State lives in the address (`?q=…` from other pages' search boxes, `#q=…` while
 * searching), so a search can be bookmarked and Back works. It makes no request.
 */
export const SEARCH_JS = `(function () {
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
