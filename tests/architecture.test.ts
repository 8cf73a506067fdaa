/**
 * The layers of src/ (CONTRIBUTING.md): cli → commands → features → document → rules → repo →
 * model → util. A module may import its own layer or the ones below it, never one above; and the
 * folders import each other without cycles. The graph comes from the import statements of the
 * source itself, static and dynamic (`import('…')`), so a new file is checked without being listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/cli.js';

const SRC = path.join(PROJECT, 'src');

/** Layer of each top-level folder (or file) of src/, lowest first. */
const LAYERS: readonly (readonly string[])[] = [
  ['util', 'errors.ts', 'io.ts', 'version.ts', 'meta.ts'],
  ['model', 'clock.ts'],
  ['repo', 'context.ts'],
  ['rules'],
  ['document'],
  ['reporters', 'authoring', 'just-culture', 'digest', 'site', 'markdown'],
  ['commands'],
  ['cli.ts', 'cli-conventions.ts', 'completion.ts'],
];

function layerOf(rel: string): number {
  const top = rel.split('/')[0];
  const i = LAYERS.findIndex((l) => l.includes(top));
  if (i === -1) throw new Error(`src/${rel} is in no layer: add its folder to LAYERS in tests/architecture.test.ts`);
  return i;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, d.name);
    if (d.isDirectory()) sources(abs, out);
    else if (d.name.endsWith('.ts')) out.push(path.relative(SRC, abs).split(path.sep).join('/'));
  }
  return out;
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every src-relative module each source file imports. */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    const deps: string[] = [];
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      deps.push(target);
    }
    g.set(file, deps);
  }
  return g;
}

const folder = (rel: string) => (rel.includes('/') ? rel.split('/')[0] : rel);

describe('architecture', () => {
  const g = graph();

  it('imports only run down the layers', () => {
    const upward: string[] = [];
    for (const [file, deps] of g) {
      for (const dep of deps) if (layerOf(dep) > layerOf(file)) upward.push(`${file} → ${dep}`);
    }
    expect(upward).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, deps] of g) {
      for (const dep of deps) {
        const [a, b] = [folder(file), folder(dep)];
        if (a === b) continue;
        if (!edges.has(a)) edges.set(a, new Set());
        edges.get(a)!.add(b);
      }
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (n: string, trail: string[]) => {
      state.set(n, 'open');
      for (const m of edges.get(n) ?? []) {
        if (state.get(m) === 'open') cycles.push([...trail.slice(trail.indexOf(m)), n, m].join(' → '));
        else if (!state.has(m)) visit(m, [...trail, n]);
      }
      state.set(n, 'done');
    };
    for (const n of edges.keys()) if (!state.has(n)) visit(n, []);
    expect(cycles).toEqual([]);
  });

  it('only cli.ts imports commander, and no command imports the CLI', () => {
    const offenders: string[] = [];
    for (const file of g.keys()) {
      const text = readFileSync(path.join(SRC, file), 'utf8');
      // The CLI layer (cli.ts, its conventions and the completion generator) is where commander lives.
      if (!LAYERS.at(-1)!.includes(file) && /from ['"]commander['"]/.test(text)) offenders.push(`${file} imports commander`);
      if (file !== 'cli.ts' && g.get(file)!.includes('cli.ts')) offenders.push(`${file} imports cli.ts`);
    }
    expect(offenders).toEqual([]);
  });

  it('schemas are built with the z of model/zod.ts, which installs zod\'s compiler first', () => {
    // A value import of 'zod' anywhere else would build schemas the compiler never sees (slower,
    // and a second path through zod that the tests would not cover). Type imports are fine.
    const offenders = [...g.keys()].filter((file) => file !== 'model/zod.ts' && /^import (?!type\b)[^;]*from ['"]zod['"]/m.test(readFileSync(path.join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
    expect(readFileSync(path.join(SRC, 'model/zod.ts'), 'utf8')).toMatch(/^import 'zod\/compile';\nimport \{ z \} from 'zod';/m);
  });

  it("a worker thread loads only what it runs: not zod, the YAML reader or the other rules (rules/parallel.ts)", () => {
    // Runtime imports only (type imports are erased), followed from the worker's module.
    const runtime = (file: string) => {
      const text = readFileSync(path.join(SRC, file), 'utf8').replace(/^(?:import|export) type [^;]*;/gm, '');
      return [...text.matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3]);
    };
    const loaded = new Set<string>();
    const packages = new Set<string>();
    const walk = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const spec of runtime(file)) {
        if (!spec.startsWith('.')) packages.add(spec);
        else walk(path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
      }
    };
    walk('rules/worker.ts');
    expect([...packages].filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect([...loaded].filter((f) => /^(model|repo\/(fast-yaml|frontmatter|data-file|outline))|rules\/(index|engine|schema|parallel)\.ts$/.test(f))).toEqual([]);
    expect(loaded).toContain('rules/text-rules.ts');
  });

  it('so does the bundled worker: its chunks hold no zod, commander or entry schemas (tools/bundle.mjs)', () => {
    const BUNDLE = path.join(PROJECT, 'dist', 'bundle');
    const loaded = new Set<string>();
    const walk = (chunk: string) => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      for (const m of readFileSync(path.join(BUNDLE, chunk), 'utf8').matchAll(/^import [^;]*?from "\.\/([^"]+)";$/gm)) walk(m[1]);
    };
    walk('worker.js');
    const text = [...loaded].map((c) => readFileSync(path.join(BUNDLE, c), 'utf8')).join('\n');
    expect(loaded.size).toBeGreaterThan(1);
    expect(text).toContain('pii/name');
    for (const absent of ['$ZodType', 'class CommanderError', 'schema/invalid']) expect(text).not.toContain(absent);
  });

  it('the product holds no tools (bench, docs generator, build helpers)', () => {
    expect(sources(SRC).filter((f) => /^(bench|docs|build)\//.test(f))).toEqual([]);
  });
});
