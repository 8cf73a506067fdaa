/**
 * Reading a Markdown file's YAML front-matter safely and fast, and pointing into it.
 *
 * - The text is decoded strictly as UTF-8; a BOM is dropped and CRLF becomes LF. Neither changes
 *   line numbers, and columns only lose the BOM, so positions still point into the file.
 * - The block is our own split: the first line must be exactly `---`, the block ends at the next
 *   line that is exactly `---` (or `...`). `---js` and friends are refused, never evaluated.
 * - Data comes from js-yaml 4 with the YAML 1.2 core schema: dates stay strings, `no` stays a
 *   string, there are no base-60 numbers and duplicate keys are errors. It is several times faster
 *   than `yaml` (measured in `npm run bench`), which matters at 15,000 files.
 * - Blocks that use anchors or aliases are parsed by `yaml` instead, which caps alias expansion.
 * - A `yaml` Document (with positions) is built only when something needs a position: the
 *   `Locator`. Error messages come from `yaml`'s error codes, never from matching error text.
 */
import { createRequire } from 'node:module';
import jsyaml from 'js-yaml';
import { readBlockYaml } from './fast-yaml.js';
import { positionsIn } from './positions.js';
import { matches, matchesRoot, outline } from './outline.js';
/**
 * `yaml` is loaded on first use: most files never need it (no problem to point at, no aliases),
 * and importing it costs about 40 ms in every thread.
 */
let yamlLib;
function Y() {
    return (yamlLib ??= createRequire(import.meta.url)('yaml'));
}
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** Decodes file bytes as strict UTF-8 text with LF line ends, or undefined for binary data. */
export function decodeText(bytes) {
    if (bytes.includes(0))
        return undefined;
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
    // TextDecoder drops a leading BOM itself (ignoreBOM: false).
    return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/gm;
export function splitFrontMatter(text) {
    if (!text.startsWith('---'))
        return { ok: false, reason: 'none' };
    const firstEnd = text.indexOf('\n');
    const first = firstEnd === -1 ? text : text.slice(0, firstEnd);
    const rest = first.slice(3).trim();
    if (rest !== '') {
        // `---js`, `---coffee`: code front-matter that other tools evaluate. We never do.
        if (/^[A-Za-z]+$/.test(rest))
            return { ok: false, reason: 'not-yaml', language: rest };
        return { ok: false, reason: 'none' };
    }
    if (firstEnd === -1)
        return { ok: false, reason: 'unclosed' };
    CLOSE_RE.lastIndex = firstEnd + 1;
    const close = CLOSE_RE.exec(text);
    if (!close)
        return { ok: false, reason: 'unclosed' };
    const yaml = text.slice(firstEnd + 1, close.index);
    const closeEnd = text.indexOf('\n', close.index);
    const body = closeEnd === -1 ? '' : text.slice(closeEnd + 1);
    const yamlLine = 2;
    const bodyLine = yamlLine + countLines(yaml) + 1;
    return { ok: true, fm: { yaml, yamlLine, body, bodyLine } };
}
function countLines(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
const JSYAML_OPTIONS = { schema: jsyaml.CORE_SCHEMA, json: false };
/** Anchors (`&a`) and aliases (`*a`) are where alias bombs live; such blocks go to `yaml`. */
const MAY_USE_ALIASES = /(?:^|[\s[{,:-])[&*][^\s,[\]{}]/;
export const YAML_DOCUMENT_OPTIONS = {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
};
/** The largest number of aliases one block may expand. */
export const MAX_ALIASES = 50;
/** The most characters that aliases, all expanded, may add to what the block holds as written. */
export const MAX_ALIAS_EXPANSION = 64 * 1024;
/** Parses a front-matter block's YAML into plain data. */
export function parseYaml(fm) {
    // Most blocks are plain block-style YAML: read without js-yaml, to the same data (fast-yaml.ts).
    const quick = readBlockYaml(fm.yaml);
    if (quick)
        return { ok: true, data: quick };
    if ((!fm.yaml.includes('&') && !fm.yaml.includes('*')) || !MAY_USE_ALIASES.test(fm.yaml)) {
        try {
            return { ok: true, data: jsyaml.load(fm.yaml, JSYAML_OPTIONS) };
        }
        catch (err) {
            if (!(err instanceof jsyaml.YAMLException))
                throw err;
            // Fall through: `yaml` gives a coded error (and the same result if it disagrees).
            const precise = parseWithDocument(fm);
            if (!precise.ok)
                return precise;
            const mark = err.mark;
            return {
                ok: false,
                error: {
                    code: 'syntax',
                    position: mark ? { line: fm.yamlLine + mark.line, column: mark.column + 1 } : { line: fm.yamlLine, column: 1 },
                },
            };
        }
    }
    return parseWithDocument(fm);
}
/** Blocks longer than this have their repeated keys found by value (see parseWithDocument). */
const LARGE_BLOCK_LINES = 2000;
/**
 * Where the first key given twice in a mapping is (the offset of the second), as yaml's own check
 * finds them (scalar keys with the same value, by ===), or undefined.
 */
function firstRepeatedKey(doc) {
    const { isScalar, visit } = Y();
    let first;
    visit(doc, {
        Map(_, map) {
            const seen = new Set();
            for (const pair of map.items) {
                const key = pair.key;
                if (!isScalar(key))
                    continue;
                const value = key.value;
                if (typeof value === 'number' && Number.isNaN(value))
                    continue; // NaN === NaN is false
                if (seen.has(value)) {
                    const at = key.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                else {
                    seen.add(value);
                }
            }
        },
    });
    return first;
}
function parseWithDocument(fm) {
    const { LineCounter, parseDocument, visit } = Y();
    const lineCounter = new LineCounter();
    // yaml's check for a key given twice compares each key with every other in its mapping: for a
    // large block (a pasted export of thousands of fields) keys are checked here instead, by value.
    const large = countLines(fm.yaml) > LARGE_BLOCK_LINES;
    const doc = parseDocument(fm.yaml, { ...YAML_DOCUMENT_OPTIONS, ...(large ? { uniqueKeys: false } : {}), lineCounter });
    const toPos = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: fm.yamlLine - 1 + p.line, column: p.col };
    };
    const repeated = large ? firstRepeatedKey(doc) : undefined;
    const first = repeated !== undefined && (!doc.errors[0] || repeated <= doc.errors[0].pos[0]) ? { pos: [repeated], code: 'DUPLICATE_KEY' } : doc.errors[0];
    if (first) {
        const offset = first.pos[0];
        const code = ERROR_CODES[first.code] ?? 'syntax';
        const error = { code, position: toPos(offset) };
        if (code === 'duplicate-key')
            error.key = keyAt(fm.yaml, offset);
        return { ok: false, error };
    }
    const tagWarning = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tagWarning)
        return { ok: false, error: { code: 'unsupported-tag', position: toPos(tagWarning.pos[0]) } };
    const aliasError = checkAliases(doc);
    if (aliasError)
        return { ok: false, error: { code: aliasError.code, position: toPos(aliasError.offset) } };
    try {
        return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
    }
    catch {
        // toJS throws only when aliases expand beyond maxAliasCount (a "billion laughs" block).
        let offset = 0;
        visit(doc, {
            Alias(_, node) {
                offset = node.range?.[0] ?? 0;
                return visit.BREAK;
            },
        });
        return { ok: false, error: { code: 'alias-limit', position: toPos(offset) } };
    }
}
/**
 * Aliases are safe only if none is inside the value it names (that value would contain itself,
 * and every walk over the data would never end) and, all expanded, they add at most
 * `MAX_ALIAS_EXPANSION` characters to the block: a long text repeated by aliases costs as much to
 * check as writing it out, so it is bounded by size, not only by the number of aliases.
 */
function checkAliases(doc) {
    const { isAlias, isCollection, isPair, isScalar, visit } = Y();
    let found;
    visit(doc, {
        Alias(_, alias) {
            const target = alias.resolve(doc);
            const at = alias.range?.[0] ?? 0;
            if (target?.range && at >= target.range[0] && at < target.range[2]) {
                found = { code: 'alias-cycle', offset: at };
                return visit.BREAK;
            }
            return undefined;
        },
    });
    if (found)
        return found;
    // Expanded size in characters, memoised per anchored node (so a "billion laughs" costs one pass).
    const sizes = new Map();
    let firstAlias = -1;
    const size = (node) => {
        if (node === null || node === undefined)
            return 0;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        let n = 1;
        if (isAlias(node)) {
            if (firstAlias === -1)
                firstAlias = node.range?.[0] ?? 0;
            n = size(node.resolve(doc));
        }
        else if (isScalar(node)) {
            n = String(node.value ?? '').length + 1;
        }
        else if (isPair(node)) {
            n = size(node.key) + size(node.value);
        }
        else if (isCollection(node)) {
            for (const item of node.items)
                n += size(item);
        }
        sizes.set(node, n);
        return n;
    };
    let text;
    try {
        text = size(doc.contents);
    }
    catch (err) {
        // Nesting too deep to measure: treat it as too costly to expand.
        if (!(err instanceof RangeError))
            throw err;
        text = Infinity;
    }
    if (firstAlias !== -1 && text > sourceLength(doc) + MAX_ALIAS_EXPANSION)
        return { code: 'alias-limit', offset: firstAlias };
    return undefined;
}
function sourceLength(doc) {
    const r = doc.contents?.range;
    return r ? r[2] - r[0] : 0;
}
const ERROR_CODES = {
    DUPLICATE_KEY: 'duplicate-key',
    BAD_INDENT: 'indentation',
    TAB_AS_INDENT: 'indentation',
    BLOCK_AS_IMPLICIT_KEY: 'unquoted-colon',
    MULTILINE_IMPLICIT_KEY: 'unquoted-colon',
    MISSING_CHAR: 'missing-closing',
    BAD_SCALAR_START: 'bad-start',
};
function keyAt(src, offset) {
    const m = /^\s*["']?([^"':\n]+)["']?\s*:/.exec(src.slice(offset, src.indexOf('\n', offset) + 1 || undefined));
    return m?.[1].trim();
}
/**
 * Points into a front-matter block. With the data js-yaml produced, most blocks are located by a
 * line scanner (outline.ts) whose outline is used only when its shape matches the data exactly;
 * everything else goes to the `yaml` Document, built on first use. Both give the same positions
 * (tests/locator.property.test.ts), so files with something to report rarely pay for a Document.
 */
export class Locator {
    fm;
    data;
    scanned;
    /** The root's values checked against the data so far: the value, or null where they differ. */
    checked = new Map();
    /** The items of lazy sequences checked against the data so far. */
    checkedItems = new Map();
    slow;
    lineOf;
    constructor(fm, 
    /** The block's parsed data; without it every position comes from the Document. */
    data) {
        this.fm = fm;
        this.data = data;
    }
    /** See `DocumentLocator.locate`: the same position, found without a Document when possible. */
    locate(path, target = 'value', needle) {
        const offset = this.quick(path, target, needle);
        // Line starts found once per block: a block with thousands of problems is not counted from its start for each.
        if (offset !== undefined)
            return (this.lineOf ??= positionsIn(this.fm.yaml, this.fm.yamlLine))(offset);
        return (this.slow ??= new DocumentLocator(this.fm)).locate(path, target, needle);
    }
    /** Whether positions came from the scanner alone so far (for tests and the benchmark). */
    get usedDocument() {
        return this.slow !== undefined;
    }
    /** Top-level value `k`, read and checked against its data on first use; undefined where they differ. */
    topValue(root, k) {
        let v = this.checked.get(k);
        if (v === undefined) {
            const read = root.value(k);
            const data = this.data[root.keys[k]];
            const same = read !== undefined && (read.kind === 'lazy-seq' ? Array.isArray(data) && data.length === read.count : matches(read, data));
            v = same ? read : null;
            this.checked.set(k, v);
        }
        return v ?? undefined;
    }
    /** Item `k` of a lazy sequence whose data is `data`, read and checked on first use; undefined where they differ. */
    seqItem(seq, k, data) {
        let items = this.checkedItems.get(seq);
        if (!items)
            this.checkedItems.set(seq, (items = new Map()));
        let v = items.get(k);
        if (v === undefined) {
            const read = seq.item(k);
            v = read && matches(read, data[k]) ? read : null;
            items.set(k, v);
        }
        return v ?? undefined;
    }
    quick(path, target, needle) {
        if (this.scanned === undefined) {
            const o = this.data === undefined ? undefined : outline(this.fm.yaml);
            this.scanned = o && matchesRoot(o, this.data) ? o : null;
        }
        const root = this.scanned;
        if (!root)
            return undefined;
        let offset = root.start;
        let node = root;
        // The data at `node` (a lazy sequence's items are checked against theirs when read).
        let data = this.data;
        for (let i = 0; i < path.length && node; i++) {
            const seg = path[i];
            if (node.kind === 'root' || node.kind === 'map') {
                const k = keyIndex(node, String(seg));
                if (k === -1)
                    break;
                offset = node.keyStarts[k];
                if (i === path.length - 1 && target === 'key') {
                    node = undefined;
                    break;
                }
                const child = node.kind === 'root' ? this.topValue(node, k) : node.values[k];
                // A top-level value the scanner is unsure of, or that differs from the data: only the Document can say.
                if (!child)
                    return undefined;
                node = child;
                data = data[String(seg)];
                offset = node.start;
            }
            else if (node.kind === 'lazy-seq' && typeof seg === 'number' && seg < node.count) {
                // As `items[seg]` of a sequence read at once: no item there (-1, 1.5) ends the walk.
                if (!Number.isInteger(seg) || seg < 0) {
                    node = undefined;
                    break;
                }
                const item = this.seqItem(node, seg, data);
                if (!item)
                    return undefined;
                node = item;
                data = data[seg];
                offset = node.start;
            }
            else if (node.kind === 'seq' && typeof seg === 'number' && seg < node.items.length) {
                node = node.items[seg];
                data = data[seg];
                if (node)
                    offset = node.start;
            }
            else {
                break;
            }
        }
        if (needle && node) {
            const at = this.fm.yaml.indexOf(needle, node.start);
            if (at !== -1) {
                // Inside what the scanner knows is the node; beyond that only the Document can say.
                const end = node.kind === 'root' || node.kind === 'lazy-seq' ? node.end() : node.end;
                if (end !== undefined && at < end)
                    offset = at;
                else
                    return undefined;
            }
        }
        return offset;
    }
}
/**
 * The index of `key` among a map outline's keys. A map with many keys (a pasted block of 30,000
 * fields, each an unknown-field problem) gets an index, so that positioning every problem is not
 * a search of every key each time (that was quadratic: 5.5 s for 30,000 keys).
 */
function keyIndex(node, key) {
    if (node.keys.length < 32)
        return node.keys.indexOf(key);
    let index = KEY_INDEX.get(node);
    if (!index) {
        index = new Map();
        for (let i = node.keys.length - 1; i >= 0; i--)
            index.set(node.keys[i], i);
        KEY_INDEX.set(node, index);
    }
    return index.get(key) ?? -1;
}
const KEY_INDEX = new WeakMap();
/**
 * Points into a front-matter block with a `yaml` Document (built on first use): the reference
 * for every position, and the fallback where the scanner is unsure.
 */
export class DocumentLocator {
    fm;
    doc;
    lines;
    constructor(fm) {
        this.fm = fm;
    }
    document() {
        if (!this.doc) {
            const { LineCounter, parseDocument } = Y();
            this.lines = new LineCounter();
            // Only positions are wanted here: the block has been read already (a key given twice was
            // reported then), and yaml's own check for repeated keys compares every key with every other.
            this.doc = parseDocument(this.fm.yaml, { ...YAML_DOCUMENT_OPTIONS, uniqueKeys: false, lineCounter: this.lines });
        }
        return this.doc;
    }
    /**
     * The file position of the node at `path`: its key with `target: 'key'`, else its value. Where
     * the path stops existing, the deepest node that exists. With `needle`, the first place the
     * text occurs inside that node (e.g. an identifier inside a long summary).
     */
    locate(path, target = 'value', needle) {
        const { isAlias, isMap, isSeq } = Y();
        const doc = this.document();
        let node = doc.contents;
        let offset = node?.range?.[0] ?? 0;
        for (let i = 0; i < path.length && node; i++) {
            const seg = path[i];
            const last = i === path.length - 1;
            if (isMap(node)) {
                const pair = this.pairOf(node, String(seg));
                if (!pair)
                    break;
                const key = pair.key;
                offset = key.range?.[0] ?? offset;
                if (last && target === 'key') {
                    node = undefined;
                    break;
                }
                node = pair.value;
                if (node?.range)
                    offset = node.range[0];
            }
            else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
                node = node.items[seg];
                if (node?.range)
                    offset = node.range[0];
            }
            else {
                break;
            }
        }
        if (needle && node?.range && !isAlias(node)) {
            const at = this.fm.yaml.indexOf(needle, node.range[0]);
            if (at !== -1 && at < node.range[2])
                offset = at;
        }
        return this.toPosition(offset);
    }
    /** Pairs by key per mapping, for mappings with many keys (see keyIndex): the first pair with the key, as `find` gives. */
    pairIndex = new Map();
    pairOf(node, key) {
        const { isScalar } = Y();
        const matchesKey = (p) => isScalar(p.key) && String(p.key.value) === key;
        if (node.items.length < 32)
            return node.items.find(matchesKey);
        let index = this.pairIndex.get(node);
        if (!index) {
            index = new Map();
            for (let i = node.items.length - 1; i >= 0; i--) {
                const p = node.items[i];
                if (isScalar(p.key))
                    index.set(String(p.key.value), p);
            }
            this.pairIndex.set(node, index);
        }
        return index.get(key);
    }
    toPosition(offset) {
        this.document();
        const p = this.lines.linePos(offset);
        return { line: this.fm.yamlLine - 1 + p.line, column: p.col };
    }
}
