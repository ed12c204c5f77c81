import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Integration tests each get their own PostgreSQL schema and Redis queue prefix, so files may run
    // side by side; two at a time matches the two cores of our machines.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ['test/helpers/setup-env.ts'],
  },
});
