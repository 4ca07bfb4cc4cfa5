import { defineConfig } from 'vitest/config';

/** Three projects: pure unit tests, integration tests on PGlite (+ PostgreSQL when TEST_DATABASE_URL is set), browser journeys. */
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker; the suites spend much of their time
    // waiting on PostgreSQL, PGlite's WebAssembly and Chromium, so three at a time finish sooner.
    // `npm test` runs the unit and integration tests two at a time, beside the journeys (scripts/run-tests.mjs).
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
          // The property tests and the phrasing corpora take seconds each; three files at a time on
          // two cores can stretch one past Vitest's default of 5 s without anything being wrong.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts'],
          environment: 'node',
          // The command line speaks the machine's language (src/cli/cli-lang.ts); its tests read Swedish
          // unless they choose another, whatever the locale of the machine that runs them.
          env: { LEDSTJARNA_LANG: 'sv' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
