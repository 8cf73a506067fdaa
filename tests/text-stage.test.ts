/**
 * The text stage on a worker (rules/parallel.ts TextStage) when the worker fails: the files it was
 * given are checked on this thread instead, every file gets exactly the problems a single-threaded
 * check gives, nothing waits for ever, and the run says a thread stopped early.
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRepository } from '../tools/bench/generate.js';
import { readEntryFile } from '../src/repo/read.js';
import { listEntryFiles, openRepository } from '../src/repo/repository.js';
import v8 from 'node:v8';
import vm from 'node:vm';
import { checkFile, checkPart, finishFile, startFile, type OpenFile } from '../src/rules/engine.js';
import { TEXT_FILE_RULE } from '../src/rules/text-rules.js';
import { TextStage } from '../src/rules/parallel.js';
import type { Problem } from '../src/rules/types.js';
import { prng, testNhsNumber } from './helpers/identifiers.js';

const TODAY = '2026-11-21';
const dir = mkdtempSync(path.join(os.tmpdir(), 'lessons-text-stage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
generateRepository(dir, { lessons: 60, seed: 11, problems: true });
const learning = path.join(dir, 'lessons/learning');
readdirSync(learning)
  .sort()
  .slice(0, 10)
  .forEach((f) => appendFileSync(path.join(learning, f), `\nThe nurse failed to check ${testNhsNumber(prng(5))}.\n`));
const repo = openRepository({ start: dir });
const files = listEntryFiles(repo);
const read = (file: string) => readEntryFile(path.join(repo.root, file), file, repo.config.limits.max_file_bytes, repo.root);

describe('the text stage when its worker fails', () => {
  it.each([
    ['throws on its first batch', 'throw', /planted failure/],
    ['stops before it is ready', 'exit', /exited with code 3/],
  ])('a worker that %s leaves its files to this thread, with the same problems', async (_, how, why) => {
    process.env.FAILING_WORKER = how;
    try {
      const stage = new TextStage(repo.config, 1, undefined, new URL('./helpers/failing-worker.mjs', import.meta.url));
      // Let the worker start, so that batches go to it (the one that exits is never ready).
      const until = Date.now() + 10_000;
      while (how === 'throw' && !stage.hasReadyWorker && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
      if (how === 'throw') expect(stage.hasReadyWorker).toBe(true);
      const got = new Map<string, Problem[]>();
      for (const file of files) stage.add(startFile(read(file), repo, TODAY, true), (problems) => got.set(file, problems), () => startFile(read(file), repo, TODAY, true));
      await stage.drain();
      expect(got.size).toBe(files.length);
      for (const file of files) expect(got.get(file), file).toEqual(checkFile(read(file), repo, TODAY));
      expect([...got.values()].flat().map((p) => p.rule)).toEqual(expect.arrayContaining(['pii/nhs-number', 'language/blame', 'action/overdue']));
      expect(stage.warning).toMatch(why);
    } finally {
      delete process.env.FAILING_WORKER;
    }
  }, 20_000);
});

/**
 * Collects garbage (`--expose-gc` set at run time), after the current job: a WeakRef keeps its
 * target alive until then.
 */
async function collect(): Promise<void> {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
}

describe('a file waiting for its text stage holds none of its text or data', () => {
  // Measured on the 15,500-file benchmark: held, every waiting file's text outlived two
  // collections and was copied into the old generation (118 MB of it in one run, against 51 MB).
  it('checkPart keeps only what opens the file again and takes its problems', async () => {
    const reads: WeakRef<object>[] = [];
    const waiting: { done: (problems: Problem[]) => void; again: () => OpenFile }[] = [];
    let n = 0;
    const part = checkPart(repo, TODAY, files, undefined, () => n++, undefined, undefined, undefined, {
      add(open, done, again) {
        reads.push(new WeakRef(open.read));
        if (open.read.data) reads.push(new WeakRef(open.read.data));
        waiting.push({ done, again });
      },
      take: () => undefined,
      rest: () => [],
    });
    await collect();
    expect(reads.filter((r) => r.deref() !== undefined)).toHaveLength(0);
    // What is kept is enough: opened again, each file gets the problems a check here gives.
    waiting.forEach(({ done, again }) => done(checkOpen(again())));
    const byFile = (ps: Problem[]) => [...ps].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    expect(byFile(part.problems)).toEqual(byFile(files.flatMap((f) => checkFile(read(f), repo, TODAY))));
  });

  it('TextStage keeps only the positioned problems until the text stage has run', async () => {
    const stage = new TextStage(repo.config, 0);
    const got = new Map<string, Problem[]>();
    // In a function of its own, so that no variable of this one holds the last file.
    const reads = files.slice(0, 20).map((file) => {
      const open = startFile(read(file), repo, TODAY, true);
      stage.add(open, (problems) => got.set(file, problems), () => startFile(read(file), repo, TODAY, true));
      return new WeakRef(open.read);
    });
    await collect();
    expect(reads.flatMap((r, i) => (r.deref() !== undefined ? [i] : []))).toEqual([]);
    await stage.drain();
    for (const file of files.slice(0, 20)) expect(got.get(file), file).toEqual(checkFile(read(file), repo, TODAY));
  });
});

function checkOpen(open: OpenFile): Problem[] {
  return finishFile(open, repo.config, TEXT_FILE_RULE.scan(repo.config)(open.text!.job));
}
