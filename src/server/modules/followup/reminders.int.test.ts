import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Scorecard, ScorecardMeasure } from '../../../shared/api-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { type SmtpSink, startSmtpSink } from '../../../test-support/smtp-sink';
import { FOLLOWUP_REMINDERS_QUEUE, type Jobs, startJobs } from '../../jobs/jobs';
import { createMailer, type Mailer } from '../../mail/mailer';
import { koladaClient } from '../kolada/kolada.client';
import { sendFollowupReminders } from './reminders.service';

const SUCCESS_FACTOR = 'En hållbar verksamhet med hög säkerhet';
const NOT_MET = 'Andel vårdskador, sluten somatisk vård';
const DA08 = '2022-DÅ08'; // deadline 2022-09-15

describe('follow-up reminders over real SMTP', () => {
  describeEachDatabase('reminders', (db) => {
    let sink: SmtpSink;
    let mailer: Mailer;
    let app: FastifyInstance;
    let planId: number;
    let admin: string;
    let reporterId: number;
    let editorId: number;
    let organisationId: number;
    let owned: ScorecardMeasure;
    let jobs: Jobs | undefined;
    const bossSchema = `pgboss_${randomBytes(5).toString('hex')}`;
    const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });
    const remind = (iso: string) => sendFollowupReminders({ db: db(), mailer }, new Date(`${iso}T08:00:00Z`), 7);
    const scorecard = async (period: string) => (await send('GET', `/api/plans/${planId}/scorecard?period=${encodeURIComponent(period)}`)).json() as Scorecard;

    beforeAll(async () => {
      sink = await startSmtpSink();
      mailer = createMailer(db(), { smtpUrl: sink.url, from: 'Ledstjärna <noreply@region.example>' });
      ({ app, organisationId, planId } = await seededApp(db(), { mailer }));
      admin = await signIn(app);
      reporterId = await addUser(db(), organisationId, 'reporter', 'agare@region.example');
      editorId = await addUser(db(), organisationId, 'editor', 'redaktor@region.example');
      const sc = await scorecard(DA08);
      const factor = allNodes(sc.nodes).find((n) => n.title === SUCCESS_FACTOR)!;
      // The reporter answers for the success factor's judgement and for one of its measures still without a value.
      expect((await send('PUT', `/api/plan-nodes/${factor.id}/owner`, { userId: reporterId })).statusCode).toBe(200);
      owned = allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.name !== NOT_MET && m.reportedThisPeriod && m.valueText === null)!;
      expect(owned).toBeDefined();
      expect((await send('PATCH', `/api/measures/${owned.id}`, { ownerUserId: reporterId })).statusCode).toBe(200);
      // 7,2 % misses the target "Under 6,5 %": not met, and nothing planned about it.
      const notMet = allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.name === NOT_MET)!;
      expect((await send('POST', `/api/measures/${notMet.id}/values`, { period: DA08, sex: 'T', value: '7,2', status: 'final' })).statusCode).toBe(201);
    });
    beforeEach(() => {
      sink.received.length = 0;
    });
    afterAll(async () => {
      await jobs?.stop();
      if (db().kind === 'postgres') await db().exec(`DROP SCHEMA IF EXISTS ${bossSchema} CASCADE`);
      await app?.close();
      mailer?.close();
      await sink?.close();
    });

    it('sends nothing when no deadline is within the reminder days', async () => {
      expect(await remind('2022-09-07')).toBe(0);
      expect(await mailer.deliver()).toBe(0);
    });

    it('reminds the owner before the deadline of every value and judgement still missing, and editors of not met without action', async () => {
      expect(await remind('2022-09-10')).toBeGreaterThan(0);
      await mailer.deliver();
      const toOwner = sink.received.filter((m) => m.to.includes('agare@region.example'));
      expect(toOwner).toHaveLength(1);
      expect(toOwner[0]!.subject).toContain('Påminnelse: uppföljning');
      expect(toOwner[0]!.subject).toContain('2022-09-15');
      expect(toOwner[0]!.text).toContain(`- ${owned.name} (värde)`);
      expect(toOwner[0]!.text).toContain(`- ${SUCCESS_FACTOR} (bedömning)`);
      const toEditor = sink.received.filter((m) => m.to.includes('redaktor@region.example'));
      expect(toEditor).toHaveLength(1);
      expect(toEditor[0]!.subject).toContain('Ej uppfyllt utan åtgärd');
      expect(toEditor[0]!.text).toContain(`- ${NOT_MET}`);
      expect(sink.received.some((m) => m.to.includes('admin@test.local') && m.subject.includes('Ej uppfyllt utan åtgärd'))).toBe(true);
    });

    it('sends each reminder once however often the job runs', async () => {
      expect(await remind('2022-09-10')).toBe(0);
      expect(await remind('2022-09-14')).toBe(0);
      expect(await mailer.deliver()).toBe(0);
      expect(sink.received).toHaveLength(0);
    });

    it('mails once more after the deadline with only what is still missing', async () => {
      expect((await send('POST', `/api/measures/${owned.id}/values`, { period: DA08, sex: 'T', value: '50', status: 'final' })).statusCode).toBe(201);
      // DÅ 08 asks for the full-year forecast too; it was in the first reminder.
      expect((await send('PUT', `/api/measures/${owned.id}/forecasts/${encodeURIComponent(DA08)}`, { forecast: '55', comment: '' })).statusCode).toBe(200);
      await remind('2022-09-20');
      await mailer.deliver();
      const toOwner = sink.received.filter((m) => m.to.includes('agare@region.example'));
      expect(toOwner).toHaveLength(1);
      expect(toOwner[0]!.subject).toContain('Sista dag passerad');
      expect(toOwner[0]!.text).not.toContain(owned.name);
      expect(toOwner[0]!.text).toContain(`- ${SUCCESS_FACTOR} (bedömning)`);
      // Editors had their list for this period already.
      expect(sink.received.filter((m) => m.to.includes('redaktor@region.example'))).toHaveLength(0);
      expect(await remind('2022-09-25')).toBe(0);
    });

    it('mails nobody whose part of a period is complete, and leaves a not-met measure with a planned activity out of the editors’ list', async () => {
      const sc = await scorecard('2022');
      const factor = allNodes(sc.nodes).find((n) => n.title === SUCCESS_FACTOR)!;
      const measures = allNodes(sc.nodes).flatMap((n) => n.measures);
      const notMet = measures.find((m) => m.name === NOT_MET)!;
      expect(notMet.reportedThisPeriod).toBe(true);
      // The reporter's only item in the annual period 2022 is the measure; give it its value.
      expect(measures.find((m) => m.id === owned.id)?.reportedThisPeriod).toBe(true);
      expect((await send('PUT', `/api/plan-nodes/${factor.id}/owner`, { userId: editorId })).statusCode).toBe(200);
      expect((await send('POST', `/api/measures/${owned.id}/values`, { period: '2022', sex: 'T', value: '50', status: 'final' })).statusCode).toBe(201);
      // Not met in 2022 too, but now with a planned activity on its success factor.
      expect((await send('POST', `/api/measures/${notMet.id}/values`, { period: '2022', sex: 'T', value: '7,2', status: 'final' })).statusCode).toBe(201);
      const activity = { title: 'Förbättringsarbete vårdskador', ownerUnit: 'Patientsäkerhetsenheten', startDate: '2022-01-01', endDate: '2023-12-31', nodeIds: [factor.id] };
      const created = await send('POST', `/api/plans/${planId}/activities`, activity);
      expect(created.statusCode, created.body).toBe(201);
      await remind('2023-02-10');
      await mailer.deliver();
      expect(sink.received.filter((m) => m.to.includes('agare@region.example'))).toHaveLength(0);
      const toEditor = sink.received.filter((m) => m.to.includes('redaktor@region.example') && m.subject.includes('Ej uppfyllt utan åtgärd'));
      expect(toEditor.every((m) => !m.text.includes(NOT_MET))).toBe(true);
      const outbox = await db().query<{ why: string; reference: string }>(`SELECT why, reference FROM mail_outbox WHERE to_address = 'agare@region.example' ORDER BY id`);
      expect(outbox.map((o) => o.why)).toEqual(['followup-reminder-before', 'followup-reminder-after']);
      expect(outbox.every((o) => o.reference === `plan:${planId}:${DA08}`)).toBe(true);
    });

    it('reminds by the organisation’s own reminder days, which only its admins set, and of missing forecasts at DÅ 04', async () => {
      const settings = `/api/organisations/${organisationId}/reminder-settings`;
      expect((await send('GET', settings)).json()).toEqual({ reminderDays: null, installationDays: 7, effectiveDays: 7 });
      const editor = await signIn(app, 'redaktor@region.example', 'user-password-1');
      expect((await app.inject({ method: 'PUT', url: settings, headers: { cookie: editor }, payload: { reminderDays: 20 } })).statusCode).toBe(403);
      expect((await send('PUT', settings, { reminderDays: 91 })).statusCode).toBe(400);
      // 17 days before DÅ 04's deadline (2022-05-15): too early for the default 7 days, due with 20.
      expect(await remind('2022-04-28')).toBe(0);
      expect((await send('PUT', settings, { reminderDays: 20 })).json()).toMatchObject({ reminderDays: 20, effectiveDays: 20 });
      expect(await remind('2022-04-28')).toBeGreaterThan(0);
      await mailer.deliver();
      const toOwner = sink.received.filter((m) => m.to.includes('agare@region.example'));
      expect(toOwner).toHaveLength(1);
      expect(toOwner[0]!.subject).toContain('2022-05-15');
      expect(toOwner[0]!.text).toContain(`- ${owned.name} (värde)`);
      expect(toOwner[0]!.text).toContain(`- ${owned.name} (prognos för helåret)`);
      expect((await send('PUT', settings, { reminderDays: null })).json()).toMatchObject({ reminderDays: null, effectiveDays: 7 });
    });

    it('is scheduled hourly with the mailer, and a run of the job completes with the real time', async () => {
      jobs = await startJobs(db(), koladaClient({ baseUrl: 'http://127.0.0.1:9' }), { schema: bossSchema, pollingIntervalSeconds: 0.5, mailer, reminderDays: 7 });
      expect(await jobs.boss.getSchedules()).toContainEqual(expect.objectContaining({ name: FOLLOWUP_REMINDERS_QUEUE, cron: '23 * * * *' }));
      const jobId = await jobs.boss.send(FOLLOWUP_REMINDERS_QUEUE, {});
      const deadline = Date.now() + 30_000;
      let state = '';
      while (Date.now() < deadline) {
        state = (await jobs.boss.getJobById(FOLLOWUP_REMINDERS_QUEUE, jobId!))?.state ?? '';
        if (state === 'completed' || state === 'failed') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(state).toBe('completed');
    });
  });
});
