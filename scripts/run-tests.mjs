#!/usr/bin/env node
// `npm test`: type-checks (the three tsc projects of `npm run typecheck`), lints (`npm run lint`)
// and builds the web app and the server bundle (the browser journeys run both), all at once; then runs every Vitest
// project (unit, integration on PGlite and — with TEST_DATABASE_URL — PostgreSQL, e2e in Chromium),
// and ends with the line `N passed, N failed` that CI reads. The type check and the lint count as
// one test each; when they fail, Vitest still runs (so that one run shows everything) and the run fails.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env });

/** Runs a command with its output kept (the checks run side by side): { label, ok, seconds, output }. */
const collect = (label, cmd, args) =>
  new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(cmd, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const end = (ok, extra = '') => resolve({ label, ok, seconds: ((Date.now() - start) / 1000).toFixed(1), output: (output + extra).trimEnd() });
    child.on('error', (e) => end(false, `\n${e.message}`));
    child.on('close', (code) => end(code === 0));
  });
const show = (job, withOutput = true) =>
  console.log(`== ${job.label}: ${job.ok ? 'ok' : 'FAILED'} (${job.seconds} s)${withOutput && job.output ? `\n${job.output}\n` : ''}`);

// `npm run typecheck` is `tsc … && tsc … && tsc …`; its projects are independent, so they run side by side.
const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts;
const tscProjects = scripts.typecheck.split('&&').map((part) => part.trim().split(/\s+/));

const [build, serverBuild, lint, ...typecheck] = await Promise.all([
  collect('build', 'npx', ['vite', 'build', '--logLevel', 'warn']),
  collect('server build (as npm start runs it)', 'node', ['scripts/build-server.mjs', '--force']),
  collect('lint (npm run lint)', 'npm', ['run', '--silent', 'lint']),
  ...tscProjects.map((args) => collect(`type check (${args.join(' ')})`, 'npx', args)),
]);
// A failing check's errors are printed after Vitest's output, next to the closing line.
for (const job of [build, serverBuild, lint, ...typecheck]) show(job, job.ok || !build.ok || !serverBuild.ok);
const failedChecks = [lint, ...typecheck].filter((job) => !job.ok);
const checksFailed = (lint.ok ? 0 : 1) + (typecheck.every((job) => job.ok) ? 0 : 1);
const checksPassed = 2 - checksFailed;

if (!build.ok || !serverBuild.ok) {
  console.log(`\n${checksPassed} passed, ${checksFailed + 1} failed`);
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
if (failedChecks.length > 0) {
  console.log('\n== Failed before the tests (Vitest ran all the same):\n');
  for (const job of failedChecks) show(job);
}
passed += checksPassed;
failed += checksFailed;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && result.status === 0 ? 0 : 1);
