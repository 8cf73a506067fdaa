// A worker thread for time-bounded runs (tests/helpers/budget.ts). It runs the BUILT code
// (dist/), so that the thread can be stopped from outside in the middle of a regex search: a
// stalled job is a failure, not a hung test run.
import { parentPort, workerData } from 'node:worker_threads';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';

const dist = (p) => import(pathToFileURL(path.join(workerData.project, 'dist', p)).href);
const { TEXT_RULES } = await dist('rules/index.js');
const { openRepository } = await dist('repo/repository.js');
const { main } = await dist('cli.js');
const sample = openRepository({ start: workerData.project });

/** `unit` repeated to `size` characters after `prefix`. */
export function adversarial(job) {
  const body = job.unit.repeat(Math.ceil(job.size / job.unit.length)).slice(0, job.size);
  return job.prefix + body + job.suffix;
}

async function run(job) {
  if (job.kind === 'rule') {
    const rule = TEXT_RULES[job.rule];
    const find = rule.compile(sample.config);
    const text = adversarial(job);
    const t = performance.now();
    const found = find(text).length;
    return { ms: performance.now() - t, id: rule.rules.map((r) => r.id).join(','), found };
  }
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  const t = performance.now();
  const code = await main(job.argv, {
    stdout: { write: (s) => (stdout += s), isTTY: false },
    stderr: { write: (s) => (stderr += s), isTTY: false },
    stdin,
    env: { LESSONS_TODAY: '2026-11-21', LESSONS_WORKERS: '0' },
    cwd: job.cwd,
  });
  return { ms: performance.now() - t, code, stdout: stdout.slice(0, 2000), stderr: stderr.slice(0, 2000) };
}

parentPort.postMessage({ ready: TEXT_RULES.length, rules: TEXT_RULES.map((r) => r.rules.map((x) => x.id).join(',')) });
parentPort.on('message', async ({ i, job }) => {
  try {
    parentPort.postMessage({ i, result: await run(job) });
  } catch (error) {
    parentPort.postMessage({ i, error: String(error?.stack ?? error) });
  }
});
