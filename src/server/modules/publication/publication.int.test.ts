import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { Scorecard } from '../../../shared/api-types';
import type { FollowupView } from '../../../shared/followup-types';
import type { PublicNode, PublicPlan } from '../../../shared/publication-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const DA08 = '2022-DÅ08';
const APPROVED_ANALYSIS = 'Godkänd analys: vårdskadorna minskade efter utbildningen.';
const DRAFT_ANALYSIS = 'Utkast som ingen har godkänt ännu, hemligt.';
const SUBMITTED_ANALYSIS = 'Inskickad men inte godkänd analys.';

const publicNodes = (nodes: PublicNode[]): PublicNode[] => nodes.flatMap((n) => [n, ...publicNodes(n.children)]);

/** Issue 13, "The public sees what is decided". */
describeEachDatabase('the public portal', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
    await addUser(db(), organisationId, 'editor', 'redaktor@test.local');
    editor = await signIn(app, 'redaktor@test.local', 'user-password-1');
  });

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const publish = (body: object, cookie = admin) => send('POST', `/api/plans/${planId}/publication`, cookie, body);
  const judgement = (nodeId: number, action = '') =>
    `/api/plans/${planId}/followup/${encodeURIComponent(DA08)}/nodes/${nodeId}/judgement${action ? `/${action}` : ''}`;

  it('answers 404 publicly for a plan that is not published, and lists nothing', async () => {
    for (const url of [`/api/public/plans/${planId}`, `/api/public/plans/${planId}/download?format=csv`, `/api/public/plans/${planId}/download?format=json`, '/api/public/plans/999999']) {
      const res = await send('GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not-found');
    }
    expect((await send('GET', '/api/public/plans')).json()).toEqual([]);
    expect((await send('GET', `/api/plans/${planId}/publication`, admin)).json()).toMatchObject({ published: false, periods: [] });
  });

  it('lets only an admin publish, and only periods of the plan', async () => {
    expect((await publish({ published: true, periods: [DA08] }, editor)).statusCode).toBe(403);
    expect((await publish({ published: true, periods: [DA08] }, '')).statusCode).toBe(401);
    const foreign = await publish({ published: true, periods: [DA08, '1999'] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.details[0].path).toBe('periods');
    const none = await publish({ published: true, periods: [] });
    expect(none.statusCode).toBe(400);
    expect((await send('GET', `/api/public/plans/${planId}`)).statusCode).toBe(404);
  });

  it('shows a published plan signed out: vision, tree, values and statuses, approved judgements only', async () => {
    const view = (await send('GET', `/api/plans/${planId}/followup?period=${encodeURIComponent(DA08)}`, admin)).json() as FollowupView;
    const [a, b, c] = view.groups.flatMap((g) => g.nodes).filter((n) => n.levelKey === 'success-factor');
    for (const [node, analysis] of [[a!, APPROVED_ANALYSIS], [b!, DRAFT_ANALYSIS], [c!, SUBMITTED_ANALYSIS]] as const) {
      expect((await send('PUT', judgement(node.id), admin, { judgement: 'partly', analysis, actions: 'Åtgärd' })).statusCode).toBe(200);
    }
    expect((await send('POST', judgement(a!.id, 'submit'), admin, {})).statusCode).toBe(200);
    expect((await send('POST', judgement(a!.id, 'approve'), admin, {})).statusCode).toBe(200);
    expect((await send('POST', judgement(c!.id, 'submit'), admin, {})).statusCode).toBe(200);

    const measureId = allNodes(((await send('GET', `/api/plans/${planId}/scorecard?period=${encodeURIComponent(DA08)}`, admin)).json() as Scorecard).nodes).flatMap(
      (n) => n.measures,
    )[0]!.id;
    expect((await send('POST', `/api/measures/${measureId}/values`, admin, { period: DA08, sex: 'T', value: '7,2', status: 'final' })).statusCode).toBe(201);
    const published = await publish({ published: true, periods: ['2022', DA08, DA08] });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ planId, published: true, periods: [DA08, '2022'] });

    const res = await send('GET', `/api/public/plans/${planId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(DRAFT_ANALYSIS);
    expect(res.body).not.toContain(SUBMITTED_ANALYSIS);
    expect(res.body).not.toContain('canEnterValues');
    const plan = res.json() as PublicPlan;
    expect(plan.plan.organisationName).toBe('Region Norrbotten');
    expect(plan.vision.length).toBeGreaterThan(10);
    expect(plan.periods.map((p) => p.key)).toEqual([DA08, '2022']);
    const nodes = publicNodes(plan.periods[0]!.nodes);
    expect(nodes.find((n) => n.id === a!.id)!.judgement).toMatchObject({ judgement: 'partly', analysis: APPROVED_ANALYSIS, actions: 'Åtgärd', approvedAt: expect.any(String) });
    expect(nodes.find((n) => n.id === b!.id)!.judgement).toBeNull();
    expect(nodes.find((n) => n.id === c!.id)!.judgement).toBeNull();
    // The same statuses and rules as the signed-in scorecard.
    const scorecard = (await send('GET', `/api/plans/${planId}/scorecard?period=${encodeURIComponent(DA08)}`, admin)).json() as Scorecard;
    const signedIn = allNodes(scorecard.nodes);
    expect(nodes.map((n) => n.id)).toEqual(signedIn.map((n) => n.id));
    for (const n of nodes) {
      const s = signedIn.find((x) => x.id === n.id)!;
      expect(n.fulfilment).toEqual({ status: s.fulfilment.status, explanation: s.fulfilment.explanation });
      expect(n.measures.map((m) => [m.id, m.valueText, m.fulfilment])).toEqual(s.measures.map((m) => [m.id, m.valueText, m.fulfilment]));
    }
    expect(nodes.flatMap((n) => n.measures).find((m) => m.id === measureId)!.valueText).not.toBeNull();
    expect((await send('GET', '/api/public/plans')).json()).toEqual([
      { id: planId, title: expect.any(String), organisationName: 'Region Norrbotten', startYear: 2022, endYear: expect.any(Number) },
    ]);
  });

  it('offers the published plan as CSV and JSON downloads, without drafts', async () => {
    const csv = await send('GET', `/api/public/plans/${planId}/download?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="plan-${planId}.csv"`);
    expect(csv.body).toContain(APPROVED_ANALYSIS);
    expect(csv.body).not.toContain(DRAFT_ANALYSIS);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFPeriod;Nivå;Mål;Mått;Utgångsläge;Målvärde;Målår;Värde;Status;Regel;Bedömning;Analys;Åtgärder');
    expect((await send('GET', `/api/public/plans/${planId}/download?format=csv&lang=da`)).body).toContain('Indikator');
    const json = await send('GET', `/api/public/plans/${planId}/download?format=json`);
    expect(json.headers['content-disposition']).toBe(`attachment; filename="plan-${planId}.json"`);
    expect(JSON.parse(json.body)).toEqual((await send('GET', `/api/public/plans/${planId}`)).json());
  });

  it('records publishing in the audit log, and a withdrawn plan is 404 again', async () => {
    expect((await publish({ published: false, periods: [] })).json()).toMatchObject({ published: false, periods: [] });
    expect((await send('GET', `/api/public/plans/${planId}`)).statusCode).toBe(404);
    expect((await send('GET', `/api/public/plans/${planId}/download?format=json`)).statusCode).toBe(404);
    const rows = await db().query<{ action: string; after: unknown }>("SELECT action, after FROM audit_log WHERE object_type = 'publication' AND object_id = $1 ORDER BY id", [planId]);
    expect(rows.map((r) => r.action)).toEqual(['create', 'delete']);
    expect(rows[0]!.after).toEqual({ periods: [DA08, '2022'] });
  });

  it('takes a report of an accessibility problem without sign-in', async () => {
    const res = await send('POST', '/api/public/accessibility-reports', undefined, { page: '/offentlig/planer/1', description: 'Diagrammet saknar textalternativ.', contact: 'anna@example.se' });
    expect(res.statusCode).toBe(201);
    const [row] = await db().query<{ description: string; contact: string }>('SELECT description, contact FROM accessibility_reports WHERE id = $1', [res.json().id]);
    expect(row).toEqual({ description: 'Diagrammet saknar textalternativ.', contact: 'anna@example.se' });
    const empty = await send('POST', '/api/public/accessibility-reports', undefined, { page: '/', description: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].path).toBe('description');
  });
});
