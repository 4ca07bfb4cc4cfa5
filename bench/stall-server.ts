/**
 * The server of the stall benchmark (bench/stall.ts), in a process of its own: the real app on
 * a fresh PGlite folder with the Norrbotten seed. Env: PORT, DATA_DIR, BENCH_PASSWORD. Prints `ready`.
 * Besides the bench user, six editors (`attacker1@…` to `attacker6@…`, same password) carry the
 * attacks: one person may have only two files or documents under way at once (a third is 429),
 * so the attacks come from several people, as they would to stall the server.
 */
import { openDb } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { buildApp } from '../src/server/app';
import { firstStart } from '../src/server/bootstrap';
import { createUser } from '../src/server/modules/auth/auth.service';

const db = await openDb({ dataDir: process.env.DATA_DIR });
await migrate(db);
const password = process.env.BENCH_PASSWORD ?? 'bench-password-1';
const first = await firstStart(db, { adminEmail: 'bench@ledstjarna.local', adminPassword: password, seed: true });
for (let i = 1; i <= 6; i++) {
  await createUser(db, { email: `attacker${i}@ledstjarna.local`, name: `Attack ${i}`, password, mustChange: false, organisationId: first.organisationId!, role: 'editor' });
}
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
