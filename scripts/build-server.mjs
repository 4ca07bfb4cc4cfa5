#!/usr/bin/env node
// Builds the server for `npm start` (and the browser journeys, which start it as `npm start` does):
// src/server/main.ts and its worker thread's entry bundled by esbuild into dist/server/, packages
// left in node_modules. Running the bundle instead of the TypeScript through tsx spares the server
// tsx's own memory and its per-file transforms at every start (issue 14: memory after start). Formats
// and parsers loaded on demand (`import()`) stay separate chunks, loaded only when first used.
// As a command it builds only when src/ (outside src/web) or the locked packages changed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const OUT = 'dist/server';
const STAMP = join(OUT, '.source-hash');

const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((f) => files(join(path, f))) : [path]);

/** The hash of what the bundle is made of: every source outside the web app and its tests, and the locked packages. */
export function serverSourceHash() {
  const hash = createHash('sha256');
  const sources = files('src').filter((f) => !f.startsWith(join('src', 'web')) && !/\.test\.tsx?$/.test(f) && !f.includes('test-support'));
  for (const file of [...sources, 'package-lock.json', 'scripts/build-server.mjs']) hash.update(file).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Bundles `main` (the server's entry; the bench bundles its own) with the worker thread's entry
 * into `outdir`. worker-boot.mjs lands beside main.mjs: the pool finds its worker at the same
 * relative address as in src/.
 */
export async function buildServer({ main = 'src/server/main.ts', outdir = OUT } = {}) {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: { main, 'worker-boot': 'src/server/workers/worker-main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  if (outdir === OUT) writeFileSync(STAMP, serverSourceHash());
}

/** Builds unless dist/server was built from these very sources. Returns whether it built. */
export async function buildServerIfChanged() {
  if (existsSync(join(OUT, 'main.mjs')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === serverSourceHash()) return false;
  await buildServer();
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--force')) await buildServer();
  else if (!(await buildServerIfChanged())) console.log('Servern är redan byggd från dessa källor.');
}
