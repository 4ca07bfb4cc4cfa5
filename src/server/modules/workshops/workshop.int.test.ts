import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { readDocx, readPdf } from '../../../test-support/read-documents';
import type { FederationView, WorkshopState } from '../../../shared/workshop-types';

/** The strategy workshop end to end through the API: federation, silent writing, clusters, votes, definitions, draft plan, adoption, documents, live. */
describeEachDatabase('federation and workshop', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let norrbotten: number;
  let norrbottenPlan: number;
  const orgs: Record<string, number> = {};
  const users: Record<string, string> = {};
  let federationId: number;
  let workshopId: number;

  const call = async <T = Record<string, unknown>>(cookie: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => {
    const res = await app.inject({ method, url, headers: { cookie }, ...(payload !== undefined ? { payload: payload as object } : {}) });
    return { status: res.statusCode, body: (res.body ? JSON.parse(res.body) : undefined) as T, raw: res };
  };
  const state = async (cookie: string) => (await call<WorkshopState>(cookie, 'GET', `/api/workshops/${workshopId}`)).body;

  beforeAll(async () => {
    const seeded = await seededApp(db());
    app = seeded.app;
    norrbotten = seeded.organisationId;
    norrbottenPlan = seeded.planId;
    admin = await signIn(app);
    orgs.norrbotten = norrbotten;
    for (const [key, name] of [['vasterbotten', 'Region Västerbotten'], ['jamtland', 'Region Jämtland Härjedalen'], ['vasternorrland', 'Region Västernorrland']] as const) {
      const res = await call<{ id: number }>(admin, 'POST', '/api/organisations', { name, template: 'norrbotten' });
      expect(res.status).toBe(201);
      orgs[key] = res.body.id;
    }
    await addUser(db(), orgs.vasterbotten!, 'editor', 'vb@test.local');
    await addUser(db(), orgs.vasternorrland!, 'editor', 'vn@test.local');
    await addUser(db(), orgs.vasterbotten!, 'reader', 'outsider-check@test.local');
    users.vb = await signIn(app, 'vb@test.local', 'user-password-1');
    users.vn = await signIn(app, 'vn@test.local', 'user-password-1');
  });

  it('forms a federation of the four regions whose creator is its first admin; members see it, others do not', async () => {
    const res = await call<{ id: number }>(admin, 'POST', '/api/federations', {
      name: 'Norrlandstingens regionförbund',
      organisationIds: [orgs.norrbotten, orgs.vasterbotten, orgs.jamtland, orgs.vasternorrland],
    });
    expect(res.status).toBe(201);
    federationId = res.body.id;
    admin = await signIn(app); // a new session carries the new federation role
    const view = await call<FederationView>(admin, 'GET', `/api/federations/${federationId}`);
    expect(view.body.role).toBe('admin');
    expect(view.body.members.map((m) => m.name)).toEqual(['Region Norrbotten', 'Region Västerbotten', 'Region Jämtland Härjedalen', 'Region Västernorrland']);
    expect((await call<FederationView>(users.vb!, 'GET', `/api/federations/${federationId}`)).body.role).toBe('member');
    expect((await call(admin, 'POST', '/api/federations', { name: 'Norrlandstingens regionförbund', organisationIds: [orgs.norrbotten, orgs.jamtland] })).status).toBe(400);
    expect((await call(admin, 'POST', '/api/federations', { name: 'Ett annat', organisationIds: [orgs.norrbotten, 99999] })).status).toBe(400);
    // One member is not a federation: said so, in the reader's language.
    const alone = await app.inject({ method: 'POST', url: '/api/federations', headers: { cookie: admin, 'accept-language': 'da' }, payload: { name: 'Ensam', organisationIds: [orgs.norrbotten] } });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.message).toContain('Et forbund skal have mindst to organisationer.');
    // Only a federation admin sets up a workshop.
    expect((await call(users.vb!, 'POST', '/api/workshops', { federationId, title: 'X' })).status).toBe(403);
  });

  it('sets a workshop up from seed 000’s agenda; a guest joins by an expiring link that was mailed', async () => {
    const res = await call<{ id: number }>(admin, 'POST', '/api/workshops', { federationId, title: 'Strategiworkshop glesbygdsmedicin' });
    expect(res.status).toBe(201);
    workshopId = res.body.id;
    const s = await state(admin);
    expect(s.me.facilitator).toBe(true);
    expect(s.agenda).toHaveLength(13);
    expect(s.agenda[0]).toMatchObject({ day: 1, half: 'pm', exercise: 'definitions' });
    expect(s.perspectives).toEqual(['Vårdproduktionsmatris', 'Ekosystem', 'Attraktiv region']);

    const inv = await call<{ participantId: number; link: string }>(admin, 'POST', `/api/workshops/${workshopId}/participants`, { organisationId: orgs.jamtland, name: 'Gästen Jämtland', email: 'gast@jll.test' });
    expect(inv.status).toBe(201);
    const token = inv.body.link.split('#')[1]!;
    const mail = await db().query<{ to_address: string; body_text: string; why: string }>('SELECT to_address, body_text, why FROM mail_outbox WHERE why = $1', ['workshop-invitation']);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body_text).toContain(inv.body.link);
    expect((await call(admin, 'POST', '/api/workshops/join', { token: 'x'.repeat(43) })).status).toBe(404);
    const joined = await app.inject({ method: 'POST', url: '/api/workshops/join', payload: { token } });
    expect(joined.statusCode).toBe(200);
    const cookie = joined.cookies.find((c) => c.name === 'ls_workshop')!;
    users.guest = `ls_workshop=${cookie.value}`;
    const guestState = await state(users.guest);
    expect(guestState.me).toMatchObject({ organisationId: orgs.jamtland, facilitator: false, name: 'Gästen Jämtland' });
    // Without a session or an invitation: 401; a guest cannot set up workshops.
    expect((await app.inject({ method: 'GET', url: `/api/workshops/${workshopId}` })).statusCode).toBe(401);
    expect((await call(users.guest, 'POST', '/api/workshops', { federationId, title: 'X' })).status).toBe(401);
  });

  const ids: Record<string, number> = {};
  it('keeps cards silent until revealed: each organisation sees its own, the facilitator all', async () => {
    const add = async (cookie: string, body: Record<string, unknown>) => {
      const res = await call<{ id: number }>(cookie, 'POST', `/api/workshops/${workshopId}/cards`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    ids.s1 = await add(users.vb!, { exercise: 'swot', organisationId: orgs.vasterbotten, text: 'Stark forskning i Umeå', quadrant: 'strength', perspective: 'Ekosystem' });
    ids.s2 = await add(users.guest!, { exercise: 'swot', organisationId: orgs.jamtland, text: 'Långa avstånd', quadrant: 'threat', perspective: 'Ekosystem' });
    ids.a1 = await add(users.vn!, { exercise: 'activities', organisationId: orgs.vasternorrland, text: 'Gemensam rekryteringskampanj', who: 'HR-cheferna', when: 'Q2 2027' });
    // A resend with the same client key is the same card.
    const key = { exercise: 'brainstorm', organisationId: orgs.vasterbotten, text: 'Testbädd för vård på distans', perspective: 'Vårdproduktionsmatris', clientKey: 'vb-card-000001' };
    ids.b1 = await add(users.vb!, key);
    expect(await add(users.vb!, key)).toBe(ids.b1);
    // Wrong organisation, missing quadrant.
    expect((await call(users.vb!, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'brainstorm', organisationId: orgs.jamtland, text: 'x' })).status).toBe(400);
    const noQuadrant = await call<{ error: { details: { path: string }[] } }>(users.vb!, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'swot', organisationId: orgs.vasterbotten, text: 'x' });
    expect(noQuadrant.status).toBe(400);
    expect(noQuadrant.body.error.details[0]!.path).toBe('quadrant');

    const vb = await state(users.vb!);
    expect(vb.cards.find((c) => c.id === ids.s2)!.text).toBeNull();
    expect(vb.cards.find((c) => c.id === ids.s1)!.text).toBe('Stark forskning i Umeå');
    expect((await state(admin)).cards.find((c) => c.id === ids.s2)!.text).toBe('Långa avstånd');
    expect((await call(users.vb!, 'POST', `/api/workshops/${workshopId}/reveal`, { target: 'swot' })).status).toBe(403);
    expect((await call(admin, 'POST', `/api/workshops/${workshopId}/reveal`, { target: 'swot', perspective: 'Ekosystem' })).status).toBe(204);
    expect((await state(users.vb!)).cards.find((c) => c.id === ids.s2)!.text).toBe('Långa avstånd');
    expect((await state(users.vb!)).cards.find((c) => c.id === ids.a1)!.text).toBeNull();
    await call(admin, 'POST', `/api/workshops/${workshopId}/reveal`, { target: 'activities' });
    await call(admin, 'POST', `/api/workshops/${workshopId}/reveal`, { target: 'brainstorm' });
  });

  it('groups cards into clusters of their own exercise', async () => {
    const c = await call<{ id: number }>(users.vn!, 'POST', `/api/workshops/${workshopId}/clusters`, { exercise: 'swot', name: 'Geografi' });
    const other = await call<{ id: number }>(users.vn!, 'POST', `/api/workshops/${workshopId}/clusters`, { exercise: 'brainstorm', name: 'Digitalt' });
    expect((await call(users.vn!, 'PUT', `/api/workshops/${workshopId}/cards/${ids.s2}/cluster`, { clusterId: c.body.id })).status).toBe(204);
    expect((await call(users.vn!, 'PUT', `/api/workshops/${workshopId}/cards/${ids.s2}/cluster`, { clusterId: c.body.id })).status).toBe(204);
    expect((await call(users.vn!, 'PUT', `/api/workshops/${workshopId}/cards/${ids.s1}/cluster`, { clusterId: other.body.id })).status).toBe(400);
    const s = await state(admin);
    expect(s.cards.find((x) => x.id === ids.s2)!.clusterId).toBe(c.body.id);
    expect(s.cards.find((x) => x.id === ids.s1)!.clusterId).toBeNull();
  });

  it('counts dots hidden until revealed, within each participant’s budget', async () => {
    await call(admin, 'PATCH', `/api/workshops/${workshopId}`, { votingMode: 'dots', dotsPerPerson: 3 });
    expect((await call(users.vb!, 'PUT', `/api/workshops/${workshopId}/ballot`, { entries: [{ cardId: ids.s2, points: 4 }] })).status).toBe(400);
    expect((await call(users.vb!, 'PUT', `/api/workshops/${workshopId}/ballot`, { entries: [{ cardId: ids.s2, points: 2 }, { cardId: ids.a1, points: 1 }] })).status).toBe(204);
    expect((await call(users.guest!, 'PUT', `/api/workshops/${workshopId}/ballot`, { entries: [{ cardId: ids.a1, points: 3 }] })).status).toBe(204);
    const hidden = await state(users.vb!);
    expect(hidden.voting.revealed).toBe(false);
    expect(hidden.voting.remaining).toBe(0);
    expect(hidden.voting.voters).toBe(2);
    expect(hidden.voting.cards.find((c) => c.cardId === ids.a1)).toMatchObject({ total: null, mine: 1, rank: null });
    await call(admin, 'POST', `/api/workshops/${workshopId}/reveal`, { target: 'votes' });
    const shown = await state(users.vb!);
    expect(shown.voting.cards[0]).toMatchObject({ cardId: ids.a1, total: 4, rank: 1 });
    expect(shown.voting.cards[0]!.byOrganisation).toEqual(
      [{ organisationId: orgs.vasterbotten, points: 1 }, { organisationId: orgs.jamtland, points: 3 }].sort((a, b) => a.organisationId! - b.organisationId!),
    );
    expect((await call(users.vn!, 'PUT', `/api/workshops/${workshopId}/ballot`, { entries: [] })).status).toBe(409);
  });

  it('turns a definition every member agrees on into the federation’s glossary', async () => {
    const def = await call<{ id: number }>(admin, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'definitions', organisationId: orgs.norrbotten, term: 'Nära vård', text: 'Vård som ges där patienten bor.' });
    expect(def.status).toBe(201);
    const pos = (cookie: string, organisationId: number, position: string, comment?: string) =>
      call<{ state: string }>(cookie, 'PUT', `/api/workshops/${workshopId}/definitions/${def.body.id}/position`, { organisationId, position, comment });
    expect((await pos(users.vb!, orgs.jamtland!, 'agree')).status).toBe(400);
    expect((await pos(users.vb!, orgs.vasterbotten!, 'comment', 'Ta med kommunerna')).body.state).toBe('open');
    await pos(users.vb!, orgs.vasterbotten!, 'agree');
    await pos(users.guest!, orgs.jamtland!, 'agree');
    await pos(users.vn!, orgs.vasternorrland!, 'agree');
    expect((await pos(admin, orgs.norrbotten!, 'agree')).body.state).toBe('agreed');
    expect((await call<FederationView>(users.vn!, 'GET', `/api/federations/${federationId}`)).body.glossary).toEqual([{ term: 'Nära vård', definition: 'Vård som ges där patienten bor.' }]);
    expect((await pos(users.vn!, orgs.vasternorrland!, 'disagree')).body.state).toBe('disputed');
    expect((await call<FederationView>(users.vn!, 'GET', `/api/federations/${federationId}`)).body.glossary).toEqual([]);
    await pos(users.vn!, orgs.vasternorrland!, 'agree');
  });

  let sharedPlanId: number;
  it('makes the draft shared plan from focus areas, målbild and activities, each traceable to its cards and organisations', async () => {
    expect((await call(admin, 'POST', `/api/workshops/${workshopId}/draft-plan`, {})).status).toBe(409);
    expect((await call(users.vb!, 'POST', `/api/workshops/${workshopId}/focus-areas`, { name: 'X', cardIds: [] })).status).toBe(403);
    expect((await call(admin, 'POST', `/api/workshops/${workshopId}/focus-areas`, { name: 'X', cardIds: [999999] })).status).toBe(400);
    const fa = await call<{ id: number }>(admin, 'POST', `/api/workshops/${workshopId}/focus-areas`, { name: 'Kompetensförsörjning i glesbygd', cardIds: [ids.s2, ids.b1, ids.a1] });
    expect(fa.status).toBe(201);
    await call(admin, 'PATCH', `/api/workshops/${workshopId}`, { targetPicture: 'Norrland är världsledande i glesbygdens vård.' });
    const draft = await call<{ planId: number }>(admin, 'POST', `/api/workshops/${workshopId}/draft-plan`, {});
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    sharedPlanId = draft.body.planId;
    expect((await call(admin, 'POST', `/api/workshops/${workshopId}/draft-plan`, {})).status).toBe(409);

    const nodes = await db().query<{ id: number; title: string; level_key: string; description: string }>('SELECT id, title, level_key, description FROM plan_nodes WHERE plan_id = $1', [sharedPlanId]);
    expect(nodes).toEqual([expect.objectContaining({ title: 'Kompetensförsörjning i glesbygd', level_key: 'goal' })]);
    const plan = (await db().query<{ vision: string; organisation_id: number }>('SELECT vision, organisation_id FROM plans WHERE id = $1', [sharedPlanId]))[0]!;
    expect(plan.vision).toBe('Norrland är världsledande i glesbygdens vård.');
    const acts = await db().query<{ title: string; owner_unit: string; start_date: string }>(`SELECT title, owner_unit, start_date::text FROM activities WHERE plan_id = $1`, [sharedPlanId]);
    expect(acts).toEqual([{ title: 'Gemensam rekryteringskampanj', owner_unit: 'HR-cheferna', start_date: '2027-04-01' }]);
    const audited = await db().query('SELECT 1 FROM audit_log WHERE plan_id = $1', [sharedPlanId]);
    expect(audited.length).toBeGreaterThanOrEqual(3);

    const traces = await call<{ objectType: string; objectId: number; cards: { organisationName: string }[] }[]>(admin, 'GET', `/api/workshops/${workshopId}/traces`);
    const goalTrace = traces.body.find((t) => t.objectType === 'node' && t.objectId === nodes[0]!.id)!;
    expect(goalTrace.cards).toHaveLength(3);
    expect(new Set(goalTrace.cards.map((c) => c.organisationName))).toEqual(new Set(['Region Jämtland Härjedalen', 'Region Västerbotten', 'Region Västernorrland']));
    expect((await call<FederationView>(users.vb!, 'GET', `/api/federations/${federationId}`)).body.sharedPlanId).toBe(sharedPlanId);
  });

  it('lets members read the shared plan but not change it, nor read each other’s plans', async () => {
    expect((await call(users.vb!, 'GET', `/api/plans/${sharedPlanId}`)).status).toBe(200);
    expect((await call(users.vb!, 'PATCH', `/api/plans/${sharedPlanId}`, { title: 'Kapad' })).status).toBe(403);
    expect((await call(users.vb!, 'GET', `/api/plans/${norrbottenPlan}`)).status).toBe(403);
    expect((await call(users.vb!, 'GET', `/api/plans/${sharedPlanId}/scorecard`)).status).toBe(200);
  });

  it('a member region adopts a shared goal into its own plan through the cascade link, once', async () => {
    const goal = (await call<FederationView>(admin, 'GET', `/api/federations/${federationId}`)).body.sharedGoals[0]!;
    // The seeded plan is decided: a new goal needs a revision, as any other.
    expect((await call(admin, 'POST', `/api/federations/${federationId}/adoptions`, { goalNodeId: goal.id, planId: norrbottenPlan })).status).toBe(409);
    const next = await call<{ id: number }>(admin, 'POST', `/api/organisations/${norrbotten}/plans`, { title: 'Regionstyrelsens plan 2027–2030', startYear: 2027, endYear: 2030, fromTemplate: true });
    expect(next.status).toBe(201);
    norrbottenPlan = next.body.id;
    expect((await call(users.vb!, 'POST', `/api/federations/${federationId}/adoptions`, { goalNodeId: goal.id, planId: norrbottenPlan })).status).toBe(403);
    const perspective = (await db().query<{ id: number }>('SELECT id FROM plan_nodes WHERE plan_id = $1 ORDER BY position LIMIT 1', [norrbottenPlan]))[0]!.id;
    const adopted = await call<{ nodeId: number }>(admin, 'POST', `/api/federations/${federationId}/adoptions`, { goalNodeId: goal.id, planId: norrbottenPlan, parentId: perspective });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    const node = (await db().query<{ plan_id: number; serves_node_id: number; title: string }>('SELECT plan_id, serves_node_id, title FROM plan_nodes WHERE id = $1', [adopted.body.nodeId]))[0]!;
    expect(node).toEqual({ plan_id: norrbottenPlan, serves_node_id: goal.id, title: 'Kompetensförsörjning i glesbygd' });
    // Local additions below the adopted goal are the member's own.
    const local = await call(admin, 'POST', `/api/plans/${norrbottenPlan}/nodes`, { parentId: adopted.body.nodeId, levelKey: 'success-factor', name: 'Egen rekryteringsväg i Norrbotten' });
    expect(local.status, JSON.stringify(local.body)).toBe(201);
    expect((await call(admin, 'POST', `/api/federations/${federationId}/adoptions`, { goalNodeId: goal.id, planId: norrbottenPlan })).status).toBe(409);
    const view = (await call<FederationView>(users.vb!, 'GET', `/api/federations/${federationId}`)).body;
    expect(view.sharedGoals[0]!.adoptedBy).toEqual([{ organisationId: norrbotten, organisationName: 'Region Norrbotten', nodeId: 0, planId: 0 }]);
    // The cascade from the shared goal shows the member's adopted goal to whoever may read it.
    const cascade = await call<{ entries: { nodeId: number }[]; hidden: number }>(admin, 'GET', `/api/plan-nodes/${goal.id}/cascade`);
    expect(cascade.body.entries.map((e) => e.nodeId)).toContain(adopted.body.nodeId);
  });

  it('writes the workshop’s documentation as DOCX and PDF, with every card by organisation', async () => {
    const docx = await app.inject({ method: 'GET', url: `/api/workshops/${workshopId}/documentation.docx`, headers: { cookie: admin } });
    expect(docx.statusCode).toBe(200);
    const text = (await readDocx(docx.rawPayload)).text;
    for (const s of ['Stark forskning i Umeå', 'Långa avstånd', 'Region Jämtland Härjedalen', 'Nära vård', 'Kompetensförsörjning i glesbygd', 'Norrland är världsledande', 'Gemensam rekryteringskampanj', 'Geografi']) expect(text).toContain(s);
    const pdf = await app.inject({ method: 'GET', url: `/api/workshops/${workshopId}/documentation.pdf?lang=en`, headers: { cookie: users.guest! } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = (await readPdf(pdf.rawPayload)).join('\n');
    expect(pages).toContain('Strategic focus areas');
    expect(pages).toContain('Långa avstånd');
  });

  it('tells a subscribed WebSocket of a new card, and refuses a topic the socket may not read', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    const open = (cookie?: string) =>
      new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/api/live`, cookie ? { headers: { cookie } } : {});
        ws.once('open', () => resolve(ws));
        ws.once('error', reject);
      });
    const next = (ws: WebSocket, type: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const on = (raw: Buffer) => {
          const m = JSON.parse(raw.toString()) as Record<string, unknown>;
          if (m.type === type) {
            ws.off('message', on);
            resolve(m);
          }
        };
        ws.on('message', on);
      });
    const guestWs = await open(users.guest);
    const subscribed = next(guestWs, 'subscribed');
    guestWs.send(JSON.stringify({ type: 'subscribe', topic: `workshop:${workshopId}` }));
    expect(await subscribed).toEqual({ type: 'subscribed', topic: `workshop:${workshopId}` });
    const event = next(guestWs, 'event');
    const card = await call<{ id: number }>(users.vn!, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'gap', organisationId: orgs.vasternorrland, text: 'Idag: fyra journalsystem', stage: 'today' });
    expect(await event).toMatchObject({ type: 'event', message: { topic: `workshop:${workshopId}`, kind: 'card', id: card.body.id } });
    guestWs.close();

    const anonymous = await open();
    const refused = next(anonymous, 'refused');
    anonymous.send(JSON.stringify({ type: 'subscribe', topic: `workshop:${workshopId}` }));
    expect(await refused).toMatchObject({ reason: 'forbidden' });
    const unknown = next(anonymous, 'refused');
    anonymous.send(JSON.stringify({ type: 'subscribe', topic: 'nothing:1' }));
    expect(await unknown).toMatchObject({ reason: 'unknown-topic' });
    anonymous.close();
    await app.close();
  });
});
