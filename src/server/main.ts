import { join } from 'node:path';
import { openDb } from '../db/client';
import { migrate } from '../db/migrate';
import { PROJECT_ROOT } from '../project-root';
import { buildApp } from './app';
import { firstStart } from './bootstrap';
import { readConfig } from './config';
import { startJobs } from './jobs/jobs';
import { createMailer } from './mail/mailer';
import { inProcessHub, postgresHub } from './live/live-hub';
import { koladaClient } from './modules/kolada/kolada.client';
import { sealPlaintextOidcSecrets } from './modules/oidc/oidc.service';
import { resolveSecretKey } from './secrets/secret-box';
import { markInterruptedImports, purgeUploadedFiles } from './modules/value-import/value-import.service';

/** Starts Ledstjärna: open the database, migrate, load the first plan on first start, listen. */
async function main(): Promise<void> {
  const config = readConfig();
  const open = () => openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let db = await open();
  await migrate(db);
  const secret = resolveSecretKey(config.secretKey, config.dataDir);
  if (secret.source === 'new-file') console.log(`Ny nyckel för lagrade hemligheter: ${secret.file} (spara den med säkerhetskopiorna, eller sätt LEDSTJARNA_SECRET_KEY)`);
  if (secret.source !== 'env' && config.databaseUrl) console.warn('LEDSTJARNA_SECRET_KEY är inte satt: flera servrar mot samma PostgreSQL måste dela nyckeln.');
  const sealed = await sealPlaintextOidcSecrets(db, secret.key);
  if (sealed > 0) console.log(`Klienthemligheter krypterade: ${sealed}`);
  const interrupted = await markInterruptedImports(db);
  if (interrupted.length > 0) console.log(`Avbrutna importer markerade: ${interrupted.join(', ')}`);
  await purgeUploadedFiles(db, config.uploadRetentionDays);
  const first = await firstStart(db, config);
  // Loading the seeds grows PGlite's WebAssembly memory, which never shrinks: a fresh instance
  // serves with what serving needs (issue 14, memory after start).
  if (db.kind === 'pglite' && (first.planId || first.roadmapId)) {
    await db.close();
    db = await open();
  }
  if (first.planId) console.log('Regionstyrelsens plan 2022-2024 (Region Norrbotten) har lästs in.');
  if (first.admin) {
    console.log(`Administratör: ${first.admin.email}`);
    if (first.admin.generated) console.log(`Engångslösenord: ${first.admin.password}  (byt det vid första inloggningen)`);
  }
  const kolada = koladaClient({ baseUrl: config.koladaBaseUrl });
  const mailer = createMailer(db, { smtpUrl: config.smtpUrl, from: config.mailFrom });
  // Several servers on one PostgreSQL hear each other's live notices through LISTEN/NOTIFY.
  const live = config.databaseUrl ? await postgresHub(config.databaseUrl, 'ledstjarna_live', { onError: (err) => console.error(`Livekanalen: ${err.message}`) }) : inProcessHub();
  // pg-boss: value imports queued by requests are worked whatever LEDSTJARNA_JOBS says; it turns
  // off only the scheduled jobs (the nightly Kolada refresh, mail retries, backups). A failure to
  // start leaves the rest of Ledstjärna running (imports then run in the request's process).
  const jobs = await startJobs(db, kolada, {
    scheduled: config.jobs,
    mailer,
    reminderDays: config.reminderDays,
    publicUrl: config.publicUrl,
    backup: config.backupDir ? { dir: config.backupDir, cron: config.backupCron, keep: config.backupKeep } : undefined,
    onError: (err) => console.error(`Bakgrundsjobb: ${err.message}`),
  }).catch((err: Error) => {
    console.error(`Bakgrundsjobben kunde inte starta: ${err.message}`);
    return undefined;
  });
  const app = await buildApp({
    db, config, kolada, mailer, live, queue: jobs?.queue, secretKey: secret.key, webDir: join(PROJECT_ROOT, 'dist', 'web'), logLevel: process.env.LOG_LEVEL ?? 'warn',
  });
  await app.listen({ port: config.port, host: config.host });
  console.log(`Ledstjärna kör på http://localhost:${config.port} (${db.kind === 'pglite' ? `PGlite i ${config.dataDir}` : 'PostgreSQL'})`);
  const stop = async () => {
    await jobs?.stop().catch(() => undefined);
    await app.close();
    await live.close();
    mailer.close();
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
