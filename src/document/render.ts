/** Renders a document in the format asked for: the one entry point for commands. */
import type { Document, RenderOptions } from './model.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

export type DocumentFormat = 'md' | 'html';

export function renderDocument(doc: Document, format: DocumentFormat, opts: RenderOptions): string {
  return format === 'html' ? renderHtml(doc, opts) : renderMarkdown(doc, opts);
}
