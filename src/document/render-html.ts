/**
 * A document as one self-contained HTML page (see html-parts.ts for the page rules: inline CSS and
 * SVG, no scripts, no external requests, accessible, printable). Headings run h1 (the document) →
 * h2 (a section, which starts a new printed page in a report) → h3 (a group) → h4 … Every piece
 * of text is redacted, then escaped.
 */
import { COMPACT_CSS, barChart, barTable, columnChart, groupedColumnChart, page, resetChartIds, sheet, table } from './html-parts.js';
import { markdownToHtml } from './markdown-html.js';
import { escapeHtml } from './markdown-source.js';
import { join, type Block, type Document, type Inline, type InlineText, type RenderOptions, type Table } from './model.js';

const BRIEFING_CSS = `.parts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:.75rem 1.5rem}
.parts section{border-top:3px solid #005eb8;padding-top:.2rem}
.parts h2{font-size:1.1rem;border:0;margin:.2rem 0 .3rem;padding:0}
.parts .n{display:inline-block;min-width:1.4em}
.parts section.more{grid-column:1/-1}
.short{font-style:italic;font-size:.85em}
@media print{
@page{size:A4;margin:11mm 12mm}
body{font-size:9.5pt;line-height:1.3}
h1{font-size:15pt;margin:.1rem 0 .2rem}
header.top{margin-bottom:2.5mm;padding-bottom:1.5mm}
.parts{grid-template-columns:1fr 1fr;gap:2mm 6mm}
.parts section{break-inside:avoid}
.parts h2{font-size:12pt}
p,ul,ol{margin:.1rem 0 .3rem}
footer{margin-top:2mm;font-size:8.5pt}
}`;

/** Only links that stay on this site or go to a web page: no `javascript:`, no `data:`. */
function safeHref(href: string): string | undefined {
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  return href;
}

export function renderHtml(doc: Document, opts: RenderOptions): string {
  resetChartIds();
  const r = new HtmlRenderer(opts);
  const briefing = doc.layout === 'briefing';
  const sections = doc.sections.map((s, i) => {
    const content = s.blocks.map((b) => r.block(b, 3)).filter(Boolean).join('\n');
    if (briefing) {
      const n = s.number !== undefined ? `<span class="n">${s.number}.</span> ` : '';
      return `<section${i === doc.sections.length - 1 ? ' class="more"' : ''}>\n<h2>${n}${r.text(s.heading)}</h2>\n${content}\n</section>`;
    }
    return sheet(opts.redact(s.heading), content, i === 0 || doc.layout === 'compact' || s.brief === true);
  });
  const footer = doc.about ? doc.about.notes.map((n) => `<p>${r.inline(n)}</p>`).join('\n') : doc.footer ? `<p>${r.text(doc.footer)}</p>` : '';
  const intro = doc.intro.map((p) => `<p>${r.inline(p)}</p>`).join('\n');
  return page({
    title: opts.redact(doc.title),
    organisation: opts.redact(doc.organisation),
    subtitle: r.inline(join(doc.subtitle, ' · ')),
    intro,
    body: briefing ? `<div class="parts">\n${sections.join('\n')}\n</div>` : sections.join('\n'),
    footer,
    css: briefing ? BRIEFING_CSS : doc.layout === 'compact' ? COMPACT_CSS : undefined,
  });
}


class HtmlRenderer {
  constructor(private readonly opts: RenderOptions) {}

  text(s: string): string {
    return escapeHtml(this.opts.redact(s));
  }

  inline(t: InlineText): string {
    if (typeof t === 'string') return this.text(t);
    return t.map((i) => this.one(i)).join('');
  }

  private one(i: Inline): string {
    if (typeof i === 'string') return this.text(i);
    if ('strong' in i) return `<strong>${this.inline(i.strong)}</strong>`;
    if ('em' in i) return `<em>${this.inline(i.em)}</em>`;
    if ('code' in i) return `<code>${this.text(i.code)}</code>`;
    const href = safeHref(i.link);
    return href ? `<a href="${escapeHtml(href)}">${this.inline(i.text)}</a>` : this.inline(i.text);
  }

  table(t: Table): string {
    const cell = (c: unknown) => (c === null || c === undefined || c === '' ? '–' : typeof c === 'number' ? c : this.opts.redact(String(c)));
    return table(
      this.opts.redact(t.caption),
      t.headers.map((h) => this.opts.redact(h)),
      t.rows.map((row) => row.map(cell)),
      t.numeric ?? [],
    );
  }

  block(b: Block, level: number): string {
    switch (b.kind) {
      case 'paragraph': {
        const text = this.inline(b.text);
        if (text === '') return '';
        return b.tone === 'note' ? `<p class="meta short">${text}</p>` : b.tone ? `<p class="meta">${text}</p>` : `<p>${text}</p>`;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((item) => `<li>${this.inline(item)}</li>`).join('')}</${tag}>`;
      }
      case 'table':
        return this.table(b);
      case 'figure': {
        const [only] = b.charts;
        if (b.fold && b.charts.length === 1 && only.type === 'bar') {
          const rows = b.table.rows.map((r): [string, number] => [this.opts.redact(String(r[0] ?? '–')), typeof r[1] === 'number' ? r[1] : Number(r[1]) || 0]);
          return barTable(this.opts.redact(b.table.caption), [this.opts.redact(b.table.headers[0] ?? ''), this.opts.redact(b.table.headers[1] ?? '')], rows);
        }
        const charts = b.charts.map((c) => {
          if (c.type === 'columns') {
            const highlight = c.highlight ? { ...c.highlight, label: this.opts.redact(c.highlight.label) } : undefined;
            return groupedColumnChart(
              this.opts.redact(c.title),
              c.categories.map((x) => this.opts.redact(x)),
              c.series.map((x) => ({ name: this.opts.redact(x.name), values: x.values })),
              highlight,
              c.yLabel ? this.opts.redact(c.yLabel) : undefined,
            );
          }
          const bars = c.bars.map((x) => ({ label: this.opts.redact(x.label), value: x.value }));
          return c.type === 'column' ? columnChart(this.opts.redact(c.title), bars) : barChart(this.opts.redact(c.title), bars);
        });
        if (b.fold) return `<figure class="folded">\n${charts.join('\n')}\n${this.table(b.table)}\n</figure>`;
        return [...charts, this.table(b.table)].join('\n');
      }
      case 'row':
        return `<div class="pair">\n${b.blocks.map((x) => `<div>${this.block(x, level)}</div>`).join('\n')}\n</div>`;
      case 'subheading': {
        const h = `h${Math.min(6, level)}`;
        return `<${h}>${this.text(b.text)}</${h}>`;
      }
      case 'markdown':
        // The source is redacted whole (an identifier split by markup, or inside a link address),
        // then every text node again; links are shown with their address, for print and e-mail.
        return b.source ? markdownToHtml(this.opts.redact(b.source), { headingBase: level, links: 'text', text: this.opts.redact }) : b.empty ? `<p class="meta">${this.text(b.empty)}</p>` : '';
      case 'group': {
        const h = `h${Math.min(6, level)}`;
        const inner = [`<${h}>${this.inline(b.heading)}</${h}>`, ...b.blocks.map((x) => this.block(x, level + 1))].filter(Boolean).join('\n');
        if (b.style) return `<article class="lesson${b.style === 'good' ? ' good' : ''}">\n${inner}\n</article>`;
        return inner;
      }
    }
  }
}

/**
 * Blocks as an HTML fragment, for pages that have their own frame (the learning library): the
 * same rendering, redaction and escaping as a whole document, headings of groups starting at
 * `level`.
 */
export function renderBlocksHtml(blocks: readonly Block[], level: number, opts: RenderOptions): string {
  const r = new HtmlRenderer(opts);
  return blocks
    .map((b) => r.block(b, level))
    .filter(Boolean)
    .join('\n');
}
