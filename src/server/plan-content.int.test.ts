import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../shared/api-types';
import type { ActivitiesReport, Activity, AgendaGoalsReport, AssignmentStatusReport, ChaptersReport } from '../shared/plan-content-types';
import { parseRichText } from '../domain/plan-content/rich-text';
import { addUser, allNodes, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';
import { assignmentStatuses, listActivities, listChapters } from './modules/plan-content/plan-document';

const SEED = readFileSync('data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', 'utf8');

describeEachDatabase('plan content over HTTP', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;
  let editor: string;
  let reader: string;
  let factorId: number;
  let goalId: number;

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
    await addUser(db(), organisationId, 'editor', 'redaktor@test.local');
    await addUser(db(), organisationId, 'reader', 'lasare@test.local');
    editor = await signIn(app, 'redaktor@test.local', 'user-password-1');
    reader = await signIn(app, 'lasare@test.local', 'user-password-1');
    const sc = (await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard`, headers: { cookie: admin } })).json() as Scorecard;
    const nodes = allNodes(sc.nodes);
    factorId = nodes.find((n) => n.title === 'Den nära vården utformas med primärvården som nav')!.id;
    goalId = nodes.find((n) => n.title === 'God, nära och samordnad vård')!.id;
  });

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  describe('assignments', () => {
    const status = async (period?: string, cookie = admin) =>
      (await call('GET', `/api/plans/${planId}/assignment-status${period ? `?period=${encodeURIComponent(period)}` : ''}`, cookie)).json() as AssignmentStatusReport;

    it('lists the 40 assignments, none followed up yet, counted per body', async () => {
      const report = await status();
      expect(report.period).toBe('2022-DÅ04');
      expect(report.assignments).toHaveLength(40);
      expect(report.assignments.every((a) => a.followUp === null)).toBe(true);
      // Counted in the seed's own text: bullets ending "(RS)" or "(RS, RUN)"; one bullet is cut off and names no body.
      const bullets = SEED.split('\n').filter((l) => /^- .*\((RS|RS, RUN)\)\.?\s*$/.test(l));
      const withRun = bullets.filter((l) => l.includes('RUN)')).length;
      expect([bullets.length, withRun]).toEqual([39, 8]);
      expect(report.overview.rows.map((r) => [r.body, r.total, r.counts['not-reported']])).toEqual([['RS', 39, 39], ['RUN', withRun, withRun], [null, 1, 1]]);
      expect(report.overview.total).toBe(40);
      expect(report.canEdit).toBe(true);
    });

    it('sets a status and comment per period and counts it in that period only', async () => {
      const [first, second] = (await status()).assignments;
      const set = await call('PUT', `/api/assignments/${first!.id}/follow-up`, editor, { period: '2022-DÅ08', status: 'in-progress', comment: 'Åtgärdsplan beslutad i juni.' });
      expect(set.statusCode).toBe(200);
      expect(set.json()).toMatchObject({ assignmentId: first!.id, period: '2022-DÅ08', status: 'in-progress', comment: 'Åtgärdsplan beslutad i juni.', updatedBy: 'redaktor' });
      await call('PUT', `/api/assignments/${second!.id}/follow-up`, editor, { period: '2022-DÅ08', status: 'done', comment: '' });
      const aug = await status('2022-DÅ08');
      expect(aug.assignments[0]!.followUp?.status).toBe('in-progress');
      expect(aug.overview.totals).toMatchObject({ 'in-progress': 1, done: 1, 'not-reported': 38 });
      // The first assignment is given to RS and RUN, the second to RS.
      expect(aug.overview.rows.find((r) => r.body === 'RUN')!.counts['in-progress']).toBe(1);
      expect(aug.overview.rows.find((r) => r.body === 'RS')!.counts).toMatchObject({ 'in-progress': 1, done: 1 });
      expect((await status('2022-DÅ04')).overview.totals['not-reported']).toBe(40);
      // Without a period, the latest period followed up.
      expect((await status()).period).toBe('2022-DÅ08');
      expect((await assignmentStatuses(db(), planId, '2022-DÅ08'))[1]!.followUp?.status).toBe('done');
    });

    it('refuses an unknown status, a period outside the plan and a cancelled assignment without a reason', async () => {
      const id = (await status()).assignments[2]!.id;
      const bad = await call('PUT', `/api/assignments/${id}/follow-up`, editor, { period: '2022-DÅ08', status: 'halvklart', comment: '' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details).toEqual([{ path: 'status', message: 'Okänd status "halvklart". Välj ej påbörjat, pågår, klart eller avbrutet.' }]);
      const period = await call('PUT', `/api/assignments/${id}/follow-up`, editor, { period: '2030', status: 'done', comment: '' });
      expect(period.json().error.details[0].path).toBe('period');
      const cancelled = await call('PUT', `/api/assignments/${id}/follow-up`, editor, { period: '2022-DÅ08', status: 'cancelled', comment: '' });
      expect(cancelled.json().error.details).toEqual([{ path: 'comment', message: 'Skriv varför uppdraget avbröts.' }]);
    });

    it('lets a reader see the statuses but not set them', async () => {
      const id = (await status()).assignments[0]!.id;
      expect((await status(undefined, reader)).canEdit).toBe(false);
      const res = await call('PUT', `/api/assignments/${id}/follow-up`, reader, { period: '2022-DÅ08', status: 'done', comment: '' });
      expect(res.statusCode).toBe(403);
      expect((await call('PUT', '/api/assignments/999999/follow-up', editor, { period: '2022-DÅ08', status: 'done', comment: '' })).statusCode).toBe(404);
    });
  });

  describe('activities', () => {
    const activity = () => ({
      title: 'Mobila team i Östra Norrbotten',
      description: 'Två team, ett per närområde, med primärvården som nav.',
      ownerUserId: null,
      ownerUnit: 'Division Nära',
      startDate: '2022-03-01',
      endDate: '2023-06-30',
      status: 'in-progress',
      progress: 30,
      nodeIds: [factorId, goalId],
    });

    it('creates, lists, changes and removes an activity linked to a success factor and a goal', async () => {
      const created = await call('POST', `/api/plans/${planId}/activities`, editor, activity());
      expect(created.statusCode).toBe(201);
      const a = created.json() as Activity;
      expect(a).toMatchObject({ title: 'Mobila team i Östra Norrbotten', ownerUnit: 'Division Nära', startDate: '2022-03-01', endDate: '2023-06-30', progress: 30 });
      expect(a.nodes.map((n) => n.id).sort()).toEqual([factorId, goalId].sort());
      // Its end is in the past and it is not done.
      expect(a.late).toBe(true);
      const list = (await call('GET', `/api/plans/${planId}/activities`, reader)).json() as ActivitiesReport;
      expect(list).toMatchObject({ startYear: 2022, endYear: 2024, canEdit: false });
      expect(list.activities.map((x) => x.id)).toContain(a.id);
      const changed = await call('PUT', `/api/activities/${a.id}`, editor, { ...activity(), status: 'done', progress: 100, nodeIds: [factorId] });
      expect(changed.json()).toMatchObject({ status: 'done', progress: 100, late: false, nodes: [{ id: factorId, levelKey: 'success-factor' }] });
      expect((await listActivities(db(), planId)).find((x) => x.id === a.id)?.status).toBe('done');
      expect((await call('DELETE', `/api/activities/${a.id}`, editor)).statusCode).toBe(204);
      expect((await call('PUT', `/api/activities/${a.id}`, editor, activity())).statusCode).toBe(404);
    });

    it('gives clear field errors for an end before the start, progress 120 and an unknown node', async () => {
      const res = await call('POST', `/api/plans/${planId}/activities`, editor, { ...activity(), startDate: '2023-01-01', endDate: '2022-12-31', progress: 120, nodeIds: [factorId, 999999] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({
        code: 'validation',
        message: 'Slutdatumet 2022-12-31 ligger före startdatumet 2023-01-01.',
        details: [
          { path: 'endDate', message: 'Slutdatumet 2022-12-31 ligger före startdatumet 2023-01-01.' },
          { path: 'progress', message: 'Hur långt aktiviteten har kommit anges i hela procent från 0 till 100, inte 120.' },
          { path: 'nodeIds.1', message: 'Planen har ingen nod med id 999999.' },
        ],
      });
      const noOwner = await call('POST', `/api/plans/${planId}/activities`, editor, { ...activity(), ownerUnit: '', ownerUserId: 424242 });
      expect(noOwner.json().error.details).toEqual([{ path: 'ownerUserId', message: 'Personen har ingen roll i organisationen.' }]);
      const missing = await call('POST', `/api/plans/${planId}/activities`, editor, { title: 'Utan datum', nodeIds: [factorId] });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['startDate']));
    });

    it('lets only editors and admins change the action plan', async () => {
      expect((await call('POST', `/api/plans/${planId}/activities`, reader, activity())).statusCode).toBe(403);
      const own = await call('POST', `/api/plans/${planId}/activities`, admin, activity());
      expect(own.statusCode).toBe(201);
      expect((await call('DELETE', `/api/activities/${own.json().id}`, reader)).statusCode).toBe(403);
    });
  });

  describe('chapters, Agenda 2030, advocacy issues and divisions', () => {
    it('serves the seed’s 33 chapters as safe markup', async () => {
      const report = (await call('GET', `/api/plans/${planId}/chapters`, reader)).json() as ChaptersReport;
      expect(report.chapters).toHaveLength(33);
      expect(report.chapters[0]).toMatchObject({ position: 0, title: 'Vision' });
      expect(report.chapters.every((c) => parseRichText(c.body).issues.length === 0)).toBe(true);
      expect(report.canEdit).toBe(false);
      expect((await listChapters(db(), planId)).map((c) => c.title)).toContain('Målbild');
    });

    it('saves an editor’s chapter and refuses HTML and javascript: links with their lines', async () => {
      const [vision] = (await listChapters(db(), planId));
      const saved = await call('PUT', `/api/chapters/${vision!.id}`, editor, { title: 'Vision', body: '**Tillsammans för Norrbotten** – Bästa livet, bästa hälsan.' });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ title: 'Vision', body: '**Tillsammans för Norrbotten** – Bästa livet, bästa hälsan.', updatedBy: 'redaktor' });
      const unsafe = await call('PUT', `/api/chapters/${vision!.id}`, editor, { title: 'Vision', body: 'Se [här](javascript:alert(1))\n\n<script>alert(1)</script>' });
      expect(unsafe.statusCode).toBe(400);
      expect(unsafe.json().error.details.map((d: { path: string; message: string }) => d.message.slice(0, 6))).toEqual(['Rad 1:', 'Rad 3:']);
      expect((await listChapters(db(), planId))[0]!.body).toBe('**Tillsammans för Norrbotten** – Bästa livet, bästa hälsan.');
      expect((await call('PUT', `/api/chapters/${vision!.id}`, editor, { title: ' ', body: '' })).json().error.details[0].path).toBe('title');
      expect((await call('PUT', `/api/chapters/${vision!.id}`, reader, { title: 'Vision', body: 'x' })).statusCode).toBe(403);
    });

    it('has the plan’s eight Agenda 2030 goals and lets an editor link goals to a node', async () => {
      const report = (await call('GET', `/api/plans/${planId}/agenda-goals`, reader)).json() as AgendaGoalsReport;
      expect(report.planGoals.map((g) => g.goal)).toEqual([3, 4, 5, 8, 9, 11, 12, 13]);
      expect(report.planGoals[0]).toEqual({ goal: 3, dimension: 'Social dimension', name: { sv: 'Hälsa och välbefinnande', da: 'Sundhed og trivsel', en: 'Good health and well-being' } });
      const set = await call('PUT', `/api/nodes/${factorId}/agenda-goals`, editor, { goals: [3, 11] });
      expect(set.json()).toEqual({ nodeId: factorId, goals: [3, 11] });
      const after = (await call('GET', `/api/plans/${planId}/agenda-goals`, reader)).json() as AgendaGoalsReport;
      expect(after.nodeGoals).toEqual([{ nodeId: factorId, goals: [3, 11] }]);
      const bad = await call('PUT', `/api/nodes/${factorId}/agenda-goals`, editor, { goals: [3, 18] });
      expect(bad.json().error.details).toEqual([{ path: 'goals.1', message: 'Agenda 2030 har mål 1–17; 18 är inget av dem.' }]);
      expect((await call('PUT', `/api/nodes/${factorId}/agenda-goals`, reader, { goals: [3] })).statusCode).toBe(403);
    });

    it('lists the advocacy issues with their arenas and the organisation’s divisions', async () => {
      const issues = (await call('GET', `/api/plans/${planId}/advocacy-issues`, reader)).json() as { kind: string; arena: string | null }[];
      expect(issues.filter((i) => i.kind === 'issue')).toHaveLength(7);
      expect(issues.filter((i) => i.arena === 'national')).toHaveLength(2);
      const units = (await call('GET', `/api/organisations/${organisationId}/units`, reader)).json() as { kind: string; name: string }[];
      expect(units.filter((u) => u.kind === 'division').map((u) => u.name)).toHaveLength(6);
      expect(units.at(-1)).toMatchObject({ kind: 'common', name: 'Regiongemensamt' });
      expect((await call('GET', '/api/organisations/9999/units', reader)).statusCode).toBe(403);
    });
  });
});
