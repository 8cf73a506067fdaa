/**
 * `lessons site` as the built executable on a generated repository large enough (over 2,000
 * entries) for the search index to be built in its own thread: the site is the same, byte for
 * byte, whether the thread is used or not (LESSONS_WORKERS=0).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRepository } from '../tools/bench/generate.js';
import { runBin } from './helpers/cli.js';
import { tempRepo } from './helpers/repo.js';

describe('lessons site on a large repository (built bin)', () => {
  it('builds the same search index with and without the index thread', async () => {
    const dir = tempRepo({});
    const { files } = generateRepository(dir, { lessons: 1400, seed: 7 });
    expect(files).toBeGreaterThan(2000);
    const threaded = await runBin(['site', '--out', 'threaded'], { cwd: dir, env: { LESSONS_WORKERS: '1' } });
    expect(threaded.code, threaded.stderr).toBe(0);
    const single = await runBin(['site', '--out', 'single'], { cwd: dir, env: { LESSONS_WORKERS: '0' } });
    expect(single.code, single.stderr).toBe(0);
    const index = (out: string) => readFileSync(path.join(dir, out, 'assets/search-index.js'), 'utf8');
    expect(index('threaded').length).toBeGreaterThan(100_000);
    expect(index('threaded')).toBe(index('single'));
    expect(readFileSync(path.join(dir, 'threaded/lessons-site.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'single/lessons-site.json'), 'utf8'));
  }, 180_000);
});
