/**
 * The checked data of a data file that ships with lessons. The build (tools/copy-data.mjs) checks
 * each built-in data file (the just culture guide, the bank holiday calendar, the language terms)
 * as data-file.ts checks any data file, and writes what it read next to it, as
 * `<name>.checked.json` with a fingerprint of the text it came from. A run whose data file still
 * has that fingerprint uses the checked data (measured: about 30 ms of a 250 ms run on the sample
 * repository). Apart from data-file.ts because reading checked data needs neither the YAML reader
 * nor zod: a worker thread that only runs the text rules does not load them (parallel.ts).
 */
import { readFileSync } from 'node:fs';
/** The checked data of built-in data file `file` whose text is `source`, or undefined when there is none for this text. */
export function readCheckedData(source, file) {
    try {
        const checked = JSON.parse(readFileSync(checkedFileOf(file), 'utf8'));
        if (checked.fingerprint === fingerprint(source) && checked.data !== undefined)
            return checked.data;
    }
    catch {
        // No checked data (or unreadable).
    }
    return undefined;
}
/** Where the build writes the checked data of the built-in data file `file`. */
export function checkedFileOf(file) {
    return file.replace(/\.ya?ml$/, '') + '.checked.json';
}
/** The text the build writes for `data`, checked from `source` (see readCheckedData). */
export function checkedFileText(source, data) {
    return `${JSON.stringify({ fingerprint: fingerprint(source), data })}\n`;
}
/** A fingerprint of a text (FNV-1a over its UTF-16 code units, and its length): an edit changes it. */
function fingerprint(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return `${text.length}-${(h >>> 0).toString(16)}`;
}
