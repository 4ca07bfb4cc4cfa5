#!/usr/bin/env node
// `npm test`: builds the web app (the browser journeys need it), runs every Vitest project
// (unit, integration on PGlite and — with TEST_DATABASE_URL — PostgreSQL, e2e in Chromium),
// and ends with the line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env });

const build = run('npx', ['vite', 'build', '--logLevel', 'warn']);
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), 'ledstjarna-test-')), 'vitest.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = run('npx', args);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  // A file that fails before any test runs (an import error) counts as one failure.
  const brokenFiles = json.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed'));
  failed = json.numFailedTests + brokenFiles.length;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
} catch {
  failed = 1;
}
if (result.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && result.status === 0 ? 0 : 1);
