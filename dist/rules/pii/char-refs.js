/**
 * HTML character references ("&nbsp;", "&#160;", "&#xA0;") as Markdown renderers read them: every
 * renderer, ours included (markdown-it), shows "943&nbsp;476&nbsp;5919" as 943 476 5919, so
 * pii/fold.ts reads a reference as what it stands for. The rules are CommonMark's, as markdown-it
 * applies them: a name of HTML5 with its semicolon (html-entities.txt, built from the decoder
 * markdown-it uses: tools/build-entities.mjs), or a decimal (up to 7 digits) or hexadecimal (up
 * to 6) code point, where a code point no character may have stands for U+FFFD. A reference is
 * read the same inside code, where a renderer shows it as written: the digits are as readable
 * there. tests/char-refs.test.ts holds this to markdown-it on every name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError } from '../../errors.js';
const REFERENCE = /^&(?:#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}))|([A-Za-z][A-Za-z0-9]{1,31}));/;
/** The reference at `i` in `text`: what it stands for and where it ends; undefined when there is none. */
export function characterReference(text, i) {
    const m = REFERENCE.exec(text.slice(i, i + 40));
    if (!m)
        return undefined;
    const end = i + m[0].length;
    if (m[3] !== undefined) {
        const value = namedReferences().get(m[3]);
        return value === undefined ? undefined : { value, end };
    }
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    return { value: validCode(code) ? String.fromCodePoint(code) : '\uFFFD', end };
}
/** Whether a numeric reference may stand for this code point (markdown-it's `isValidEntityCode`). */
function validCode(c) {
    if (c >= 0xd800 && c <= 0xdfff)
        return false;
    if (c >= 0xfdd0 && c <= 0xfdef)
        return false;
    if ((c & 0xffff) === 0xffff || (c & 0xffff) === 0xfffe)
        return false;
    if (c <= 8 || c === 11 || (c >= 14 && c <= 31) || (c >= 127 && c <= 159))
        return false;
    return c <= 0x10ffff;
}
let named;
/** The named references (html-entities.txt), read on first use: most texts have none. */
export function namedReferences() {
    if (!named) {
        named = new Map();
        const file = fileURLToPath(new URL('./html-entities.txt', import.meta.url));
        let text;
        try {
            text = readFileSync(file, 'utf8');
        }
        catch (err) {
            // A missing data file is a fault in this installation of lessons (exit 2), said plainly.
            throw new CliError(`the built-in list of HTML character references in ${file} could not be read (${err.code ?? 'error'}). Reinstall lessons, or rebuild it with "npm run build:dist".`, 2);
        }
        for (const line of text.split('\n')) {
            if (line === '' || line.startsWith('#'))
                continue;
            const [name, ...codes] = line.split(' ');
            named.set(name, String.fromCodePoint(...codes.map((c) => parseInt(c, 16))));
        }
    }
    return named;
}
