/** Reading only the Markdown body of an entry whose front-matter has already been read. */
import { decodeText, splitFrontMatter } from '../repo/frontmatter.js';
import { readRegularFile } from '../repo/inside.js';

/**
 * The body of the entry file at `abs`, or undefined when it cannot be read. The front-matter is
 * split off but not parsed again (the digest already has it), which halves the cost of a digest
 * with thousands of lessons.
 */
export function readBody(abs: string, maxBytes: number, root: string): string | undefined {
  try {
    // Read like an entry (issue 11.3): a regular file inside the repository, never a FIFO.
    const raw = readRegularFile(abs, root, maxBytes);
    if (!('bytes' in raw)) return undefined;
    const text = decodeText(raw.bytes);
    if (text === undefined) return undefined;
    const split = splitFrontMatter(text);
    return split.ok ? split.fm.body : undefined;
  } catch {
    return undefined;
  }
}
