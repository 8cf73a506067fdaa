/** Reading only the Markdown body of an entry whose front-matter has already been read. */
import { readFileSync, statSync } from 'node:fs';
import { decodeText, splitFrontMatter } from '../repo/frontmatter.js';
/**
 * The body of the entry file at `abs`, or undefined when it cannot be read. The front-matter is
 * split off but not parsed again (the digest already has it), which halves the cost of a digest
 * with thousands of lessons.
 */
export function readBody(abs, maxBytes) {
    try {
        if (statSync(abs).size > maxBytes)
            return undefined;
        const text = decodeText(readFileSync(abs));
        if (text === undefined)
            return undefined;
        const split = splitFrontMatter(text);
        return split.ok ? split.fm.body : undefined;
    }
    catch {
        return undefined;
    }
}
