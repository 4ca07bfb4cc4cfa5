import PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import type { KoladaClient } from '../modules/kolada/kolada.client';
import type { Mailer } from '../mail/mailer';
import { sendConsultationReminders } from '../modules/consultations/consultations.service';
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
  /** When given, mail that failed or was queued by a server that stopped is retried every few minutes. */
  mailer?: Mailer;
}

/** pg-boss queue that reminds consulted parties who have not answered, three days before a deadline (once each). */
export const CONSULTATION_REMINDERS_QUEUE = 'consultation-reminders';

/** pg-boss queue that delivers mail left waiting (a failed SMTP attempt, a server stopped mid-send). */
export const MAIL_RETRY_QUEUE = 'mail-retry';
const MAIL_RETRY_CRON = '*/5 * * * *';

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
  if (options.mailer) {
    const mailer = options.mailer;
    await boss.createQueue(MAIL_RETRY_QUEUE);
    await boss.schedule(MAIL_RETRY_QUEUE, MAIL_RETRY_CRON, {});
    await boss.work(MAIL_RETRY_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => {
      await mailer.deliver();
    });
    // Hourly; each reminder's dedupe key lets it go once however many servers run this.
    await boss.createQueue(CONSULTATION_REMINDERS_QUEUE);
    await boss.schedule(CONSULTATION_REMINDERS_QUEUE, '17 * * * *', {});
    await boss.work(CONSULTATION_REMINDERS_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => {
      await sendConsultationReminders({ db, mailer });
    });
  }
  return {
    boss,
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
