/**
 * What the repository rules need of a file outside the change (`--changed`, `review`): its id,
 * type and references, without the per-file pipeline. The front-matter's top-level lines are
 * scanned for just those fields; a value the scan cannot be sure of (quotes, anchors, numbers,
 * nesting, a field given twice, anything but plain words) sends the file to the full YAML parse,
 * so the fields are always what js-yaml would give for a block that parses.
 *
 * Only the front-matter is read (its first 16 KiB, usually), so a file whose body is not text
 * or whose YAML is broken further on is still indexed here; `validate` without `--changed`
 * reports such a file.
 */
import { closeSync, fstatSync, readSync } from 'node:fs';
import { openRegularFile } from './inside.js';
import { decodeText, parseYaml, splitFrontMatter } from './frontmatter.js';
import { readBytes } from './read.js';
import { isRecord } from '../util/values.js';
import { trimSpaces } from './fast-yaml.js';
/** Words that YAML's core schema reads as something other than a string. */
const NOT_TEXT = /^(?:true|false|null|~|[-+]?(?:\.inf|\.nan|[0-9].*))$/i;
/** A plain word as ids and types are written. */
const WORD = /^[A-Za-z][A-Za-z0-9._/-]*$/;
function word(s) {
    // Only U+0020 is trimmed, as YAML does (fast-yaml.ts trimSpaces): "LL-1\u00A0" is not a plain word.
    const t = trimSpaces(s);
    return WORD.test(t) && !NOT_TEXT.test(t) ? t : undefined;
}
/** A scalar value after `key:` on its line (comment removed), or undefined when unsure. */
function lineValue(rest) {
    const hash = rest.indexOf(' #');
    return word(hash === -1 ? rest : rest.slice(0, hash));
}
/**
 * The top-level `fields` of a front-matter block, or undefined where a plain scan cannot be sure
 * (then the caller parses the block). Fields that are absent are left out, as in parsed data.
 */
export function scanFields(yaml, fields) {
    if (yaml.includes('\t') || yaml.includes('&') || yaml.includes('*') || yaml.includes('\r'))
        return undefined;
    const out = {};
    const seen = new Set();
    const firstChars = new Set([...fields].map((f) => f.charCodeAt(0)));
    let key = '';
    let pos = 0;
    while (pos < yaml.length) {
        let nl = yaml.indexOf('\n', pos);
        if (nl === -1)
            nl = yaml.length;
        const c = yaml.charCodeAt(pos);
        if (pos === nl || c === 32 || c === 35 /* # */) {
            pos = nl + 1; // blank, indented or a comment
            continue;
        }
        // A top-level key: checked by its characters, and sliced out only when it is a field wanted.
        let colon = pos;
        for (let k = yaml.charCodeAt(colon); colon < nl && isKeyChar(k); k = yaml.charCodeAt(++colon))
            ;
        if (colon === pos || colon >= nl || yaml.charCodeAt(colon) !== 58 /* : */ || !isKeyStart(c))
            return undefined;
        if (colon + 1 < nl && yaml.charCodeAt(colon + 1) !== 32)
            return undefined;
        if (!firstChars.has(c) || !fields.has((key = yaml.slice(pos, colon)))) {
            pos = nl + 1;
            continue;
        }
        if (seen.has(key))
            return undefined; // a duplicate key: the parse reports it
        seen.add(key);
        const rest = trimSpaces(yaml.slice(colon + 1, nl));
        if (rest.startsWith('[')) {
            const close = rest.indexOf(']');
            if (close === -1 || rest.indexOf('[', 1) !== -1)
                return undefined;
            const after = trimSpaces(rest.slice(close + 1));
            if (after !== '' && !after.startsWith('#'))
                return undefined;
            const inner = trimSpaces(rest.slice(1, close));
            const items = inner === '' ? [] : inner.split(',').map(word);
            if (items.some((x) => x === undefined))
                return undefined;
            out[key] = items;
            pos = nl + 1;
        }
        else if (rest === '' || rest.startsWith('#')) {
            // A block list of words below, or nothing (null).
            const items = [];
            pos = nl + 1;
            while (pos < yaml.length) {
                let end = yaml.indexOf('\n', pos);
                if (end === -1)
                    end = yaml.length;
                const line = yaml.slice(pos, end);
                let indent = 0;
                while (line.charCodeAt(indent) === 32)
                    indent++;
                const t = line.slice(indent);
                if (t !== '' && !t.startsWith('#')) {
                    if (line === t)
                        break; // back at the top level
                    if (!t.startsWith('- '))
                        return undefined;
                    const v = lineValue(t.slice(2));
                    if (v === undefined)
                        return undefined;
                    items.push(v);
                }
                pos = end + 1;
            }
            out[key] = items.length ? items : null;
        }
        else {
            const v = lineValue(rest);
            if (v === undefined)
                return undefined;
            out[key] = v;
            pos = nl + 1;
        }
    }
    return out;
}
const isKeyStart = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c) => isKeyStart(c) || (c >= 48 && c <= 57) || c === 45;
/** Front-matter is nearly always in a file's first few KiB: read that much, and more only if needed. */
const HEAD_BYTES = 16 * 1024;
const head = Buffer.allocUnsafe(HEAD_BYTES);
/**
 * The index fields of one entry file (what `readEntryFile(...).data` gives for them), or undefined
 * when the file has no readable front-matter (it is then left out of the index, as a full read
 * would leave it out). Only the first 16 KiB are read when the front-matter ends within them.
 */
export function readIndexFields(abs, maxBytes, fields, root, dirs, listed = false) {
    let fm;
    let fd;
    try {
        // Like every read (issue 11.3): a regular file inside the repository, never a FIFO or device.
        fd = openRegularFile(abs, root, dirs, listed);
        const n = readSync(fd, head, 0, HEAD_BYTES, 0);
        const whole = n < HEAD_BYTES || fstatSync(fd).size === n;
        if (n > maxBytes || (!whole && fstatSync(fd).size > maxBytes))
            return undefined;
        // Decode only as far as the line after the closing delimiter (found as bytes: "\n---" or
        // "\n..."), or up to the last line break in what was read: never half a character.
        let cut = -1;
        for (let at = head.indexOf(CLOSE_DASHES, 3); at !== -1 && at < n; at = head.indexOf(CLOSE_DASHES, at + 1)) {
            const eol = head.indexOf(10, at + 1);
            if (eol !== -1 && eol < n) {
                cut = eol + 1;
                break;
            }
        }
        if (cut === -1 || head.indexOf(CLOSE_DOTS, 3) !== -1)
            cut = whole ? n : head.lastIndexOf(10, n - 1) + 1;
        const text = cut > 0 ? decodeText(head.subarray(0, cut)) : undefined;
        const split = text === undefined ? undefined : splitFrontMatter(text);
        if (split?.ok)
            fm = split.fm;
        else if (whole || (split && split.reason !== 'unclosed'))
            return undefined; // no front-matter
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
    if (!fm) {
        const raw = readBytes(abs, maxBytes, root, dirs, listed);
        if (!('bytes' in raw))
            return undefined;
        const text = decodeText(raw.bytes);
        const split = text === undefined ? undefined : splitFrontMatter(text);
        if (!split?.ok)
            return undefined;
        fm = split.fm;
    }
    const scanned = scanFields(fm.yaml, fields);
    if (scanned)
        return scanned;
    const parsed = parseYaml(fm);
    if (!parsed.ok || !isRecord(parsed.data))
        return undefined;
    const out = {};
    for (const f of fields)
        if (parsed.data[f] !== undefined)
            out[f] = parsed.data[f];
    return out;
}
const CLOSE_DASHES = Buffer.from('\n---');
const CLOSE_DOTS = Buffer.from('\n...');
