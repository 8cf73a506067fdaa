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
    // A timeout is there to catch a hang. With four workers on a busy 2-core machine, an end-to-end
    // test that runs dozens of child processes takes several times its idle time (7 s → 30 s seen).
    testTimeout: 90_000,
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
