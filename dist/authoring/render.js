/**
 * Writing an entry's text. The front-matter is serialised by `yaml` from a Document, never by
 * gluing strings, so any value (a title with `: # " '`, a version that looks like a number)
 * comes back exactly as it went in.
 */
import { Document, isSeq, visit } from 'yaml';
/** Lists of short values (themes, ids) are written on one line, as in the sample repository. */
const FLOW_LISTS = new Set(['themes', 'services', 'audience', 'sources', 'policies', 'lessons']);
export function renderEntry(data, body) {
    const doc = new Document(data);
    visit(doc, {
        Pair(_, pair) {
            const key = pair.key?.value;
            if (typeof key === 'string' && FLOW_LISTS.has(key) && isSeq(pair.value))
                pair.value.flow = true;
        },
    });
    const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    return `---\n${yaml}---\n${body === '' ? '' : `\n${body}`}`;
}
