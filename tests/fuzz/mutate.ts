/**
 * A seeded mutation fuzzer for entry files (issue 11.8). Each mutant is the bytes of one sample
 * entry changed by a few mutations, some on the bytes (flips, insertions of bytes that matter to
 * YAML, UTF-8, line ends and terminals, deletions, duplications, splices of another sample) and
 * some on the YAML structure (a value or key replaced by a hostile one: other types, deep nesting,
 * anchors and aliases, prototype names, long strings, invalid dates, code front-matter). The same
 * seed gives the same mutants, so a failure is reproduced by its seed and index.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { mulberry32 } from '../../tools/bench/generate.js';

export interface Sample {
  file: string;
  bytes: Buffer;
}

export interface Mutant {
  file: string;
  bytes: Buffer;
  /** What was done, for the failure message. */
  steps: string[];
}

type Rand = () => number;

const INTERESTING_BYTES = [0x00, 0x0d, 0x0a, 0x1b, 0x7f, 0x80, 0xc0, 0xc3, 0xe2, 0xef, 0xff, 0x09, 0x22, 0x27, 0x3a, 0x23, 0x26, 0x2a, 0x21, 0x7c, 0x3e, 0x2d, 0x5b, 0x7b, 0x25, 0x40, 0x5c, 0x3c, 0x3f, 0x2c, 0x20];
const INTERESTING_TEXT = [
  '\r', '\r\n', '\u2028', '\u202e', '\u200b', '\ufeff', '\u001b[2J', '\u009b', '---', '---js\n', '...', '<<<<<<< HEAD\n', '=======\n', '>>>>>>> x\n',
  '&a ', '*a', '<<: *a', '!!binary ', '!!js/function ', '? ', '- ', ': ', ' #', '{', '}', '[', ']', '"', "'", '|', '>-', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', '2026-02-30', '2026-13-01', '9999-99-99', '0x1F', '1e400', '-.inf', '.nan', 'null', '~', 'yes', 'NO', '0o17',
  '943 476 5919', 'SW1A 1AA', 'x@example.com', '07700 900123', 'DOB 01/02/1950', '<script>alert(1)</script>', '[x](javascript:alert(1))', '<!-- lessons-disable-next-line pii/email -->',
  '<!-- lessons-disable-next-line -->', '\t', '\u0000', '\ud800',
];
const HOSTILE_VALUES: (() => unknown)[] = [
  () => null,
  () => [],
  () => ({}),
  () => 0,
  () => -1,
  () => 1e308,
  () => true,
  () => '',
  () => ' ',
  () => '__proto__',
  () => 'constructor',
  () => 'toString',
  () => '2026-02-30',
  () => 'x'.repeat(70_000),
  () => 'a.b'.repeat(5000),
  () => Array.from({ length: 300 }, (_, i) => `item-${i}`),
  () => ({ __proto__x: 1, constructor: 'x', toString: 1 }),
  () => [[[[[[[[[[[[[[[['deep']]]]]]]]]]]]]]]],
  () => ({ a: { b: { c: { d: { e: { f: { g: 'deep' } } } } } } }),
  () => '\u001b]0;title\u0007\u001b[31mred\u202e',
  () => 'line one\nline two\r\nline three\rline four',
  () => '<img src=x onerror=alert(1)> @everyone ::error::x',
];

function pick<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function int(rand: Rand, n: number): number {
  return Math.floor(rand() * n);
}

function byteMutation(rand: Rand, b: Buffer, others: readonly Sample[]): [Buffer, string] {
  const at = int(rand, b.length + 1);
  switch (int(rand, 9)) {
    case 0: {
      if (b.length === 0) return [b, 'flip (empty)'];
      const c = Buffer.from(b);
      const i = int(rand, c.length);
      c[i] ^= 1 << int(rand, 8);
      return [c, `flip a bit at ${i}`];
    }
    case 1: {
      const v = pick(rand, INTERESTING_BYTES);
      return [Buffer.concat([b.subarray(0, at), Buffer.from([v]), b.subarray(at)]), `insert byte 0x${v.toString(16)} at ${at}`];
    }
    case 2: {
      const t = pick(rand, INTERESTING_TEXT);
      return [Buffer.concat([b.subarray(0, at), Buffer.from(t, 'utf8'), b.subarray(at)]), `insert ${JSON.stringify(t)} at ${at}`];
    }
    case 3: {
      const n = 1 + int(rand, 64);
      return [Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + n))]), `delete ${n} bytes at ${at}`];
    }
    case 4: {
      const n = 1 + int(rand, 200);
      const piece = b.subarray(at, Math.min(b.length, at + n));
      const times = 1 + int(rand, rand() < 0.1 ? 2000 : 4);
      return [Buffer.concat([b.subarray(0, at), ...Array.from({ length: times }, () => piece), b.subarray(at)]), `repeat ${piece.length} bytes ${times} times at ${at}`];
    }
    case 5:
      return [b.subarray(0, at), `truncate at ${at}`];
    case 6: {
      const other = pick(rand, others).bytes;
      const from = int(rand, other.length);
      return [Buffer.concat([b.subarray(0, at), other.subarray(from, from + int(rand, 400)), b.subarray(at)]), `splice from another sample at ${at}`];
    }
    case 7: {
      const ends = pick(rand, ['\r\n', '\r', '\n\n']);
      return [Buffer.from(b.toString('latin1').replace(/\n/g, ends), 'latin1'), `line ends → ${JSON.stringify(ends)}`];
    }
    default: {
      const t = pick(rand, INTERESTING_TEXT);
      return [Buffer.from(t.repeat(1 + int(rand, 30_000)) + b.toString('latin1'), 'latin1').subarray(0, 1_200_000), `prefix repeated ${JSON.stringify(t)}`];
    }
  }
}

/** Every node of the document with a way to replace it, in document order. */
function slots(doc: ReturnType<typeof parseDocument>): { path: string; set: (v: unknown) => void; key?: (k: string) => void }[] {
  const out: { path: string; set: (v: unknown) => void; key?: (k: string) => void }[] = [];
  const walk = (node: Node | null | undefined, path: string, set: (v: unknown) => void) => {
    out.push({ path, set });
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : '?';
        const slot = { path: `${path}.${k}`, set: (v: unknown) => (pair.value = doc.createNode(v)), key: (nk: string) => (pair.key = doc.createNode(nk)) };
        out.push(slot);
        walk(pair.value as Node, `${path}.${k}`, slot.set);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, `${path}.${i}`, (v) => (node.items[i] = doc.createNode(v))));
    }
  };
  walk(doc.contents as Node, '', (v) => (doc.contents = doc.createNode(v) as never));
  return out;
}

function yamlMutation(rand: Rand, b: Buffer): [Buffer, string] {
  const text = b.toString('utf8');
  const m = /^---\n([\s\S]*?)\n---(\n|$)/.exec(text);
  if (!m) return [b, 'yaml (no front-matter)'];
  const doc = parseDocument(m[1], { uniqueKeys: false });
  if (doc.errors.length) return [b, 'yaml (unparsed)'];
  const all = slots(doc);
  const slot = pick(rand, all);
  let what: string;
  const r = int(rand, 6);
  if (r === 0 && slot.key) {
    const k = pick(rand, ['__proto__', 'constructor', 'prototype', 'toString', 'id', 'type', '', 'x'.repeat(2000), 'key\nwith: newline', '<<']);
    slot.key(k);
    what = `key ${slot.path} → ${JSON.stringify(k.slice(0, 40))}`;
  } else if (r === 1) {
    // An alias to an earlier node, possibly to a node that contains this one.
    const target = pick(rand, all.filter((s) => s !== slot));
    const yamlText = doc.toString();
    const lines = yamlText.split('\n');
    const i = int(rand, lines.length);
    lines[i] = `${lines[i]} &a${i}`;
    const j = Math.min(lines.length - 1, i + int(rand, 6));
    lines[j] = lines[j].replace(/: .*$/, `: *a${i}`);
    return [Buffer.from(`---\n${lines.join('\n')}\n---${m[2]}${text.slice(m[0].length)}`, 'utf8'), `anchor line ${i}, alias at line ${j} (${target?.path ?? ''})`];
  } else {
    const make = pick(rand, HOSTILE_VALUES);
    slot.set(make());
    what = `value ${slot.path} → hostile`;
  }
  return [Buffer.from(`---\n${doc.toString({ lineWidth: 0 })}---${m[2]}${text.slice(m[0].length)}`, 'utf8'), what];
}

/** The YAML library refuses some documents an earlier mutation made (an alias before its anchor): keep those bytes. */
function safely(f: () => [Buffer, string], bytes: Buffer): [Buffer, string] {
  try {
    return f();
  } catch {
    return [bytes, 'yaml (left as it was)'];
  }
}

/** `count` mutants of `samples`, from `seed`. */
export function* mutants(samples: readonly Sample[], seed: number, count: number): Generator<Mutant> {
  const rand = mulberry32(seed);
  for (let n = 0; n < count; n++) {
    const sample = pick(rand, samples);
    let bytes = sample.bytes;
    const steps: string[] = [sample.file];
    const times = 1 + int(rand, 4);
    for (let k = 0; k < times; k++) {
      const [next, what] = rand() < 0.5 ? safely(() => yamlMutation(rand, bytes), bytes) : byteMutation(rand, bytes, samples);
      bytes = next;
      steps.push(what);
    }
    yield { file: sample.file, bytes, steps };
  }
}
