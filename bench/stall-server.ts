/**
 * The server of the stall benchmark (bench/stall.ts), in a process of its own: the real app on
 * a fresh PGlite folder with the Norrbotten seed. Env: PORT, DATA_DIR, BENCH_PASSWORD. Prints `ready`.
 */
import { openDb } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import { firstStart } from '../src/server/bootstrap';

const db = await openDb({ dataDir: process.env.DATA_DIR });
await migrate(db);
await firstStart(db, { adminEmail: 'bench@ledstjarna.local', adminPassword: process.env.BENCH_PASSWORD ?? 'bench-password-1', seed: true });
const app = await buildApp({ db, config: { secureCookies: false } });
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
const stop = async () => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
