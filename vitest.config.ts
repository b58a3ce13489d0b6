import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests (pure logic, checker fixtures); build tests
// that run the real build script in scratch copies of the project (slow, one
// file at a time: the machine has 2 cores); and end-to-end tests of the built
// site, served, in Chromium (they need `dist/`).
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
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
          fileParallelism: false,
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
