import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases';
import { seededApp, signIn, addUser } from '../../test-support/app';
import { type SmtpSink, startSmtpSink } from '../../test-support/smtp-sink';
import type { OutboxEntry } from '../../shared/mail-types';
import { createMailer, type Mailer } from './mailer';

const mail = (organisationId: number, n: number, dedupeKey?: string) => ({
  organisationId,
  to: `agare${n}@region.example`,
  toName: `Måttägare ${n}`,
  subject: `Påminnelse: värde saknas för delår augusti (${n})`,
  text: `Hej! Värdet för "Andel patienter som väntat högst 90 dagar" saknas. Sista dag: 2022-09-15.`,
  why: 'reminder',
  reference: `measure:${n}`,
  dedupeKey,
});

describe('the mailer over real SMTP', () => {
  describeEachDatabase('outbox and delivery', (db) => {
    let sink: SmtpSink;
    let app: FastifyInstance;
    let organisationId: number;
    let mailer: Mailer;
    beforeEach(() => {
      sink.received.length = 0;
      sink.refuse(false);
    });
    beforeAll(async () => {
      sink = await startSmtpSink();
      mailer = createMailer(db(), { smtpUrl: sink.url, from: 'Ledstjärna <noreply@region.example>' });
      ({ app, organisationId } = await seededApp(db(), { mailer, seed: false }));
    });
    afterAll(async () => {
      await app?.close();
      mailer?.close();
      await sink?.close();
    });

    it('delivers a mail queued in a transaction, decoded as written (å, ä, ö), and records it as sent', async () => {
      await db().transaction(async (tx) => {
        await mailer.queue(tx, mail(organisationId, 1));
      });
      expect(await mailer.deliver()).toBe(1);
      const [got] = await sink.waitFor(1);
      expect(got).toMatchObject({ to: ['agare1@region.example'], subject: 'Påminnelse: värde saknas för delår augusti (1)', from: 'noreply@region.example' });
      expect(got?.text).toContain('Andel patienter som väntat högst 90 dagar');
      const cookie = await signIn(app);
      const res = await app.inject({ method: 'GET', url: `/api/organisations/${organisationId}/outbox`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const [entry] = res.json<OutboxEntry[]>();
      expect(entry).toMatchObject({ to: 'agare1@region.example', why: 'reminder', status: 'sent', attempts: 1 });
      expect(entry?.sentAt).not.toBeNull();
    });

    it('queues nothing when the transaction rolls back', async () => {
      await expect(
        db().transaction(async (tx) => {
          await mailer.queue(tx, mail(organisationId, 2));
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await mailer.deliver()).toBe(0);
      expect(sink.received).toHaveLength(0);
    });

    it('sends a mail with a dedupe key once, however often it is queued', async () => {
      expect(await mailer.queue(db(), mail(organisationId, 3, 'reminder:measure-3:2022-DÅ08:before'))).not.toBeNull();
      expect(await mailer.queue(db(), mail(organisationId, 3, 'reminder:measure-3:2022-DÅ08:before'))).toBeNull();
      await mailer.deliver();
      expect(await mailer.queue(db(), mail(organisationId, 3, 'reminder:measure-3:2022-DÅ08:before'))).toBeNull();
      expect(await mailer.deliver()).toBe(0);
      expect(sink.received).toHaveLength(1);
    });

    it('keeps a mail the SMTP server refused as failed, and sends it on a later try', async () => {
      sink.refuse(true);
      await mailer.queue(db(), mail(organisationId, 4));
      expect(await mailer.deliver()).toBe(0);
      const [failed] = await db().query<{ status: string; error: string }>(`SELECT status, error FROM mail_outbox WHERE reference = 'measure:4'`);
      expect(failed?.status).toBe('failed');
      expect(failed?.error).toContain('451');
      sink.refuse(false);
      expect(await mailer.deliver()).toBe(1);
      expect(sink.received.map((m) => m.to[0])).toEqual(['agare4@region.example']);
    });

    it('two servers delivering at once send every mail exactly once', async () => {
      const second = createMailer(db(), { smtpUrl: sink.url, from: 'Ledstjärna <noreply@region.example>' });
      for (let n = 10; n < 30; n++) await mailer.queue(db(), mail(organisationId, n));
      const [a, b] = await Promise.all([mailer.deliver(), second.deliver()]);
      second.close();
      expect((a ?? 0) + (b ?? 0)).toBe(20);
      await sink.waitFor(20);
      const recipients = sink.received.map((m) => m.to[0]);
      expect(new Set(recipients).size).toBe(20);
      expect(recipients).toHaveLength(20);
    });

    it('without SMTP configured, mails stay in the outbox marked not configured', async () => {
      const unconfigured = createMailer(db(), { from: 'Ledstjärna <noreply@region.example>' });
      await unconfigured.queue(db(), mail(organisationId, 40));
      expect(await unconfigured.deliver()).toBe(0);
      const [row] = await db().query<{ status: string }>(`SELECT status FROM mail_outbox WHERE reference = 'measure:40'`);
      expect(row?.status).toBe('not-configured');
      expect(sink.received).toHaveLength(0);
    });

    it('shows the outbox to admins and editors of the organisation only', async () => {
      await addUser(db(), organisationId, 'reporter', 'rapportor@region.example');
      await addUser(db(), organisationId, 'editor', 'redaktor@region.example');
      const url = `/api/organisations/${organisationId}/outbox`;
      const reporter = await signIn(app, 'rapportor@region.example', 'user-password-1');
      expect((await app.inject({ method: 'GET', url, headers: { cookie: reporter } })).statusCode).toBe(403);
      const editor = await signIn(app, 'redaktor@region.example', 'user-password-1');
      expect((await app.inject({ method: 'GET', url, headers: { cookie: editor } })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    });
  });
});
