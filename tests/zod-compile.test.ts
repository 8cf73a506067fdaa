/**
 * model/zod.ts loads `zod/compile`, so in a large run (compileSchemas) every entry schema is turned into generated JavaScript the
 * first time it parses. That code is zod's, not ours: this test holds it to zod's own runtime parser
 * on every sample entry and on about 25,000 mutants of them (each value replaced by wrong values,
 * removed, or joined by an unknown key). Success, every issue and the parsed data must be the same,
 * byte for byte, and each arm must really have used the parser it claims.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './helpers/cli.js';

function run(runtime: boolean): { out: string; info: { parses: number; compiled: boolean[] } } {
  const r = spawnSync(process.execPath, [path.join(PROJECT, 'tests/helpers/zod-oracle.mjs'), PROJECT], {
    env: { ...process.env, ZOD_RUNTIME: runtime ? '1' : '' },
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return { out: r.stdout, info: JSON.parse(r.stderr) };
}

describe('zod/compile', () => {
  it("parses every entry and mutant exactly as zod's runtime parser does", () => {
    const compiled = run(false);
    const runtime = run(true);
    expect(compiled.info.compiled).toEqual([true, true, true, true]);
    expect(runtime.info.compiled).toEqual([false, false, false, false]);
    expect(compiled.info.parses).toBeGreaterThan(20_000);
    expect(compiled.out.split('\n').length).toBe(runtime.out.split('\n').length);
    // Not toEqual on 25,000 lines: on a difference, the first differing line says more.
    const a = compiled.out.split('\n');
    const b = runtime.out.split('\n');
    const first = a.findIndex((line, i) => line !== b[i]);
    expect(first === -1 ? null : { line: first, compiled: a[first], runtime: b[first] }).toBeNull();
  }, 60_000);
});
