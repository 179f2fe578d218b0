import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Six suites, one runner. `unit` is pure code; `web` renders the UI layer's components on jsdom
 * (Testing Library, with axe-core on the output); `db` runs services over HTTP (`inject`) against a
 * real database (PostgreSQL, or PGlite when JOBBRO_TEST_DRIVER=pglite); `embedded` boots the real
 * app on PGlite in a child process; `e2e` drives Debian's Chromium against a running server; `attack` is
 * the standing attack suite.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which is one on CI's two: every file then
    // waits its turn while the CPU idles on PostgreSQL, Chromium and the disk. Two keep both busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'server/**/*.unit.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/support/**/*.unit.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.tsx'],
          setupFiles: ['web/src/ui/testing/setup.ts'],
        },
      },
      {
        test: {
          name: 'db',
          include: ['server/**/*.test.ts', 'db/**/*.test.ts'],
          exclude: ['server/**/*.unit.test.ts'],
          globalSetup: ['test/support/global-db.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'embedded',
          include: ['test/embedded/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The standing attack suite (issue #17): isolation and fuzz generated from the OpenAPI spec,
          // races on two app servers, a crash trial and a log scan, each loop bounded, loopback only.
          name: 'attack',
          include: ['test/attack/**/*.test.ts'],
          globalSetup: ['test/support/global-db.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-db.ts', 'test/support/global-web.ts', 'test/support/global-browser.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // The page and the server answer in their own time: 1 s (the default) was tuned for an idle
          // machine, not for two files at once on two busy cores. A poll still ends when it succeeds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
