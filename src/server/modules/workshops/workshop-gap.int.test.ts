import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { gapRows } from '../../../domain/workshop/gap-analysis';
import type { WorkshopState } from '../../../shared/workshop-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { readDocx, readPdf } from '../../../test-support/read-documents';

/**
 * Issue 15's gap analysis through the HTTP API: cards of today and of the target picture, per area
 * (a cluster the room made, else the card's perspective), read back as the room's gap table and
 * written into the workshop's documentation.
 */
describeEachDatabase('the workshop’s gap analysis: today → target picture, per area', (db) => {
  let app: FastifyInstance;
  let facilitator: string;
  let member: string;
  let workshopId: number;
  const orgs: { norrbotten: number; vasterbotten: number } = { norrbotten: 0, vasterbotten: 0 };

  const call = async <T = { id: number }>(cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return (res.body ? res.json() : undefined) as T;
  };
  const card = (cookie: string, organisationId: number, text: string, stage: 'today' | 'target', perspective?: string) =>
    call(cookie, 'POST', `/api/workshops/${workshopId}/cards`, { exercise: 'gap', organisationId, text, stage, ...(perspective ? { perspective } : {}) });

  beforeAll(async () => {
    const seeded = await seededApp(db());
    app = seeded.app;
    orgs.norrbotten = seeded.organisationId;
    facilitator = await signIn(app);
    orgs.vasterbotten = (await call(facilitator, 'POST', '/api/organisations', { name: 'Region Västerbotten', template: 'norrbotten' })).id;
    await addUser(db(), orgs.vasterbotten, 'editor', 'vb@test.local');
    member = await signIn(app, 'vb@test.local', 'user-password-1');
    await call(facilitator, 'POST', '/api/federations', { name: 'Norrlandstingens regionförbund', organisationIds: [orgs.norrbotten, orgs.vasterbotten] });
    facilitator = await signIn(app); // a new session carries the federation role
    const federationId = (await call<{ id: number }[]>(facilitator, 'GET', '/api/federations'))[0]!.id;
    workshopId = (await call(facilitator, 'POST', '/api/workshops', { federationId, title: 'Gapanalys' })).id;
  });

  it('reads the cards back as one row per area, today beside the target picture, each with its organisation', async () => {
    const area = await call(facilitator, 'POST', `/api/workshops/${workshopId}/clusters`, { exercise: 'gap', name: 'Kompetensförsörjning' });
    const today = await card(facilitator, orgs.norrbotten, 'Hyrläkare bemannar fyra av tio vårdcentraler', 'today');
    const target = await card(member, orgs.vasterbotten, 'Egna specialister i hela länet', 'target');
    await card(member, orgs.vasterbotten, 'Fyra journalsystem', 'today', 'Ekosystem');
    await card(facilitator, orgs.norrbotten, 'En gemensam journal', 'target', 'Ekosystem');
    for (const c of [today, target]) await call(facilitator, 'PUT', `/api/workshops/${workshopId}/cards/${c.id}/cluster`, { clusterId: area.id });
    await call(facilitator, 'POST', `/api/workshops/${workshopId}/reveal`, { target: 'gap' });

    const state = await call<WorkshopState>(member, 'GET', `/api/workshops/${workshopId}`);
    const gap = state.cards.filter((c) => c.exercise === 'gap');
    expect(gap).toHaveLength(4);
    const rows = gapRows(gap, state.clusters.filter((k) => k.exercise === 'gap'));
    const read = rows.map((r) => ({
      area: r.area,
      today: r.today.map((c) => `${c.text} (${c.organisationName})`),
      target: r.target.map((c) => `${c.text} (${c.organisationName})`),
    }));
    expect(read).toEqual([
      { area: 'Kompetensförsörjning', today: ['Hyrläkare bemannar fyra av tio vårdcentraler (Region Norrbotten)'], target: ['Egna specialister i hela länet (Region Västerbotten)'] },
      { area: 'Ekosystem', today: ['Fyra journalsystem (Region Västerbotten)'], target: ['En gemensam journal (Region Norrbotten)'] },
    ]);
  });

  it('refuses a gap card for another organisation than the writer’s own', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/workshops/${workshopId}/cards`,
      headers: { cookie: member },
      payload: { exercise: 'gap', organisationId: orgs.norrbotten, text: 'Fel region', stage: 'today' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('organisationId');
  });

  it('writes the gap per area into the documentation, as DOCX and as PDF', async () => {
    const docx = await app.inject({ method: 'GET', url: `/api/workshops/${workshopId}/documentation.docx`, headers: { cookie: member } });
    expect(docx.statusCode).toBe(200);
    const { tables, text } = await readDocx(docx.rawPayload);
    expect(text).toContain('Gapet per område: i dag och målbild');
    const table = tables.find((t) => t.rows[0]?.[0] === 'Område');
    expect(table?.rows).toEqual([
      ['Område', 'Idag', 'Målbild'],
      ['Kompetensförsörjning', 'Hyrläkare bemannar fyra av tio vårdcentraler (Region Norrbotten)', 'Egna specialister i hela länet (Region Västerbotten)'],
      ['Ekosystem', 'Fyra journalsystem (Region Västerbotten)', 'En gemensam journal (Region Norrbotten)'],
    ]);
    const pdf = await app.inject({ method: 'GET', url: `/api/workshops/${workshopId}/documentation.pdf?lang=en`, headers: { cookie: facilitator } });
    expect(pdf.statusCode).toBe(200);
    const pages = (await readPdf(pdf.rawPayload)).join('\n');
    expect(pages).toContain('The gap per area: today and target picture');
    for (const s of ['Kompetensförsörjning', 'Egna specialister i hela länet', 'En gemensam journal']) expect(pages).toContain(s);
  });
});
