import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../shared/api-types';
import { addUser, ADMIN, allNodes, seededApp, signIn } from '../test-support/app';
import { describeEachDatabase } from '../test-support/databases';

describeEachDatabase('HTTP API', (db) => {
  let app: FastifyInstance;
  let organisationId: number;
  let planId: number;
  let admin: string;

  beforeAll(async () => {
    ({ app, organisationId, planId } = await seededApp(db()));
    admin = await signIn(app);
  });

  const get = (url: string, cookie = admin) => app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, payload: object, cookie = admin) => app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const scorecard = async (period: string) => (await get(`/api/plans/${planId}/scorecard?period=${encodeURIComponent(period)}`)).json() as Scorecard;
  const findMeasure = (sc: Scorecard, name: string) => {
    for (const n of allNodes(sc.nodes)) {
      const m = n.measures.find((x) => x.name === name);
      if (m) return { node: n, measure: m };
    }
    throw new Error(`measure not found: ${name}`);
  };

  describe('without a session', () => {
    it('answers 401 with the error shape', async () => {
      const res = await app.inject({ method: 'GET', url: `/api/plans/${planId}/scorecard` });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String), details: [] } });
    });
    it('refuses a wrong password without saying which part was wrong', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ADMIN.email, password: 'nope' } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('Fel e-postadress eller lösenord.');
    });
    it('sets an HttpOnly SameSite session cookie on sign-in', async () => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
      const cookie = res.cookies.find((c) => c.name === 'ls_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Strict');
    });
    it('slows down password guessing for an address', async () => {
      const guess = () => app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'gissare@test.local', password: 'fel' } });
      // Five free failures per address and IP, then a back-off that doubles (login-throttle.ts).
      for (let i = 0; i < 5; i++) expect((await guess()).statusCode).toBe(401);
      const refused = await guess();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe('too-many-attempts');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });
    it('sends security headers', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/me' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      // Through @fastify/helmet: the strict CSP everywhere but the API browser, which runs inline scripts.
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['strict-transport-security']).toBeUndefined();
      const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-security-policy']).toBeUndefined();
      expect(docs.headers['x-content-type-options']).toBe('nosniff');
    });
    it('serves the OpenAPI document', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json().paths)).toContain('/api/plans/{planId}/scorecard');
    });
  });

  it('tells who is signed in and their role', async () => {
    const me = (await get('/api/me')).json();
    expect(me.email).toBe(ADMIN.email);
    // The first admin also administers Region Skåne, which holds the strategic map (seed 002).
    expect(me.memberships).toContainEqual({ organisationId, organisationName: 'Region Norrbotten', role: 'admin' });
  });

  it('lists the organisation with its governance model and plan', async () => {
    const orgs = (await get('/api/organisations')).json();
    expect(orgs[0].koladaId).toBe('0025');
    expect(orgs[0].governanceModel.levels.map((l: { name: { sv: string } }) => l.name.sv)).toEqual(['Perspektiv', 'Strategiskt mål', 'Framgångsfaktor']);
    const plans = (await get(`/api/organisations/${organisationId}/plans`)).json();
    expect(plans).toEqual([expect.objectContaining({ title: 'Regionstyrelsens plan 2022-2024', startYear: 2022, endYear: 2024, targetYears: [2022, 2024] })]);
  });

  it('shows the whole plan as a scorecard tree', async () => {
    const sc = await scorecard('2022-DÅ08');
    expect(sc.vision).toBe('Tillsammans för Norrbotten – Bästa livet, bästa hälsan.');
    expect(sc.nodes.map((n) => n.title)).toEqual([
      'Samhällsperspektivet', 'Medborgarperspektivet', 'Verksamhetsperspektivet', 'Medarbetarperspektivet', 'Ekonomiperspektivet',
    ]);
    const nodes = allNodes(sc.nodes);
    expect(nodes.filter((n) => n.levelKey === 'goal')).toHaveLength(5);
    expect(nodes.filter((n) => n.levelKey === 'success-factor')).toHaveLength(17);
    expect(nodes.reduce((sum, n) => sum + n.measures.length, 0)).toBe(58);
    expect(sc.periods.map((p) => p.key)).toEqual(['2022-DÅ04', '2022-DÅ08', '2022', '2023-DÅ04', '2023-DÅ08', '2023', '2024-DÅ04', '2024-DÅ08', '2024']);
  });

  it('lists the 40 assignments with their bodies, and the long-term goals of a goal', async () => {
    const assignments = (await get(`/api/plans/${planId}/assignments`)).json();
    expect(assignments).toHaveLength(40);
    expect(assignments[0]).toMatchObject({ position: 0, bodies: ['RS', 'RUN'] });
    expect(assignments[0].text).toMatch(/^Färdigställa den år 2019 påbörjade omställningen/);
    const goal = allNodes((await scorecard('2022')).nodes).find((n) => n.title === 'Trygg norrbottning med god livskvalitet')!;
    expect(goal.longTermGoals).toMatch(/^Långsiktiga mål är ökad medellivslängd/);
  });

  it('offers entry periods for comparisons before the plan and those that targets name', async () => {
    const sc = await scorecard('2022');
    const m = findMeasure(sc, 'Antal främjande och förebyggande insatser från Företagshälsan').measure;
    const detail = (await get(`/api/measures/${m.id}`)).json();
    const keys = detail.entryPeriods.map((p: { key: string }) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['2024', '2022-DÅ04', '2019', '2020-12', '2019-12']));
  });

  it('a value entered in Swedish format changes the measure status and the roll-up', async () => {
    const name = 'Andel vårdskador, sluten somatisk vård';
    const before = findMeasure(await scorecard('2022-DÅ08'), name);
    expect(before.measure.fulfilment.status).toBe('no-value');
    expect(before.measure.targetText).toBe('Under 6,5 %');
    const detail = (await get(`/api/measures/${before.measure.id}`)).json();
    const sfBefore = before.node.fulfilment;

    const res = await post(`/api/measures/${before.measure.id}/values`, { period: '2022-DÅ08', sex: 'T', value: '5,8', status: 'preliminary' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ period: '2022-DÅ08', sex: 'T', value: 5.8, status: 'preliminary' });

    const after = findMeasure(await scorecard('2022-DÅ08'), name);
    expect(after.measure.fulfilment.status).toBe('met');
    expect(after.measure.fulfilment.explanation.sv).toContain('5,8');
    expect(after.measure.fulfilment.explanation.sv).toContain('6,5');
    expect(after.measure.valueText?.sv).toBe('5,8\u00A0%');
    expect(after.node.fulfilment.status).not.toBe(sfBefore.status);
    expect(after.node.fulfilment.counts.met).toBe(sfBefore.counts.met + 1);
    expect(detail.targets.map((t: { text: string }) => t.text)).toEqual(['Under 6,5 %', 'Under 5 %']);

    // Not met: 7,2 % is above 6,5 % and worse than the baseline 7,0 %.
    await post(`/api/measures/${before.measure.id}/values`, { period: '2022-DÅ08', sex: 'T', value: '7,2', status: 'final' });
    expect(findMeasure(await scorecard('2022-DÅ08'), name).measure.fulfilment.status).toBe('not-met');
  });

  it('judges per-sex targets for each sex', async () => {
    const name = 'Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)';
    const { measure } = findMeasure(await scorecard('2022'), name);
    expect(measure.targetText).toBe('K 16,0 M 17,2');
    await post(`/api/measures/${measure.id}/values`, { period: '2022', sex: 'K', value: '15,9', status: 'final' });
    await post(`/api/measures/${measure.id}/values`, { period: '2022', sex: 'M', value: '17,9', status: 'final' });
    const judged = findMeasure(await scorecard('2022'), name).measure;
    expect(judged.fulfilment.status).toBe('partly-met');
    expect(judged.valueText?.sv).toBe('K 15,9\u00A0% · M 17,9\u00A0%');
  });

  it('rejects a value that is not a number with the failing field', async () => {
    const { measure } = findMeasure(await scorecard('2022'), 'Kontinuitetsindex');
    const res = await post(`/api/measures/${measure.id}/values`, { period: '2022', sex: 'T', value: 'sex komma fem', status: 'final' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('value');
    const badPeriod = await post(`/api/measures/${measure.id}/values`, { period: '2022-DÅ13', sex: 'T', value: '1', status: 'final' });
    expect(badPeriod.json().error.details[0].path).toBe('period');
    const longAge = await post(`/api/measures/${measure.id}/values`, { period: '2022', sex: 'K', ageBand: 'x'.repeat(41), value: '1' });
    expect(longAge.json().error.details[0]).toMatchObject({ path: 'ageBand', message: expect.stringMatching(/För stor|för lång|tecken/i) });
    const badSex = await post(`/api/measures/${measure.id}/values`, { period: '2022', sex: 'X', value: '1' });
    expect(badSex.statusCode).toBe(400);
    expect(badSex.json().error.details[0].path).toBe('sex');
  });

  it('lets a reporter enter values only for measures they own, and a reader none', async () => {
    const reporterId = await addUser(db(), organisationId, 'reporter', 'rapportor@test.local');
    await addUser(db(), organisationId, 'reader', 'lasare@test.local');
    const sc = await scorecard('2022');
    const own = findMeasure(sc, 'Sjukfrånvaro').measure;
    const other = findMeasure(sc, 'Kontinuitetsindex').measure;
    await db().query('UPDATE measures SET owner_user_id = $1 WHERE id = $2', [reporterId, own.id]);
    const reporter = await signIn(app, 'rapportor@test.local', 'user-password-1');
    const reader = await signIn(app, 'lasare@test.local', 'user-password-1');
    const value = { period: '2022', sex: 'T', value: '5,1', status: 'final' };
    expect((await post(`/api/measures/${own.id}/values`, value, reporter)).statusCode).toBe(201);
    expect((await post(`/api/measures/${other.id}/values`, value, reporter)).statusCode).toBe(403);
    expect((await post(`/api/measures/${own.id}/values`, value, reader)).statusCode).toBe(403);
    expect((await get(`/api/plans/${planId}/scorecard`, reader)).statusCode).toBe(200);
    const readerView = (await get(`/api/measures/${own.id}`, reader)).json();
    expect(readerView.canEnterValues).toBe(false);
  });

  it('validates a governance model before saving it, with the failing path', async () => {
    const orgs = (await get('/api/organisations')).json();
    const model = orgs[0].governanceModel;
    const put = (body: object) => app.inject({ method: 'PUT', url: `/api/organisations/${organisationId}/governance-model`, payload: body, headers: { cookie: admin } });
    const noSwedish = structuredClone(model);
    noSwedish.levels[1].name.sv = '';
    const res = await put(noSwedish);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('levels.1.name.sv');
    const dropped = structuredClone(model);
    dropped.levels = dropped.levels.filter((l: { key: string }) => l.key !== 'goal');
    expect((await put(dropped)).json().error.message).toBe('Nivån Strategiskt mål kan inte tas bort: 5 noder ligger på den.');
    const renamed = structuredClone(model);
    renamed.levels[2].name.en = 'Critical success factor';
    expect((await put(renamed)).statusCode).toBe(200);
    expect((await get('/api/organisations')).json()[0].governanceModel.levels[2].name.en).toBe('Critical success factor');
  });

  it('imports a plan all-or-nothing: a cut file is rejected with line numbers and nothing is stored', async () => {
    const text = (await import('node:fs')).readFileSync('data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', 'utf8');
    const cut = text.split('\n').slice(0, 520).join('\n');
    const res = await post(`/api/organisations/${organisationId}/plans/import`, { text: cut, fileName: 'cut.txt' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].path).toMatch(/^line\.\d+$/);
    const plans = (await get(`/api/organisations/${organisationId}/plans`)).json();
    expect(plans).toHaveLength(1);
    const dry = (await post(`/api/organisations/${organisationId}/plans/import`, { text, fileName: 'plan.txt', dryRun: true })).json();
    expect(dry.lines.slice(0, 5)).toEqual(['Perspektiv: 5', 'Strategiskt mål: 5', 'Framgångsfaktor: 17', 'Styrmått: 58', 'Uppdrag: 40']);
    expect(dry.lines).toEqual(expect.arrayContaining(['Agenda 2030-mål: 8', 'Påverkansfrågor: 7', 'Kapitel: 33', 'Riskbedömningar: 16', 'Budgettabeller: 4']));
    expect((await get(`/api/organisations/${organisationId}/plans`)).json()).toHaveLength(1);
  });

  it('tells a Danish or English reader what is wrong with a plan text, the level words included', async () => {
    const text = (await import('node:fs')).readFileSync('data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', 'utf8');
    const inLang = (lang: string, payload: object) =>
      app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/plans/import`, payload, headers: { cookie: admin, 'accept-language': lang } });
    const cut = (await inLang('da', { text: text.split('\n').slice(0, 520).join('\n'), fileName: 'cut.txt' })).json();
    expect(cut.error.message).toMatch(/^cut\.txt kunne ikke læses \(\d+ fejl\)\. Intet er importeret\.$/);
    const missing = cut.error.details.map((d: { message: string }) => d.message).filter((m: string) => m.includes('indholdsfortegnelsen'));
    expect(missing.length).toBeGreaterThan(0);
    for (const m of missing) expect(m).toMatch(/^(Perspektivet|Det strategiske mål|Succesfaktoren|Risikovurderingen) .*findes i indholdsfortegnelsen, men mangler i teksten; filen kan være afkortet$/);
    // A warning does not stop a dry run; it reaches the reader in their language too.
    const dry = (await inLang('en', { text: text.replace(/^Regionstyrelsens plan 2022-2024$/m, 'Plan 2022-2024'), fileName: 'plan.txt', dryRun: true })).json();
    expect(dry.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ message: 'The title "Plan 2022-2024" names no body of the governance model; goals and success factors get no responsible bodies' })]));
  });
});
