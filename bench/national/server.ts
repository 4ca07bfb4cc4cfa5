/**
 * The server the benchmark measures, in a process of its own so that its memory and CPU are
 * its own: the real app on a data set made by generate.ts. Env: PORT, and DATA_DIR (PGlite)
 * or DATABASE_URL + BENCH_SCHEMA (PostgreSQL). Prints `ready` when it listens.
 */
import { join } from 'node:path';
import { openDb } from '../../src/db/client';
import { buildApp } from '../../src/server/app';

const db = await openDb(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, schema: process.env.BENCH_SCHEMA } : { dataDir: process.env.DATA_DIR });
// The built web app too (dist/web, as `npm start` serves it): the first-load figures load its pages.
const app = await buildApp({ db, config: { secureCookies: false }, webDir: join(process.cwd(), 'dist', 'web') });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
