/**
 * Authors' Markdown (lesson bodies) to HTML, with markdown-it (CommonMark plus GFM tables and
 * strikethrough): the `markdown` blocks of documents (digests, briefings) and the site's pages.
 *
 * Safety: raw HTML is off (`html: false`, so `<script>` in a body is shown as text), link
 * addresses go through `validateLink` (only http, https, mailto and relative addresses; never
 * `javascript:`, `vbscript:`, `file:` or `data:`), and every text node, code span, image
 * description and link address goes through the caller's `text` function first: that is where
 * the privacy boundary (`redactor(config)`) plugs in, so nothing in a body reaches a page without
 * passing through it. A link whose address the boundary changes is shown as its text only.
 *
 * Headings: the headings of a fragment are renumbered to sit under `headingBase` (a body's `##`
 * under a page's `<h1>` becomes `<h2>`), and a heading never goes more than one level deeper than
 * the one before it, so a section can never break the page's heading order. Past `<h6>` a heading
 * becomes a bold line.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

export interface ImageRequest {
  /** The address as written in the Markdown. */
  src: string;
  /** The description (alt text), after the `text` function. */
  alt: string;
  /** 0-based line within the Markdown source. */
  line: number;
}

export interface MarkdownHtmlOptions {
  /** Level of the heading the fragment sits under (0: the fragment's first heading level is h1). Default 0. */
  headingBase?: number;
  /** Applied to every piece of text from the source (the privacy boundary). Default: unchanged. */
  text?: (value: string) => string;
  /**
   * `href`: links are links. `text`: links become their text followed by the address in
   * brackets, with no `href`, for self-contained documents that are printed or e-mailed.
   */
  links?: 'href' | 'text';
  /** Rewrites a link address that passed `validateLink` (e.g. a relative link to another entry); undefined drops the link, keeping its text. */
  link?: (href: string) => string | undefined;
  /**
   * Decides what an image becomes: the address to use in `<img src>`, or undefined to show it as
   * "[image: description]". Without this option every image is shown as text.
   */
  image?: (req: ImageRequest) => string | undefined;
}

const SAFE_SCHEME = /^(https?:|mailto:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Only web, mail and relative addresses; not protocol-relative (`//host`), which would leave the site. */
export function isSafeLink(url: string): boolean {
  const u = url.trim();
  if (u.startsWith('//') || u.startsWith('\\\\')) return false;
  // Control characters and whitespace inside a scheme are how filters are fooled.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(u)) return false;
  return SAFE_SCHEME.test(u) || !ANY_SCHEME.test(u);
}

let parser: InstanceType<typeof MarkdownIt> | undefined;
function md(): InstanceType<typeof MarkdownIt> {
  if (!parser) {
    parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false });
    parser.validateLink = isSafeLink;
  }
  return parser;
}

/** The tokens of `source` (comments are plain text with `html: false`, so they are removed first). */
function parse(source: string): Token[] {
  return md().parse(stripComments(source), {});
}

/** Removes HTML comments (suppression comments, editors' notes) from Markdown. */
export function stripComments(source: string): string {
  // Same result as source.replace(/<!--[\s\S]*?-->\n?/g, ''), in linear time: the regex searched to
  // the end of the text again from every unclosed "<!--" (issue 11.2).
  let out = '';
  let from = 0;
  for (let open = source.indexOf('<!--'); open !== -1; open = source.indexOf('<!--', from)) {
    const close = source.indexOf('-->', open + 4);
    if (close === -1) break;
    out += source.slice(from, open);
    from = close + 3 + (source[close + 3] === '\n' ? 1 : 0);
  }
  return out + source.slice(from);
}

function headingLevels(tokens: Token[], base: number): Map<Token, number> {
  const used = [...new Set(tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1))))].sort((a, b) => a - b);
  const rank = new Map(used.map((level, i) => [level, i]));
  const out = new Map<Token, number>();
  let previous = base;
  for (const t of tokens) {
    if (t.type !== 'heading_open') continue;
    const level = Math.min(base + 1 + (rank.get(Number(t.tag.slice(1))) ?? 0), previous + 1);
    out.set(t, level);
    previous = level;
  }
  return out;
}

function transformInline(children: Token[], opts: Required<Pick<MarkdownHtmlOptions, 'text' | 'links'>> & MarkdownHtmlOptions, firstLine: number, TokenClass: typeof Token): Token[] {
  const out: Token[] = [];
  let line = firstLine;
  // Link state: for links shown as text, the address to append after the closing token.
  const closing: (string | null)[] = [];
  for (const t of children) {
    if (t.type === 'softbreak' || t.type === 'hardbreak') line++;
    if (t.type === 'text' || t.type === 'code_inline') {
      t.content = opts.text(t.content);
      out.push(t);
    } else if (t.type === 'link_open') {
      const raw = String(t.attrGet('href') ?? '');
      const redacted = opts.text(raw);
      let href: string | undefined = redacted === raw ? raw : undefined;
      if (href !== undefined && opts.link) href = opts.link(href);
      if (opts.links === 'text' || href === undefined) {
        const label = children.slice(children.indexOf(t) + 1).find((c) => c.type === 'text')?.content;
        closing.push(opts.links === 'text' && href !== undefined && href !== label && !href.startsWith('#') ? href : null);
        continue;
      }
      t.attrSet('href', href);
      closing.push('');
      out.push(t);
    } else if (t.type === 'link_close') {
      const after = closing.pop();
      if (after === '') out.push(t);
      else if (after) {
        const note = new TokenClass('text', '', 0);
        note.content = ` (${after})`;
        out.push(note);
      }
    } else if (t.type === 'image') {
      const alt = opts.text(md().renderer.renderInlineAsText(t.children ?? [], md().options, {})).trim();
      const src = opts.image?.({ src: String(t.attrGet('src') ?? ''), alt, line });
      if (src === undefined) {
        const note = new TokenClass('text', '', 0);
        note.content = alt ? `[image: ${alt}]` : '[image]';
        out.push(note);
      } else {
        t.attrSet('src', src);
        t.attrs = (t.attrs ?? []).filter(([name]) => name === 'src' || name === 'alt' || name === 'title');
        if (t.attrGet('alt') === null) t.attrSet('alt', '');
        const title = t.attrGet('title');
        if (title !== null) t.attrSet('title', opts.text(String(title)));
        t.children = [Object.assign(new TokenClass('text', '', 0), { content: alt })];
        out.push(t);
      }
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Markdown to HTML, safely (see the module comment). */
export function markdownToHtml(source: string, options: MarkdownHtmlOptions = {}): string {
  const opts = { text: (s: string) => s, links: 'href' as const, ...options };
  const tokens = parse(source);
  const levels = headingLevels(tokens, options.headingBase ?? 0);
  const TokenClass = tokensClass(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open' || t.type === 'heading_close') {
      const open = t.type === 'heading_open' ? t : [...tokens.slice(0, i)].reverse().find((x) => x.type === 'heading_open' && x.level === t.level);
      const level = open ? (levels.get(open) ?? 6) : 6;
      if (level <= 6) t.tag = `h${level}`;
      else {
        t.tag = 'p';
        if (t.type === 'heading_open') t.attrSet('class', 'subhead');
      }
    } else if (t.type === 'inline' && t.children) {
      t.children = transformInline(t.children, opts, t.map?.[0] ?? 0, TokenClass);
    } else if (t.type === 'code_block' || t.type === 'fence') {
      t.content = opts.text(t.content);
      t.info = '';
    }
  }
  // Deeper-than-h6 headings shown as bold lines.
  const html = md().renderer.render(tokens, md().options, {});
  return html.replace(/<p class="subhead">([\s\S]*?)<\/p>/g, '<p class="subhead"><strong>$1</strong></p>').trimEnd();
}

function tokensClass(tokens: Token[]): typeof Token {
  const any = tokens[0] as (Token & { constructor: typeof Token }) | undefined;
  if (any) return any.constructor;
  // No tokens: the class is never needed.
  return class {} as unknown as typeof Token;
}

/** The text of a Markdown fragment, without markup, on one line (for a search index or a summary). */
export function markdownText(source: string): string {
  const parts: string[] = [];
  for (const t of parse(source)) {
    if (t.type === 'inline') {
      for (const c of t.children ?? []) if (c.type === 'text' || c.type === 'code_inline') parts.push(c.content);
      parts.push(' ');
    } else if (t.type === 'code_block' || t.type === 'fence') parts.push(t.content, ' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Where images are referenced in a fragment: the address, description and 0-based line of each. */
export function markdownImages(source: string): ImageRequest[] {
  const found: ImageRequest[] = [];
  for (const t of parse(source)) {
    if (t.type !== 'inline') continue;
    let line = t.map?.[0] ?? 0;
    for (const c of t.children ?? []) {
      if (c.type === 'softbreak' || c.type === 'hardbreak') line++;
      if (c.type === 'image') {
        found.push({ src: String(c.attrGet('src') ?? ''), alt: md().renderer.renderInlineAsText(c.children ?? [], md().options, {}).trim(), line });
      }
    }
  }
  return found;
}
