#!/usr/bin/env node
// `npm start`: builds the web app and the server (scripts/build-server.mjs) only when their
// sources changed since the last build, so a restart is quick. The sources are everything the bundle imports (src/web, src/domain,
// src/shared), the build's configuration and the locked packages; their hash is kept beside
// the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServerIfChanged } from './build-server.mjs';

const SOURCES = ['src/web', 'src/domain', 'src/shared', 'vite.config.ts', 'package-lock.json'];
const STAMP = 'dist/web/.source-hash';

const files = (path) => (statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((f) => files(join(path, f))) : [path]);
const hash = createHash('sha256');
for (const file of SOURCES.filter(existsSync).flatMap(files)) hash.update(file).update('\0').update(readFileSync(file));
const digest = hash.digest('hex');

if (existsSync('dist/web/index.html') && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) {
  console.log('Webbappen är redan byggd från dessa källor.');
} else {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, digest);
}

if (!(await buildServerIfChanged())) console.log('Servern är redan byggd från dessa källor.');
