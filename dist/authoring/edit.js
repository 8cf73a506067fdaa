/**
 * Editing an entry in place (`lessons status`, `action`, `link`): the one module every
 * lifecycle command uses to change front-matter.
 *
 * A `yaml` Document round trip would re-wrap folded text and re-indent lists, so edits are made
 * as splices into the original text instead: the Document (with source ranges) says where each
 * node is, and only the nodes that change are re-written. Comments, key order, blank lines,
 * folded summaries, flow lists and everything else stay byte for byte. A new key is inserted in
 * the order of the type's fields; a new list item goes after the last one in the list's own style.
 * After each splice the text is parsed again and compared with the intended data, so an edit
 * can never change anything it did not mean to.
 *
 * `saveEdit` then checks the result with every rule (`checkEntryText`), writes it atomically
 * (refusing if the file changed meanwhile), prints what changed, and commits on a branch with
 * `--branch`.
 */
import path from 'node:path';
import { Document, isCollection, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { RefusedError } from '../errors.js';
import { splitFrontMatter } from '../repo/frontmatter.js';
import { isEmptySection, sections } from '../rules/empty-section.js';
import { dotted, isRecord } from '../util/values.js';
/** A fault in the edit itself (never expected): the result did not parse back to what was meant. */
export class EditError extends Error {
}
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true };
/** Scalar or collection `value` as YAML text, without a final newline. */
function render(value, flow) {
    const doc = new Document(value);
    if (flow && isCollection(doc.contents))
        doc.contents.flow = true;
    // A list of small pairs reads best one item a line: `- {channel: bulletin, date: 2026-11-21}`.
    if (!flow && isSeq(doc.contents))
        for (const item of doc.contents.items)
            if (isMap(item) && isSmallPair(item.toJSON()))
                item.flow = true;
    return doc.toString(STRINGIFY).replace(/\n$/, '');
}
/** A mapping of at most two short scalars, e.g. `{channel: bulletin, date: 2026-11-21}`. */
function isSmallPair(v) {
    return isRecord(v) && Object.keys(v).length <= 2 && Object.values(v).every((x) => typeof x === 'string' && x.length <= 40 && !/[\n{}[\],:#]/.test(x));
}
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function columnOf(text, offset) {
    return offset - lineStart(text, offset);
}
/** Indents every line after the first by `n` spaces (empty lines stay empty). */
function indentRest(s, n) {
    const pad = ' '.repeat(n);
    return s
        .split('\n')
        .map((l, i) => (i === 0 || l === '' ? l : pad + l))
        .join('\n');
}
function indentAll(s, n) {
    const pad = ' '.repeat(n);
    return s
        .split('\n')
        .map((l) => (l === '' ? l : pad + l))
        .join('\n');
}
/** Where the line holding `offset` ends: just after its newline (or the end of `text`). */
function endOfLine(text, offset) {
    if (offset > 0 && text[offset - 1] === '\n')
        return offset;
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
}
/** True for values rendered in flow style when new: short lists of plain words (`themes: [a, b]`). */
function looksFlow(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v)) && value.join(', ').length < 80;
}
function clone(v) {
    return v === undefined ? v : JSON.parse(JSON.stringify(v));
}
/** Deep equality, ignoring the order of keys. */
function sameData(a, b) {
    if (Array.isArray(a) || Array.isArray(b)) {
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
    }
    if (isRecord(a) || isRecord(b)) {
        if (!isRecord(a) || !isRecord(b))
            return false;
        const ka = Object.keys(a).filter((k) => a[k] !== undefined);
        const kb = Object.keys(b).filter((k) => b[k] !== undefined);
        return ka.length === kb.length && ka.every((k) => sameData(a[k], b[k]));
    }
    return a === b;
}
function getIn(data, p) {
    let at = data;
    for (const k of p) {
        if (Array.isArray(at) && typeof k === 'number')
            at = at[k];
        else if (isRecord(at))
            at = at[String(k)];
        else
            return undefined;
    }
    return at;
}
function setIn(data, p, value) {
    let at = data;
    for (let i = 0; i < p.length - 1; i++) {
        const k = p[i];
        let next = Array.isArray(at) ? at[k] : at[String(k)];
        if (next === undefined) {
            next = typeof p[i + 1] === 'number' ? [] : {};
            if (Array.isArray(at))
                at[k] = next;
            else
                at[String(k)] = next;
        }
        at = next;
    }
    const last = p[p.length - 1];
    if (Array.isArray(at))
        at[last] = value;
    else
        at[String(last)] = value;
}
/**
 * An entry file being edited. `fieldOrder` is the order of the type's top-level fields, used to
 * place a key the file does not have yet.
 */
export class EntryEditor {
    fieldOrder;
    text;
    start;
    end;
    crlf;
    bom;
    changes = [];
    expected;
    constructor(original, fieldOrder = []) {
        this.fieldOrder = fieldOrder;
        this.bom = original.startsWith('\uFEFF');
        this.crlf = original.includes('\r\n');
        const text = original.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        const split = splitFrontMatter(text);
        if (!split.ok)
            throw new RefusedError('this file has no front-matter block that lessons can edit. Run "lessons validate" on it first.');
        this.text = text;
        this.start = text.indexOf('\n') + 1;
        this.end = this.start + split.fm.yaml.length;
        if (text.slice(this.start, this.end) !== split.fm.yaml)
            throw new EditError('front-matter offsets do not match');
        const data = this.doc().toJS();
        if (!isRecord(data))
            throw new RefusedError('the front-matter is not a set of "field: value" lines, so it cannot be edited. Run "lessons validate" on it first.');
        this.expected = data;
    }
    yaml() {
        return this.text.slice(this.start, this.end);
    }
    doc() {
        const doc = parseDocument(this.yaml(), { uniqueKeys: true, prettyErrors: false });
        if (doc.errors.length)
            throw new RefusedError('the front-matter is not valid YAML, so it cannot be edited. Run "lessons validate" on it and fix it first.');
        return doc;
    }
    /** The front-matter as it is now. */
    get data() {
        return clone(this.expected);
    }
    get(p) {
        return clone(getIn(this.expected, p));
    }
    /** The whole file, with the original BOM and line ends. */
    result() {
        const out = this.crlf ? this.text.replace(/\n/g, '\r\n') : this.text;
        return this.bom ? `\uFEFF${out}` : out;
    }
    splice(from, to, insert) {
        const a = this.start + from;
        const b = this.start + to;
        this.text = this.text.slice(0, a) + insert + this.text.slice(b);
        this.end += insert.length - (b - a);
    }
    verify() {
        const now = this.doc().toJS();
        if (!sameData(now, this.expected)) {
            throw new EditError(`the edited front-matter does not read back as intended:\n${this.yaml()}`);
        }
        // In the file's key order from now on.
        this.expected = now;
    }
    /** Where the Markdown body starts in the text (after the closing `---` line). */
    bodyStart() {
        const nl = this.text.indexOf('\n', this.end);
        return nl === -1 ? this.text.length : nl + 1;
    }
    /** The Markdown body as it is now. */
    body() {
        return this.text.slice(this.bodyStart());
    }
    /**
     * Writes `content` into the body section `heading` ("What happened"), after any guidance
     * comments there; adds the section (before "Questions for reflection", else at the end) when
     * the body has none. Only an empty section (or one of only comments) is written to.
     */
    setSection(heading, content, aliases = [heading.toLowerCase()]) {
        const body = this.body();
        const base = this.bodyStart();
        const found = sections(body);
        const s = found.find((f) => aliases.includes(f.heading));
        const text = content.trim();
        if (s) {
            if (!isEmptySection(s.text))
                throw new EditError(`the section "${heading}" already has text`);
            const after = found[found.indexOf(s) + 1];
            const headingEnd = body.indexOf('\n', s.offset) === -1 ? body.length : body.indexOf('\n', s.offset) + 1;
            const end = after ? after.offset : body.length;
            const comments = body.slice(headingEnd, end).trim();
            const replacement = `${headingEnd === body.length && !body.endsWith('\n') ? '\n' : ''}\n${comments ? `${comments}\n\n` : ''}${text}\n${after ? '\n' : ''}`;
            this.text = this.text.slice(0, base + headingEnd) + replacement + this.text.slice(base + end);
        }
        else {
            const next = found.find((f) => f.heading.startsWith('questions'));
            const block = `## ${heading}\n\n${text}\n\n`;
            if (next) {
                this.text = this.text.slice(0, base + next.offset) + block + this.text.slice(base + next.offset);
            }
            else {
                const sep = body === '' || body.endsWith('\n\n') ? '' : body.endsWith('\n') ? '\n' : '\n\n';
                this.text = `${this.text}${sep}${block.replace(/\n\n$/, '\n')}`;
            }
        }
        this.changes.push({ path: `body: ${heading}`, from: undefined, to: text });
    }
    /** Sets the value at `p` (creating the key, and any mapping above it, when missing). */
    set(p, value) {
        const before = getIn(this.expected, p);
        if (sameData(before, value))
            return;
        this.apply(p, clone(value));
        setIn(this.expected, p, clone(value));
        this.verify();
        this.changes.push({ path: dotted(p), from: clone(before), to: clone(value) });
    }
    /** Appends `item` to the list at `p` (creating the list when missing). */
    append(p, item) {
        const list = getIn(this.expected, p);
        const items = Array.isArray(list) ? list : [];
        const doc = this.doc();
        const node = p.length ? doc.getIn(p, true) : doc.contents;
        if (isSeq(node) && !node.flow && node.items.length > 0 && node.range) {
            const yaml = this.yaml();
            const last = node.items[node.items.length - 1];
            const itemCol = columnOf(yaml, (last.range ?? node.range)[0]);
            const dashCol = yaml.lastIndexOf('-', (last.range ?? node.range)[0]);
            const dash = columnOf(yaml, dashCol >= 0 ? dashCol : (last.range ?? node.range)[0]);
            const at = endOfLine(yaml, (last.range ?? node.range)[1]);
            const text = `${' '.repeat(dash)}- ${indentRest(render(item, isSmallPair(item) && last.flow === true), Math.max(itemCol, dash + 2))}\n`;
            this.splice(at, at, (at > 0 && yaml[at - 1] !== '\n' ? '\n' : '') + text);
            setIn(this.expected, p, [...items, clone(item)]);
            this.verify();
            this.changes.push({ path: dotted([...p, items.length]), from: undefined, to: clone(item) });
            return;
        }
        const next = [...items, clone(item)];
        this.apply(p, next);
        setIn(this.expected, p, next);
        this.verify();
        this.changes.push({ path: dotted([...p, items.length]), from: undefined, to: clone(item) });
    }
    /** Writes `value` at `p` into the text. */
    apply(p, value) {
        const doc = this.doc();
        const yaml = this.yaml();
        const parentPath = p.slice(0, -1);
        const key = p[p.length - 1];
        const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
        if (parent === undefined || parent === null || (isScalar(parent) && (parent.value === null || parent.value === undefined))) {
            // Nothing there yet: write the whole parent.
            const parentValue = getIn(this.expected, parentPath);
            const fresh = typeof key === 'number' ? [] : isRecord(parentValue) ? clone(parentValue) : {};
            fresh[String(key)] = value;
            this.apply(parentPath, typeof key === 'number' ? [...(parentValue ?? []), value] : fresh);
            return;
        }
        if (!isCollection(parent) || !parent.range)
            throw new EditError(`cannot edit ${dotted(p)}: its parent is not a mapping or list`);
        if (parent.flow) {
            // A flow collection ({a: 1} or [a, b]) is re-written whole, in flow style.
            const parentValue = clone(getIn(this.expected, parentPath));
            if (Array.isArray(parentValue))
                parentValue[key] = value;
            else
                parentValue[String(key)] = value;
            this.splice(parent.range[0], parent.range[1], render(parentValue, true));
            return;
        }
        if (isMap(parent)) {
            const pair = parent.items.find((it) => isScalar(it.key) && String(it.key.value) === String(key));
            if (pair) {
                this.replaceValue(yaml, pair, value);
                return;
            }
            this.insertPair(yaml, parent, parentPath.length === 0, String(key), value);
            return;
        }
        if (isSeq(parent)) {
            const item = parent.items[key];
            if (!item || !item.range)
                throw new EditError(`cannot edit ${dotted(p)}: no such list item`);
            const col = columnOf(yaml, item.range[0]);
            const flow = isCollection(item) ? item.flow === true : false;
            this.replaceRange(yaml, item.range[0], item.range[1], indentRest(render(value, flow), col));
            return;
        }
    }
    /** Replaces `[from, to)` with `text`, keeping the newline a block value ends with. */
    replaceRange(yaml, from, to, text) {
        const endsLine = to > from && yaml[to - 1] === '\n';
        this.splice(from, to, endsLine ? `${text}\n` : text);
    }
    /** Writes `value` as the value of an existing key, in the style of the old value where it can. */
    replaceValue(yaml, pair, value) {
        const keyNode = pair.key;
        const old = pair.value;
        const keyCol = columnOf(yaml, keyNode.range[0]);
        const collection = isRecord(value) || Array.isArray(value);
        const oldBlock = Boolean(old && isCollection(old) && !old.flow);
        const oldFlow = Boolean(old && isCollection(old) && old.flow);
        const empty = !old || !old.range || (isScalar(old) && old.value === null && old.range[0] === old.range[1]);
        // A block list or mapping stays block and a flow one flow; a collection where there was a
        // scalar is written in flow style when it is a short list of words (themes: [a, b]).
        const asBlock = collection && (oldBlock || (!oldFlow && !looksFlow(value)));
        const colon = yaml.indexOf(':', keyNode.range[1]);
        if (!empty && old?.range) {
            if (oldBlock && asBlock) {
                this.replaceRange(yaml, old.range[0], old.range[1], indentRest(render(value, false), columnOf(yaml, old.range[0])));
                return;
            }
            if (!asBlock) {
                const text = indentRest(render(value, collection), keyCol + 2);
                // A scalar or flow value replacing a block one goes straight after "key: ".
                if (oldBlock)
                    this.replaceRange(yaml, colon, old.range[1], `: ${text}`);
                else
                    this.replaceRange(yaml, old.range[0], old.range[1], text);
                return;
            }
        }
        // A block collection where there was a scalar or nothing: "key:\n  - …".
        const endOld = !empty && old?.range ? old.range[1] : colon + 1;
        this.replaceRange(yaml, colon, endOld, `:\n${indentAll(render(value, false), keyCol + 2)}`);
    }
    insertPair(yaml, map, topLevel, key, value) {
        const items = map.items;
        const first = items[0];
        const col = first && first.key && first.key.range ? columnOf(yaml, first.key.range[0]) : 0;
        // After the last existing key that comes before this one in the type's field order.
        let after = items[items.length - 1];
        if (topLevel && this.fieldOrder.includes(key)) {
            const rank = this.fieldOrder.indexOf(key);
            const earlier = items.filter((it) => isScalar(it.key) && this.fieldOrder.indexOf(String(it.key.value)) !== -1 && this.fieldOrder.indexOf(String(it.key.value)) < rank);
            if (earlier.length)
                after = earlier[earlier.length - 1];
        }
        const block = (isRecord(value) || Array.isArray(value)) && !looksFlow(value);
        const line = block ? `${' '.repeat(col)}${render(key, false)}:\n${indentAll(render(value, false), col + 2)}\n` : `${' '.repeat(col)}${render(key, false)}: ${indentRest(render(value, looksFlow(value)), col + 2)}\n`;
        if (!after) {
            const at = map.range ? map.range[0] : 0;
            this.splice(at, at, line);
            return;
        }
        const endNode = (after.value ?? after.key);
        const at = endOfLine(yaml, endNode.range[1]);
        // Comments directly after the previous value that are indented under it stay with it.
        this.splice(at, at, (at > 0 && yaml[at - 1] !== '\n' ? '\n' : '') + line);
    }
}
/** Describes a value for "what changed" lines: scalars as they are, lists and maps briefly. */
export function describeValue(v) {
    if (v === undefined || v === null)
        return '(none)';
    if (Array.isArray(v))
        return v.every((x) => typeof x !== 'object') ? `[${v.join(', ')}]` : `${v.length} item${v.length === 1 ? '' : 's'}`;
    if (isRecord(v))
        return `{${Object.entries(v).map(([k, x]) => `${k}: ${typeof x === 'object' ? describeValue(x) : String(x)}`).join(', ')}}`;
    const s = String(v).replace(/\s+/g, ' ');
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
/** "status: in-review → approved" lines for `changes`, relative to `file`. */
export function changeLines(file, changes) {
    const name = path.posix.basename(file);
    return changes.map((c) => `${name}: ${c.path}: ${c.from === undefined ? 'added ' : `${describeValue(c.from)} → `}${describeValue(c.to)}\n`).join('');
}
