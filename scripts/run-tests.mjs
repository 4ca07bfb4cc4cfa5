#!/usr/bin/env node
// `npm test`: type-checks (the three tsc projects of `npm run typecheck`), lints (`npm run lint`)
// and builds the web app and the server bundle (the browser journeys run both), all at once; then runs every Vitest
// project (unit, integration on PGlite and — with TEST_DATABASE_URL — PostgreSQL, e2e in Chromium;
// the browser journeys beside the rest, see below),
// and ends with the line `N passed, N failed` that CI reads. The type check and the lint count as
// one test each; when they fail, Vitest still runs (so that one run shows everything) and the run fails.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * Runs Vitest with `args`, its lines prefixed with `label` when given (two runs share the output),
 * and reads its JSON report: { ok, passed, failed, skipped }.
 */
function vitest(args, label) {
  const report = join(mkdtempSync(join(tmpdir(), 'ledstjarna-test-')), 'vitest.json');
  const child = spawn('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args], {
    env: process.env,
    stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (label) {
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (d) => {
        const lines = (rest + d).split('\n');
        rest = lines.pop();
        for (const line of lines) console.log(`[${label}] ${line}`);
      });
      stream.on('end', () => rest && console.log(`[${label}] ${rest}`));
    }
  }
  return new Promise((resolve) => {
    child.on('error', () => resolve({ ok: false, passed: 0, failed: 1, skipped: 0 }));
    child.on('close', (code) => {
      let counts = { passed: 0, failed: 1, skipped: 0 };
      try {
        const json = JSON.parse(readFileSync(report, 'utf8'));
        // A file that fails before any test runs (an import error) counts as one failure.
        const brokenFiles = json.testResults.filter((r) => r.status === 'failed' && !r.assertionResults.some((a) => a.status === 'failed'));
        counts = { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles.length, skipped: json.numPendingTests + (json.numTodoTests ?? 0) };
      } catch {}
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      resolve({ ok: code === 0, ...counts });
    });
  });
}

// Without arguments, the browser journeys (one file at a time, each with its own app server and
// Chromium) run beside the unit and integration tests rather than after them: on a 2-core machine
// Vitest took 20 minutes so, where one after the other took 35 (ARCHITECTURE.md, Tests). With
// arguments (a file, `--project`, …) Vitest runs once, as asked.
const filters = process.argv.slice(2);
const runs = filters.length > 0 ? [await vitest(filters)] : await Promise.all([vitest(['--project', 'unit', '--project', 'integration', '--maxWorkers=2'], 'unit+int'), vitest(['--project', 'e2e'], 'e2e')]);
let passed = runs.reduce((n, r) => n + r.passed, 0);
let failed = runs.reduce((n, r) => n + r.failed, 0);
const skipped = runs.reduce((n, r) => n + r.skipped, 0);
const allOk = runs.every((r) => r.ok);
if (failedChecks.length > 0) {
  console.log('\n== Failed before the tests (Vitest ran all the same):\n');
  for (const job of failedChecks) show(job);
}
passed += checksPassed;
failed += checksFailed;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && allOk ? 0 : 1);
