import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskAssessment, RiskHistoryItem, RiskOverview } from '../../../shared/risks-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { importPlanText } from '../plan-import/plan-import.service';
import { listRiskAssessments } from './risks.service';

const SEED = readFileSync('data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', 'utf8');
const SEED_LINES = SEED.split('\n');
const withCell = (lineNo: number, cell: number, value: string) =>
  SEED_LINES.map((l, i) => (i === lineNo - 1 ? l.split('\t').map((c, j) => (j === cell ? value : c)).join('\t') : l)).join('\n');

describeEachDatabase('risk assessments', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  let reader: string;

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
    await addUser(db(), organisationId, 'reader', 'lasare@test.local');
    reader = await signIn(app, 'lasare@test.local', 'user-password-1');
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin) =>
    app.inject({ method, url, payload, headers: { cookie } });
  const overview = async (query = '') => (await call('GET', `/api/plans/${planId}/risks${query}`)).json() as RiskOverview;
  const byNumber = (o: RiskOverview, n: number) => o.assessments.find((a) => a.sourceNumber === n)!;
  const nodeId = (o: RiskOverview, title: string) => o.assessableNodes.find((n) => n.title === title)!.nodeId;

  it('imports the seed’s 16 rows for 2022 with their values, three matches awaiting confirmation', async () => {
    const o = await overview();
    expect(o.year).toBe(2022);
    expect(o.years).toEqual([2022, 2023, 2024]);
    expect(o.assessments).toHaveLength(16);
    expect(o.assessments.map((a) => a.sourceNumber)).not.toContain(5);
    expect(o.assessments.map((a) => a.risk)).toEqual([6, 6, 12, 9, 4, 9, 6, 9, 6, 6, 12, 9, 9, 12, 8, 8]);
    expect(o.assessments.filter((a) => a.probabilityInferred).map((a) => a.sourceNumber)).toEqual([1, 2, 3, 4, 6]);
    expect(o.assessments.filter((a) => a.riskClass === 'action-needed')).toHaveLength(8);
    expect(o.thresholds).toEqual({ actionFrom: 9, isDefault: true, ranges: { 'no-action': { from: 1, to: 8 }, 'action-needed': { from: 9, to: 16 } } });
    expect(o.pendingMatches).toBe(3);
    expect(o.assessableNodes).toHaveLength(17);
    const row3 = byNumber(o, 3);
    expect(row3).toMatchObject({
      sourceSuccessFactor: 'En god vård med hög tillgänglighet',
      successFactor: { title: 'En god vård med hög tillgänglighet och kontinuitet', goalTitle: 'Trygg norrbottning med god livskvalitet' },
      match: { status: 'needs-confirmation' },
      consequence: 3,
      probability: 4,
    });
    expect(row3.match.candidates[0]?.title).toBe('En god vård med hög tillgänglighet och kontinuitet');
  });

  it('counts the heat map cells: consequence 4 on top, probability rising to the right', async () => {
    const o = await overview('?year=2022');
    expect(o.heatMap.map((row) => row.map((c) => c.count))).toEqual([
      [0, 2, 0, 0],
      [0, 5, 5, 3],
      [0, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(o.heatMap[1]![3]).toMatchObject({ consequence: 3, probability: 4, risk: 12, riskClass: 'action-needed' });
  });

  it('confirms a proposed match, and records another success factor a person chooses', async () => {
    let o = await overview();
    const row3 = byNumber(o, 3);
    const confirmed = (await call('PUT', `/api/risks/${row3.id}/match`, { nodeId: row3.successFactor!.nodeId })).json() as RiskAssessment;
    expect(confirmed.match).toEqual({ status: 'confirmed', score: expect.any(Number), candidates: [] });
    const row8 = byNumber(o, 8);
    const other = nodeId(o, 'Den nära vården utformas med primärvården som nav');
    const chosen = await call('PUT', `/api/risks/${row8.id}/match`, { nodeId: other });
    expect(chosen.json()).toMatchObject({ successFactor: { nodeId: other }, match: { status: 'confirmed' } });
    o = await overview();
    expect(o.pendingMatches).toBe(1);
    // A success factor that already has a 2022 assessment is not matched a second time.
    const taken = await call('PUT', `/api/risks/${byNumber(o, 9).id}/match`, { nodeId: nodeId(o, 'Hållbar arbetsmiljö') });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details).toEqual([{ path: 'nodeId', message: 'Framgångsfaktorn har redan en riskbedömning för 2022.' }]);
  });

  it('rejects a risk of 5, a probability of 0 and a consequence of 5 with the field and a Swedish message', async () => {
    const o = await overview();
    const base = { nodeId: nodeId(o, 'Hållbar arbetsmiljö'), year: 2023, consequence: 3, probability: 2 };
    const risk5 = await call('POST', `/api/plans/${planId}/risks`, { ...base, risk: 5 });
    expect(risk5.statusCode).toBe(400);
    expect(risk5.json().error).toEqual({
      code: 'validation',
      message: 'Risken 5 stämmer inte med konsekvens 3 × sannolikhet 2 = 6.',
      details: [{ path: 'risk', message: 'Risken 5 stämmer inte med konsekvens 3 × sannolikhet 2 = 6.' }],
    });
    const p0 = await call('POST', `/api/plans/${planId}/risks`, { ...base, probability: 0 });
    expect(p0.json().error.details).toEqual([{ path: 'probability', message: 'Sannolikheten ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte "0".' }]);
    const c5 = await call('POST', `/api/plans/${planId}/risks`, { ...base, consequence: '5' });
    expect(c5.json().error.details[0]).toEqual({ path: 'consequence', message: 'Konsekvensen ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte "5".' });
    const noNode = await call('POST', `/api/plans/${planId}/risks`, { ...base, nodeId: 999_999 });
    expect(noNode.json().error.details).toEqual([{ path: 'nodeId', message: 'Välj en framgångsfaktor i planen.' }]);
  });

  it('words the domain rule’s refusal of a risk in Danish for a Danish reader', async () => {
    const o = await overview();
    const base = { nodeId: nodeId(o, 'Hållbar arbetsmiljö'), year: 2023, consequence: 3, probability: 2 };
    const risk5 = await app.inject({ method: 'POST', url: `/api/plans/${planId}/risks`, payload: { ...base, risk: 5 }, headers: { cookie: admin, 'accept-language': 'da' } });
    expect(risk5.statusCode).toBe(400);
    expect(risk5.json().error.details).toEqual([{ path: 'risk', message: 'Risikoen 5 stemmer ikke med konsekvens 3 × sandsynlighed 2 = 6.' }]);
  });

  it('adds a 2023 assessment and shows the success factor’s history across years', async () => {
    const o = await overview();
    const factor = nodeId(o, 'Hållbar arbetsmiljö');
    const created = await call('POST', `/api/plans/${planId}/risks`, {
      nodeId: factor,
      year: 2023,
      whatCouldHappen: 'Sjukfrånvaron ökar under omställningen',
      consequence: '3',
      probability: '2',
      risk: 6,
      action: 'Återuppta det systematiska arbetsmiljöarbetet',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ year: 2023, risk: 6, riskClass: 'no-action', match: { status: 'confirmed' }, probabilityInferred: false });
    const again = await call('POST', `/api/plans/${planId}/risks`, { nodeId: factor, year: 2023, consequence: 1, probability: 1 });
    expect(again.statusCode).toBe(409);
    const history = (await call('GET', `/api/plans/${planId}/risks/history`)).json() as RiskHistoryItem[];
    const item = history.find((h) => h.successFactor.nodeId === factor)!;
    expect(item.entries.map((e) => [e.year, e.risk, e.change])).toEqual([[2022, 9, null], [2023, 6, -3]]);
    expect((await overview('?year=2023')).assessments).toHaveLength(1);
  });

  it('changes an assessment; a new probability is no longer inferred', async () => {
    const row1 = byNumber(await overview('?year=2022'), 1);
    const res = await call('PATCH', `/api/risks/${row1.id}`, { probability: 3, cause: 'Rekryteringsproblem i glesbygd.' });
    expect(res.json()).toMatchObject({ consequence: 3, probability: 3, risk: 9, riskClass: 'action-needed', probabilityInferred: false });
    const bad = await call('PATCH', `/api/risks/${row1.id}`, { consequence: 0 });
    expect(bad.json().error.details[0].path).toBe('consequence');
  });

  it('uses a plan’s own threshold and refuses one outside 2–16', async () => {
    const set = await call('PUT', `/api/plans/${planId}/risk-thresholds`, { actionFrom: 12 });
    expect(set.json()).toMatchObject({ actionFrom: 12, isDefault: false });
    expect((await overview('?year=2022')).assessments.filter((a) => a.riskClass === 'action-needed')).toHaveLength(3);
    const bad = await call('PUT', `/api/plans/${planId}/risk-thresholds`, { actionFrom: 1 });
    expect(bad.json().error.details).toEqual([{ path: 'actionFrom', message: 'Gränsen för när åtgärd krävs ska vara ett heltal 2–16, inte "1".' }]);
    await call('PUT', `/api/plans/${planId}/risk-thresholds`, { actionFrom: 9 });
  });

  it('lets a reader read but not change', async () => {
    const o = (await call('GET', `/api/plans/${planId}/risks`, undefined, reader)).json() as RiskOverview;
    expect(o.canEdit).toBe(false);
    const row = o.assessments[0]!;
    expect((await call('PATCH', `/api/risks/${row.id}`, { probability: 1 }, reader)).statusCode).toBe(403);
    expect((await call('PUT', `/api/risks/${row.id}/match`, { nodeId: row.successFactor!.nodeId }, reader)).statusCode).toBe(403);
  });

  it('gives a document generator the plain list', async () => {
    const all = await listRiskAssessments(db(), planId);
    expect(all).toHaveLength(17);
    expect((await listRiskAssessments(db(), planId, 2022)).map((a) => a.sourceNumber)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
  });

  describe('import', () => {
    const counts = async () =>
      (await db().query<{ plans: number; risks: number; tables: number }>(
        'SELECT (SELECT count(*)::int FROM plans) AS plans, (SELECT count(*)::int FROM risk_assessments) AS risks, (SELECT count(*)::int FROM budget_tables) AS tables',
      ))[0];

    it('prints the risk and budget lines in the dry run', async () => {
      const summary = await importPlanText(db(), { organisationId, text: SEED, sourceName: 'seed.txt', dryRun: true });
      expect(summary.lines.slice(-2)).toEqual(['Riskbedömningar: 16', 'Budgettabeller: 4']);
      expect(summary.warnings.filter((w) => /bekräfta matchningen/.test(w.message))).toHaveLength(3);
    });

    it('is all or nothing: a risk of 5 or a budget line without a year rejects the whole plan', async () => {
      const before = await counts();
      await expect(importPlanText(db(), { organisationId, text: withCell(786, 7, '5'), sourceName: 'bad.txt', dryRun: false })).rejects.toMatchObject({
        code: 'import-rejected',
        details: [{ path: 'line.786', message: 'Riskraden Nr 7: Risken 5 stämmer inte med konsekvens 3 × sannolikhet 3 = 9.' }],
      });
      const noYear = SEED_LINES.map((l, i) => (i === 360 ? 'Investeringsramar, mnkr' : l)).join('\n');
      await expect(importPlanText(db(), { organisationId, text: noYear, sourceName: 'bad.txt', dryRun: false })).rejects.toMatchObject({
        code: 'import-rejected',
        details: expect.arrayContaining([{ path: 'line.364', message: expect.stringContaining('saknar år') }]),
      });
      expect(await counts()).toEqual(before);
    });

    it('imports a second copy of the plan with its own risks and budget tables', async () => {
      const before = (await counts())!;
      const summary = await importPlanText(db(), { organisationId, text: SEED, sourceName: 'seed-again.txt', dryRun: false });
      expect(await counts()).toEqual({ plans: before.plans + 1, risks: before.risks + 16, tables: before.tables + 4 });
      const fresh = await listRiskAssessments(db(), summary.planId!);
      expect(fresh.filter((a) => a.match.status === 'needs-confirmation')).toHaveLength(3);
    });
  });
});
