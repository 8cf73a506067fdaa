import { describe, expect, it } from 'vitest';
import { decodeText, Locator, parseYaml, splitFrontMatter, type FrontMatter } from '../src/repo/frontmatter.js';
import { positionsIn } from '../src/repo/positions.js';

const positionIn = (text: string, offset: number, firstLine: number) => positionsIn(text, firstLine)(offset);

function fm(text: string): FrontMatter {
  const s = splitFrontMatter(text);
  if (!s.ok) throw new Error(`no front-matter: ${s.reason}`);
  return s.fm;
}

describe('decodeText', () => {
  it('drops a BOM and turns CRLF into LF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\nid: a\r\n---\r\nbody\r\n')]);
    expect(decodeText(bytes)).toBe('---\nid: a\n---\nbody\n');
  });
  it('refuses NUL bytes and invalid UTF-8', () => {
    expect(decodeText(Buffer.from([0x2d, 0x00, 0x2d]))).toBeUndefined();
    expect(decodeText(Buffer.from([0x61, 0xff, 0xfe, 0x62]))).toBeUndefined();
    expect(decodeText(Buffer.from('café ✓'))).toBe('café ✓');
  });
});

describe('splitFrontMatter', () => {
  it('finds the block and the body line', () => {
    const s = fm('---\na: 1\nb: 2\n---\n# Title\n');
    expect(s.yaml).toBe('a: 1\nb: 2\n');
    expect(s.yamlLine).toBe(2);
    expect(s.bodyLine).toBe(5);
    expect(s.body).toBe('# Title\n');
  });
  it('needs a closing line of exactly --- (a thematic break such as ---x does not close it)', () => {
    expect(splitFrontMatter('---\na: 1\n---x\nb\n')).toEqual({ ok: false, reason: 'unclosed' });
    expect(fm('---\na: 1\n--- \nbody').body).toBe('body');
  });
  it('refuses code front-matter without running it', () => {
    expect(splitFrontMatter('---js\n{a: 1}\n---\n')).toEqual({ ok: false, reason: 'not-yaml', language: 'js' });
  });
  it('reports a file with no block', () => {
    expect(splitFrontMatter('# Just markdown\n')).toEqual({ ok: false, reason: 'none' });
    expect(splitFrontMatter('\n---\na: 1\n---\n')).toEqual({ ok: false, reason: 'none' });
  });
});

describe('parseYaml', () => {
  it('uses the YAML 1.2 core schema: no base-60, no yes/no booleans, no dates', () => {
    const r = parseYaml(fm('---\na: 1:30\nb: no\nc: 2026-01-02\nd: true\ne: "1.10"\n---\n'));
    expect(r).toEqual({ ok: true, data: { a: '1:30', b: 'no', c: '2026-01-02', d: true, e: '1.10' } });
  });
  it('reports a duplicate key with its file position and name', () => {
    const r = parseYaml(fm('---\nid: a\ntitle: x\nid: b\n---\n'));
    expect(r).toEqual({ ok: false, error: { code: 'duplicate-key', key: 'id', position: { line: 4, column: 1 } } });
  });
  it('reports an unquoted colon in a value at its line', () => {
    const r = parseYaml(fm('---\nid: a\ntitle: Handover: what went well\n---\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.position.line).toBe(3);
  });
  it('stops alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
    const r = parseYaml(fm(`---\n${bomb.join('\n')}\n---\n`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('alias-limit');
  });
  it('still accepts a few harmless aliases', () => {
    const r = parseYaml(fm('---\nbase: &b [handover]\nthemes: *b\n---\n'));
    expect(r).toEqual({ ok: true, data: { base: ['handover'], themes: ['handover'] } });
  });
  it('refuses YAML tags it does not know instead of guessing', () => {
    const r = parseYaml(fm('---\na: !!js/function "function () {}"\n---\n'));
    expect(r.ok).toBe(false);
  });
});

describe('Locator', () => {
  const block = fm(`---
id: LL-1
themes:
  - handover
  - falls
actions:
  - description: Teach the new view
    owner: Ward Manager
    due: 2026-02-30
summary: >-
  First line of the summary
  and a second line with 943 476 5919 in it.
---
`);
  const loc = new Locator(block);
  it('points at values, keys and list items in file lines and columns', () => {
    expect(loc.locate(['id'])).toEqual({ line: 2, column: 5 });
    expect(loc.locate(['id'], 'key')).toEqual({ line: 2, column: 1 });
    expect(loc.locate(['themes', 1])).toEqual({ line: 5, column: 5 });
    expect(loc.locate(['actions', 0, 'due'])).toEqual({ line: 9, column: 10 });
    expect(loc.locate(['actions', 0, 'owner'], 'key')).toEqual({ line: 8, column: 5 });
  });
  it('falls back to the deepest part of the path that exists', () => {
    expect(loc.locate(['actions', 0, 'measure'])).toEqual({ line: 7, column: 5 });
    expect(loc.locate(['actions', 5])).toEqual({ line: 7, column: 3 });
  });
  it('finds a piece of text inside a folded value', () => {
    expect(loc.locate(['summary'], 'value', '943 476 5919')).toEqual({ line: 12, column: 26 });
  });
});

describe('positionIn', () => {
  it('counts lines from the given first line', () => {
    expect(positionIn('ab\ncd\nef', 4, 10)).toEqual({ line: 11, column: 2 });
    expect(positionIn('ab', 0, 1)).toEqual({ line: 1, column: 1 });
  });
});

describe('a key given twice in a large block read by yaml (aliases)', () => {
  it('is found by value, at the place and with the key yaml itself reports', async () => {
    const { parseDocument } = await import('yaml');
    const keys = Array.from({ length: 2500 }, (_, i) => `key_${i}: value ${i}`);
    for (const [at, dup] of [[10, 'key_3'], [2400, 'key_2000'], [2499, 'anchor']] as const) {
      const lines = ['anchor: &x 1', 'alias: *x', ...keys];
      lines.splice(at, 0, `${dup}: again`);
      const yaml = lines.join('\n');
      const result = parseYaml({ yaml, yamlLine: 2, body: '', bodyLine: 1 });
      const reference = parseDocument(yaml, { version: '1.2', uniqueKeys: true });
      const offset = reference.errors.find((e) => e.code === 'DUPLICATE_KEY')!.pos[0];
      const line = yaml.slice(0, offset).split('\n').length;
      expect(result).toEqual({ ok: false, error: { code: 'duplicate-key', key: dup, position: { line: line + 1, column: 1 } } });
    }
    // No key given twice: read as usual.
    const fine = parseYaml({ yaml: ['anchor: &x 1', 'alias: *x', ...keys].join('\n'), yamlLine: 2, body: '', bodyLine: 1 });
    expect(fine.ok && (fine.data as Record<string, unknown>).alias).toBe(1);
  });
});
