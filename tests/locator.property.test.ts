/**
 * Positions must not change when they come from the line scanner instead of a `yaml` Document:
 * on every key and value path (and needles inside values) of real, generated and fuzzed
 * front-matter, `Locator` (scanner first) must answer exactly what `DocumentLocator` (the
 * Document, which is what lessons always used) answers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository, mulberry32 } from '../tools/bench/generate.js';
import { DocumentLocator, Locator, parseYaml, splitFrontMatter, type FrontMatter, type PathSegment } from '../src/repo/frontmatter.js';
import { scanFields } from '../src/repo/index-scan.js';
import { isRecord } from '../src/util/values.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessons-locator-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(full));
    else if (e.name.endsWith('.md')) out.push(full);
  }
  return out.sort();
}

/** Front-matter blocks: the sample repository, a generated one, and the sample's config. */
function seeds(): string[] {
  const blocks: string[] = [];
  const gen = path.join(tmp, 'gen');
  generateRepository(gen, { lessons: 60, seed: 4242 });
  for (const file of [...markdownFiles(path.join(ROOT, 'lessons')), ...markdownFiles(path.join(gen, 'lessons'))]) {
    const split = splitFrontMatter(readFileSync(file, 'utf8'));
    if (split.ok) blocks.push(split.fm.yaml);
  }
  blocks.push(readFileSync(path.join(ROOT, 'lessons.config.yaml'), 'utf8'));
  return blocks;
}

const block = (yaml: string): FrontMatter => ({ yaml, yamlLine: 2, body: '', bodyLine: 2 });

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** One random edit that keeps most blocks valid YAML but changes its layout. */
const MUTATIONS: ((lines: string[], r: Rand) => void)[] = [
  // a comment line, at some indentation
  (l, r) => l.splice(int(r, 0, l.length), 0, `${' '.repeat(int(r, 0, 6))}# a note`),
  // a blank line, or one of spaces
  (l, r) => l.splice(int(r, 0, l.length), 0, ' '.repeat(int(r, 0, 3))),
  // a trailing comment
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    l[i] += pick(r, [' # why', '  #', ' #x']);
  },
  // trailing spaces
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    l[i] += ' '.repeat(int(r, 1, 3));
  },
  // Unicode spaces pasted from Word or a PDF at the end of a line: part of the value for YAML
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    l[i] += pick(r, ['\u00a0', '\u3000', '\u2003 ', ' \u202f', '\u00a0 # note']);
  },
  // quote a plain value
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    const m = /^(\s*(?:- )?[\w-]+: )([A-Za-z][^#'"]*)$/.exec(l[i]);
    if (m) l[i] = m[1] + (r() < 0.5 ? JSON.stringify(m[2]) : `'${m[2].replace(/'/g, "''")}'`);
  },
  // empty a value
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    const m = /^(\s*(?:- )?[\w-]+:)( .*)$/.exec(l[i]);
    if (m) l[i] = m[1] + pick(r, ['', '   ', ' # none']);
  },
  // a plain value as a folded or literal block, or continued on the next line
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    const m = /^(\s*)((?:- )?)([\w-]+): ([A-Za-z][^#:'"]*\w)$/.exec(l[i]);
    if (!m) return;
    const inner = ' '.repeat(m[1].length + m[2].length + int(r, 1, 4));
    const words = m[4].split(' ');
    const cut = int(r, 1, Math.max(1, words.length - 1));
    const [a, b] = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    const kind = pick(r, ['>-', '|', '>', '|+', 'plain']);
    l.splice(i, 1, ...(kind === 'plain' ? [`${m[1]}${m[2]}${m[3]}: ${a}`, ...(b ? [inner + b] : [])] : [`${m[1]}${m[2]}${m[3]}: ${kind}`, inner + a, ...(b ? [inner + b] : [])]));
  },
  // indent a nested block further, or a block sequence to its key's column (compact)
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    if (!/^\s*[\w-]+:\s*$/.test(l[i])) return;
    const base = l[i].length - l[i].trimStart().length;
    let j = i + 1;
    while (j < l.length && (l[j].trim() === '' || l[j].length - l[j].trimStart().length > base)) j++;
    const extra = r() < 0.5 ? 2 : -2;
    for (let k = i + 1; k < j; k++) {
      if (extra > 0) l[k] = '  ' + l[k];
      else if (l[k].startsWith(' '.repeat(base + 2))) l[k] = l[k].slice(2);
    }
  },
  // flow sequence spacing
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    if (!l[i].includes('[')) return;
    l[i] = pick(r, [l[i].replace(/, /g, ','), l[i].replace('[', '[ ').replace(']', ' ]'), l[i].replace(/, /g, ' , ')]);
  },
  // a flow sequence as a block sequence
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    const m = /^(\s*)([\w-]+): \[(.*)\]$/.exec(l[i]);
    if (!m || !m[3].trim()) return;
    const dash = ' '.repeat(m[1].length + (r() < 0.5 ? 2 : 0));
    l.splice(i, 1, `${m[1]}${m[2]}:`, ...m[3].split(',').map((x) => `${dash}- ${x.trim()}`));
  },
  // things only the Document handles: tabs, anchors, tags, quoted keys
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    const m = /^(\s*(?:- )?)([\w-]+): (.+)$/.exec(l[i]);
    if (!m) return;
    l[i] = pick(r, [`${m[1]}${m[2]}:\t${m[3]}`, `${m[1]}${m[2]}: &a ${m[3]}`, `${m[1]}"${m[2]}": ${m[3]}`, `${m[1]}${m[2]}: !!str ${m[3]}`, `${m[1]}? ${m[2]}\n${m[1]}: ${m[3]}`]);
  },
  // a plain sequence item quoted, emptied, or as a block
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    const m = /^(\s*)- ([A-Za-z][^#:'"]*)$/.exec(l[i]);
    if (!m) return;
    const inner = ' '.repeat(m[1].length + int(r, 1, 4));
    l.splice(i, 1, ...pick(r, [[`${m[1]}- "${m[2]}"`], [`${m[1]}-`], [`${m[1]}- `], [`${m[1]}- >-`, inner + m[2]], [`${m[1]}-`, inner + m[2]]]));
  },
  // raw edits: delete or duplicate a character
  (l, r) => {
    const i = int(r, 0, l.length - 1);
    if (!l[i]) return;
    const k = int(r, 0, l[i].length - 1);
    l[i] = r() < 0.5 ? l[i].slice(0, k) + l[i].slice(k + 1) : l[i].slice(0, k) + l[i][k] + l[i].slice(k);
  },
];

function mutate(yaml: string, r: Rand): string {
  const lines = yaml.replace(/\n$/, '').split('\n');
  const n = int(r, 1, 4);
  for (let k = 0; k < n; k++) pick(r, MUTATIONS)(lines, r);
  return lines.join('\n') + (r() < 0.9 ? '\n' : '');
}

interface Query {
  path: PathSegment[];
  target: 'key' | 'value';
  needle?: string;
}

/** Every key and value path of the data, paths that stop existing, and needles inside strings. */
function queries(data: unknown, r: Rand): Query[] {
  const out: Query[] = [{ path: [], target: 'value' }, { path: ['no-such-field'], target: 'value' }];
  const walk = (value: unknown, p: PathSegment[]) => {
    out.push({ path: p, target: 'value' }, { path: p, target: 'key' }, { path: [...p, 'missing'], target: 'value' });
    if (Array.isArray(value)) {
      out.push({ path: [...p, value.length], target: 'value' }, { path: [...p, -1], target: 'value' });
      value.forEach((v, i) => walk(v, [...p, i]));
    } else if (isRecord(value)) {
      for (const k of Object.keys(value)) walk(value[k], [...p, k]);
    } else if (typeof value === 'string' && value.length > 0) {
      const words = value.split(/\s+/).filter(Boolean);
      const s = int(r, 0, value.length - 1);
      for (const needle of [words[0], pick(r, words.length ? words : [value]), value.slice(s, s + int(r, 1, 12)), value, 'not in the text']) {
        if (needle) out.push({ path: p, target: 'value', needle });
      }
      // a needle that occurs later in the block (in another value, or a comment)
      out.push({ path: p, target: 'value', needle: pick(r, ['the', 'a', 'note', 'why', '-', ':', '2026']) });
    } else if (value !== null && value !== undefined) {
      out.push({ path: p, target: 'value', needle: String(value) });
    }
  };
  if (isRecord(data)) for (const k of Object.keys(data)) walk(data[k], [k]);
  return out;
}

/** Compares both locators on one block; returns whether the scanner answered everything. */
function compare(yaml: string, r: Rand): { checked: number; scanned: boolean } | undefined {
  const fm = block(yaml);
  const parsed = parseYaml(fm);
  if (!parsed.ok || !isRecord(parsed.data)) return undefined;
  const fast = new Locator(fm, parsed.data);
  const reference = new DocumentLocator(fm);
  // Paths first (whether the scanner answered them all), then needles (some of which only the
  // Document can place: text that occurs after the value).
  const qs = queries(parsed.data, r).sort((a, b) => Number(a.needle !== undefined) - Number(b.needle !== undefined));
  let scanned: boolean | undefined;
  for (const q of qs) {
    if (q.needle !== undefined) scanned ??= !fast.usedDocument;
    const got = fast.locate(q.path, q.target, q.needle);
    const want = reference.locate(q.path, q.target, q.needle);
    if (got.line !== want.line || got.column !== want.column) {
      throw new Error(`position differs for ${JSON.stringify(q)}: scanner ${JSON.stringify(got)}, Document ${JSON.stringify(want)}\n--- block ---\n${yaml}`);
    }
  }
  return { checked: qs.length, scanned: scanned ?? !fast.usedDocument };
}

describe('Locator (scanner) against DocumentLocator (yaml Document)', () => {
  const blocks = seeds();

  it('gives the same position on every path of the sample and generated entries, mostly without a Document', () => {
    const r = mulberry32(1);
    let scanned = 0;
    let checked = 0;
    for (const yaml of blocks) {
      const res = compare(yaml, r);
      expect(res, yaml).toBeDefined();
      checked += res!.checked;
      if (res!.scanned) scanned++;
    }
    expect(checked).toBeGreaterThan(5000);
    // The scanner is what makes this fast: nearly every real block must not need the Document.
    expect(scanned / blocks.length).toBeGreaterThan(0.9);
  });

  it('gives the same position on fuzzed layouts (comments, blank lines, quoting, blocks, indentation, flow, tabs, anchors)', () => {
    // LOCATOR_FUZZ=<mutants>[,<seed>] runs more (e.g. 100000 before changing outline.ts).
    const [count, seed] = (process.env.LOCATOR_FUZZ ?? '2000,20261201').split(',').map(Number);
    const r = mulberry32(seed || 20261201);
    let valid = 0;
    let scanned = 0;
    for (let n = 0; n < count; n++) {
      const res = compare(mutate(pick(r, blocks), r), r);
      if (!res) continue;
      valid++;
      if (res.scanned) scanned++;
    }
    if (process.env.LOCATOR_FUZZ) console.log(`${count} mutants: ${valid} valid, ${scanned} located by the scanner alone`);
    expect(valid).toBeGreaterThan(count / 2);
    // Both paths are exercised.
    expect(scanned).toBeGreaterThan(valid * 0.3);
    expect(valid - scanned).toBeGreaterThan(50);
  }, 600_000);

  it('falls back to the Document for what the scanner cannot be sure of', () => {
    for (const yaml of ['a:\t1\n', 'a: &x 1\nb: *x\n', '"a": 1\n', 'a: !!str 1\n', '? a\n: 1\n', 'a: [1,\n  2]\n', 'a: "x\n  y"\n']) {
      const fm = block(yaml);
      const parsed = parseYaml(fm);
      if (!parsed.ok) continue;
      const loc = new Locator(fm, parsed.data);
      expect(loc.locate(['a'])).toEqual(new DocumentLocator(fm).locate(['a']));
      expect(loc.usedDocument, yaml).toBe(true);
    }
  });
});

describe('scanFields (files outside a --changed selection) against the YAML parse', () => {
  const FIELDS = new Set(['id', 'type', 'sources', 'policies', 'lessons', 'incident']);
  const blocks = seeds();
  const pickFields = (data: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const f of FIELDS) if (data[f] !== undefined) out[f] = data[f];
    return out;
  };

  it('gives exactly the parsed fields whenever it answers, on real, generated and fuzzed blocks', () => {
    const r = mulberry32(99);
    let answered = 0;
    let valid = 0;
    for (let n = 0; n < blocks.length + 3000; n++) {
      const yaml = n < blocks.length ? blocks[n] : mutate(pick(r, blocks), r);
      const parsed = parseYaml(block(yaml));
      if (!parsed.ok || !isRecord(parsed.data)) continue; // invalid YAML: see docs/speed.md
      valid++;
      const scanned = scanFields(yaml, FIELDS);
      if (scanned === undefined) continue;
      answered++;
      expect(scanned, yaml).toEqual(pickFields(parsed.data));
    }
    expect(answered).toBeGreaterThan(valid * 0.5);
  });
});
