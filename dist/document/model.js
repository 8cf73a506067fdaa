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
/** Inline text joined from parts: `join(['a', {code: 'b'}], ' · ')`. */
export function join(parts, separator) {
    const out = [];
    parts.forEach((p, i) => {
        if (i > 0)
            out.push(separator);
        if (typeof p === 'string')
            out.push(p);
        else
            out.push(...p);
    });
    return out;
}
export const paragraph = (text, tone) => (tone ? { kind: 'paragraph', text, tone } : { kind: 'paragraph', text });
