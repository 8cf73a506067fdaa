/**
 * Line and column of many offsets in one text (issue 11.2): the line starts are found once, and
 * each offset is then a binary search, where counting line breaks from the start of the text for
 * every offset made a file with thousands of findings or suppression comments quadratic.
 * 1-based lines from `firstLine`, 1-based columns.
 */
import type { Position } from './frontmatter.js';
import { lastAtMost } from '../util/sorted.js';

export function positionsIn(text: string, firstLine: number): (offset: number) => Position {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    // The last line start at or before the offset (a break at the offset itself ends that line).
    const lo = Math.max(0, lastAtMost(starts, offset));
    return { line: firstLine + lo, column: offset - starts[lo] + 1 };
  };
}
