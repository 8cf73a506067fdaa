/**
 * Self-contained HTML for digests and briefings: one file with inline CSS and inline SVG charts
 * drawn here (no scripts, no fonts or images from the web, no external requests), accessible
 * (one h1, headings in order, tables with scoped headers, charts with a title, a description and
 * a data table) and printable (A4 page rules, page breaks between sections, nothing that depends
 * on a background colour to be understood).
 */
import { escapeHtml } from './markdown-source.js';
/** Colours, each text colour checked (in tests) for at least 4.5:1 contrast on its background. */
export const PALETTE = {
    text: '#212b32',
    muted: '#4c6272',
    heading: '#003087',
    page: '#ffffff',
    headerCell: '#f0f4f5',
    rule: '#aeb7bd',
    bar: '#005eb8',
    good: '#00401e',
    goodRule: '#007f3b',
    warn: '#8a1f11',
    /** The band behind the months of the period on a trend chart (issue 15). */
    band: '#e8edee',
};
/** Text/background pairs used in the CSS and SVG (for the contrast test). */
export const TEXT_PAIRS = [
    [PALETTE.text, PALETTE.page],
    [PALETTE.muted, PALETTE.page],
    [PALETTE.heading, PALETTE.page],
    [PALETTE.text, PALETTE.headerCell],
    [PALETTE.good, PALETTE.page],
    [PALETTE.warn, PALETTE.page],
    [PALETTE.text, PALETTE.band],
];
const P = PALETTE;
const FONT = 'Arial, Helvetica, sans-serif';
const BASE_CSS = `*{box-sizing:border-box}
html{color:${P.text};background:${P.page}}
body{font-family:${FONT};font-size:16px;line-height:1.45;max-width:62rem;margin:0 auto;padding:1.5rem}
header.top{border-bottom:4px solid ${P.bar};margin-bottom:1rem;padding-bottom:.5rem}
.org{font-weight:bold;color:${P.heading};margin:0}
h1{color:${P.heading};font-size:1.9rem;line-height:1.2;margin:.25rem 0 .4rem}
h2{color:${P.heading};font-size:1.45rem;border-bottom:1px solid ${P.rule};margin:2rem 0 .75rem;padding-bottom:.2rem}
h3{font-size:1.2rem;margin:1.25rem 0 .3rem}
h4{font-size:1rem;margin:.8rem 0 .2rem}
p{margin:.3rem 0 .6rem}
ul,ol{margin:.3rem 0 .6rem;padding-left:1.4rem}
.meta{color:${P.muted}}
.tag{display:inline-block;border:1px solid ${P.muted};border-radius:3px;padding:0 .35rem;font-size:.85rem;margin:0 .25rem .2rem 0}
.tag.good{border-color:${P.goodRule};color:${P.good};font-weight:bold}
.overdue{color:${P.warn};font-weight:bold}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0;color:${P.text}}
th,td{border:1px solid ${P.rule};padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:${P.headerCell}}
.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}
figcaption{color:${P.muted};font-size:.9rem}
svg{display:block;max-width:100%;height:auto}
.lesson{border-left:4px solid ${P.bar};padding-left:1rem;margin:1rem 0 1.5rem}
.lesson.good{border-left-color:${P.goodRule}}
.subhead{margin-bottom:.1rem}
blockquote{margin:.3rem 0 .6rem 1rem;padding-left:.6rem;border-left:2px solid ${P.rule}}
pre{white-space:pre-wrap;font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;padding:0;list-style:none}
.cards li{border:1px solid ${P.rule};padding:.5rem .75rem;min-width:9rem}
.cards strong{display:block;font-size:1.6rem;color:${P.heading}}
footer{margin-top:2rem;border-top:1px solid ${P.rule};color:${P.muted};font-size:.9rem}
@media print{
@page{size:A4;margin:15mm}
body{max-width:none;padding:0;font-size:10.5pt}
section.sheet{break-before:page}
section.sheet.first{break-before:auto}
.lesson,figure,tr,.cards li{break-inside:avoid}
h2,h3,h4{break-after:avoid}
a{color:inherit;text-decoration:none}
}`;
export function page(o) {
    return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lessons">
<title>${escapeHtml(o.title)} – ${escapeHtml(o.organisation)}</title>
<style>
${BASE_CSS}${o.css ? `\n${o.css}` : ''}
</style>
</head>
<body>
<header class="top">
<p class="org">${escapeHtml(o.organisation)}</p>
<h1>${escapeHtml(o.title)}</h1>
<p class="meta">${o.subtitle}</p>${o.intro ? `\n${o.intro}` : ''}
</header>
<main>
${o.body}
</main>
<footer>
${o.footer}
</footer>
</body>
</html>
`;
}
/** A section of the page; `first` is not preceded by a page break when printed. */
export function sheet(heading, content, first = false, id) {
    return `<section class="sheet${first ? ' first' : ''}"${id ? ` id="${escapeHtml(id)}"` : ''}>
<h2>${escapeHtml(heading)}</h2>
${content}
</section>`;
}
/**
 * A table: column headers have scope="col", the first cell of each row is its row header with
 * scope="row". Cells are escaped; `numeric` columns are right-aligned.
 */
export function table(caption, headers, rows, numeric = []) {
    const cls = (i) => (numeric.includes(i) ? ' class="num"' : '');
    const head = headers.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
    const body = rows
        .map((r) => `<tr>${r
        .map((c, i) => (i === 0 ? `<th scope="row"${cls(i)}>${escapeHtml(String(c))}</th>` : `<td${cls(i)}>${escapeHtml(String(c))}</td>`))
        .join('')}</tr>`)
        .join('\n');
    return `<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
let chartSeq = 0;
/** Resets chart ids, so that the same input always gives the same HTML. */
export function resetChartIds() {
    chartSeq = 0;
}
function describe(kind, bars) {
    if (bars.length === 0)
        return `${kind} with no data.`;
    return `${kind}. ${bars.map((b) => `${b.label}: ${b.value}`).join('; ')}.`;
}
function svgLabel(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** A horizontal bar chart, drawn as inline SVG with a title and a description for screen readers. */
export function barChart(title, bars) {
    const id = `chart-${++chartSeq}`;
    const width = 640;
    const labelW = 230;
    const valueW = 50;
    const rowH = 26;
    const top = 6;
    const height = top * 2 + Math.max(1, bars.length) * rowH;
    const max = Math.max(1, ...bars.map((b) => b.value));
    const scale = (width - labelW - valueW - 10) / max;
    const rows = bars
        .map((b, i) => {
        const y = top + i * rowH;
        const w = Math.round(b.value * scale);
        return (`<text x="${labelW - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(svgLabel(b.label, 32))}</text>` +
            `<rect x="${labelW}" y="${y + 5}" width="${w}" height="16" fill="${P.bar}"></rect>` +
            `<text x="${labelW + w + 6}" y="${y + 18}">${b.value}</text>`);
    })
        .join('\n');
    const empty = bars.length === 0 ? `<text x="${labelW}" y="${top + 18}">No data for this period</text>` : '';
    return `<figure>
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}" font-size="13" fill="${P.text}">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(describe('Bar chart', bars))}</desc>
<line x1="${labelW}" y1="${top}" x2="${labelW}" y2="${height - top}" stroke="${P.muted}"></line>
${rows}${empty}
</svg>
<figcaption>${escapeHtml(title)} (the numbers are also in the table below).</figcaption>
</figure>`;
}
/** A column chart (for months), drawn as inline SVG with a title and a description. */
export function columnChart(title, bars) {
    const id = `chart-${++chartSeq}`;
    const width = 640;
    const height = 220;
    const left = 10;
    const bottom = 30;
    const top = 22;
    const n = Math.max(1, bars.length);
    const slot = (width - left * 2) / n;
    const colW = Math.min(48, slot * 0.6);
    const max = Math.max(1, ...bars.map((b) => b.value));
    const scale = (height - top - bottom) / max;
    const cols = bars
        .map((b, i) => {
        const cx = left + slot * i + slot / 2;
        const h = Math.round(b.value * scale);
        const y = height - bottom - h;
        return (`<rect x="${(cx - colW / 2).toFixed(1)}" y="${y}" width="${colW.toFixed(1)}" height="${h}" fill="${P.bar}"></rect>` +
            `<text x="${cx.toFixed(1)}" y="${y - 5}" text-anchor="middle">${b.value}</text>` +
            `<text x="${cx.toFixed(1)}" y="${height - 10}" text-anchor="middle">${escapeHtml(svgLabel(b.label, 10))}</text>`);
    })
        .join('\n');
    return `<figure>
<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}" font-size="13" fill="${P.text}">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(describe('Column chart by month', bars))}</desc>
<line x1="${left}" y1="${height - bottom}" x2="${width - left}" y2="${height - bottom}" stroke="${P.muted}"></line>
${cols}
</svg>
<figcaption>${escapeHtml(title)} (the numbers are also in the table below).</figcaption>
</figure>`;
}
/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a, b) {
    const lum = (hex) => {
        const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
}
// ---------------------------------------------------------------------------------------------
// Folded figures (issue 15): a chart and its numbers as one figure, for reports that must fit a
// few printed pages.
/**
 * A bar chart folded into its table: a real table (caption, scoped headers, the numbers), with a
 * bar drawn in the last cell of each row (a border, so it prints without background colours);
 * screen readers read the table and skip the bars.
 */
export function barTable(caption, headers, rows) {
    const max = Math.max(1, ...rows.map((r) => r[1]));
    const body = rows
        .map(([label, value]) => {
        const w = Math.round((value / max) * 100);
        // A bar drawn as a top border: borders print even when background colours do not.
        return `<tr><th scope="row">${escapeHtml(label)}</th><td class="num">${value}</td><td class="barcell" aria-hidden="true"><span class="bar" style="width:${w}%"></span></td></tr>`;
    })
        .join('\n');
    return `<figure class="folded">
<table class="bars">
<caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(headers[0])}</th><th scope="col" class="num">${escapeHtml(headers[1])}</th><td class="barcell" aria-hidden="true"></td></tr></thead>
<tbody>
${body}
</tbody>
</table>
</figure>`;
}
/**
 * Columns by month for one or more series, with a y axis (ticks and gridlines), the months on the
 * x axis, each column's number above it, a legend, and the months of the period on a shaded band
 * labelled in words (so the period is marked without relying on colour). The second series is
 * drawn as outlined columns so the two can be told apart in black and white.
 */
export function groupedColumnChart(title, categories, series, highlight, yLabel = 'Number') {
    const id = `chart-${++chartSeq}`;
    const width = 640;
    const height = 230;
    const left = 44;
    const right = 10;
    const top = 30;
    const bottom = 36;
    const plotH = height - top - bottom;
    const n = Math.max(1, categories.length);
    const slot = (width - left - right) / n;
    const groupW = Math.min(64, slot * 0.7);
    const colW = groupW / Math.max(1, series.length);
    const maxValue = Math.max(1, ...series.flatMap((s) => s.values));
    const step = maxValue <= 5 ? 1 : maxValue <= 10 ? 2 : Math.ceil(maxValue / 5 / 5) * 5;
    // One step of headroom above the tallest column, for its number and the period's label.
    const axisMax = (Math.floor(maxValue / step) + 1) * step;
    const y = (v) => top + plotH - (v / axisMax) * plotH;
    const parts = [];
    if (highlight && highlight.to >= highlight.from) {
        const x0 = left + slot * highlight.from;
        const x1 = left + slot * (highlight.to + 1);
        parts.push(`<rect x="${x0.toFixed(1)}" y="${top - 18}" width="${(x1 - x0).toFixed(1)}" height="${plotH + 18}" fill="${P.band}"></rect>`);
        parts.push(`<text x="${((x0 + x1) / 2).toFixed(1)}" y="${top - 6}" text-anchor="middle" font-weight="bold">${escapeHtml(highlight.label)}</text>`);
    }
    for (let v = 0; v <= axisMax; v += step) {
        parts.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${width - right}" y2="${y(v).toFixed(1)}" stroke="${P.rule}" stroke-width="${v === 0 ? 1.5 : 0.5}"></line>`);
        parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`);
    }
    parts.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="${P.muted}"></line>`);
    parts.push(`<text transform="translate(12 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yLabel)}</text>`);
    categories.forEach((c, i) => {
        const gx = left + slot * i + (slot - groupW) / 2;
        series.forEach((s, k) => {
            const v = s.values[i] ?? 0;
            const x = gx + colW * k;
            const h = top + plotH - y(v);
            const fill = k === 0 ? P.bar : P.page;
            parts.push(`<rect x="${(x + 1).toFixed(1)}" y="${y(v).toFixed(1)}" width="${(colW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill}" stroke="${P.bar}" stroke-width="1.5"></rect>`);
            parts.push(`<text x="${(x + colW / 2).toFixed(1)}" y="${(y(v) - 4).toFixed(1)}" text-anchor="middle" font-size="11">${v}</text>`);
        });
        parts.push(`<text x="${(left + slot * i + slot / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(c)}</text>`);
    });
    // Legend, under the axis.
    series.forEach((s, k) => {
        const lx = left + k * 200;
        parts.push(`<rect x="${lx}" y="${height - 12}" width="12" height="10" fill="${k === 0 ? P.bar : P.page}" stroke="${P.bar}" stroke-width="1.5"></rect>`);
        parts.push(`<text x="${lx + 18}" y="${height - 3}">${escapeHtml(s.name)}</text>`);
    });
    const desc = `Column chart by month. ${series.map((s) => `${s.name}: ${categories.map((c, i) => `${c} ${s.values[i] ?? 0}`).join(', ')}`).join('. ')}.${highlight ? ` ${highlight.label}: ${categories[highlight.from]}${highlight.to > highlight.from ? ` to ${categories[highlight.to]}` : ''}.` : ''}`;
    return `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}" font-size="12" fill="${P.text}">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(desc)}</desc>
${parts.join('\n')}
</svg>`;
}
/** CSS for reports laid out to fit a few printed pages: sections flow on, figures sit in pairs. */
export const COMPACT_CSS = `.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 1.25rem}
.pair > *{min-width:0}
table.bars td.barcell{width:38%}
table.bars thead td.barcell{background:${P.headerCell}}
.bar{display:block;height:0;border-top:.55rem solid ${P.bar};min-width:1px}
figure.folded{margin:.25rem 0 .75rem}
.up,.down{font-weight:bold}
@media print{
@page{size:A4;margin:12mm 13mm}
body{font-size:9.5pt;line-height:1.3}
h1{font-size:16pt;margin:.1rem 0 .2rem}
h2{font-size:12.5pt;margin:3.5mm 0 1.5mm;padding-bottom:.5mm}
h3{font-size:10.5pt;margin:2mm 0 .5mm}
header.top{margin-bottom:2mm;padding-bottom:1mm}
section.sheet,section.sheet.first{break-before:auto}
section.sheet.page{break-before:page}
table{font-size:8.5pt;margin:.5mm 0 2mm}
th,td{padding:.4mm 1.5mm}
caption{padding:.3mm 0}
p,ul,ol{margin:.5mm 0 1.2mm}
.lesson{margin:1.5mm 0 2.5mm;padding-left:3mm}
figure{margin:1mm 0 2mm}
svg{max-height:62mm;width:auto;margin:0 auto}
footer{margin-top:3mm;font-size:8pt}
}`;
