/**
 * Issue 11.8: a seeded mutation fuzzer over the sample entries. Each mutant is checked in process
 * by `validate --format json` and by one more command in turn (other validate formats, list,
 * actions, digest, brief); any internal error, stack trace, exit code other than 0 or 1, invalid
 * JSON, or a run over the time bound fails the test, naming the seed, the mutant and what was
 * done to it (the mutant is saved for a re-run).
 *
 *   npm test       a few hundred mutants (LESSONS_FUZZ_MUTANTS, default 300)
 *   npm run fuzz   5,000 mutants (LESSONS_FUZZ_SEED to change the seed; LESSONS_FUZZ_MAX_FAILURES,
 *                  default 10, to see more failures before it stops)
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT, runLessons } from './helpers/cli.js';
import { mutants, type Sample } from './fuzz/mutate.js';

const COUNT = Number(process.env.LESSONS_FUZZ_MUTANTS ?? 300);
const SEED = Number(process.env.LESSONS_FUZZ_SEED ?? 20261121);
/** Stop after this many failing runs (raise it to see every failure of a long run). */
const MAX_FAILURES = Number(process.env.LESSONS_FUZZ_MAX_FAILURES ?? 10);
/**
 * Per run of one command on one file: far above what a run takes (tens of milliseconds, about
 * 1.5 s for the largest mutants) even with four test workers on two cores; a stall takes minutes.
 */
const BOUND_MS = 15_000;

function samples(): Sample[] {
  const out: Sample[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.md')) out.push({ file: path.relative(PROJECT, abs).split(path.sep).join('/'), bytes: readFileSync(abs) });
    }
  };
  walk(path.join(PROJECT, 'lessons'));
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

const SECOND: string[][] = [
  ['validate', '--format', 'pretty'],
  ['validate', '--format', 'github'],
  ['validate', '--format', 'sarif'],
  ['validate', '--format', 'junit'],
  ['list', '--json'],
  ['actions', '--json'],
  ['digest', '--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json'],
  ['digest', '--from', '2025-01-01', '--to', '2026-12-31', '--audience', 'board', '--format', 'md'],
  ['brief', '__ID__'],
];

const repo = mkdtempSync(path.join(os.tmpdir(), 'lessons-fuzz-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe(`fuzzer: ${COUNT} mutants of the sample entries (seed ${SEED})`, () => {
  it('no internal error, stack trace, exit code other than 0 or 1, invalid JSON or stall', { timeout: Math.max(120_000, COUNT * 2000) }, async () => {
    writeFileSync(path.join(repo, 'lessons.config.yaml'), readFileSync(path.join(PROJECT, 'lessons.config.yaml')));
    const all = samples();
    expect(all.length).toBeGreaterThan(20);
    const failures: string[] = [];
    let n = 0;
    let slowest = 0;
    for (const m of mutants(all, SEED, COUNT)) {
      const abs = path.join(repo, m.file);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, m.bytes);
      const id = path.basename(m.file, '.md');
      const runs = [['validate', '--format', 'json'], SECOND[n % SECOND.length].map((a) => (a === '__ID__' ? id : a))];
      for (const argv of runs) {
        const t = performance.now();
        const r = await runLessons(argv, { cwd: repo, env: { LESSONS_WORKERS: '0' } });
        const ms = performance.now() - t;
        slowest = Math.max(slowest, ms);
        const why: string[] = [];
        if (r.code !== 0 && r.code !== 1) why.push(`exit ${r.code}`);
        if (/something went wrong inside lessons/.test(r.stderr)) why.push('internal error');
        if (/\n\s+at .+:\d+:\d+/.test(r.stdout + r.stderr)) why.push('stack trace');
        if (ms > BOUND_MS) why.push(`took ${Math.round(ms)} ms`);
        if (argv.includes('json') || argv.includes('--json') || argv.includes('sarif')) {
          try {
            JSON.parse(r.stdout);
          } catch {
            why.push('invalid JSON');
          }
        }
        if (why.length) {
          const saved = path.join(os.tmpdir(), `lessons-fuzz-${SEED}-${n}.md`);
          writeFileSync(saved, m.bytes);
          failures.push(`mutant ${n} (${m.steps.join('; ')}), "lessons ${argv.join(' ')}": ${why.join(', ')}; saved as ${saved}\n  ${r.stderr.split('\n').slice(0, 3).join('\n  ')}`);
          if (process.env.LESSONS_FUZZ_LOG) writeFileSync(process.env.LESSONS_FUZZ_LOG, `${n}\t${argv.join(' ')}\t${why.join(', ')}\t${r.stderr.split('\n')[0]}\n`, { flag: 'a' });
        }
      }
      rmSync(abs, { force: true });
      n++;
      if (failures.length >= MAX_FAILURES) break;
    }
    console.log(`fuzzer: ${n} mutants, ${n * 2} runs, slowest ${Math.round(slowest)} ms, ${failures.length} failing`);
    expect(failures).toEqual([]);
  });
});
