import { join } from 'node:path';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import { buildApp } from './app';
import { firstStart } from './bootstrap';
import { readConfig } from './config';
import { startJobs } from './jobs/jobs';
import { koladaClient } from './modules/kolada/kolada.client';
import { markInterruptedImports, purgeUploadedFiles } from './modules/value-import/value-import.service';

/** Starts Ledstjärna: open the database, migrate, load the first plan on first start, listen. */
async function main(): Promise<void> {
  const config = readConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  const interrupted = await markInterruptedImports(db);
  if (interrupted.length > 0) console.log(`Avbrutna importer markerade: ${interrupted.join(', ')}`);
  await purgeUploadedFiles(db, config.uploadRetentionDays);
  const first = await firstStart(db, config);
  if (first.planId) console.log('Regionstyrelsens plan 2022-2024 (Region Norrbotten) har lästs in.');
  if (first.admin) {
    console.log(`Administratör: ${first.admin.email}`);
    if (first.admin.generated) console.log(`Engångslösenord: ${first.admin.password}  (byt det vid första inloggningen)`);
  }
  const kolada = koladaClient({ baseUrl: config.koladaBaseUrl });
  const app = await buildApp({ db, config, kolada, webDir: join(process.cwd(), 'dist', 'web'), logLevel: process.env.LOG_LEVEL ?? 'warn' });
  // The nightly Kolada refresh; a failure to start it leaves the rest of Ledstjärna running.
  const jobs = config.jobs
    ? await startJobs(db, kolada, {
        onError: (err) => console.error(`Bakgrundsjobb: ${err.message}`),
        backup: config.backupDir ? { dir: config.backupDir, cron: config.backupCron, keep: config.backupKeep } : undefined,
      }).catch((err: Error) => {
        console.error(`Bakgrundsjobben kunde inte starta: ${err.message}`);
        return undefined;
      })
    : undefined;
  await app.listen({ port: config.port, host: config.host });
  console.log(`Ledstjärna kör på http://localhost:${config.port} (${db.kind === 'pglite' ? `PGlite i ${config.dataDir}` : 'PostgreSQL'})`);
  const stop = async () => {
    await jobs?.stop().catch(() => undefined);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`Ledstjärna kunde inte starta: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
