/**
 * Writing a new entry's text, for every command that creates one (`new`, `just-culture`). The
 * front-matter is serialised by `yaml` from a Document, never by gluing strings, so any value (a
 * title with `: # " '`, a version that looks like a number) comes back exactly as it went in.
 * Changing an existing entry in place is `authoring/edit.ts`, which keeps the file's own layout.
 */
import { Document, isCollection, isScalar, isSeq, visit } from 'yaml';
/** Lists of short values (themes, ids) are written on one line, as in the sample repository. */
const FLOW_LISTS = ['themes', 'services', 'audience', 'sources', 'policies', 'lessons'];
export function entryText(data, body, style = {}) {
    const doc = new Document(data);
    const flow = new Set([...FLOW_LISTS, ...(style.flow ?? [])]);
    const quoted = new Set(style.quoted ?? []);
    const quote = (node) => {
        if (isScalar(node))
            node.type = 'QUOTE_DOUBLE';
        else if (isCollection(node))
            visit(node, {
                Scalar(_, s) {
                    s.type = 'QUOTE_DOUBLE';
                },
            });
    };
    visit(doc, {
        Pair(_, pair, path) {
            if (path.length > 2)
                return; // top-level pairs only (document → map → pair)
            const key = pair.key?.value;
            if (typeof key !== 'string')
                return;
            if (flow.has(key) && isSeq(pair.value))
                pair.value.flow = true;
            if (quoted.has(key))
                quote(pair.value);
        },
    });
    const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    return `---\n${yaml}---\n${body === '' ? '' : `\n${body}`}`;
}
/** `entryText` with the default style (what `lessons new` writes). */
export function renderEntry(data, body) {
    return entryText(data, body);
}
