import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // the end-to-end tests run the built CLI; keep worker count modest on 2 cores
    pool: 'forks',
  },
});
