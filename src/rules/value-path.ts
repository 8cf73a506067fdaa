/**
 * Where a front-matter value is, as a chain of links from the value up to the root: made as the
 * walk goes (one small object per list item or key with nested values), and turned into a key path
 * only when a rule reports something there (most values never need one).
 */
import type { PathSegment } from '../repo/frontmatter.js';

export interface ValueAt {
  readonly parent: ValueAt | undefined;
  readonly key: PathSegment;
}

/** The key path of a value (`['actions', 1, 'owner']`). */
export function pathOf(at: ValueAt | undefined): PathSegment[] {
  const out: PathSegment[] = [];
  for (let l = at; l; l = l.parent) out.unshift(l.key);
  return out;
}
