import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/server.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium per worker is as much as the machine carries well.
          maxWorkers: 2,
        },
      },
    ],
  },
});
