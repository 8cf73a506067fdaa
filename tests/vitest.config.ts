import { defineConfig } from 'vitest/config';

/**
 * Two projects: "unit" (logic in process, plus the end-to-end runs of the built command and real
 * installs) and "browser" (Debian's chromium printing digests: slow, and the one that needs a
 * browser), so `vitest run --project unit` skips the browser. Workers: most tests wait on child
 * processes (git, npm, the built command), so four workers keep a 2-core machine busy without
 * piling up. globalSetup builds dist/ first, so tests always run the current build.
 */
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 4,
    globalSetup: ['tests/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/**/*-chromium.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/**/*-chromium.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
