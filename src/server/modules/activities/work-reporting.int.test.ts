import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { Activity } from '../../../shared/plan-content-types';
import type { RoadmapSummary, RoadmapVersionView } from '../../../shared/roadmap-types';
import type { Scorecard } from '../../../shared/api-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const PASSWORD = 'user-password-1';

// Issue 12, item 9: reporters update the status of the activities and milestones they are responsible for, not only editors.
describeEachDatabase('reporters report on their own activities and milestones', (db) => {
  let app: FastifyInstance;
  let admin: string;
  let owner: string;
  let other: string;
  let reader: string;
  let activity: Activity;

  const send = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    const seeded = await seededApp(db());
    app = seeded.app;
    admin = await signIn(app);
    const ownerId = await addUser(db(), seeded.organisationId, 'reporter', 'aktivitetsagare@region.example');
    await addUser(db(), seeded.organisationId, 'reporter', 'annan-rapportor@region.example');
    await addUser(db(), seeded.organisationId, 'reader', 'bara-lasare@region.example');
    owner = await signIn(app, 'aktivitetsagare@region.example', PASSWORD);
    other = await signIn(app, 'annan-rapportor@region.example', PASSWORD);
    reader = await signIn(app, 'bara-lasare@region.example', PASSWORD);
    const sc = (await send(admin, 'GET', `/api/plans/${seeded.planId}/scorecard`)).json() as Scorecard;
    const nodeId = sc.nodes[0]!.children[0]!.id;
    const created = await send(admin, 'POST', `/api/plans/${seeded.planId}/activities`, {
      title: 'Införa digital triage i hela länet', ownerUserId: ownerId, startDate: '2022-01-01', endDate: '2022-12-31', nodeIds: [nodeId],
    });
    expect(created.statusCode, created.body).toBe(201);
    activity = created.json() as Activity;
  });

  it('lets the responsible reporter set status and progress, and nothing else of the activity', async () => {
    const res = await send(owner, 'PUT', `/api/activities/${activity.id}/status`, { status: 'in-progress', progress: 40 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'in-progress', progress: 40, title: activity.title, endDate: '2022-12-31' });
    // The whole activity stays the editors'.
    expect((await send(owner, 'PUT', `/api/activities/${activity.id}`, { title: 'Annat', ownerUnit: '', startDate: '2022-01-01', endDate: '2022-12-31', nodeIds: activity.nodes.map((n) => n.id) })).statusCode).toBe(403);
  });

  it('refuses other reporters and readers, and bad values with the field named; editors may', async () => {
    expect((await send(other, 'PUT', `/api/activities/${activity.id}/status`, { status: 'done', progress: 100 })).statusCode).toBe(403);
    expect((await send(reader, 'PUT', `/api/activities/${activity.id}/status`, { status: 'done', progress: 100 })).statusCode).toBe(403);
    const bad = await send(owner, 'PUT', `/api/activities/${activity.id}/status`, { status: 'halvklar', progress: 140 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(['status', 'progress']);
    const listed = (await send(admin, 'GET', `/api/plans/${activity.planId}/activities`)).json() as { activities: Activity[] };
    expect(listed.activities.find((a) => a.id === activity.id)).toMatchObject({ status: 'in-progress', progress: 40 });
    expect((await send(admin, 'PUT', `/api/activities/${activity.id}/status`, { status: 'done', progress: 100 })).statusCode).toBe(200);
    // A report against the version read before the admin's change is refused, naming what it is now.
    const stale = await send(owner, 'PUT', `/api/activities/${activity.id}/status`, { status: 'in-progress', progress: 50, version: activity.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('100 %');
  });

  it('lets a milestone’s responsible reporter report its status once an editor names them', async () => {
    const roadmap = ((await send(admin, 'GET', '/api/roadmaps')).json() as RoadmapSummary[])[0]!;
    const versionId = roadmap.versions[0]!.id;
    const milestone = ((await send(admin, 'GET', `/api/roadmap-versions/${versionId}`)).json() as RoadmapVersionView).milestones[0]!;
    const skaneReporterId = await addUser(db(), roadmap.organisationId, 'reporter', 'milstolpe@region.example');
    await addUser(db(), roadmap.organisationId, 'reporter', 'milstolpe-annan@region.example');
    const mine = await signIn(app, 'milstolpe@region.example', PASSWORD);
    const notMine = await signIn(app, 'milstolpe-annan@region.example', PASSWORD);
    const report = { period: '2022', status: 'late', comment: 'Beslutet dröjer.' };
    expect((await send(mine, 'POST', `/api/roadmap-milestones/${milestone.id}/status`, report)).statusCode).toBe(403);
    expect((await send(mine, 'PUT', `/api/roadmap-milestones/${milestone.id}/owner`, { userId: skaneReporterId })).statusCode).toBe(403);
    expect((await send(admin, 'PUT', `/api/roadmap-milestones/${milestone.id}/owner`, { userId: skaneReporterId })).statusCode).toBe(204);
    const ok = await send(mine, 'POST', `/api/roadmap-milestones/${milestone.id}/status`, report);
    expect(ok.statusCode, ok.body).toBe(204);
    const shown = ((await send(mine, 'GET', `/api/roadmap-versions/${versionId}`)).json() as RoadmapVersionView).milestones.find((m) => m.id === milestone.id);
    expect(shown?.owner).toEqual({ id: skaneReporterId, name: expect.any(String) });
    expect((await send(notMine, 'POST', `/api/roadmap-milestones/${milestone.id}/status`, report)).statusCode).toBe(403);
    // Reporting does not open editing: the milestone itself stays the editors'.
    expect((await send(mine, 'PUT', `/api/roadmap-milestones/${milestone.id}/owner`, { userId: null })).statusCode).toBe(403);
  });
});
