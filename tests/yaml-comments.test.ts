/**
 * Comments in the front-matter are read for identifiers (pii/*), so they must be found where YAML
 * finds them: `yamlComments` (src/rules/text.ts) is held to the `yaml` package's own reading (the
 * comment tokens of its CST) on written cases, on every front-matter block of the sample and a
 * generated repository, and on thousands of blocks mutated with quotes, `#`, escapes, pasted spaces
 * and line breaks. Only blocks `yaml` reads without an error count (in a broken block the whole file
 * is read as text instead).
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/repo/frontmatter.js';
import { yamlComments } from '../src/rules/text.js';
import { generateRepository } from '../tools/bench/generate.js';
import { check } from './helpers/check.js';
import { lesson } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessons-yaml-comments-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Where each comment's `#` is, by the `yaml` package's CST. */
function theirs(src: string): number[] {
  const out = new Set<number>();
  const visit = (t: unknown): void => {
    if (!t || typeof t !== 'object') return;
    if (Array.isArray(t)) {
      for (const x of t) visit(x);
      return;
    }
    const token = t as Record<string, unknown>;
    if (token.type === 'comment') out.add(token.offset as number);
    for (const k of ['start', 'sep', 'end', 'props', 'items', 'value', 'key']) visit(token[k]);
  };
  for (const doc of new Parser().parse(src)) visit(doc);
  return [...out].sort((a, b) => a - b);
}

/** Where each comment's `#` is, by yamlComments. */
function ours(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return yamlComments(src).map((c) => starts[c.line] + c.column - 2);
}

const readable = (src: string) => parseDocument(src).errors.length === 0;

const CASES: [string, string][] = [
  ['an apostrophe after a no-break space', "title: 5\u00a0'o clock # rang Mrs Smith\n"],
  ['an unclosed quote inside a plain value', "title: don't 'x # rang Mrs Smith\n"],
  ['a quote after a comma outside a flow collection', "title: falls, 'near misses # rang Mrs Smith\n"],
  ['a # inside quotes, then a comment', "title: 'a # b' # c\nnote: \"x \\\" # y\" # z\n"],
  ['quoted items', "items:\n  - 'x # y' # z\nlist: [p, 'q # r', \"s\"] # t\nmap: {a: 'b # c'} # d\n"],
  ["'' inside single quotes", "a: 'it''s # not' # yes\n"],
  ['a quoted scalar over two lines', 'a: "one\n  # not a comment\n  two" # a comment\nb: 1\n'],
  ['block scalars', 'a: |\n  # not a comment\nb: >- # a comment\n  text # text\nc: 1 # yes\n'],
  ['after a block scalar in a list item', 'actions:\n  - description: >-\n      Show pending doses # text\n    owner: Ward Manager  # a comment\n  - |\n    # text\n  - x # a comment\n'],
  ['a # inside a word', 'a: b#c # d\nurl: http://x/#frag\n'],
  ['comment lines and indentation', '# top\na:\n  # inside\n  b: 1   # after\n  c:\n    - x # after an item\n'],
];

describe('front-matter comments, as YAML reads them', () => {
  it.each(CASES)('%s', (_name, src) => {
    if (readable(src)) expect(ours(src)).toEqual(theirs(src));
  });

  it('the written cases are YAML that reads (so that they test something)', () => {
    const read = CASES.filter(([, src]) => readable(src)).length;
    expect(read).toBe(CASES.length);
  });

  it('agrees with yaml on the sample, a generated repository and 5,000 mutated blocks', () => {
    const blocks: string[] = [];
    const take = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!e.isFile() || !e.name.endsWith('.md')) continue;
        const split = splitFrontMatter(readFileSync(path.join(e.parentPath, e.name), 'utf8'));
        if (split.ok) blocks.push(split.fm.yaml);
      }
    };
    take(path.join(ROOT, 'lessons'));
    generateRepository(path.join(tmp, 'gen'), { lessons: 40, seed: 77, problems: true });
    take(path.join(tmp, 'gen', 'lessons'));
    const inserts = [" 'x", ' "x', "'", '"', ' # note', '#', ' #', '\\"', "''", '\u00a0', "\u00a0'", ', ', '[', ']', '{', '}', ': ', '- ', '\n', '\n  ', '\n# c\n', ' | ', '|\n  # x\n', '"a\n  # b\n  c"'];
    const tails = [' # note', "  # it's 'x", " 'x # c", "\u00a0'o clock # c", ' "q # r" # s', ' # a: b', " don't 'x # rang", ', "y # z', "\t# tab"];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let compared = 0;
    let withComments = 0;
    const differ: string[] = [];
    for (let k = 0; k < blocks.length + 5000; k++) {
      let y = blocks[k % blocks.length];
      if (k >= blocks.length) {
        for (let e = 1 + rnd(3); e > 0; e--) {
          const at = rnd(y.length + 1);
          if (rnd(2) === 0) {
            // A tail at the end of a line: where comments (and quotes pasted before them) go.
            const nl = y.indexOf('\n', at);
            const end = nl === -1 ? y.length : nl;
            y = y.slice(0, end) + tails[rnd(tails.length)] + y.slice(end);
          } else {
            y = y.slice(0, at) + inserts[rnd(inserts.length)] + y.slice(at);
          }
        }
      }
      if (!readable(y)) continue;
      compared++;
      const want = theirs(y);
      if (want.length) withComments++;
      if (JSON.stringify(ours(y)) !== JSON.stringify(want)) differ.push(JSON.stringify(y));
    }
    expect(differ.slice(0, 3)).toEqual([]);
    expect(differ.length).toBe(0);
    expect(compared).toBeGreaterThan(1500);
    expect(withComments).toBeGreaterThan(500);
  });
});

describe('identifiers in front-matter comments', () => {
  it('are found after a quote inside a plain value and after a block scalar in an action', () => {
    const actions = "actions:\n  - description: >-\n      Show pending doses on the handover screen.\n    owner: Ward Manager, Ward 4  # agreed with Mrs McAllister\n    due: 2026-12-20\n    status: open\n";
    const problems = check({
      'lessons/learning/LL-20261001-aaaa.md': lesson('LL-20261001-aaaa', actions).replace('title: Insulin doses at ward transfer', "title: Insulin doses at 5 o'clock 'rounds # rang 07700 900123"),
    });
    const pii = problems.filter((p) => p.rule.startsWith('pii/')).map((p) => `${p.rule} ${p.line}`);
    expect(pii.sort()).toEqual(['pii/name 13', 'pii/phone 4']);
  });
});
