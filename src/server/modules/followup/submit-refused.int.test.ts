import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { Scorecard } from '../../../shared/api-types';
import type { FollowupNode, FollowupView } from '../../../shared/followup-types';
import { allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const SUCCESS_FACTOR = 'En hållbar verksamhet med hög säkerhet';
const MEASURE = 'Andel vårdskador, sluten somatisk vård';
const DA08 = '2022-DÅ08';

// Issue 12: "Skicka in" used to save a draft and then submit; a refused submit still saved the draft.
describeEachDatabase('a refused submission changes nothing', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: string;
  let nodeId: number;

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => app.inject({ method, url, headers: { cookie: admin }, ...(payload ? { payload } : {}) });
  const base = () => `/api/plans/${planId}/followup/${encodeURIComponent(DA08)}/nodes/${nodeId}/judgement`;
  const node = async (): Promise<FollowupNode> =>
    ((await send('GET', `/api/plans/${planId}/followup?period=${encodeURIComponent(DA08)}`)).json() as FollowupView).groups.flatMap((g) => g.nodes).find((n) => n.title === SUCCESS_FACTOR)!;
  const events = async () => (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM judgement_events'))[0]!.n;

  beforeAll(async () => {
    ({ app, planId } = await seededApp(db()));
    admin = await signIn(app);
    nodeId = (await node()).id;
    const sc = (await send('GET', `/api/plans/${planId}/scorecard?period=${encodeURIComponent(DA08)}`)).json() as Scorecard;
    const measure = allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.name === MEASURE)!;
    // 7,2 % misses "Under 6,5 %": submitting needs an analysis.
    expect((await send('POST', `/api/measures/${measure.id}/values`, { period: DA08, sex: 'T', value: '7,2', status: 'final' })).statusCode).toBe(201);
  });

  it('saves nothing when the first submit is refused', async () => {
    const before = await events();
    const refused = await send('POST', `${base()}/submit`, { content: { judgement: 'not-met', analysis: '', actions: 'Åtgärd' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('analysis');
    expect((await node()).judgement).toBeNull();
    expect(await events()).toBe(before);
  });

  it('leaves a stored draft as it was when a submit of other content is refused, and submits content that passes', async () => {
    expect((await send('PUT', base(), { judgement: 'not-met', analysis: 'Första analysen.', actions: '' })).statusCode).toBe(200);
    const refused = await send('POST', `${base()}/submit`, { content: { judgement: 'met', analysis: '', actions: '' } });
    expect(refused.statusCode).toBe(400);
    expect((await node()).judgement).toMatchObject({ status: 'draft', judgement: 'not-met', analysis: 'Första analysen.' });

    const ok = await send('POST', `${base()}/submit`, { content: { judgement: 'not-met', analysis: 'Vårdskadorna ökade under sommaren.', actions: 'Punktprevalensmätning.' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await node()).judgement).toMatchObject({ status: 'submitted', judgement: 'not-met', analysis: 'Vårdskadorna ökade under sommaren.', actions: 'Punktprevalensmätning.' });
  });
});
