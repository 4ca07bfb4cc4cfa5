import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureDetail, Scorecard } from '../../../shared/api-types';
import type { CascadeView, DeletionResult, PlanInfo, PlanVersionComparison } from '../../../shared/authoring-schemas';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

/**
 * Plan authoring through the HTTP API, as a strategist in a new region would: an organisation
 * from a template, a plan typed in, measures with Swedish targets, values and statuses; edits
 * against stale versions refused; decisions, revisions and version comparison; copies to the
 * next period; deletion and undo; the cascade; and organisations kept apart.
 */
describeEachDatabase('plan authoring', (db) => {
  let app: FastifyInstance;
  let norrbotten: number;
  let seedPlan: number;
  let admin: string;

  beforeAll(async () => {
    ({ app, organisationId: norrbotten, planId: seedPlan } = await seededApp(db()));
    admin = await signIn(app);
  });

  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin, headers: Record<string, string> = {}) =>
    app.inject({ method, url, payload, headers: { cookie, ...headers } });
  const ok = async <T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = admin): Promise<T> => {
    const res = await call(method, url, payload, cookie);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as T;
  };
  const scorecard = (planId: number, period?: string) => ok<Scorecard>('GET', `/api/plans/${planId}/scorecard${period ? `?period=${encodeURIComponent(period)}` : ''}`);

  describe('a new region writes its first plan', () => {
    let vasterbotten: number;
    let planId: number;
    let perspectives: number[];
    let goal: number;
    let factor: number;
    const measures: number[] = [];

    it('the installation admin creates Region Västerbotten from a template and is its admin until it names one', async () => {
      const res = await call('POST', '/api/organisations', { name: 'Region Västerbotten', koladaId: '0024', language: 'sv', template: 'norrbotten' });
      expect(res.statusCode).toBe(201);
      vasterbotten = res.json().id;
      const mine = await ok<{ id: number; role: string; governanceModel: { levels: { key: string }[] } }[]>('GET', '/api/organisations', undefined, await signIn(app));
      expect(mine.find((o) => o.id === vasterbotten)).toMatchObject({ role: 'admin' });
      const all = await ok<{ name: string; koladaId: string }[]>('GET', '/api/installation/organisations');
      expect(all.map((o) => o.name)).toEqual(expect.arrayContaining(['Region Norrbotten', 'Region Skåne', 'Region Västerbotten']));
    });

    it('refuses organisation creation to anyone but an installation admin', async () => {
      await addUser(db(), norrbotten, 'admin', 'orgadmin@nb.test');
      const orgAdmin = await signIn(app, 'orgadmin@nb.test', 'user-password-1');
      const res = await call('POST', '/api/organisations', { name: 'Region X', template: 'kaplan-norton' }, orgAdmin);
      expect(res.statusCode).toBe(403);
      expect((await call('GET', '/api/installation/organisations', undefined, orgAdmin)).statusCode).toBe(403);
    });

    it('creates an organisation with first admins, who get one-time passwords, and copies another organisation’s model', async () => {
      const res = await call('POST', '/api/organisations', {
        name: 'Region Jämtland Härjedalen',
        copyOfOrganisationId: norrbotten,
        admins: [{ email: 'strateg@rjh.test', name: 'Stina Strateg' }],
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.admins).toEqual([{ email: 'strateg@rjh.test', userId: expect.any(Number), oneTimePassword: expect.any(String) }]);
      // The creator named an admin, so is not one.
      const mine = await ok<{ id: number }[]>('GET', '/api/organisations');
      expect(mine.some((o) => o.id === body.id)).toBe(false);
      expect((await call('POST', '/api/organisations', { name: 'Region Y', template: 'nonsense' })).json().error.details[0].path).toBe('template');
    });

    it('creates a plan 2025–2027 from the template: the five perspectives', async () => {
      const res = await call('POST', `/api/organisations/${vasterbotten}/plans`, { title: 'Regionplan 2025–2027', startYear: 2025, endYear: 2027, fromTemplate: true });
      expect(res.statusCode).toBe(201);
      planId = res.json().id;
      const info = await ok<PlanInfo>('GET', `/api/plans/${planId}`);
      expect(info).toMatchObject({ status: 'draft', structureOpen: true, organisationName: 'Region Västerbotten', decidingBody: 'RS' });
      const sc = await scorecard(planId);
      expect(sc.nodes.map((n) => n.title)).toEqual(['Samhällsperspektivet', 'Medborgarperspektivet', 'Verksamhetsperspektivet', 'Medarbetarperspektivet', 'Ekonomiperspektivet']);
      perspectives = sc.nodes.map((n) => n.id);
    });

    it('adds a goal and a success factor at the levels the model allows, and refuses others with the model’s words', async () => {
      goal = (await ok<{ id: number }>('POST', `/api/plans/${planId}/nodes`, { parentId: perspectives[1], levelKey: 'goal', name: 'Jämlik vård efter behov' })).id;
      factor = (await ok<{ id: number }>('POST', `/api/plans/${planId}/nodes`, { parentId: goal, levelKey: 'success-factor', name: 'God tillgänglighet', description: 'Vård i rätt tid.' })).id;
      const wrong = await call('POST', `/api/plans/${planId}/nodes`, { parentId: goal, levelKey: 'goal', name: 'Fel' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error).toMatchObject({ code: 'validation', message: 'En strategiskt mål kan inte ligga under en strategiskt mål.' });
      // A Danish or English reader reads the model's own level names in their language, not the Swedish ones.
      const [model] = await db().query<{ definition: { levels: { key: string; name: Record<'sv' | 'da' | 'en', string> }[] } }>(
        'SELECT m.definition FROM governance_models m JOIN organisations o ON o.governance_model_id = m.id WHERE o.id = $1',
        [vasterbotten],
      );
      const goalName = model!.definition.levels.find((l) => l.key === 'goal')!.name;
      expect(goalName.da.toLowerCase()).not.toBe(goalName.sv.toLowerCase());
      const da = await call('POST', `/api/plans/${planId}/nodes`, { parentId: goal, levelKey: 'goal', name: 'Fel' }, admin, { 'accept-language': 'da' });
      expect(da.json().error.message).toBe(`Niveauet ${goalName.da.toLowerCase()} kan ikke ligge under niveauet ${goalName.da.toLowerCase()}.`);
      expect(da.json().error.details).toEqual([{ path: 'levelKey', message: da.json().error.message }]);
      const en = await call('POST', `/api/plans/${planId}/nodes`, { parentId: goal, levelKey: 'goal', name: 'Fel' }, admin, { 'accept-language': 'en' });
      expect(en.json().error.message).toBe(`A ${goalName.en.toLowerCase()} cannot be placed under a ${goalName.en.toLowerCase()}.`);
      const unknown = await call('POST', `/api/plans/${planId}/nodes`, { parentId: null, levelKey: 'spor', name: 'Fel' });
      expect(unknown.json().error.details[0].path).toBe('levelKey');
    });

    it('adds three measures typed in Swedish, derives unit and direction, and reports one without periods in every period', async () => {
      const typed = [
        { name: 'Andel patienter som fått besök inom 90 dagar', unit: '%', baseline: '2024: 78 %', targets: { '2025': 'Minst 85 %', '2027': '90 %' } },
        { name: 'Väntetid till första besök, dagar', betterDirection: 'decrease' as const, targets: { '2025': 'Högst 30', '2027': 'Under 20' } },
        { name: 'Antal digitala vårdmöten', targets: { '2025': 'Öka' }, baseline: '2024: 43 000' },
      ];
      for (const m of typed) measures.push((await ok<{ id: number }>('POST', `/api/plan-nodes/${factor}/measures`, m)).id);
      const detail = await ok<MeasureDetail>('GET', `/api/measures/${measures[2]}`);
      expect(detail).toMatchObject({ kindKey: 'styrmatt', betterDirection: 'increase', reportingPeriods: ['DÅ04', 'DÅ08', 'ÅR'], version: 1, structureOpen: true });
      const onGoal = await call('POST', `/api/plan-nodes/${goal}/measures`, { name: 'Fel nivå' });
      expect(onGoal.statusCode).toBe(400);
      expect(onGoal.json().error.message).toContain('framgångsfaktor');
    });

    it('enters values and sees statuses on the scorecard, which keeps its shape', async () => {
      await ok('POST', `/api/measures/${measures[0]}/values`, { period: '2025', sex: 'T', value: '87' });
      await ok('POST', `/api/measures/${measures[1]}/values`, { period: '2025', sex: 'T', value: '34' });
      const sc = await scorecard(planId, '2025');
      const node = allNodes(sc.nodes).find((n) => n.id === factor)!;
      expect(node.levelKey).toBe('success-factor');
      expect(node.measures.map((m) => [m.kindKey, m.fulfilment.status])).toEqual([
        ['styrmatt', 'met'],
        ['styrmatt', 'not-met'],
        ['styrmatt', 'no-value'],
      ]);
    });

    it('refuses a change made against an old version and says who changed what', async () => {
      const before = (await ok<{ version: number }>('GET', `/api/plan-nodes/${factor}`)).version;
      await ok('PATCH', `/api/plan-nodes/${factor}`, { name: 'God och jämlik tillgänglighet', version: before });
      const stale = await call('PATCH', `/api/plan-nodes/${factor}`, { description: 'Min text', version: before });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('conflict');
      expect(stale.json().error.message).toMatch(/^Framgångsfaktor «God och jämlik tillgänglighet» har ändrats efter din version \d+ \(nu version \d+\)\. Ändringar sedan dess: Administratör .*\(namn\)\. Ladda om/);
      // A Danish reader: the level by the model's Danish name, the change and what changed in Danish.
      const da = await call('PATCH', `/api/plan-nodes/${factor}`, { description: 'Min text', version: before }, admin, { 'accept-language': 'da' });
      expect(da.json().error.message).toMatch(/^Succesfaktor «God och jämlik tillgänglighet» er ændret efter din version \d+ \(nu version \d+\)\. Ændringer siden da: Administratör .*\(navn\)\. Genindlæs, og foretag din ændring igen\.$/);
      const viaHeader = await call('PATCH', `/api/plan-nodes/${factor}`, { description: 'Min text' }, admin, { 'if-match': `"${before}"` });
      expect(viaHeader.statusCode).toBe(409);
      // A script that sends no version is not checked.
      expect((await call('PATCH', `/api/plan-nodes/${factor}`, { description: 'Skriptets text' })).statusCode).toBe(200);

      const m = await ok<MeasureDetail>('GET', `/api/measures/${measures[0]}`);
      await ok('PATCH', `/api/measures/${measures[0]}`, { targets: { '2025': 'Minst 86 %', '2027': '90 %' }, version: m.version });
      const staleMeasure = await call('PATCH', `/api/measures/${measures[0]}`, { definition: 'x', version: m.version });
      expect(staleMeasure.statusCode).toBe(409);
      expect(staleMeasure.json().error.message).toContain('(mål)');
    });

    it('takes every measure field in PATCH, targets included', async () => {
      const m = await ok<MeasureDetail>('GET', `/api/measures/${measures[2]}`);
      const after = await ok<MeasureDetail>('PATCH', `/api/measures/${measures[2]}`, {
        name: 'Antal digitala vårdmöten per år',
        definition: 'Videobesök och chatt med legitimerad personal.',
        method: 'Uttag ur journalsystemet.',
        unit: 'st',
        valueNature: 'cumulative',
        source: 'Datalager',
        reportingPeriods: ['ÅR'],
        breakdowns: { sex: true, ageBands: ['0–17', '18–64', '65+'], areas: [] },
        footnotes: [{ mark: '1', text: 'Exklusive telefon.' }],
        koladaKpi: 'N79240',
        targets: { '2025': 'Öka med 3 000', '2026': '' },
        version: m.version,
      });
      expect(after).toMatchObject({
        name: 'Antal digitala vårdmöten per år',
        method: 'Uttag ur journalsystemet.',
        unit: 'st',
        valueNature: 'cumulative',
        reportingPeriods: ['ÅR'],
        breakdowns: { sex: true, ageBands: ['0–17', '18–64', '65+'], areas: [] },
        koladaKpi: 'N79240',
        version: m.version + 1,
      });
      expect(after.targets.map((t) => [t.year, t.text])).toEqual([[2025, 'Öka med 3 000']]);
      expect((await call('PATCH', `/api/measures/${measures[2]}`, { koladaKpi: 'kpi' })).json().error.details[0].path).toBe('koladaKpi');
    });

    it('moves nodes: down, indent under the previous sibling with a new level, outdent, and never under itself', async () => {
      const second = (await ok<{ id: number }>('POST', `/api/plans/${planId}/nodes`, { parentId: perspectives[1], levelKey: 'goal', name: 'Andra målet' })).id;
      const children = async (parent: number) => allNodes((await scorecard(planId)).nodes).find((n) => n.id === parent)!.children.map((c) => c.id);
      expect(await children(perspectives[1]!)).toEqual([goal, second]);
      await ok('PATCH', `/api/plan-nodes/${second}`, { position: 0 });
      expect(await children(perspectives[1]!)).toEqual([second, goal]);
      // Down again: the node's own old place is not counted among the siblings it passes.
      await ok('PATCH', `/api/plan-nodes/${second}`, { position: 1 });
      expect(await children(perspectives[1]!)).toEqual([goal, second]);
      await ok('PATCH', `/api/plan-nodes/${second}`, { position: 0 });
      expect(await children(perspectives[1]!)).toEqual([second, goal]);
      // Indent the empty goal under the other goal: it becomes a success factor there.
      await ok('PATCH', `/api/plan-nodes/${second}`, { parentId: goal, levelKey: 'success-factor' });
      expect(await children(goal)).toEqual([factor, second]);
      expect(await children(perspectives[1]!)).toEqual([goal]);
      // Outdent back, after its parent.
      await ok('PATCH', `/api/plan-nodes/${second}`, { parentId: perspectives[1], position: 1, levelKey: 'goal' });
      expect(await children(perspectives[1]!)).toEqual([goal, second]);
      const cycle = await call('PATCH', `/api/plan-nodes/${goal}`, { parentId: factor });
      expect(cycle.statusCode).toBe(400);
      // A goal with success factors under it cannot become a success factor.
      const deep = await call('PATCH', `/api/plan-nodes/${goal}`, { parentId: second, levelKey: 'success-factor' });
      expect(deep.json().error.message).toBe('Noden kan inte bli framgångsfaktor: den har en framgångsfaktor under sig.');
      await ok('DELETE', `/api/plan-nodes/${second}`);
    });

    it('says what a deletion takes, and undoes it exactly', async () => {
      const impact = await ok<{ nodes: { levelKey: string; count: number }[]; measures: number; values: number }>('GET', `/api/plan-nodes/${goal}/deletion-impact`);
      expect(impact).toMatchObject({ measures: 3, values: 2 });
      expect(impact.nodes).toEqual(expect.arrayContaining([{ levelKey: 'goal', count: 1 }, { levelKey: 'success-factor', count: 1 }]));
      const before = await scorecard(planId, '2025');
      const deleted = await ok<DeletionResult>('DELETE', `/api/plan-nodes/${goal}`);
      expect(deleted.impact.values).toBe(2);
      expect(allNodes((await scorecard(planId)).nodes).some((n) => n.id === goal)).toBe(false);
      expect((await call('GET', `/api/measures/${measures[0]}`)).statusCode).toBe(404);
      await ok('POST', `/api/deletions/${deleted.deletionId}/restore`);
      expect(await scorecard(planId, '2025')).toEqual(before);
      expect((await call('POST', `/api/deletions/${deleted.deletionId}/restore`)).statusCode).toBe(409);
      const history = await ok<{ action: string }[]>('GET', `/api/audit?objectType=node&objectId=${goal}`);
      expect(history.map((h) => h.action)).toEqual(['restore', 'delete', 'create']);
    });

    it('keeps every change with who and when, before and after', async () => {
      const history = await ok<{ action: string; actor: string; before: { name?: string } | null; after: { name?: string } }[]>('GET', `/api/audit?objectType=node&objectId=${factor}`);
      expect(history.at(-1)).toMatchObject({ action: 'create', actor: 'Administratör', after: { name: 'God tillgänglighet' } });
      expect(history.some((h) => h.before?.name === 'God tillgänglighet' && h.after.name === 'God och jämlik tillgänglighet')).toBe(true);
      await expect(db().query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    });

    it('keeps organisations apart: an admin of one cannot touch another’s plan, nodes, measures or model', async () => {
      const outsider = await signIn(app, 'orgadmin@nb.test', 'user-password-1');
      expect((await call('POST', `/api/plans/${planId}/nodes`, { parentId: null, levelKey: 'perspective', name: 'Intrång' }, outsider)).statusCode).toBe(403);
      expect((await call('PATCH', `/api/plan-nodes/${factor}`, { name: 'Intrång' }, outsider)).statusCode).toBe(403);
      expect((await call('DELETE', `/api/plan-nodes/${factor}`, undefined, outsider)).statusCode).toBe(403);
      expect((await call('POST', `/api/plan-nodes/${factor}/measures`, { name: 'Intrång' }, outsider)).statusCode).toBe(403);
      expect((await call('PATCH', `/api/measures/${measures[0]}`, { name: 'Intrång' }, outsider)).statusCode).toBe(403);
      expect((await call('POST', `/api/organisations/${vasterbotten}/plans`, { title: 'X', startYear: 2025, endYear: 2026 }, outsider)).statusCode).toBe(403);
      expect((await call('GET', `/api/audit?objectType=node&objectId=${factor}`, undefined, outsider)).statusCode).toBe(404);
      const model = (await ok<{ id: number; governanceModel: object }[]>('GET', '/api/organisations')).find((o) => o.id === vasterbotten)!.governanceModel;
      expect((await call('PUT', `/api/organisations/${vasterbotten}/governance-model`, model, outsider)).statusCode).toBe(403);
      expect((await call('DELETE', `/api/organisations/${vasterbotten}/users/1`, undefined, outsider)).statusCode).toBe(403);
    });

    it('decides the plan, then protects its tree, measure names and targets until a revision', async () => {
      const info = await ok<PlanInfo>('GET', `/api/plans/${planId}`);
      const decided = await ok<PlanInfo>('POST', `/api/plans/${planId}/decision`, { body: 'RF', date: '2024-11-26', paragraph: '§ 187', version: info.version });
      expect(decided).toMatchObject({ status: 'decided', structureOpen: false, revision: 0 });
      const refused = await call('POST', `/api/plans/${planId}/nodes`, { parentId: perspectives[0], levelKey: 'goal', name: 'Nytt' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/^Planen är fastställd: .*revidering/);
      expect((await call('PATCH', `/api/measures/${measures[1]}`, { targets: { '2025': 'Högst 25' } })).statusCode).toBe(409);
      expect((await call('PATCH', `/api/measures/${measures[1]}`, { name: 'Nytt namn' })).statusCode).toBe(409);
      expect((await call('PATCH', `/api/plan-nodes/${factor}`, { name: 'Nytt namn' })).statusCode).toBe(409);
      // Definitions, owners and better directions may change at any time.
      expect((await call('PATCH', `/api/measures/${measures[1]}`, { definition: 'Dagar från remiss till besök.', betterDirection: 'decrease' })).statusCode).toBe(200);
      expect((await call('PATCH', `/api/plan-nodes/${factor}`, { description: 'Ny beskrivning.' })).statusCode).toBe(200);
      // Kontrollmått change without a revision (seed 001, Bilaga 1).
      const control = await call('POST', `/api/plan-nodes/${factor}/measures`, { name: 'Antal remisser', kindKey: 'kontrollmatt' });
      expect(control.statusCode).toBe(201);
      expect((await call('PATCH', `/api/measures/${control.json().id}`, { targets: { '2025': '1 000' } })).statusCode).toBe(200);
      expect((await call('POST', `/api/plans/${planId}/decision`, { body: 'RF', date: '2024-11-26' })).statusCode).toBe(409);
    });

    it('revises a target through a revision and compares the two versions', async () => {
      const revising = await ok<PlanInfo>('POST', `/api/plans/${planId}/revisions`, { reason: 'Skärpt mål för väntetid' });
      expect(revising).toMatchObject({ status: 'revision', revision: 1, structureOpen: true });
      await ok('PATCH', `/api/measures/${measures[1]}`, { targets: { '2025': 'Högst 25', '2027': 'Under 20' } });
      const compareOpen = await ok<PlanVersionComparison>('GET', `/api/plans/${planId}/versions/compare?from=0&to=current`);
      expect(compareOpen.diff.targets.changed).toEqual([{ measureKey: String(measures[1]), measureName: 'Väntetid till första besök, dagar', year: '2025', from: 'Högst 30', to: 'Högst 25' }]);
      await ok('POST', `/api/plans/${planId}/decision`, { body: 'RF', date: '2025-06-17', paragraph: '§ 88' });
      const versions = await ok<{ key: string; decided: { paragraph: string } | null }[]>('GET', `/api/plans/${planId}/versions`);
      expect(versions.map((v) => [v.key, v.decided?.paragraph])).toEqual([
        ['0', '§ 187'],
        ['1', '§ 88'],
      ]);
      const diff = (await ok<PlanVersionComparison>('GET', `/api/plans/${planId}/versions/compare?from=0&to=1`)).diff;
      expect(diff.targets.changed.map((t) => [t.measureName, t.year, t.from, t.to])).toEqual([['Väntetid till första besök, dagar', '2025', 'Högst 30', 'Högst 25']]);
      expect(diff.nodes.added).toEqual([]);
      expect((await call('GET', `/api/plans/${planId}/versions/compare?from=0&to=7`)).json().error.details[0].path).toBe('to');
    });
  });

  describe('the seed plan and its next period', () => {
    let copy: number;

    it('holds the plan loaded on first start as decided, version 0', async () => {
      expect(await ok<PlanInfo>('GET', `/api/plans/${seedPlan}`)).toMatchObject({ status: 'decided', decidingBody: 'RS', revision: 0 });
      expect((await ok<{ key: string; decided: { body: string } }[]>('GET', `/api/plans/${seedPlan}/versions`)).map((v) => [v.key, v.decided.body])).toEqual([['0', 'RS']]);
    });

    it('copies Norrbotten’s plan to 2025–2027: tree, 58 measures and targets, each linked to its predecessor, old targets marked for revision', async () => {
      copy = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Regionstyrelsens plan 2025-2027', startYear: 2025, endYear: 2027, copyOfPlanId: seedPlan })).id;
      const [from, to] = await Promise.all([scorecard(seedPlan), scorecard(copy)]);
      const shape = (sc: Scorecard) => allNodes(sc.nodes).map((n) => [n.levelKey, n.title, n.measures.map((m) => [m.kindKey, m.name, m.baselineText])]);
      expect(shape(to)).toEqual(shape(from));
      expect(allNodes(to.nodes).flatMap((n) => n.measures)).toHaveLength(58);
      const links = await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM measures m JOIN measures p ON p.id = m.predecessor_measure_id WHERE m.plan_id = $1 AND p.plan_id = $2 AND p.name = m.name',
        [copy, seedPlan],
      );
      expect(links[0]!.n).toBe(58);
      const firstMeasure = allNodes(to.nodes).flatMap((n) => n.measures).find((m) => m.name.startsWith('Andel'))!;
      const detail = await ok<MeasureDetail>('GET', `/api/measures/${firstMeasure.id}`);
      expect(detail.targets.length).toBeGreaterThan(0);
      expect(detail.targets.every((t) => t.needsRevision)).toBe(true);
      expect(await ok<PlanInfo>('GET', `/api/plans/${copy}`)).toMatchObject({ status: 'draft', copyOf: { id: seedPlan } });
    });

    it('continues a copied measure’s series from its predecessor: last plan’s outcome is this plan’s baseline', async () => {
      const base = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Bas 2024', startYear: 2024, endYear: 2024 })).id;
      const p = (await ok<{ id: number }>('POST', `/api/plans/${base}/nodes`, { parentId: null, levelKey: 'perspective', name: 'P' })).id;
      const g = (await ok<{ id: number }>('POST', `/api/plans/${base}/nodes`, { parentId: p, levelKey: 'goal', name: 'G' })).id;
      const f = (await ok<{ id: number }>('POST', `/api/plans/${base}/nodes`, { parentId: g, levelKey: 'success-factor', name: 'F' })).id;
      const old = (await ok<{ id: number }>('POST', `/api/plan-nodes/${f}/measures`, { name: 'Antal besök', betterDirection: 'increase' })).id;
      const next = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Nästa 2025', startYear: 2025, endYear: 2025, copyOfPlanId: base })).id;
      const measure = allNodes((await scorecard(next)).nodes).flatMap((n) => n.measures)[0]!;
      await ok('PATCH', `/api/measures/${measure.id}`, { baseline: '2024', targets: { '2025': 'Öka' } });
      await ok('POST', `/api/measures/${measure.id}/values`, { period: '2025', sex: 'T', value: 120 });
      const status = async () => allNodes((await scorecard(next, '2025')).nodes).flatMap((n) => n.measures)[0]!.fulfilment;
      const without = await status();
      await ok('POST', `/api/measures/${old}/values`, { period: '2024', sex: 'T', value: 100 });
      const withEarlier = await status();
      expect(without.status).not.toBe('met');
      expect(withEarlier.status).toBe('met');
      expect(withEarlier.explanation.sv).toContain('100');
      expect((await ok<MeasureDetail>('GET', `/api/measures/${measure.id}`)).fulfilment.find((f) => f.period === '2025')!.fulfilment.status).toBe('met');
    });

    it('carries the plan’s choice between target years over to its copy, and the measure page is told it', async () => {
      const base = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Rak linje 2024', startYear: 2024, endYear: 2024 })).id;
      const { version } = await ok<PlanInfo>('GET', `/api/plans/${base}`);
      await ok('PATCH', `/api/plans/${base}`, { targetBetweenYears: 'straight-line', version });
      const p = (await ok<{ id: number }>('POST', `/api/plans/${base}/nodes`, { parentId: null, levelKey: 'perspective', name: 'P' })).id;
      const g = (await ok<{ id: number }>('POST', `/api/plans/${base}/nodes`, { parentId: p, levelKey: 'goal', name: 'G' })).id;
      const f = (await ok<{ id: number }>('POST', `/api/plans/${base}/nodes`, { parentId: g, levelKey: 'success-factor', name: 'F' })).id;
      await ok('POST', `/api/plan-nodes/${f}/measures`, { name: 'Andel i tid', betterDirection: 'increase' });
      const next = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Rak linje 2025', startYear: 2025, endYear: 2025, copyOfPlanId: base })).id;
      expect(await ok<PlanInfo>('GET', `/api/plans/${next}`)).toMatchObject({ targetBetweenYears: 'straight-line', copyOf: { id: base } });
      const measure = allNodes((await scorecard(next)).nodes).flatMap((n) => n.measures)[0]!;
      expect((await ok<MeasureDetail>('GET', `/api/measures/${measure.id}`)).targetBetweenYears).toBe('straight-line');
      // A plan made from nothing keeps the default.
      const fresh = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Ny 2025', startYear: 2025, endYear: 2025 })).id;
      expect((await ok<PlanInfo>('GET', `/api/plans/${fresh}`)).targetBetweenYears).toBe('next-target');
    });

    it('shows a council goal’s cascade across plans: a division plan’s node serving it, with its status', async () => {
      const division = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Division Närsjukvård 2025', startYear: 2025, endYear: 2025, parentPlanId: copy })).id;
      const goalNode = allNodes((await scorecard(copy)).nodes).find((n) => n.levelKey === 'goal')!;
      const local = (await ok<{ id: number }>('POST', `/api/plans/${division}/nodes`, { parentId: null, levelKey: 'perspective', name: 'Närsjukvårdens medborgare' })).id;
      const bad = await call('PATCH', `/api/plan-nodes/${local}`, { servesNodeId: allNodes((await scorecard(seedPlan)).nodes)[0]!.id });
      expect(bad.statusCode).toBe(400);
      await ok('PATCH', `/api/plan-nodes/${local}`, { servesNodeId: goalNode.id });
      const cascade = await ok<CascadeView>('GET', `/api/plan-nodes/${goalNode.id}/cascade`);
      expect(cascade.root.name).toBe(goalNode.title);
      expect(cascade.entries.filter((e) => e.via === 'child').length).toBe(goalNode.children.length);
      expect(cascade.entries).toContainEqual(expect.objectContaining({ nodeId: local, via: 'serves', planTitle: 'Division Närsjukvård 2025', organisationName: 'Region Norrbotten', status: expect.any(String) }));
      expect((await ok<{ serves: { id: number } }>('GET', `/api/plan-nodes/${local}`)).serves.id).toBe(goalNode.id);
    });

    it('refuses to remove a model level that holds nodes, saying how many', async () => {
      const orgs = await ok<{ id: number; governanceModel: { levels: { key: string }[] } }[]>('GET', '/api/organisations');
      const model = structuredClone(orgs.find((o) => o.id === norrbotten)!.governanceModel);
      model.levels = model.levels.filter((l) => l.key !== 'perspective');
      const usage = await ok<{ levels: Record<string, number>; pairs: { parent: string; child: string; count: number }[]; version: number; ownerOrganisationId: number }>(
        'GET',
        `/api/organisations/${norrbotten}/governance-model/usage`,
      );
      // The editor asks the same rule as the server before offering a move: it needs the parent-child pairs.
      expect(usage.pairs).toContainEqual(expect.objectContaining({ parent: 'perspective', child: 'goal' }));
      // The seed plan's five, its copy's five, and the perspectives the tests above added.
      expect(usage.levels.perspective).toBeGreaterThanOrEqual(11);
      const res = await call('PUT', `/api/organisations/${norrbotten}/governance-model`, model);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(`Nivån Perspektiv kan inte tas bort: ${usage.levels.perspective} noder ligger på den.`);
      // In Danish and English with the model's own level name in that language, the detail too.
      const [stored] = await db().query<{ definition: { levels: { key: string; name: Record<'sv' | 'da' | 'en', string> }[] } }>(
        'SELECT m.definition FROM governance_models m JOIN organisations o ON o.governance_model_id = m.id WHERE o.id = $1',
        [norrbotten],
      );
      const perspective = stored!.definition.levels.find((l) => l.key === 'perspective')!.name;
      const da = (await call('PUT', `/api/organisations/${norrbotten}/governance-model`, model, admin, { 'accept-language': 'da' })).json().error;
      expect(da.message).toBe(`Niveauet ${perspective.da} kan ikke fjernes: ${usage.levels.perspective} elementer ligger på det.`);
      expect(da.details[0]).toEqual({ path: 'levels', message: da.message });
      const en = (await call('PUT', `/api/organisations/${norrbotten}/governance-model`, model, admin, { 'accept-language': 'en' })).json().error;
      expect(en.message).toBe(`The level ${perspective.en} cannot be removed: ${usage.levels.perspective} nodes are on it.`);
      expect(usage.ownerOrganisationId).toBe(norrbotten);
      const stale = await call('PUT', `/api/organisations/${norrbotten}/governance-model`, orgs.find((o) => o.id === norrbotten)!.governanceModel, admin, { 'if-match': String(usage.version - 1 || 99) });
      expect(stale.statusCode).toBe(409);
    });

    it('changes a plan’s facts with its version, and refuses a stale change', async () => {
      const plan = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Utkast', startYear: 2026, endYear: 2028 })).id;
      const info = await ok<PlanInfo>('GET', `/api/plans/${plan}`);
      const changed = await ok<PlanInfo>('PATCH', `/api/plans/${plan}`, { title: 'Divisionsplan 2026–2028', vision: 'Bästa livet.', parentPlanId: seedPlan, version: info.version });
      expect(changed).toMatchObject({ title: 'Divisionsplan 2026–2028', vision: 'Bästa livet.', parentPlan: { id: seedPlan }, version: info.version + 1 });
      const stale = await call('PATCH', `/api/plans/${plan}`, { title: 'Annat', version: info.version });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.message).toContain('(namn, vision, planen ovanför)');
      expect((await call('PATCH', `/api/plans/${plan}`, { startYear: 2030 })).json().error.details[0].path).toBe('endYear');
      expect((await call('PATCH', `/api/plans/${plan}`, { parentPlanId: plan })).statusCode).toBe(400);
    });

    it('deletes a measure with its values and restores it', async () => {
      const node = allNodes((await scorecard(seedPlan)).nodes).find((n) => n.measures.length > 0)!;
      const measure = node.measures[0]!;
      const copyPlan = (await ok<{ id: number }>('POST', `/api/organisations/${norrbotten}/plans`, { title: 'Att ta bort ur', startYear: 2022, endYear: 2024, copyOfPlanId: seedPlan })).id;
      const target = allNodes((await scorecard(copyPlan)).nodes).flatMap((n) => n.measures).find((m) => m.name === measure.name)!;
      await ok('POST', `/api/measures/${target.id}/values`, { period: '2022', sex: 'K', value: 3 });
      expect(await ok('GET', `/api/measures/${target.id}/deletion-impact`)).toEqual({ nodes: [], measures: 1, values: 1, judgements: 0 });
      const before = await ok<MeasureDetail>('GET', `/api/measures/${target.id}`);
      const gone = await ok<DeletionResult>('DELETE', `/api/measures/${target.id}?version=${before.version}`);
      expect((await call('GET', `/api/measures/${target.id}`)).statusCode).toBe(404);
      await ok('POST', `/api/deletions/${gone.deletionId}/restore`);
      expect(await ok<MeasureDetail>('GET', `/api/measures/${target.id}`)).toEqual(before);
    });

    it('lets only the owner’s admins change a model that several organisations use', async () => {
      const sharing = (await ok<{ id: number }>('POST', '/api/organisations', { name: 'Region Delad', template: 'kaplan-norton' })).id;
      const ownModel = (await db().query<{ governance_model_id: number }>('SELECT governance_model_id FROM organisations WHERE id = $1', [norrbotten]))[0]!.governance_model_id;
      await db().query('UPDATE organisations SET governance_model_id = $1 WHERE id = $2', [ownModel, sharing]);
      await addUser(db(), sharing, 'admin', 'admin@delad.test');
      const sharer = await signIn(app, 'admin@delad.test', 'user-password-1');
      const model = (await ok<{ id: number; governanceModel: object }[]>('GET', '/api/organisations', undefined, sharer)).find((o) => o.id === sharing)!.governanceModel;
      expect((await call('PUT', `/api/organisations/${sharing}/governance-model`, model, sharer)).statusCode).toBe(403);
      const usage = await ok<{ organisations: { name: string }[]; ownerOrganisationId: number }>('GET', `/api/organisations/${sharing}/governance-model/usage`, undefined, sharer);
      expect(usage.ownerOrganisationId).toBe(norrbotten);
      expect(usage.organisations.map((o) => o.name)).toEqual(['Region Delad', 'Region Norrbotten']);
      expect((await call('PUT', `/api/organisations/${norrbotten}/governance-model`, model)).statusCode).toBe(200);
    });

    it('removes a person’s role and keeps their history; never the last admin', async () => {
      const userId = await addUser(db(), norrbotten, 'reader', 'lasare@nb.test');
      expect((await call('DELETE', `/api/organisations/${norrbotten}/users/${userId}`)).statusCode).toBe(204);
      expect((await call('DELETE', `/api/organisations/${norrbotten}/users/${userId}`)).statusCode).toBe(404);
      const history = await ok<{ action: string }[]>('GET', `/api/audit?objectType=membership&objectId=${userId}`);
      expect(history[0]!.action).toBe('delete');
    });
  });
});
