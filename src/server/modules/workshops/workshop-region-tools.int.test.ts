import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KEY_FIGURES } from '../../../domain/workshop/key-figures';
import type { FederationView, PlanGlossary, SharedConditions, SharedMeasureComparison, WorkshopState } from '../../../shared/workshop-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { type KoladaStandin, startKoladaStandin } from '../../../test-support/kolada-standin';
import { syntheticRegionValues } from '../../../test-support/kolada-synthetic';
import { buildApp } from '../../app';
import { koladaClient } from '../kolada/kolada.client';

/**
 * The workshop's region tools through the API: agenda navigation, the shared conditions (members'
 * Kolada key figures side by side, from a real stand-in server), the shared measures compared
 * across members with each member's own status, and the glossary a plan's readers see.
 */
describeEachDatabase('workshop region tools', (db) => {
  let app: FastifyInstance;
  let standin: KoladaStandin;
  let admin: string;
  let vb: string;
  const orgs: Record<string, number> = {};
  let federationId: number;
  let workshopId: number;

  const call = async <T = Record<string, unknown>>(cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => {
    const res = await app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as object } : {}) });
    return { status: res.statusCode, body: (res.body ? JSON.parse(res.body) : undefined) as T };
  };

  beforeAll(async () => {
    standin = await startKoladaStandin({ pageSize: 40 });
    // SYNTHETIC region values (test-support/kolada-synthetic.ts), served in Kolada's real v3 shape.
    for (const f of KEY_FIGURES) standin.addValues(syntheticRegionValues(f.kpi));
    const seeded = await seededApp(db());
    await seeded.app.close();
    app = await buildApp({ db: db(), config: { secureCookies: false }, kolada: koladaClient({ baseUrl: standin.url }) });
    orgs.norrbotten = seeded.organisationId;
    admin = await signIn(app);
    for (const [key, name] of [['vasterbotten', 'Region Västerbotten'], ['jamtland', 'Region Jämtland Härjedalen'], ['vasternorrland', 'Region Västernorrland']] as const) {
      orgs[key] = (await call<{ id: number }>(admin, 'POST', '/api/organisations', { name, template: 'norrbotten' })).body.id;
    }
    // Västernorrland has no Kolada id: its column stays empty rather than borrowed.
    for (const [key, koladaId] of [['norrbotten', '0025'], ['vasterbotten', '0024'], ['jamtland', '0023']] as const) {
      expect((await call(admin, 'PUT', `/api/organisations/${orgs[key]}/kolada`, { koladaId })).status).toBe(200);
    }
    await addUser(db(), orgs.vasterbotten!, 'editor', 'vb-tools@test.local');
    vb = await signIn(app, 'vb-tools@test.local', 'user-password-1');
    federationId = (
      await call<{ id: number }>(admin, 'POST', '/api/federations', {
        name: 'Norrlandstingens regionförbund',
        organisationIds: [orgs.norrbotten, orgs.vasterbotten, orgs.jamtland, orgs.vasternorrland],
      })
    ).body.id;
    admin = await signIn(app);
    workshopId = (await call<{ id: number }>(admin, 'POST', '/api/workshops', { federationId, title: 'Strategiworkshop' })).body.id;
  });
  afterAll(async () => {
    await app?.close();
    await standin?.close();
  });

  it('moves the room along the agenda: only the facilitator, only to a step of this workshop', async () => {
    const before = (await call<WorkshopState>(vb, 'GET', `/api/workshops/${workshopId}`)).body;
    expect(before.currentAgendaId).toBeNull();
    const second = before.agenda[1]!;
    expect(second).toMatchObject({ day: 1, half: 'pm', exercise: 'conditions' });
    expect((await call(vb, 'PUT', `/api/workshops/${workshopId}/agenda/current`, { agendaItemId: second.id })).status).toBe(403);
    const wrong = await call<{ error: { details: { path: string }[] } }>(admin, 'PUT', `/api/workshops/${workshopId}/agenda/current`, { agendaItemId: 999999 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]!.path).toBe('agendaItemId');
    expect((await call(admin, 'PUT', `/api/workshops/${workshopId}/agenda/current`, { agendaItemId: second.id })).body).toEqual({ currentAgendaId: second.id });
    expect((await call<WorkshopState>(vb, 'GET', `/api/workshops/${workshopId}`)).body.currentAgendaId).toBe(second.id);
    expect((await call(admin, 'PUT', `/api/workshops/${workshopId}/agenda/current`, { agendaItemId: null })).status).toBe(200);
    expect((await call<WorkshopState>(admin, 'GET', `/api/workshops/${workshopId}`)).body.currentAgendaId).toBeNull();
  });

  it('sets the members’ key figures side by side from Kolada, all or nothing, credited by KPI and year', async () => {
    const empty = (await call<SharedConditions>(vb, 'GET', `/api/workshops/${workshopId}/conditions`)).body;
    expect(empty.members.map((m) => m.koladaId)).toEqual(['0025', '0024', '0023', null]);
    expect(empty.rows.every((r) => r.year === null && r.values.every((v) => v === null))).toBe(true);
    expect(empty.rows[0]).toMatchObject({ kpi: 'N01951', title: 'Invånare totalt, antal', group: 'population' });

    expect((await call(vb, 'POST', `/api/workshops/${workshopId}/conditions/fetch`, { years: [2021, 2022] })).status).toBe(403);
    standin.fail({ kind: 'status', status: 503 });
    const failed = await call<{ error: { code: string; message: string } }>(admin, 'POST', `/api/workshops/${workshopId}/conditions/fetch`, { years: [2021, 2022] });
    expect(failed.status).toBe(502);
    expect(failed.body.error.message).toContain('Inget har ändrats');
    standin.fail(null);
    const got = await call<SharedConditions>(admin, 'POST', `/api/workshops/${workshopId}/conditions/fetch`, { years: [2021, 2022] });
    expect(got.status, JSON.stringify(got.body)).toBe(200);
    const population = got.body.rows.find((r) => r.kpi === 'N01951')!;
    // Synthetic: Norrbotten 281 in 2022; the others 250 + index·4 (Västerbotten 0024 index 19, Jämtland 0023 index 18).
    expect(population).toMatchObject({ year: 2022, values: [281, 326, 322, null] });
    expect(got.body.fetchedAt).not.toBeNull();
    // Members read it too.
    expect((await call<SharedConditions>(vb, 'GET', `/api/workshops/${workshopId}/conditions`)).body.rows[0]!.values).toEqual([281, 326, 322, null]);
  });

  it('compares a shared measure across the members per period, ranked, with each member’s own status', async () => {
    await call(admin, 'POST', `/api/workshops/${workshopId}/focus-areas`, { name: 'Kompetensförsörjning', cardIds: [] });
    await call(admin, 'PATCH', `/api/workshops/${workshopId}`, { targetPicture: 'En gemensam vård i Norrland.' });
    const draft = await call<{ planId: number }>(admin, 'POST', `/api/workshops/${workshopId}/draft-plan`, {});
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const none = (await call<SharedMeasureComparison>(vb, 'GET', `/api/federations/${federationId}/measures`)).body;
    expect(none).toMatchObject({ period: null, measures: [] });

    const goal = (await call<FederationView>(admin, 'GET', `/api/federations/${federationId}`)).body.sharedGoals[0]!;
    const factor = async (planId: number, parentId: number, name: string) => {
      const res = await call<{ id: number }>(admin, 'POST', `/api/plans/${planId}/nodes`, { parentId, levelKey: 'success-factor', name });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    const sharedFactor = await factor(draft.body.planId, goal.id, 'Rätt använda antibiotika');
    const shared = await call(admin, 'POST', `/api/plan-nodes/${sharedFactor}/measures`, { name: 'Antibiotikarecept per 1 000 invånare', koladaKpi: 'N79240', betterDirection: 'decrease', unit: 'st' });
    expect(shared.status, JSON.stringify(shared.body)).toBe(201);

    // Norrbotten adopts the goal into a plan of its own and follows the measure up itself.
    const plan = (await call<{ id: number }>(admin, 'POST', `/api/organisations/${orgs.norrbotten}/plans`, { title: 'Regionplan 2027–2030', startYear: 2027, endYear: 2030, fromTemplate: true })).body.id;
    const perspective = (await db().query<{ id: number }>('SELECT id FROM plan_nodes WHERE plan_id = $1 ORDER BY position LIMIT 1', [plan]))[0]!.id;
    const adopted = await call<{ nodeId: number }>(admin, 'POST', `/api/federations/${federationId}/adoptions`, { goalNodeId: goal.id, planId: plan, parentId: perspective });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    const ownFactor = await factor(plan, adopted.body.nodeId, 'Antibiotika i Norrbotten');
    const own = await call<{ id: number }>(admin, 'POST', `/api/plan-nodes/${ownFactor}/measures`, {
      name: 'Antibiotikarecept i Norrbotten',
      koladaKpi: 'N79240',
      betterDirection: 'decrease',
      unit: 'st',
      targets: { '2027': 'Högst 250' },
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect((await call(admin, 'POST', `/api/measures/${own.body.id}/values`, { period: '2027', sex: 'T', value: 240, status: 'final' })).status).toBe(201);
    // Kolada's values for two other members, as a fetch would have stored them.
    await db().query(`INSERT INTO kolada_values (kpi, municipality_id, year, gender, value) VALUES ('N79240', '0024', 2027, 'T', 230), ('N79240', '0023', 2027, 'T', 260)`);

    const cmp = await call<SharedMeasureComparison>(vb, 'GET', `/api/federations/${federationId}/measures?period=2027`);
    expect(cmp.status, JSON.stringify(cmp.body)).toBe(200);
    expect(cmp.body.periods).toContain('2027');
    const m = cmp.body.measures[0]!;
    expect(m.kpi?.id).toBe('N79240');
    expect(m.rows.map((r) => [r.organisationName, r.value, r.source, r.rank])).toEqual([
      ['Region Västerbotten', 230, 'kolada', 1],
      ['Region Norrbotten', 240, 'own', 2],
      ['Region Jämtland Härjedalen', 260, 'kolada', 3],
      ['Region Västernorrland', null, null, null],
    ]);
    const norrbotten = m.rows.find((r) => r.organisationName === 'Region Norrbotten')!;
    expect(norrbotten.status?.status).toBe('met');
    expect(norrbotten.status?.explanation.sv).toBeTruthy();
    // A member of another region sees the value and status, not a link into Norrbotten's plan.
    expect(norrbotten.measureId).toBeNull();
    expect((await call<SharedMeasureComparison>(admin, 'GET', `/api/federations/${federationId}/measures?period=2027`)).body.measures[0]!.rows[1]!.measureId).toBe(own.body.id);
    // Statuses are never invented for values the member does not follow up itself.
    expect(m.rows[0]!.status).toBeNull();
    expect((await call(vb, 'GET', `/api/federations/${federationId}/measures?period=1999`)).status).toBe(400);
  });

  it('gives a plan’s readers the agreed terms of its federations: the shared plan and a member’s own', async () => {
    const def = await call<{ id: number }>(admin, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'definitions', organisationId: orgs.norrbotten, term: 'Nära vård', text: 'Vård som ges där patienten bor.' });
    for (const org of ['norrbotten', 'vasterbotten', 'jamtland', 'vasternorrland']) {
      await call(admin, 'PUT', `/api/workshops/${workshopId}/definitions/${def.body.id}/position`, { organisationId: orgs[org], position: 'agree' });
    }
    const view = (await call<FederationView>(vb, 'GET', `/api/federations/${federationId}`)).body;
    const terms = [{ term: 'Nära vård', definition: 'Vård som ges där patienten bor.', federationId, federationName: 'Norrlandstingens regionförbund' }];
    expect((await call<PlanGlossary>(vb, 'GET', `/api/plans/${view.sharedPlanId}/glossary`)).body.terms).toEqual(terms);
    const vbPlan = (await call<{ id: number }>(admin, 'POST', `/api/organisations/${orgs.vasterbotten}/plans`, { title: 'Västerbottens plan', startYear: 2027, endYear: 2030, fromTemplate: true })).body.id;
    expect((await call<PlanGlossary>(vb, 'GET', `/api/plans/${vbPlan}/glossary`)).body.terms).toEqual(terms);
    // Reading the glossary of a plan needs the right to read the plan.
    const norrbottenPlan = (await db().query<{ id: number }>('SELECT id FROM plans WHERE organisation_id = $1 LIMIT 1', [orgs.norrbotten]))[0]!.id;
    expect((await call(vb, 'GET', `/api/plans/${norrbottenPlan}/glossary`)).status).toBe(403);
  });
});
