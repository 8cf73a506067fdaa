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
import { checkFile, startFile } from '../src/rules/engine.js';
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
      for (const file of files) stage.add(startFile(read(file), repo, TODAY, true), (problems) => got.set(file, problems));
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
