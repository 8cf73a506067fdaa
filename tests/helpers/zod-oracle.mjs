// Prints, as JSON lines, what the entry schemas make of every sample entry and of mutants of each
// (every value replaced by each of a few wrong values, removed, or joined by an unknown key): success,
// the issues, and the parsed data. Without ZOD_RUNTIME=1 the schemas are compiled, as a large run
// asks for (compileSchemas, before anything is parsed); with it, zod's runtime parser is used, as for
// a small run (lessons' default). tests/zod-compile.test.ts compares the two.
//   node tests/helpers/zod-oracle.mjs <projectDir>
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const project = process.argv[2];
const dist = (p) => pathToFileURL(path.join(project, 'dist', p)).href;
const { compileSchemas } = await import(dist('model/zod.js'));
if (process.env.ZOD_RUNTIME !== '1') compileSchemas();
const { entryType, isEntryType } = await import(dist('model/entry-types.js'));
await import(dist('model/types/index.js'));
const { readEntryFile } = await import(dist('repo/read.js'));

const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const f = path.join(d, e.name);
    if (e.isDirectory()) walk(f);
    else if (e.name.endsWith('.md')) files.push(f);
  }
};
walk(path.join(project, 'lessons'));
files.sort();

const WRONG = [null, 0, 12.5, -1, '', 'x', ' padded ', '2026-02-30', '2026-13-01', '2026-11-21T10:00:00Z', 'LL-20261104-7kq2', true, [], ['x'], {}, { a: 1 }];
const clone = (v) => structuredClone(v);
/** Every path to a value in `v` (objects and arrays included). */
const paths = (v, at = []) => {
  const out = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object' && !(v instanceof Date)) for (const k of Object.keys(v)) out.push(...paths(v[k], [...at, k]));
  return out;
};
const setAt = (root, p, value) => {
  if (p.length === 0) return value;
  let o = root;
  for (const k of p.slice(0, -1)) o = o[k];
  if (value === undefined) Array.isArray(o) ? o.splice(p.at(-1), 1) : delete o[p.at(-1)];
  else o[p.at(-1)] = value;
  return root;
};
const show = (data, type) => {
  const r = entryType(type).schema.safeParse(data);
  return JSON.stringify(r.success ? { ok: true, data: r.data } : { ok: false, issues: r.error.issues });
};
let n = 0;
for (const f of files) {
  const read = readEntryFile(f, path.relative(project, f), 1 << 20);
  const data = read.data;
  if (!data || !isEntryType(data.type)) continue;
  const out = [show(data, data.type)];
  for (const p of paths(data).slice(1)) {
    if (p[0] === 'type') continue;
    for (const w of [...WRONG, undefined]) out.push(show(setAt(clone(data), p, clone(w)), data.type));
    const parent = p.slice(0, -1);
    const host = parent.reduce((o, k) => o[k], data);
    if (host && typeof host === 'object' && !Array.isArray(host)) out.push(show(setAt(clone(data), [...parent, 'unknown_key'], 'x'), data.type));
  }
  n += out.length;
  process.stdout.write(`${path.relative(project, f)}\n${out.join('\n')}\n`);
}
// Which parser ran: a compiled schema keeps the runtime one as its fallback.
const compiled = ['lesson', 'incident', 'policy', 'just-culture-review'].map((t) => entryType(t).schema._zod.bag.fallbackRun !== undefined);
process.stderr.write(JSON.stringify({ parses: n, compiled }));
