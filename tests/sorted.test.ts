import { describe, expect, it } from 'vitest';
import { lastAtMost } from '../src/util/sorted.js';

describe('lastAtMost', () => {
  it('finds the last value at most x, or -1, against a plain scan', () => {
    const cases: number[][] = [[], [0], [0, 0, 3], [1, 4, 4, 9], Array.from({ length: 50 }, (_, i) => i * 3)];
    for (const sorted of cases) {
      for (let x = -2; x <= 160; x++) {
        let want = -1;
        for (let i = 0; i < sorted.length; i++) if (sorted[i] <= x) want = i;
        expect(lastAtMost(sorted, x), `${JSON.stringify(sorted)} ${x}`).toBe(want);
      }
    }
    expect(lastAtMost(Int32Array.from([2, 5]), 5)).toBe(1);
  });
});
