import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/client';
import { claimNextMail, insertMail, markMail, type OutgoingMail, requeueStaleSending } from './outbox.queries';

export type { OutgoingMail } from './outbox.queries';

/** SMTP settings (README: SMTP_URL, LEDSTJARNA_MAIL_FROM). Without a URL nothing is sent: mails wait as 'not-configured'. */
export interface MailConfig {
  smtpUrl?: string;
  from: string;
}

/**
 * The one mailer (design-round-2.md): every mail is queued in the outbox — in the caller's
 * transaction when it passes one — and then delivered over SMTP by whichever server claims it.
 * Reminders, consultation and workshop invitations and new users all go through it.
 */
export interface Mailer {
  /** Queues a mail; null when its dedupe key was already used. Call `deliver()` after the transaction commits. */
  queue(db: Db, mail: OutgoingMail): Promise<number | null>;
  /** Sends every waiting mail; returns how many went. Safe to call from several servers at once. */
  deliver(): Promise<number>;
  /** Starts `deliver()` without waiting: for a route that has just committed what it queued. Failures stay in the outbox. */
  deliverSoon(): void;
  readonly configured: boolean;
  close(): void;
}

const MAX_ATTEMPTS = 5;

export function createMailer(db: Db, config: MailConfig): Mailer {
  // nodemailer is loaded with the first mail to send, and never on a server without SMTP.
  let transport: Promise<Transporter> | undefined;
  const smtp = (url: string) => (transport ??= import('nodemailer').then((m) => m.default.createTransport(url)));
  let delivering: Promise<number> | undefined;

  async function deliverAll(): Promise<number> {
    let sent = 0;
    const failed: number[] = [];
    await requeueStaleSending(db, 600);
    for (;;) {
      const mail = await claimNextMail(db, MAX_ATTEMPTS, failed);
      if (!mail) return sent;
      if (!config.smtpUrl) {
        await markMail(db, mail.id, 'not-configured', null);
        continue;
      }
      try {
        await (await smtp(config.smtpUrl)).sendMail({
          from: config.from,
          to: mail.to_name ? { name: mail.to_name, address: mail.to_address } : mail.to_address,
          subject: mail.subject,
          text: mail.body_text,
        });
        await markMail(db, mail.id, 'sent', null);
        sent++;
      } catch (err) {
        failed.push(mail.id);
        await markMail(db, mail.id, 'failed', err instanceof Error ? err.message.slice(0, 500) : String(err));
      }
    }
  }

  return {
    configured: config.smtpUrl !== undefined && config.smtpUrl !== '',
    queue: (tx, mail) => insertMail(tx, mail),
    // One delivery run at a time per process; a call during a run waits for it and then runs again,
    // so a mail queued meanwhile is not left behind.
    async deliver() {
      while (delivering) await delivering.catch(() => undefined);
      delivering = deliverAll().finally(() => {
        delivering = undefined;
      });
      return delivering;
    },
    deliverSoon() {
      this.deliver().catch(() => undefined);
    },
    close: () => void transport?.then((t) => t.close()).catch(() => undefined),
  };
}
