import { defineConfig } from 'vitest/config';

/**
 * Tests that measure time (pacing at a platform's rate, jobs on time to the p99): they run on their own,
 * one file at a time, after the rest (`TIMING=1`, the second half of `npm test`), so that a heavy file
 * running beside them on a two-core machine cannot push their measurements over.
 */
const TIMING = ['test/integration/outbox/pace-delivery.test.ts', 'test/integration/jobs/on-time.test.ts'];
const timingRun = process.env.TIMING === '1';

export default defineConfig({
  test: {
    include: timingRun ? TIMING : ['test/**/*.test.ts'],
    exclude: timingRun ? [] : TIMING,
    environment: 'node',
    pool: 'forks',
    // Integration tests each get their own PostgreSQL schema and Redis queue prefix, so files may run
    // side by side. Three at a time on our two-core machines: the files mostly wait on PostgreSQL, Redis and the
    // platform fakes, and three kept both cores busy (the whole suite in about 8 minutes instead of 11); the tests
    // that measure time run apart (above), so a third neighbour cannot push them over.
    maxWorkers: timingRun ? 1 : 3,
    fileParallelism: !timingRun,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/helpers/setup-env.ts'],
  },
});
