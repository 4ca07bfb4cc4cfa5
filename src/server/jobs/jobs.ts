import PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import type { KoladaClient } from '../modules/kolada/kolada.client';
import { scheduledBackup } from '../modules/backup/backup.service';
import { bossDb } from './boss-db';
import { KOLADA_REFRESH_CRON, KOLADA_REFRESH_QUEUE, koladaRefreshHandler } from './kolada-refresh';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface JobsOptions {
  /** pg-boss's own schema; tests give each run its own. */
  schema?: string;
  cron?: string;
  /** How often workers look for jobs, in seconds (pg-boss's default is 2). */
  pollingIntervalSeconds?: number;
  onError?: (err: Error) => void;
  /** Scheduled backups into `dir` (LEDSTJARNA_BACKUP_DIR) on `cron`, the `keep` newest kept. */
  backup?: { dir: string; cron: string; keep: number };
}

export const BACKUP_QUEUE = 'backup';

/** Starts pg-boss on our database, with the Kolada refresh scheduled (nightly by default) and worked here. */
export async function startJobs(db: Db, kolada: KoladaClient, options: JobsOptions = {}): Promise<Jobs> {
  const boss = new PgBoss({
    db: bossDb(db),
    schema: options.schema ?? 'pgboss',
    // Hourly maintenance is plenty for one nightly job.
    maintenanceIntervalSeconds: 3600,
  });
  boss.on('error', (err) => options.onError?.(err));
  await boss.start();
  await boss.createQueue(KOLADA_REFRESH_QUEUE);
  await boss.schedule(KOLADA_REFRESH_QUEUE, options.cron ?? KOLADA_REFRESH_CRON, {}, { tz: 'Europe/Stockholm' });
  const refresh = koladaRefreshHandler(db, kolada);
  await boss.work(KOLADA_REFRESH_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => refresh());
  if (options.backup) {
    const { dir, cron, keep } = options.backup;
    await boss.createQueue(BACKUP_QUEUE);
    await boss.schedule(BACKUP_QUEUE, cron, {}, { tz: 'Europe/Stockholm' });
    await boss.work(BACKUP_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => {
      await scheduledBackup(db, dir, keep);
    });
  } else {
    await boss.unschedule(BACKUP_QUEUE).catch(() => undefined);
  }
  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
