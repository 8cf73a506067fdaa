/**
 * The fast front-matter reader (src/repo/fast-yaml.ts) gives exactly js-yaml's data, or declines:
 * on written edge cases, on every front-matter block of the sample repository, the fixtures and a
 * generated repository (clean and problem-heavy), and on thousands of mutated blocks.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../src/repo/fast-yaml.js';
import { decodeText, splitFrontMatter } from '../src/repo/frontmatter.js';
import { generateRepository } from '../tools/bench/generate.js';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));

function reference(yaml: string): { data?: unknown; threw: boolean } {
  try {
    return { data: jsyaml.load(yaml, { schema: jsyaml.CORE_SCHEMA, json: false }), threw: false };
  } catch {
    return { threw: true };
  }
}

/** The reader agrees with js-yaml when it answers (same values, types and key order). */
function agrees(yaml: string): 'read' | 'declined' {
  const mine = readBlockYaml(yaml);
  if (mine === undefined) return 'declined';
  const ref = reference(yaml);
  expect(ref.threw, `js-yaml refuses what the fast reader read: ${JSON.stringify(yaml)}`).toBe(false);
  expect(isDeepStrictEqual(mine, ref.data) && JSON.stringify(Object.keys(mine)) === JSON.stringify(Object.keys(ref.data as object)), `different data for ${JSON.stringify(yaml)}:\n${JSON.stringify(mine)}\n${JSON.stringify(ref.data)}`).toBe(true);
  return 'read';
}

function blocksIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      else if (e.isFile() && e.name.endsWith('.md')) {
        const text = decodeText(readFileSync(p));
        const split = text === undefined ? undefined : splitFrontMatter(text);
        if (split?.ok) out.push(split.fm.yaml);
      }
    }
  };
  walk(dir);
  return out;
}

const CASES: [string, string, 'read' | 'declined'][] = [
  ['plain scalars typed by the core schema', 'a: true\nb: False\nc: ~\nd: null\ne: 0x1F\nf: 0o17\ng: .inf\nh: -.5\ni: 1e3\nj: 012\nk: yes\nl: 2026-03-05\nm: 1_000\nn: -0', 'read'],
  ['a key that is a typed word', 'True: x\nnull: y', 'declined'],
  ['a key given twice', 'a: 1\na: 2', 'declined'],
  ['__proto__ as a key', '__proto__: x', 'declined'],
  ['quotes', 'a: "x: y # not a comment"\nb: \'it\'\'s\'\nc: "" # empty', 'read'],
  ['one-character escapes in double quotes', 'a: "line\\nbreak"\nb: "a \\"what matters\\" board"\nc: "back\\\\"\nd: "\\"\\"" # two\ne: "\\/\\t\\0\\a\\b\\v\\f\\r\\e\\ \\N\\_\\L\\P"\nf: [x, "y \\"z\\""]\ng: {system: "Learning \\"from\\" excellence", ref: "R\\\\1"}', 'read'],
  ['hexadecimal and Unicode escapes', 'a: "\\x41"\nb: "\\u00e9"\nc: "\\U0001F600"', 'declined'],
  ['an unknown escape', 'a: "x\\qy"', 'declined'],
  ['an escaped quote with no closing quote', 'a: "x\\"', 'declined'],
  ['an escape at the end of a line, continuing the scalar', 'a: "one \\\n  two"', 'declined'],
  ['a comment after a plain value, and comment lines', '# top\na: text # said here\n  # indented comment\nb: t#x', 'read'],
  ['folded block scalar at the very end, no line end', 'a: >-\n  one\n  two', 'read'],
  ['folded, clipped, with blank lines inside and after', 'a: >\n  one\n\n  two\n\n\n  three\n\n\nb: x', 'read'],
  ['literal kept as lines, stripped', 'a: |-\n  one\n   two\n\n  three\nb: 1', 'read'],
  ['literal clipped at the end', 'a: |\n  x\n  y\n', 'read'],
  ['keep chomping', 'a: |+\n  x\n\n', 'declined'],
  ['more-indented line in a folded scalar', 'a: >\n  one\n    two\n  three', 'declined'],
  ['an indentation indicator', 'a: |2\n   x', 'declined'],
  ['block sequences, compact and indented, of scalars and mappings', 'a:\n- x\n- "y"\nb:\n  - k: 1\n    v: [p, "q r", 3]\n  - {k: 2, v: "s, t"}\nc:\n', 'read'],
  ['nested mappings', 'a:\n  b:\n    c: 1\n  d: 2\ne: 3', 'read'],
  ['a plain scalar over two lines', 'a: one\n  two', 'declined'],
  ['a scalar on the line after its key', 'a:\n  one', 'declined'],
  ['anchors, aliases and tags', 'a: &x 1\nb: *x\nc: !!str 3', 'declined'],
  ['a flow collection with a nested one or a trailing comma', 'a: [x, [y]]\nb: [x, ]', 'declined'],
  ['empty flow collections', 'a: []\nb: {}', 'read'],
  ['a mapping value after a colon in a plain scalar', 'a: b: c', 'declined'],
  ['tabs and carriage returns', 'a: b\tc\nd: e\r', 'declined'],
  ['non-ASCII text and a control character', 'a: Ward 4 – “quiet” £3 é', 'read'],
  ['a control character', 'a: b\u0007', 'declined'],
  ['document markers and directives', '%YAML 1.2\na: 1', 'declined'],
  ['Unicode spaces at the end of a value are part of it (YAML trims only spaces and tabs)', 'a: done\u00a0\nb: x\u3000 # c\nc: y \u2003\nd: \u00a0\ne: [p\u00a0, \u00a0q]\nf: {k: v\u202f}\ng: >-\n  one\u00a0\n  two\n', 'read'],
  ['a block scalar header followed by a no-break space', 'a: |\u00a0\n  x', 'declined'],
  ['a sequence item that is a block scalar', 'a:\n  - >-\n    one\n    two\n  - three', 'read'],
];

describe('fast front-matter reader', () => {
  it.each(CASES)('%s', (_name, yaml, expected) => {
    expect(agrees(yaml)).toBe(expected);
  });

  it('reads nearly every block of the sample, the fixtures and a generated repository, each exactly as js-yaml does', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-fast-yaml-'));
    generateRepository(path.join(dir, 'clean'), { lessons: 300, seed: 11 });
    generateRepository(path.join(dir, 'heavy'), { lessons: 300, seed: 12, problems: true });
    const blocks = [...blocksIn(path.join(PROJECT, 'lessons')), ...blocksIn(path.join(PROJECT, 'tests', 'fixtures')), ...blocksIn(dir)];
    let read = 0;
    for (const b of blocks) if (agrees(b) === 'read') read++;
    expect(blocks.length).toBeGreaterThan(900);
    expect(read / blocks.length).toBeGreaterThan(0.9);
  });

  it('agrees with js-yaml on 6,000 mutated blocks (or declines)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-fast-yaml-'));
    generateRepository(path.join(dir, 'r'), { lessons: 60, seed: 13, problems: true });
    const blocks = [...blocksIn(path.join(dir, 'r')), ...blocksIn(path.join(PROJECT, 'lessons'))];
    const inserts = [' ', '  ', '\n', ':', ': ', '#', ' #', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '|', '>', '>-', '|-', '&a ', '*a', '!', '~', 'null', 'True', '0x1F', '.inf', '1e3', '\\', '\\"', '\\\\', '\\n', '\\x4', '\\u00e9', '"\\"', '?', '%', '@', '`', '\u00a0', 'é', '\n  ', '\n- ', '\n\n', 'key: v\n', '---', '\t'];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let read = 0;
    for (let k = 0; k < 6000; k++) {
      let y = blocks[rnd(blocks.length)];
      for (let e = 1 + rnd(3); e > 0; e--) {
        const at = rnd(y.length + 1);
        const op = rnd(4);
        if (op === 3) {
          // A Unicode space pasted at the end of a line (where a value ends).
          const nl = y.indexOf('\n', at);
          const end = nl === -1 ? y.length : nl;
          y = y.slice(0, end) + ['\u00a0', '\u3000', '\u2003', '\u202f'][rnd(4)] + y.slice(end);
        } else if (op === 0) y = y.slice(0, at) + inserts[rnd(inserts.length)] + y.slice(at);
        else if (op === 1) y = y.slice(0, at) + y.slice(at + 1 + rnd(4));
        else {
          const lines = y.split('\n');
          lines.splice(rnd(lines.length), 0, lines[rnd(lines.length)]);
          y = lines.join('\n');
        }
      }
      if (agrees(y) === 'read') read++;
    }
    expect(read).toBeGreaterThan(500);
  });
});

describe('fast front-matter reader on nesting deeper than the stack', () => {
  it('declines (js-yaml decides) instead of failing', () => {
    const depth = 20_000;
    const yaml = Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v';
    expect(readBlockYaml(yaml)).toBeUndefined();
  });
});
