import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
export function renderDocument(doc, format, opts) {
    return format === 'html' ? renderHtml(doc, opts) : renderMarkdown(doc, opts);
}
