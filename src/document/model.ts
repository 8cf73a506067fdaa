/**
 * A format-neutral document: what a digest, a briefing or a site page says, without saying how it
 * looks. Features (digests, briefings, the site) build one; `renderMarkdown` and `renderHtml` are
 * the only places that turn one into text, and both pass every piece of text through the same
 * redaction before escaping it (the privacy boundary: see `RenderOptions.redact`).
 *
 * Text is always plain text. Markup comes only from the node kinds (strong, emphasis, code, a
 * link, a table, a list), never from the text itself, so a title holding `*`, `<script>` or `|`
 * stays text in every format. The one exception is authors' own Markdown (a lesson's body
 * sections), which is its own node kind and is rendered by the Markdown renderer of the HTML side.
 */

/** Inline content. A plain string is text; objects add emphasis, code or a link around text. */
export type Inline =
  | string
  | { strong: InlineText }
  | { em: InlineText }
  | { code: string }
  | { link: string; text: InlineText };

export type InlineText = string | readonly Inline[];

/** A table cell: text, a number, or nothing (shown as "–"). */
export type Cell = string | number | null | undefined;

export interface Table {
  /** Shown above the table in HTML; screen readers announce it. */
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Columns holding numbers (right-aligned). */
  numeric?: readonly number[];
}

export interface Bar {
  label: string;
  value: number;
}

export type Chart =
  | {
      type: 'bar' | 'column';
      title: string;
      bars: readonly Bar[];
    }
  /**
   * Columns by category (months) for one or more series, with a y axis; `highlight` marks a run
   * of categories (the months of the period) on a labelled band. (Issue 15.)
   */
  | {
      type: 'columns';
      title: string;
      categories: readonly string[];
      series: readonly { name: string; values: readonly number[] }[];
      highlight?: { from: number; to: number; label: string };
      yLabel?: string;
    };

export type Block =
  | { kind: 'paragraph'; text: InlineText; tone?: 'meta' | 'note' }
  | { kind: 'list'; items: readonly InlineText[]; ordered?: boolean }
  | ({ kind: 'table' } & Table)
  /** Charts with the table of their numbers: the table is the figure's text alternative. */
  /**
   * With `fold`, HTML draws chart and numbers as one: a bar chart as its table with a bar in each
   * row (the table's first two columns), other charts with the table right under them.
   */
  | { kind: 'figure'; charts: readonly Chart[]; table: Table; fold?: boolean }
  /** Blocks side by side in HTML (two to a row), one after another in Markdown. */
  | { kind: 'row'; blocks: readonly Block[] }
  /** A heading inside a group (e.g. "What we changed" inside a lesson): bold in Markdown. */
  | { kind: 'subheading'; text: string }
  /** Authors' own Markdown (a lesson's body section); `empty` is said when there is none. */
  | { kind: 'markdown'; source: string | null; empty?: string }
  /** A titled group one heading level below its parent; `style` marks a lesson card. */
  | { kind: 'group'; heading: InlineText; blocks: readonly Block[]; style?: 'lesson' | 'good' };

export interface Section {
  heading: string;
  /** A number shown before the heading ("1. Background"). */
  number?: number;
  /** A section with little or nothing to say: printed on after the one before, not on a page of its own. */
  brief?: boolean;
  blocks: readonly Block[];
}

export interface Document {
  /** The h1. */
  title: string;
  organisation: string;
  /** The line under the title, parts joined with " · ". */
  subtitle: readonly InlineText[];
  /** Paragraphs under the subtitle. */
  intro: readonly InlineText[];
  sections: readonly Section[];
  /** The closing notes ("About this bulletin"): a list in Markdown, the footer in HTML. */
  about?: { heading: string; notes: readonly string[] };
  /** The footer line in HTML when there is no `about` (e.g. the briefing's reading hint). */
  footer?: string;
  /**
   * `briefing`: a one-page layout in HTML (sections side by side, no page breaks). `compact`: a
   * report whose sections flow on from one another when printed, for a few pages (the board).
   */
  layout?: 'report' | 'briefing' | 'compact';
}

export interface RenderOptions {
  /**
   * Applied to every piece of text (after every label or display transform, before escaping),
   * so nothing identifiable survives into a document whatever an entry holds.
   */
  redact: (text: string) => string;
}

/** Inline text joined from parts: `join(['a', {code: 'b'}], ' · ')`. */
export function join(parts: readonly InlineText[], separator: string): Inline[] {
  const out: Inline[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(separator);
    if (typeof p === 'string') out.push(p);
    else out.push(...p);
  });
  return out;
}

export const paragraph = (text: InlineText, tone?: 'meta' | 'note'): Block => (tone ? { kind: 'paragraph', text, tone } : { kind: 'paragraph', text });
