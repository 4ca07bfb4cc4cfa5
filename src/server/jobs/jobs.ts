import PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import type { KoladaClient } from '../modules/kolada/kolada.client';
import type { Mailer } from '../mail/mailer';
import { scheduledBackup } from '../modules/backup/backup.service';
import { sendConsultationReminders } from '../modules/consultations/consultations.service';
import { sendFollowupReminders } from '../modules/followup/reminders.service';
import { DEFAULT_REMINDER_DAYS } from '../../domain/followup';
import { bossDb } from './boss-db';
import { KOLADA_REFRESH_CRON, KOLADA_REFRESH_QUEUE, koladaRefreshHandler } from './kolada-refresh';
import { type WorkQueue, workQueue, workValueImports } from './value-import-job';

export interface Jobs {
  boss: PgBoss;
  /** Where requests queue their work (value imports). */
  queue: WorkQueue;
  stop(): Promise<void>;
}

export interface JobsOptions {
  /** pg-boss's own schema; tests give each run its own. */
  schema?: string;
  cron?: string;
  maintenanceIntervalSeconds?: number;
  /** How often workers look for jobs, in seconds (pg-boss's default is 2). */
  pollingIntervalSeconds?: number;
  onError?: (err: Error) => void;
  /** When given, mail that failed or was queued by a server that stopped is retried every few minutes (a scheduled job). */
  mailer?: Mailer;
  /** Scheduled jobs (the nightly Kolada refresh, mail retries, backups); off with LEDSTJARNA_JOBS=off. Work that requests queue runs either way. */
  scheduled?: boolean;
  /** Scheduled backups into `dir` (LEDSTJARNA_BACKUP_DIR) on `cron`, the `keep` newest kept. */
  backup?: { dir: string; cron: string; keep: number };
  /** Days before a follow-up deadline that owners are reminded (LEDSTJARNA_REMINDER_DAYS, default 7). */
  reminderDays?: number;
  /** For links in reminders (LEDSTJARNA_PUBLIC_URL). */
  publicUrl?: string;
}

/** pg-boss queue that reminds consulted parties who have not answered, three days before a deadline (once each). */
export const CONSULTATION_REMINDERS_QUEUE = 'consultation-reminders';

/** pg-boss queue that reminds owners of follow-up still missing before and after a deadline, and editors of not-met measures without action. */
export const FOLLOWUP_REMINDERS_QUEUE = 'followup-reminders';

/** pg-boss queue that delivers mail left waiting (a failed SMTP attempt, a server stopped mid-send). */
export const MAIL_RETRY_QUEUE = 'mail-retry';
const MAIL_RETRY_CRON = '*/5 * * * *';

export const BACKUP_QUEUE = 'backup';

/**
 * Starts pg-boss on our database: value imports queued by requests are worked here, and (unless
 * `scheduled` is false) the Kolada refresh, mail retries and backups are scheduled and worked here.
 */
export async function startJobs(db: Db, kolada: KoladaClient, options: JobsOptions = {}): Promise<Jobs> {
  const boss = new PgBoss({
    db: bossDb(db),
    schema: options.schema ?? 'pgboss',
    // Maintenance also expires the job of a server that stopped mid-import, so that another takes it up.
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 300,
  });
  boss.on('error', (err) => options.onError?.(err));
  await boss.start();
  await workValueImports(boss, db, options.pollingIntervalSeconds ?? 2);
  const scheduled = options.scheduled !== false;
  if (scheduled) {
    await boss.createQueue(KOLADA_REFRESH_QUEUE);
    await boss.schedule(KOLADA_REFRESH_QUEUE, options.cron ?? KOLADA_REFRESH_CRON, {}, { tz: 'Europe/Stockholm' });
    const refresh = koladaRefreshHandler(db, kolada);
    await boss.work(KOLADA_REFRESH_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => refresh());
  }
  if (scheduled && options.mailer) {
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
    await boss.createQueue(FOLLOWUP_REMINDERS_QUEUE);
    await boss.schedule(FOLLOWUP_REMINDERS_QUEUE, '23 * * * *', {});
    await boss.work(FOLLOWUP_REMINDERS_QUEUE, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 }, async () => {
      await sendFollowupReminders({ db, mailer }, new Date(), options.reminderDays ?? DEFAULT_REMINDER_DAYS, options.publicUrl);
    });
  }
  if (scheduled && options.backup) {
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
    queue: workQueue(boss),
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
