/**
 * The Markdown bodies of lessons, for digests and briefings: finding a section ("What we changed"),
 * shortening it, and turning it into safe HTML.
 *
 * Turning Markdown into HTML is markdown-html.ts (markdown-it): raw HTML off, safe links,
 * headings renumbered under the page's.
 */
import { stripComments } from './markdown-html.js';

export { stripComments };

const HEADING_RE = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE_RE = /^\s*(```|~~~)/;
const ITEM_RE = /^(\s*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Text from front-matter made safe to place inline in Markdown (one line, no markup). */
export function mdText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&(?=[#A-Za-z0-9]+;)/g, '&amp;');
}


function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[\s:.?!]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body's sections by heading (lower case, without trailing punctuation), in order. */
export function bodySections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let lines: string[] = [];
  let fenced = false;
  const flush = () => {
    if (current !== undefined && !out.has(current)) out.set(current, stripComments(lines.join('\n')).trim());
  };
  for (const line of body.split('\n')) {
    if (FENCE_RE.test(line)) fenced = !fenced;
    const m = fenced ? null : HEADING_RE.exec(line);
    if (m && m[1].length <= 2) {
      flush();
      current = normaliseHeading(m[2]);
      lines = [];
    } else if (current !== undefined) {
      lines.push(line);
    }
  }
  flush();
  return out;
}

/** One section of a body ("what we changed"), or undefined when it is missing or empty. */
export function section(body: string, ...names: string[]): string | undefined {
  const sections = bodySections(body);
  for (const n of names) {
    const s = sections.get(n);
    if (s) return s;
  }
  return undefined;
}

/** Shifts Markdown headings down so that they sit under a heading of level `under`. */
export function demoteHeadings(md: string, under: number): string {
  let fenced = false;
  return md
    .split('\n')
    .map((line) => {
      if (FENCE_RE.test(line)) fenced = !fenced;
      const m = fenced ? null : HEADING_RE.exec(line);
      return m ? `${'#'.repeat(Math.min(6, under + m[1].length))} ${m[2]}` : line;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Blocks

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** Splits Markdown into blocks; list items keep their continuation lines (joined by spaces). */
export function parseBlocks(md: string): Block[] {
  const blocks: Block[] = [];
  const lines = stripComments(md).split('\n');
  let para: string[] = [];
  let list: { kind: 'list'; ordered: boolean; items: string[] } | undefined;
  let quote: string[] = [];
  const endPara = () => {
    if (para.length) blocks.push({ kind: 'p', text: para.join(' ') });
    para = [];
  };
  const endQuote = () => {
    if (quote.length) blocks.push({ kind: 'quote', text: quote.join(' ') });
    quote = [];
  };
  const endList = () => {
    if (list) blocks.push(list);
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE_RE.test(line)) {
      endPara();
      endQuote();
      endList();
      const fence = line.trim().slice(0, 3);
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) code.push(lines[i]);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    if (line.trim() === '') {
      endPara();
      endQuote();
      // A blank line ends a list unless the next line is another item of it.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (list && !(next && ITEM_RE.test(next))) endList();
      continue;
    }
    const heading = HEADING_RE.exec(line);
    if (heading) {
      endPara();
      endQuote();
      endList();
      blocks.push({ kind: 'heading', text: heading[2] });
      continue;
    }
    const item = ITEM_RE.exec(line);
    if (item) {
      endPara();
      endQuote();
      const ordered = /\d/.test(item[2]);
      if (!list || (list.ordered !== ordered && item[1].length === 0)) {
        endList();
        list = { kind: 'list', ordered, items: [] };
      }
      list.items.push(item[3].trim());
      continue;
    }
    if (/^\s*>/.test(line)) {
      endPara();
      endList();
      quote.push(line.replace(/^\s*>\s?/, '').trim());
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    endList();
    endQuote();
    para.push(line.trim());
  }
  endPara();
  endQuote();
  endList();
  return blocks;
}

/** Blocks back to Markdown (one line per paragraph or item). */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'p':
          return b.text;
        case 'heading':
          return `**${b.text}**`;
        case 'quote':
          return `> ${b.text}`;
        case 'code':
          return `\`\`\`\n${b.text}\n\`\`\``;
        case 'list':
          return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '-'} ${it}`).join('\n');
      }
    })
    .join('\n\n');
}

/**
 * Shortens Markdown to about `maxChars` characters of text, at most `maxItems` list items and
 * `maxItemChars` characters an item, cutting at an item, sentence or word boundary. Returns the blocks and whether anything was cut.
 */
export function shortenBlocks(blocks: readonly Block[], maxChars: number, maxItems = 5, maxItemChars = 240): { blocks: Block[]; cut: boolean } {
  const out: Block[] = [];
  let used = 0;
  let cut = false;
  for (const b of blocks) {
    if (used >= maxChars) {
      cut = true;
      break;
    }
    if (b.kind === 'list') {
      const items: string[] = [];
      for (const it of b.items) {
        if (items.length >= maxItems || used >= maxChars) {
          cut = true;
          break;
        }
        const room = Math.min(maxChars - used, maxItemChars);
        const text = it.length > room ? cutText(it, Math.max(room, 60)) : it;
        if (text !== it) cut = true;
        items.push(text);
        used += text.length;
      }
      if (items.length) out.push({ kind: 'list', ordered: b.ordered, items });
    } else {
      const room = maxChars - used;
      const text = b.text.length > room ? cutText(b.text, Math.max(room, 80)) : b.text;
      if (text !== b.text) cut = true;
      out.push({ ...b, text });
      used += text.length;
    }
  }
  return { blocks: out, cut };
}

/** Cuts text to at most `max` characters at a sentence end if there is one late enough, else a word. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentence >= max * 0.5) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.5 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/, '')}…`;
}
