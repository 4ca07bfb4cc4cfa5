import { join } from 'node:path';
import { parseReminderDays } from '../domain/followup';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  adminEmail: string;
  adminPassword?: string;
  /** Set `LEDSTJARNA_SECURE_COOKIES=true` behind HTTPS. */
  secureCookies: boolean;
  /** Set `LEDSTJARNA_HSTS=true` behind HTTPS: Strict-Transport-Security on every response. */
  hsts: boolean;
  /**
   * Behind a reverse proxy (LEDSTJARNA_TRUST_PROXY): `true` (trust every hop) or the proxies'
   * addresses (comma-separated IPs/CIDRs, e.g. `127.0.0.1,10.0.0.0/8`). The client's address then comes from
   * X-Forwarded-For, so sign-in throttling counts per client, not per proxy.
   */
  trustProxy?: boolean | string[];
  /** Skip loading the Norrbotten plan on first start (LEDSTJARNA_SEED=none). */
  seed: boolean;
  /** Kolada's API (KOLADA_BASE_URL); tests point it at a local stand-in. */
  koladaBaseUrl: string;
  /** Scheduled jobs (the nightly Kolada refresh); LEDSTJARNA_JOBS=off turns them off. Work a request queues (value imports) still runs. */
  jobs: boolean;
  /** Mail over SMTP (SMTP_URL, e.g. `smtp://user:password@smtp.region.se:587`); without it mails wait in the outbox. */
  smtpUrl?: string;
  /** The sender of every mail (LEDSTJARNA_MAIL_FROM). */
  mailFrom: string;
  /** The address people reach Ledstjärna at (LEDSTJARNA_PUBLIC_URL), for links in mails. */
  publicUrl: string;
  /**
   * Days an uploaded values file is kept after its import (LEDSTJARNA_UPLOAD_RETENTION_DAYS);
   * 0, the default, deletes it as soon as it is imported. Files never imported go after a day at least.
   */
  uploadRetentionDays: number;
  /**
   * Scheduled backups (LEDSTJARNA_BACKUP_DIR): a backup file is written there on the schedule
   * LEDSTJARNA_BACKUP_CRON (default 02:30 every night, Swedish time); LEDSTJARNA_BACKUP_KEEP newest kept (default 14).
   */
  backupDir?: string;
  backupCron: string;
  backupKeep: number;
  /**
   * The key that seals secrets stored in the database (LEDSTJARNA_SECRET_KEY: 32 bytes, hex or base64);
   * without it, `secret.key` in DATA_DIR, written on first start (secrets/secret-box.ts).
   */
  secretKey?: string;
  /** Days before a follow-up deadline that owners are reminded by mail (LEDSTJARNA_REMINDER_DAYS, default 7). */
  reminderDays: number;
}

/** Reads the configuration from the environment, with defaults that work on a laptop. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? join(process.cwd(), '.data'),
    adminEmail: env.LEDSTJARNA_ADMIN_EMAIL ?? 'admin@ledstjarna.local',
    adminPassword: env.LEDSTJARNA_ADMIN_PASSWORD || undefined,
    secureCookies: env.LEDSTJARNA_SECURE_COOKIES === 'true',
    hsts: env.LEDSTJARNA_HSTS === 'true',
    trustProxy: parseTrustProxy(env.LEDSTJARNA_TRUST_PROXY),
    seed: env.LEDSTJARNA_SEED !== 'none',
    koladaBaseUrl: env.KOLADA_BASE_URL || 'https://api.kolada.se',
    jobs: env.LEDSTJARNA_JOBS !== 'off',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.LEDSTJARNA_MAIL_FROM || 'Ledstjärna <ledstjarna@localhost>',
    publicUrl: (env.LEDSTJARNA_PUBLIC_URL || `http://localhost:${Number(env.PORT ?? 3000)}`).replace(/\/+$/, ''),
    uploadRetentionDays: nonNegative(env.LEDSTJARNA_UPLOAD_RETENTION_DAYS, 0),
    backupDir: env.LEDSTJARNA_BACKUP_DIR || undefined,
    backupCron: env.LEDSTJARNA_BACKUP_CRON || '30 2 * * *',
    backupKeep: Math.max(1, nonNegative(env.LEDSTJARNA_BACKUP_KEEP, 14)),
    reminderDays: parseReminderDays(env.LEDSTJARNA_REMINDER_DAYS),
    secretKey: env.LEDSTJARNA_SECRET_KEY || undefined,
  };
}

function parseTrustProxy(value: string | undefined): boolean | string[] | undefined {
  if (!value || value === 'false') return undefined;
  if (value === 'true') return true;
  return value.split(',').map((a) => a.trim()).filter(Boolean);
}

function nonNegative(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : fallback;
}
