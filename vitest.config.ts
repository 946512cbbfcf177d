import { defineConfig } from 'vitest/config';

// Test tiers by file name (see README): pure units sit next to the code,
// integration tests start a real server on real SQLite files.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/helpers/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // one browser at a time: the machine has two cores
          fileParallelism: false,
        },
      },
      {
        test: {
          // Faults, races and abuse (see docs/SECURITY.md): bounded in time and count,
          // loopback only; one file at a time so the timings they assert stay honest.
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
