import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExtractionView } from '../../../shared/contracts/extraction';
import { seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { buildApp } from '../../app';
import { multipartFile } from '../../../test-support/fixtures/stall.fixtures';
import { WorkerPool } from '../../workers/pool';

/** A plain-text plan of about `bytes`: goals with their paragraphs, thousands of blocks to read. */
function longPlan(bytes: number): Uint8Array {
  const lines: string[] = ['Regionplan 2024–2027', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = i % 7 === 0 ? `Mål ${i}: Bättre vård för alla i länet` : `Ett stycke om vården nummer ${i}, med de ord en verklig plan har i sina stycken.`;
    lines.push(line, '');
    size += line.length + 2;
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/** Plan documents are read in the worker pool: the server answers others while one is read. */
describeEachDatabase('plan documents read off the request thread', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let cookie: string;
  const workers = new WorkerPool();

  beforeAll(async () => {
    const seeded = await seededApp(db());
    await seeded.app.close();
    organisationId = seeded.organisationId;
    app = await buildApp({ db: db(), config: { secureCookies: false }, workers });
    cookie = await signIn(app);
  });
  afterAll(async () => {
    await app?.close();
    await workers.close();
  });

  it('answers /api/me while a document is being read, and the read gives the whole document', async () => {
    const before = workers.completed;
    const file = multipartFile('lang-plan.txt', longPlan(300 * 1024));
    const pending = app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/extractions`, payload: file.payload, headers: { ...file.headers, cookie } });
    const deadline = Date.now() + 20_000;
    while (workers.load.running === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(workers.load.running).toBe(1);
    const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    // The document was still being read when /api/me answered.
    expect(workers.load.running).toBe(1);
    const res = await pending;
    expect(res.statusCode).toBe(201);
    const view = res.json<ExtractionView>();
    expect(view.format).toBe('text');
    expect(view.proposal.title).toBe('Regionplan 2024–2027');
    expect(view.proposal.nodes.length).toBeGreaterThan(300);
    expect(workers.completed - before).toBe(1);
  });

  it('answers a document it cannot read with the reader’s message, through the pool', async () => {
    const file = multipartFile('plan.docx', new Uint8Array([80, 75, 3, 4, 0, 0, 0, 0]));
    const res = await app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/extractions`, payload: file.payload, headers: { ...file.headers, cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: 'file', message: expect.stringMatching(/Word-dokumentet|kunde inte|packas/u) });
  });
});
