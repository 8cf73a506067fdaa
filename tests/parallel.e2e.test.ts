/** Large repositories are checked on several threads; the output must not depend on how many. */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository } from '../tools/bench/generate.js';
import { idleCores, workerCount } from '../src/rules/parallel.js';
import { runBin } from './helpers/cli.js';
import { prng, testNhsNumber } from './helpers/identifiers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checking on several threads', () => {
  it('gives exactly the same report with 0, 1 and 3 worker threads', async () => {
    generateRepository(dir, { lessons: 300, seed: 7 });
    // Plant problems of every kind: per-file rules, content rules and repository rules.
    const learning = path.join(dir, 'lessons/learning');
    const files = readdirSync(learning).sort();
    const nhs = testNhsNumber(prng(3));
    files.slice(0, 40).forEach((f, i) => {
      const file = path.join(learning, f);
      if (i % 4 === 0) appendFileSync(file, `\nThe nurse failed to check ${nhs}.\n`);
      if (i % 4 === 1) writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: .*$/m, 'status: aproved'));
      if (i % 4 === 2) writeFileSync(file, readFileSync(file, 'utf8').replace(/^sources: .*$/m, 'sources: [INC-NOPE]'));
      if (i % 4 === 3) writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: .*$/m, `id: ${files[0].replace('.md', '')}`));
    });
    const outputs: string[] = [];
    for (const workers of ['0', '1', '3']) {
      const r = await runBin(['validate', '--format', 'json', '-C', dir], { cwd: dir, env: { LESSONS_WORKERS: workers } });
      expect(r.code).toBe(1);
      outputs.push(r.stdout);
    }
    const report = JSON.parse(outputs[0]);
    expect(report.summary.files).toBe(465);
    const rules = new Set(report.problems.map((p: { rule: string }) => p.rule));
    for (const rule of ['pii/nhs-number', 'language/blame', 'schema', 'ref/unresolved', 'id/duplicate', 'id/filename']) expect(rules).toContain(rule);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it('uses workers only for large repositories, unless told', () => {
    expect(workerCount(40, {})).toBe(0);
    expect(workerCount(40, { LESSONS_WORKERS: '2' })).toBe(2);
    expect(workerCount(50_000, { LESSONS_WORKERS: '0' })).toBe(0);
    // Without LESSONS_WORKERS: one per idle core (a worker on a busy machine slows everyone down).
    const cores = os.availableParallelism();
    expect(workerCount(50_000, {}, cores - 1)).toBe(Math.min(cores - 1, 3));
    expect(workerCount(50_000, {}, 0.4)).toBe(0);
    expect(workerCount(50_000, {}, 0)).toBe(0);
    expect(workerCount(50_000, {}, 40)).toBe(Math.min(cores - 1, 3));
  });

  it("measures idle cores from the cores' own idle time, and says when the window is too short to tell", () => {
    const times = (user: number, idle: number) => ({ model: 'cpu', speed: 1, times: { user, nice: 0, sys: 0, idle, irq: 0 } });
    // Two cores over 100 ms: one busy all the time (this thread), the other idle 80% of it.
    expect(idleCores([times(0, 0), times(0, 0)], [times(100, 0), times(20, 80)])).toBeCloseTo(0.8);
    // Both busy: nothing idle.
    expect(idleCores([times(0, 0), times(0, 0)], [times(100, 0), times(100, 0)])).toBe(0);
    // 10 ms of ticks is too short to tell.
    expect(idleCores([times(0, 0), times(0, 0)], [times(10, 0), times(0, 10)])).toBeUndefined();
  });
});
