import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';
import { buildApp } from './app';
import { multipartFile, unclosedQuoteCsv, wideCsv, zipBombXlsx } from '../test-support/fixtures/stall.fixtures';
import { WorkerPool } from './workers/pool';
import { threadPriority, WORKER_NICE } from './workers/thread-priority';

const errorShape = (code: string) => ({ error: { code, message: expect.any(String), details: expect.any(Array) } });

/**
 * Issue 13, "Nobody can stall it": the probe's four ways to freeze the server, each refused by a
 * limit, with the work done in worker threads. (How fast /api/me answers meanwhile is a figure
 * of `npm run bench`, not of a test.)
 */
describeEachDatabase('nobody can stall the server', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: string;
  let adminId: number;
  const workers = new WorkerPool();

  beforeAll(async () => {
    const seeded = await seededApp(db());
    await seeded.app.close();
    planId = seeded.planId;
    app = await buildApp({ db: db(), config: { secureCookies: false }, workers });
    admin = await signIn(app);
    adminId = (await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: admin } })).json().id;
  });
  afterAll(async () => {
    await app?.close();
    await workers.close();
  });

  const upload = (fileName: string, bytes: Uint8Array) => {
    const body = multipartFile(fileName, bytes);
    return app.inject({ method: 'POST', url: `/api/plans/${planId}/value-imports`, payload: body.payload, headers: { ...body.headers, cookie: admin } });
  };
  const me = () => app.inject({ method: 'GET', url: '/api/me', headers: { cookie: admin } });

  it('refuses a 45 MB CSV with a quote left open, and answers others meanwhile', async () => {
    const pending = upload('oppet-citat.csv', unclosedQuoteCsv(45 * 1024 * 1024));
    expect((await me()).statusCode).toBe(200);
    const res = await pending;
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual(errorShape('import-rejected'));
    expect(res.json().error.message).toMatch(/rad 2 .*fler än 32[\s\u00a0]767 tecken\. Troligen öppnas ett citattecken som aldrig stängs/);
    const [row] = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM value_imports');
    expect(row!.n).toBe(0);
  });

  it('refuses a CSV of a million columns', async () => {
    const res = await upload('breda.csv', wideCsv(1_000_000));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/Rad 1 har fler än 1[\s\u00a0]000 kolumner/);
  });

  it('refuses a zip bomb dressed as a workbook before it is unpacked', async () => {
    const bomb = zipBombXlsx(400 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload('bomb.xlsx', bomb);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/packas upp till mer än 200 MB/);
  });

  it('writes six parallel requests for the plan PDF once, off the request thread, and keeps it until the data changes', async () => {
    const before = workers.completed;
    const pdf = () => app.inject({ method: 'GET', url: `/api/plans/${planId}/documents/plan.pdf`, headers: { cookie: admin } });
    const six = Promise.all(Array.from({ length: 6 }, pdf));
    expect((await me()).statusCode).toBe(200);
    const answers = await six;
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(answers.map((r) => r.rawPayload.length)).size).toBe(1);
    expect(workers.completed - before).toBe(1);
    expect((await pdf()).statusCode).toBe(200);
    expect(workers.completed - before).toBe(1);
    // The measures workbook holds values: a new value writes a new one.
    const xlsx = () => app.inject({ method: 'GET', url: `/api/plans/${planId}/documents/measures.xlsx`, headers: { cookie: admin } });
    expect((await xlsx()).statusCode).toBe(200);
    expect((await xlsx()).statusCode).toBe(200);
    expect(workers.completed - before).toBe(2);
    const [measure] = await db().query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 ORDER BY id LIMIT 1', [planId]);
    const entered = await app.inject({ method: 'POST', url: `/api/measures/${measure!.id}/values`, headers: { cookie: admin }, payload: { period: '2023', sex: 'T', value: '4,2', status: 'final' } });
    expect(entered.statusCode).toBe(201);
    expect((await xlsx()).statusCode).toBe(200);
    expect(workers.completed - before).toBe(3);
  });

  it('reads the plan twice for six parallel requests of its PDF, not six times', async () => {
    // On PGlite every read holds the request thread: six identical reads made /api/me wait for all six.
    // The first read is held until all six requests have asked for it (each looks up the plan's
    // organisation first, and the read does once more: seven), so that all five others come while
    // it runs; they share the next read, which begins after they came.
    let reads = 0;
    let organisationsLookedUp = 0;
    let allAsked!: () => void;
    const asked = new Promise<void>((resolve) => (allAsked = resolve));
    const inner = db();
    const counting: Db = {
      ...inner,
      query: async (sql, params) => {
        if (/FROM assignments WHERE plan_id/.test(sql) && ++reads === 1) await asked;
        const rows = await inner.query(sql, params);
        if (/WHERE o\.id = \$1$/.test(sql) && ++organisationsLookedUp === 7) setImmediate(allAsked);
        return rows as never;
      },
    };
    const fresh = await buildApp({ db: counting, config: { secureCookies: false }, workers });
    try {
      const cookie = await signIn(fresh);
      const pdf = () => fresh.inject({ method: 'GET', url: `/api/plans/${planId}/documents/plan.pdf`, headers: { cookie } });
      const answers = await Promise.all(Array.from({ length: 6 }, pdf));
      expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(new Set(answers.map((r) => r.rawPayload.length)).size).toBe(1);
      expect(reads).toBe(2);
      // Nothing is kept once read: a later request reads the data again.
      expect((await pdf()).statusCode).toBe(200);
      expect(reads).toBe(3);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a third document or file while a person already has two being worked on', async () => {
    const busy = [workers.run('busy', [1500], adminId), workers.run('busy', [1500], adminId)];
    const res = await app.inject({ method: 'GET', url: `/api/plans/${planId}/documents/plan.docx`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toEqual(errorShape('too-many-attempts'));
    const up = await upload('liten.csv', Buffer.from('Mått;Period;Värde\nX;2022;1\n'));
    expect(up.statusCode).toBe(429);
    await Promise.all(busy);
    expect((await app.inject({ method: 'GET', url: `/api/plans/${planId}/documents/plan.docx`, headers: { cookie: admin } })).statusCode).toBe(200);
  });

  it('runs its workers at a lower priority than the request thread, which gets the CPU first when both want it (Linux)', async () => {
    const own = threadPriority();
    const worker = await workers.run('priority', []);
    if (own === null) expect(worker).toBeNull();
    else expect(worker).toBe(Math.max(own, WORKER_NICE));
  });
});
