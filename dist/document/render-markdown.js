/**
 * A document as Markdown (for an intranet page, an e-mail or a pull request). Every piece of text
 * is redacted, then escaped so that it stays text (`*`, `_`, `|`, `<` and friends); markup comes
 * only from the node kinds. Authors' Markdown (body sections) is included as written, without
 * HTML comments and with its headings moved below the heading it sits under.
 */
import { demoteHeadings, stripComments } from './markdown-source.js';
import { join } from './model.js';
/**
 * Text made safe inline in Markdown: white space folded, markup characters escaped. An underscore
 * inside a word (`approved_on`) cannot start emphasis, so it is left as it is.
 */
export function mdEscape(value) {
    return value
        .replace(/\s+/g, ' ')
        .replace(/[\\`*[\]<>|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
        .replace(/&(?=[#A-Za-z0-9]+;)/g, '&amp;');
}
export function renderMarkdown(doc, opts) {
    const r = new MarkdownRenderer(opts);
    const head = [`# ${r.text(doc.title)}`, r.inline(join(doc.subtitle, ' · ')), ...doc.intro.map((p) => r.inline(p))];
    const out = [head.join('\n\n')];
    for (const s of doc.sections) {
        out.push(`## ${s.number !== undefined ? `${s.number}. ` : ''}${r.text(s.heading)}`);
        for (const b of s.blocks)
            out.push(r.block(b, 3));
    }
    if (doc.about)
        out.push(`## ${r.text(doc.about.heading)}`, doc.about.notes.map((n) => `- ${r.inline(n)}`).join('\n'));
    return `${out.filter((s) => s !== '').join('\n\n')}\n`;
}
class MarkdownRenderer {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    /** One piece of text, trimmed (a heading, a cell). */
    text(s) {
        return mdEscape(this.opts.redact(s)).trim();
    }
    inline(t) {
        return this.inlineRaw(t).trim();
    }
    inlineRaw(t) {
        if (typeof t === 'string')
            return mdEscape(this.opts.redact(t));
        return t.map((i) => this.one(i)).join('');
    }
    one(i) {
        if (typeof i === 'string')
            return mdEscape(this.opts.redact(i));
        if ('strong' in i)
            return `**${this.inline(i.strong)}**`;
        if ('em' in i)
            return `_${this.inline(i.em)}_`;
        if ('code' in i)
            return `\`${this.opts.redact(i.code).replace(/`/g, "'").replace(/\s+/g, ' ')}\``;
        return `[${this.inline(i.text)}](${encodeURI(i.link)})`;
    }
    cell(v) {
        return v === null || v === undefined || v === '' ? '–' : this.text(String(v));
    }
    table(t) {
        const numeric = t.numeric ?? [];
        const head = `| ${t.headers.map((h) => this.text(h)).join(' | ')} |`;
        const rule = `| ${t.headers.map((_, i) => (numeric.includes(i) ? '---:' : '---')).join(' | ')} |`;
        return [head, rule, ...t.rows.map((row) => `| ${row.map((c) => this.cell(c)).join(' | ')} |`)].join('\n');
    }
    block(b, level) {
        switch (b.kind) {
            case 'paragraph': {
                const text = this.inline(b.text);
                if (text === '')
                    return '';
                return b.tone === 'note' ? `_${text}_` : text;
            }
            case 'list':
                return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${this.inline(item)}`).join('\n');
            case 'table':
                return this.table(b);
            case 'figure':
                return this.table(b.table);
            case 'row':
                return b.blocks.map((x) => this.block(x, level)).filter(Boolean).join('\n\n');
            case 'subheading':
                return `**${this.text(b.text)}**`;
            case 'markdown':
                return b.source ? demoteHeadings(stripComments(this.opts.redact(b.source)), level - 1).trim() : b.empty ? `_${this.text(b.empty)}_` : '';
            case 'group': {
                const parts = [`${'#'.repeat(Math.min(6, level))} ${this.inline(b.heading)}`, ...b.blocks.map((x) => this.block(x, level + 1))];
                return parts.filter((s) => s !== '').join('\n\n');
            }
        }
    }
}
