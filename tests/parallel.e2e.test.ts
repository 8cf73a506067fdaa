/** Large repositories are checked on several threads; the output must not depend on how many. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    // Files the workers read ahead must fail as they fail here: a link out of the repository, a
    // FIFO (never opened), a file over the size limit; and findings in keys, comments and file names.
    symlinkSync('/etc/hostname', path.join(learning, 'LL-20261104-link.md'));
    execFileSync('mkfifo', [path.join(learning, 'LL-20261104-fifo.md')]);
    writeFileSync(path.join(learning, 'LL-20261104-huge.md'), `---\nid: LL-20261104-huge\n---\n${'x'.repeat(1_100_000)}\n`);
    const keyed = path.join(learning, files[50]);
    writeFileSync(keyed, readFileSync(keyed, 'utf8').replace(/^title: (.*)$/m, `title: $1 # seen by Dr Okonkwo\nnote_${nhs}: x`));
    writeFileSync(path.join(learning, `LL-${nhs}.md`), readFileSync(path.join(learning, files[60]), 'utf8'));
    const outputs: string[] = [];
    const run = async (workers: string, ...args: string[]) => {
      const r = await runBin(['validate', '--format', 'json', '-C', dir, ...args], { cwd: dir, env: { LESSONS_WORKERS: workers } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    for (const workers of ['0', '1', '3']) outputs.push(await run(workers));
    const report = JSON.parse(outputs[0]);
    expect(report.summary.files).toBe(469);
    const rules = new Set(report.problems.map((p: { rule: string }) => p.rule));
    for (const rule of ['pii/nhs-number', 'pii/name', 'language/blame', 'schema', 'ref/unresolved', 'id/duplicate', 'id/filename', 'file/unreadable', 'file/too-large']) expect(rules).toContain(rule);
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    // With the cache (written by one run, read by the next), still the same.
    const cacheFile = path.join(os.tmpdir(), `lessons-parallel-cache-${process.pid}.json`);
    try {
      expect(await run('1', '--cache', '--cache-location', cacheFile)).toBe(outputs[0]);
      expect(await run('1', '--cache', '--cache-location', cacheFile)).toBe(outputs[0]);
    } finally {
      rmSync(cacheFile, { force: true });
    }
  }, 60_000);

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
