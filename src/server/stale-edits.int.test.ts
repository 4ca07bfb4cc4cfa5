import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { FollowupNode, FollowupView } from '../shared/followup-types';
import type { ChaptersReport } from '../shared/plan-content-types';
import { addUser, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

const FACTOR = 'Verksamheterna använder bästa tillgängliga kunskap';
const MEASURE = 'Andel vårdskador, sluten somatisk vård';
const DA08 = '2022-DÅ08';

/** Issue 13: two people saving the same judgement, chapter or value — the first text was gone. Now the second is refused. */
describeEachDatabase('stale edits of judgements, chapters and values are refused', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let anna: string;
  let bo: string;
  const call = (cookie: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) => app.inject({ method, url, payload, headers: { cookie } });

  beforeAll(async () => {
    const seeded = await seededApp(db());
    ({ app, planId } = seeded);
    await addUser(db(), seeded.organisationId, 'editor', 'anna@region.se');
    await addUser(db(), seeded.organisationId, 'editor', 'bo@region.se');
    anna = await signIn(app, 'anna@region.se', 'user-password-1');
    bo = await signIn(app, 'bo@region.se', 'user-password-1');
  });

  it('a judgement: both open version 0, Anna saves, Bo is refused with who saved when; his reload saves', async () => {
    const view = (await call(anna, 'GET', `/api/plans/${planId}/followup?period=${encodeURIComponent(DA08)}`)).json() as FollowupView;
    const node = view.groups.flatMap((g) => g.nodes).find((n) => n.title === FACTOR) as FollowupNode;
    const url = `/api/plans/${planId}/followup/${encodeURIComponent(DA08)}/nodes/${node.id}/judgement`;
    const seen = node.judgement?.version ?? 0;
    const first = await call(anna, 'PUT', url, { judgement: 'partly', analysis: 'Annas analys', actions: '', version: seen });
    expect(first.statusCode).toBe(200);
    expect(first.json().judgement.version).toBe(seen + 1);
    const second = await call(bo, 'PUT', url, { judgement: 'met', analysis: 'Bos analys', actions: '', version: seen });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Bedömningen har ändrats.*anna sparade/) });
    const kept = (await call(bo, 'GET', `/api/plans/${planId}/followup?period=${encodeURIComponent(DA08)}`)).json() as FollowupView;
    const now = kept.groups.flatMap((g) => g.nodes).find((n) => n.id === node.id)!;
    expect(now.judgement).toMatchObject({ analysis: 'Annas analys', version: seen + 1 });
    const retried = await call(bo, 'PUT', url, { judgement: 'met', analysis: 'Annas analys, och Bos', actions: '', version: now.judgement!.version });
    expect(retried.statusCode).toBe(200);
    // Parallel saves against the same version: exactly one wins.
    const v = retried.json().judgement.version as number;
    const race = await Promise.all([anna, bo, anna, bo].map((c, i) => call(c, 'PUT', url, { judgement: 'met', analysis: `race ${i}`, actions: '', version: v })));
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
  });

  it('a chapter: the second save against the same version is refused naming who changed what', async () => {
    const report = (await call(anna, 'GET', `/api/plans/${planId}/chapters`)).json() as ChaptersReport;
    const chapter = report.chapters[0]!;
    const first = await call(anna, 'PUT', `/api/chapters/${chapter.id}`, { title: chapter.title, body: 'Annas text', version: chapter.version });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(chapter.version + 1);
    const second = await call(bo, 'PUT', `/api/chapters/${chapter.id}`, { title: chapter.title, body: 'Bos text', version: chapter.version });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toMatch(/har ändrats efter din version .*anna .*\(text\)/);
    const after = (await call(bo, 'GET', `/api/plans/${planId}/chapters`)).json() as ChaptersReport;
    expect(after.chapters[0]!.body).toBe('Annas text');
    const history = await call(anna, 'GET', `/api/audit?objectType=chapter&objectId=${chapter.id}`);
    expect(history.json()[0]).toMatchObject({ action: 'update', before: { body: chapter.body }, after: { body: 'Annas text' } });
  });

  it('a value: entering over a value someone changed since is refused; a person who saw none is refused too', async () => {
    const [m] = await db().query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 AND name = $2', [planId, MEASURE]);
    const url = `/api/measures/${m!.id}/values`;
    const key = { period: '2023-DÅ04', sex: 'T' };
    const first = await call(anna, 'POST', url, { ...key, value: '6,1', version: 0 });
    expect(first.statusCode).toBe(201);
    const v1 = first.json().version as number;
    const blind = await call(bo, 'POST', url, { ...key, value: '7', version: 0 });
    expect(blind.statusCode).toBe(409);
    expect(blind.json().error.message).toMatch(/Värdet för 2023-DÅ04 har ändrats efter din version 0: anna skrev 6,1/);
    const replaced = await call(bo, 'POST', url, { ...key, value: '7', version: v1 });
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json()).toMatchObject({ value: 7, version: v1 + 1 });
    const stale = await call(anna, 'POST', url, { ...key, value: '6,2', version: v1 });
    expect(stale.statusCode).toBe(409);
    // A bulk writer (an import, Kolada) moves the version on too.
    await db().query("UPDATE measure_values SET value = 8 WHERE measure_id = $1 AND period = '2023-DÅ04'", [m!.id]);
    expect((await call(bo, 'POST', url, { ...key, value: '9', version: v1 + 1 })).statusCode).toBe(409);
    const history = await call(anna, 'GET', `/api/audit?objectType=value&objectId=${replaced.json().id}`);
    expect(history.json().map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
  });
});
