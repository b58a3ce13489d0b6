import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (pure logic, checker fixtures) and end-to-end
// tests that drive the built site in Chromium (they need `dist/`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
