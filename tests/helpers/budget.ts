/**
 * Time-bounded runs for the linear-time guarantees (issue 11.2): each job runs in a worker thread
 * on the built code, one after another; a job over its budget has its thread stopped (which
 * interrupts even a regex in the middle of a search) and is reported as a stall, and the next jobs
 * run in a fresh thread. The budget is a generous bound (seconds for a 1 MiB input, where a linear
 * rule takes tens of milliseconds and a quadratic one takes minutes), not a timing test.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT } from './cli.js';

export type Job =
  | { kind: 'rule'; rule: number; unit: string; size: number; prefix: string; suffix: string }
  | { kind: 'cli'; argv: string[]; cwd: string };

export interface Outcome<J extends Job = Job> {
  job: J;
  /** Milliseconds, or 'stalled' when the budget ran out. */
  ms: number | 'stalled';
  result?: Record<string, unknown>;
  error?: string;
}

const WORKER = path.join(PROJECT, 'tests/helpers/budget-worker.mjs');

/** The text rules of the built registry, by index: what every rule job can name. */
export async function ruleIds(): Promise<string[]> {
  const w = new Worker(WORKER, { workerData: { project: PROJECT } });
  const ids = await new Promise<string[]>((resolve, reject) => {
    w.once('message', (m: { rules: string[] }) => resolve(m.rules));
    w.once('error', reject);
  });
  await w.terminate();
  return ids;
}

export async function runWithBudget<J extends Job>(jobs: readonly J[], budgetMs: number): Promise<Outcome<J>[]> {
  const out: Outcome<J>[] = [];
  let next = 0;
  while (next < jobs.length) {
    const worker = new Worker(WORKER, { workerData: { project: PROJECT } });
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => resolve());
    });
    const stalled = await new Promise<boolean>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const send = () => {
        if (next >= jobs.length) return resolve(false);
        timer = setTimeout(() => resolve(true), budgetMs);
        worker.postMessage({ i: next, job: jobs[next] });
      };
      worker.on('message', (m: { i: number; result?: Record<string, unknown> & { ms: number }; error?: string }) => {
        clearTimeout(timer);
        out.push({ job: jobs[m.i], ms: m.result?.ms ?? 0, result: m.result, error: m.error });
        next = m.i + 1;
        send();
      });
      send();
    });
    if (stalled) {
      out.push({ job: jobs[next], ms: 'stalled' });
      next++;
    }
    await worker.terminate();
  }
  return out;
}
