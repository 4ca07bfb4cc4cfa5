import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkTargetPlan, RoadmapSummary, RoadmapVersionView, VersionComparison } from '../../../shared/roadmap-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const HANDLINGSPLAN = 'Handlingsplan för God och Nära Vård är genomförd';

describeEachDatabase('strategic map (roadmap)', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let skane: number;
  let roadmap: RoadmapSummary;

  beforeAll(async () => {
    ({ app } = await seededApp(db()));
    admin = await signIn(app);
    roadmap = (await get('/api/roadmaps')).json<RoadmapSummary[]>()[0]!;
    skane = roadmap.organisationId;
  });

  const get = (url: string, cookie = admin) => app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin) => app.inject({ method, url, payload, headers: { cookie } });
  const version = async (id: number) => (await get(`/api/roadmap-versions/${id}`)).json<RoadmapVersionView>();
  const byTitle = (v: RoadmapVersionView, title: string) => v.milestones.find((m) => m.title === title)!;

  it('makes Region Skåne on first start, holding the seed’s map, with the first admin as its admin', async () => {
    const orgs = (await get('/api/organisations')).json<{ name: string; koladaId: string; role: string }[]>();
    expect(orgs.find((o) => o.name === 'Region Skåne')).toMatchObject({ koladaId: '0012', role: 'admin' });
    expect(roadmap).toMatchObject({ organisationName: 'Region Skåne', title: 'Förändrings- och genomförandeplan för Framtidens hälsosystem 2022-2025' });
    expect(roadmap.versions.map((v) => [v.year, v.startYear, v.endYear])).toEqual([[2022, 2022, 2025]]);
  });

  it('reads the seed’s map: seven focus areas in three groups, 34 milestones per year, goals and arrows', async () => {
    const v = await version(roadmap.versions[0]!.id);
    expect(v.groups.map((g) => g.focusAreas.length)).toEqual([2, 2, 3]);
    const count = (area: string, year: number | null) => v.milestones.filter((m) => m.focusAreaKey === v.groups.flatMap((g) => g.focusAreas).find((a) => a.name === area)!.key && m.year === year).length;
    expect([count('Nära Vård', 2022), count('Nära Vård', 2023), count('Nära Vård', 2025)]).toEqual([3, 3, 1]);
    expect([count('Hälsofrämjande och förebyggande insatser', 2022), count('Hälsofrämjande och förebyggande insatser', 2023)]).toEqual([4, 4]);
    expect(count('Digitalisering', null)).toBe(1);
    expect(v.milestones).toHaveLength(34);
    expect(v.goals).toHaveLength(5);
    expect(v.edges).toHaveLength(19);
    expect(byTitle(v, 'Patientkontrakt').effects[0]).toEqual({ text: 'Tryggare patient', tags: ['inv'] });
    expect(v.groups[1]!.focusAreas[0]!.targetPicture).toMatch(/^Nära vård är ett förhållningssätt/);
  });

  it('shows milestones whose year has passed without being reached as late, and not unscheduled ones', async () => {
    const v = await version(roadmap.versions[0]!.id);
    expect(byTitle(v, 'Patientkontrakt').status).toBe('late');
    expect(byTitle(v, 'SDV infört').status).toBe('planned');
  });

  it('refuses an arrow that closes a loop with 409, naming the loop', async () => {
    const v = await version(roadmap.versions[0]!.id);
    const res = await send('POST', `/api/roadmap-versions/${v.version.id}/edges`, { from: byTitle(v, HANDLINGSPLAN).key, to: byTitle(v, 'Patientkontrakt').key, kind: 'leads-to' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', message: `Pilen skulle skapa en cirkel: ${HANDLINGSPLAN} → Patientkontrakt → ${HANDLINGSPLAN}.` });
  });

  it('draws and removes an arrow, and says which end is unknown', async () => {
    const v = await version(roadmap.versions[0]!.id);
    const from = byTitle(v, 'Modell för invånarinvolvring').key;
    const res = await send('POST', `/api/roadmap-versions/${v.version.id}/edges`, { from, to: byTitle(v, 'Patientkontrakt').key, kind: 'enables' });
    expect(res.statusCode).toBe(201);
    expect((await version(v.version.id)).edges).toHaveLength(20);
    expect((await send('DELETE', `/api/roadmap-edges/${res.json().id}`)).statusCode).toBe(204);
    const bad = await send('POST', `/api/roadmap-versions/${v.version.id}/edges`, { from, to: 'finns/inte', kind: 'enables' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'to', message: 'Milstolpen eller målet finns/inte finns inte i kartan.' }]);
  });

  it('reports status per period with a comment; reached needs a date', async () => {
    const v = await version(roadmap.versions[0]!.id);
    const m = byTitle(v, 'Ledarskapsakademi är inrättad');
    const noDate = await send('POST', `/api/roadmap-milestones/${m.id}/status`, { period: '2022', status: 'reached' });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.details[0].path).toBe('reachedOn');
    const wrongPeriod = await send('POST', `/api/roadmap-milestones/${m.id}/status`, { period: '2031', status: 'late' });
    expect(wrongPeriod.json().error.details[0].path).toBe('period');
    expect((await send('POST', `/api/roadmap-milestones/${m.id}/status`, { period: '2022-DÅ08', status: 'late', comment: 'Beslutet dröjer.' })).statusCode).toBe(204);
    expect((await send('POST', `/api/roadmap-milestones/${m.id}/status`, { period: '2022', status: 'reached', reachedOn: '2022-11-15', comment: 'Inrättad i november.' })).statusCode).toBe(204);
    const after = byTitle(await version(v.version.id), 'Ledarskapsakademi är inrättad');
    expect(after.status).toBe('reached');
    expect(after.reachedOn).toBe('2022-11-15');
    expect(after.reports.map((r) => [r.period, r.status, r.comment])).toEqual([
      ['2022', 'reached', 'Inrättad i november.'],
      ['2022-DÅ08', 'late', 'Beslutet dröjer.'],
    ]);
  });

  it('makes next year’s version as a copy, edits it, and compares the two', async () => {
    const first = roadmap.versions[0]!.id;
    const created = await send('POST', `/api/roadmaps/${roadmap.id}/versions`, { year: 2026 });
    expect(created.statusCode).toBe(201);
    const next = created.json().id as number;
    expect((await send('POST', `/api/roadmaps/${roadmap.id}/versions`, { year: 2026 })).statusCode).toBe(409);
    const v = await version(next);
    expect(v.milestones).toHaveLength(34);
    expect(v.edges).toHaveLength(19);
    // The follow-up history goes with the milestone into the new version.
    expect(byTitle(v, 'Ledarskapsakademi är inrättad').status).toBe('reached');

    const sdv = byTitle(v, 'SDV infört');
    const edit = { focusAreaKey: sdv.focusAreaKey, title: sdv.title, year: 2026, description: sdv.description, criterion: '', effects: [...sdv.effects, { text: 'En journal för hela Skåne', tags: ['inv', 'vsh'] }] };
    expect((await send('PUT', `/api/roadmap-milestones/${sdv.id}`, edit)).statusCode).toBe(204);
    const gone = byTitle(v, 'Kommunikationsplattform etablerad');
    expect((await send('DELETE', `/api/roadmap-milestones/${gone.id}`)).statusCode).toBe(204);
    const added = await send('POST', `/api/roadmap-versions/${next}/milestones`, { focusAreaKey: sdv.focusAreaKey, title: 'AI-stöd i journalen utvärderat', year: 2027, effects: [] });
    expect(added.statusCode).toBe(201);
    const untitled = await send('POST', `/api/roadmap-versions/${next}/milestones`, { focusAreaKey: sdv.focusAreaKey, title: ' ', year: 2027 });
    expect(untitled.json().error.details[0]).toEqual({ path: 'title', message: 'Ange milstolpens namn.' });

    const cmp = (await get(`/api/roadmap-compare?before=${first}&after=${next}`)).json<VersionComparison>();
    expect(cmp.diff.added.map((m) => m.title)).toEqual(['AI-stöd i journalen utvärderat']);
    expect(cmp.diff.removed.map((m) => m.title)).toEqual(['Kommunikationsplattform etablerad']);
    expect(cmp.diff.moved).toEqual([{ key: sdv.key, title: 'SDV infört', fromYear: null, toYear: 2026 }]);
    expect(cmp.diff.changedEffects).toEqual([{ key: sdv.key, title: 'SDV infört', added: [{ text: 'En journal för hela Skåne', tags: ['inv', 'vsh'] }], removed: [] }]);
    expect(cmp.diff.removedEdges).toEqual([]);
    // The first version is untouched.
    expect(byTitle(await version(first), 'SDV infört').year).toBeNull();
  });

  it('exports the map as SVG and PDF and Tabell 1 as DOCX', async () => {
    const id = roadmap.versions[0]!.id;
    const svg = await get(`/api/roadmap-versions/${id}/map.svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('Handlingsplan för God och');
    expect(svg.body.match(/marker-end=/g)).toHaveLength(19);
    const english = await get(`/api/roadmap-versions/${id}/map.svg?lang=en`);
    expect(english.body).toContain('Awaiting schedule');
    expect(english.body).not.toContain('Inväntar tidplan');
    const pdf = await get(`/api/roadmap-versions/${id}/map.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await get(`/api/roadmap-versions/${id}/tabell-1.docx`);
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(value).toContain('Tabell 1.');
    expect(value).toContain('Tryggare patient (inv)');
    expect(value).toContain('Inväntar tidplan (2024?)');
    expect(value).toContain('Bättre befolkningens hälsa');
  });

  it('links a milestone to a plan node of its own organisation, not to another’s', async () => {
    const v = await version(roadmap.versions[0]!.id);
    const m = byTitle(v, 'Hälso- och vårdutbudskarta');
    const [plan] = await db().query<{ id: number }>("INSERT INTO plans (organisation_id, title, start_year, end_year) VALUES ($1, 'Regionplan och budget 2023', 2023, 2025) RETURNING id", [skane]);
    const [node] = await db().query<{ id: number }>("INSERT INTO plan_nodes (plan_id, level_key, position, title) VALUES ($1, 'perspective', 0, 'Kund') RETURNING id", [plan!.id]);
    expect((await send('POST', `/api/roadmap-milestones/${m.id}/links`, { planNodeId: node!.id })).statusCode).toBe(204);
    expect(byTitle(await version(v.version.id), 'Hälso- och vårdutbudskarta').links).toEqual([{ kind: 'node', id: node!.id, title: 'Kund', planId: plan!.id }]);
    const [foreign] = await db().query<{ id: number }>('SELECT id FROM measures ORDER BY id LIMIT 1');
    const refused = await send('POST', `/api/roadmap-milestones/${m.id}/links`, { measureId: foreign!.id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('measureId');
  });

  it('lists the organisation’s plans with their nodes and measures as link targets, and unlinks a milestone', async () => {
    const v = await version(roadmap.versions[0]!.id);
    const m = byTitle(v, 'Patientkontrakt');
    const [plan] = await db().query<{ id: number }>("INSERT INTO plans (organisation_id, title, start_year, end_year) VALUES ($1, 'Regionplan 2024', 2024, 2026) RETURNING id", [skane]);
    const [node] = await db().query<{ id: number }>("INSERT INTO plan_nodes (plan_id, level_key, position, title) VALUES ($1, 'perspective', 0, 'Medarbetare') RETURNING id", [plan!.id]);
    const [measure] = await db().query<{ id: number }>(
      "INSERT INTO measures (plan_id, node_id, kind_key, position, name) VALUES ($1, $2, 'indicator', 0, 'Andel medarbetare med individuell kompetensplan') RETURNING id",
      [plan!.id, node!.id],
    );
    const targets = (await get(`/api/roadmap-versions/${v.version.id}/link-targets`)).json<LinkTargetPlan[]>();
    expect(targets.find((p) => p.id === plan!.id)).toEqual({
      id: plan!.id,
      title: 'Regionplan 2024',
      nodes: [{ id: node!.id, title: 'Medarbetare' }],
      measures: [{ id: measure!.id, name: 'Andel medarbetare med individuell kompetensplan' }],
    });
    const [foreign] = await db().query<{ id: number }>('SELECT id FROM measures ORDER BY id LIMIT 1');
    expect(targets.flatMap((p) => p.measures).map((x) => x.id)).not.toContain(foreign!.id);

    expect((await send('POST', `/api/roadmap-milestones/${m.id}/links`, { measureId: measure!.id })).statusCode).toBe(204);
    expect(byTitle(await version(v.version.id), 'Patientkontrakt').links).toEqual([{ kind: 'measure', id: measure!.id, title: 'Andel medarbetare med individuell kompetensplan', planId: plan!.id }]);
    expect((await send('DELETE', `/api/roadmap-milestones/${m.id}/links?measureId=${measure!.id}`)).statusCode).toBe(204);
    expect(byTitle(await version(v.version.id), 'Patientkontrakt').links).toEqual([]);
    const again = await send('DELETE', `/api/roadmap-milestones/${m.id}/links?measureId=${measure!.id}`);
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe('Milstolpen har ingen sådan koppling.');
  });

  it('lets readers read but not edit, and others not see it at all', async () => {
    await addUser(db(), skane, 'reader', 'lasare@skane.test');
    const reader = await signIn(app, 'lasare@skane.test', 'user-password-1');
    const v = await version(roadmap.versions[0]!.id);
    expect((await get(`/api/roadmap-versions/${v.version.id}`, reader)).json().canEdit).toBe(false);
    expect((await send('POST', `/api/roadmap-milestones/${v.milestones[0]!.id}/status`, { period: '2022', status: 'late' }, reader)).statusCode).toBe(403);
    const norrbotten = (await get('/api/organisations')).json<{ id: number; name: string }[]>().find((o) => o.name === 'Region Norrbotten')!.id;
    await addUser(db(), norrbotten, 'editor', 'redaktor@norrbotten.test');
    const outsider = await signIn(app, 'redaktor@norrbotten.test', 'user-password-1');
    expect((await get(`/api/roadmap-versions/${v.version.id}`, outsider)).statusCode).toBe(403);
    expect((await get('/api/roadmaps', outsider)).json()).toEqual([]);
  });
});

describe('first start without seeds', () => {
  it('is covered by LEDSTJARNA_SEED=none: no Region Skåne and no map', async () => {
    const { migratedPglite } = await import('../../../test-support/pglite-template');
    const { migrate } = await import('../../../db/migrate');
    const { firstStart } = await import('../../bootstrap');
    const db = await migratedPglite();
    await migrate(db);
    const result = await firstStart(db, { adminEmail: 'a@b.c', adminPassword: 'pw-123456789', seed: false });
    expect(result.roadmapId).toBeUndefined();
    expect(await db.query('SELECT name FROM organisations')).toEqual([{ name: 'Region Norrbotten' }]);
    await db.close();
  });
});
