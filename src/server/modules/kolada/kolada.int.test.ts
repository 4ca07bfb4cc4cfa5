import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import type { KoladaComparison, KoladaFetchRun, KoladaKpi, KoladaMeasureLink, KoladaMunicipality } from '../../../shared/kolada-types';
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import { ADMIN, addUser, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import type { KoladaValueDifference } from '../../../shared/kolada-choice-types';
import { type KoladaStandin, startKoladaStandin } from '../../../test-support/kolada-standin';
import { syntheticRegionValues } from '../../../test-support/kolada-synthetic';
import { buildApp } from '../../app';
import { firstStart } from '../../bootstrap';
import { koladaClient } from './kolada.client';

// The seed plan's measure and the Kolada KPI it matches (E-hälsomyndigheten's antibiotic prescriptions).
const MEASURE = 'Antibiotikarecept per tusen invånare och år';
const KPI = 'N00404';
// A second measure, fetched only through the failure cases.
const OTHER_MEASURE = 'Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första besök i specialiserad vård%';

describeEachDatabase('Kolada', (db) => {
  let standin: KoladaStandin;
  let app: FastifyInstance;
  let impatient: FastifyInstance;
  let admin: string;
  let reader: string;
  let organisationId: number;
  let measureId: number;
  let otherId: number;

  const measureIdLike = async (d: Db, name: string) => (await d.query<{ id: number }>('SELECT id FROM measures WHERE name LIKE $1', [name]))[0]!.id;
  const koladaValuesOf = (id: number) =>
    db().query<{ period: string; sex: string; value: number; source: string }>(
      "SELECT period, sex, value, source FROM measure_values WHERE measure_id = $1 AND source = 'Kolada' ORDER BY period, sex",
      [id],
    );

  beforeAll(async () => {
    // 25 data objects a page: 22 ids × 7 years of N00404 take several pages, so paging is exercised.
    standin = await startKoladaStandin({ pageSize: 25 });
    standin.addValues(syntheticRegionValues(KPI));
    standin.addValues(syntheticRegionValues('N79240'));
    const first = await firstStart(db(), { adminEmail: ADMIN.email, adminPassword: ADMIN.password, seed: true });
    organisationId = first.organisationId!;
    app = await buildApp({ db: db(), config: { secureCookies: false }, kolada: koladaClient({ baseUrl: standin.url }) });
    // The same server with a short timeout per page, for the timeout case.
    impatient = await buildApp({ db: db(), config: { secureCookies: false }, kolada: koladaClient({ baseUrl: standin.url, timeoutMs: 1500 }) });
    admin = await signIn(app);
    await addUser(db(), organisationId, 'reader', 'reader@test.local');
    reader = await signIn(app, 'reader@test.local', 'user-password-1');
    measureId = await measureIdLike(db(), MEASURE);
    otherId = await measureIdLike(db(), OTHER_MEASURE);
  });
  afterAll(async () => {
    await app?.close();
    await impatient?.close();
    await standin?.close();
  });

  const get = <T>(url: string, cookie = admin) => app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => ({ status: r.statusCode, body: r.json() as T }));
  const send = <T>(method: 'PUT' | 'POST', url: string, payload: unknown, cookie = admin) =>
    app.inject({ method, url, payload: payload as object, headers: { cookie } }).then((r) => ({ status: r.statusCode, body: r.json() as T }));

  it('searches the real catalogue by id and by title words', async () => {
    const byId = await get<KoladaKpi[]>('/api/kolada/kpis?q=N79240');
    expect(byId.body[0]!.title).toBe('Väntetid för väntande till första kontakt i specialiserad vård, antal dagar (median)');
    const byWords = await get<KoladaKpi[]>(`/api/kolada/kpis?q=${encodeURIComponent('antibiotikaförsäljning recept')}`);
    expect(byWords.body.map((k) => k.id)).toContain(KPI);
  });

  it('lists the 312 municipalities and regions with ids as strings', async () => {
    const list = await get<KoladaMunicipality[]>('/api/kolada/municipalities');
    expect(list.body).toHaveLength(312);
    expect(list.body.find((m) => m.id === '0025')).toEqual({ id: '0025', title: 'Region Norrbotten', type: 'L' });
  });

  it('sets the organisation’s Kolada id from the list and refuses one that is not in it', async () => {
    const lost = await send('PUT', `/api/organisations/${organisationId}/kolada`, { koladaId: '25' });
    expect(lost.status).toBe(400);
    expect(lost.body).toMatchObject({ error: { code: 'validation', details: [{ path: 'koladaId' }] } });
    const riket = await send('PUT', `/api/organisations/${organisationId}/kolada`, { koladaId: '0000' });
    expect(riket.status).toBe(400);
    expect((await send('PUT', `/api/organisations/${organisationId}/kolada`, { koladaId: '0025' }, reader)).status).toBe(403);
    const ok = await send<{ koladaId: string }>('PUT', `/api/organisations/${organisationId}/kolada`, { koladaId: '0025' });
    expect(ok.body).toEqual({ koladaId: '0025', municipality: { id: '0025', title: 'Region Norrbotten', type: 'L' } });
  });

  it('links a measure to a KPI of the catalogue; readers see the link but may not change it', async () => {
    const unknown = await send('PUT', `/api/measures/${measureId}/kolada`, { kpi: 'N99999' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { details: [{ path: 'kpi', message: 'Nyckeltalet "N99999" finns inte i Koladas katalog.' }] } });
    expect((await send('PUT', `/api/measures/${measureId}/kolada`, { kpi: KPI }, reader)).status).toBe(403);
    const linked = await send<KoladaMeasureLink>('PUT', `/api/measures/${measureId}/kolada`, { kpi: KPI.toLowerCase() });
    expect(linked.status).toBe(200);
    expect(linked.body.kpi).toMatchObject({ id: KPI, title: 'Antibiotikaförsäljning, recept/1000 inv' });
    expect(linked.body.organisation).toEqual({ id: '0025', title: 'Region Norrbotten', type: 'L' });
    expect(linked.body.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const seen = await get<KoladaMeasureLink>(`/api/measures/${measureId}/kolada`, reader);
    expect(seen.body).toMatchObject({ kpi: { id: KPI }, canLink: false, canFetch: false, lastFetch: null });
    expect((await send('POST', `/api/measures/${measureId}/kolada/fetch`, {}, reader)).status).toBe(403);
  });

  it('fetches every page and stores the organisation’s values as T/K/M per year, source Kolada, missing left out', async () => {
    standin.requests.length = 0;
    const res = await send<KoladaFetchRun>('POST', `/api/measures/${measureId}/kolada/fetch`, {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'ok', trigger: 'manual', kpi: KPI, by: 'Administratör' });
    const dataRequests = standin.requests.filter((r) => r.startsWith(`/v3/data/kpi/${KPI}/`));
    // 22 ids × 5 years with values = 110 data objects at 25 a page.
    expect(dataRequests).toHaveLength(5);
    expect(dataRequests[0]).toContain('/municipality/0001,0003,');
    expect(dataRequests[0]).toContain(',0025,0000/year/2018,2019,2020,2021,2022,2023,2024');
    expect(dataRequests[4]).toContain('page=5');
    const values = await koladaValuesOf(measureId);
    // 5 years × 3 sexes, less the K value Kolada has as null for 2019.
    expect(values).toHaveLength(14);
    expect(res.body.storedValues).toBe(14);
    // Region Skåne has no 2022 values; Norrbotten's null K for 2019 is kept, as missing.
    expect(res.body.comparisonValues).toBe(22 * 5 * 3 - 3);
    expect(values.filter((v) => v.period === '2022')).toEqual([
      { period: '2022', sex: 'K', value: 330, source: 'Kolada' },
      { period: '2022', sex: 'M', value: 231, source: 'Kolada' },
      { period: '2022', sex: 'T', value: 281, source: 'Kolada' },
    ]);
    expect(values.some((v) => v.period === '2019' && v.sex === 'K')).toBe(false);
    const missing = await db().query<{ value: number | null }>("SELECT value FROM kolada_values WHERE kpi = $1 AND municipality_id = '0025' AND year = 2019 AND gender = 'K'", [KPI]);
    expect(missing).toEqual([{ value: null }]);
    expect(res.body.reason).toContain('1 saknas i Kolada');
    // The measure page shows them with their source, credited to Kolada.
    const detail = await get<{ values: { period: string; source: string | null }[] }>(`/api/measures/${measureId}`);
    expect(detail.body.values.filter((v) => v.source === 'Kolada')).toHaveLength(14);
    // The scorecard knows the year's value came from Kolada (and shows "Källa: Kolada" beside it); other measures' values did not.
    const [{ plan_id: planId }] = (await db().query<{ plan_id: number }>('SELECT plan_id FROM measures WHERE id = $1', [measureId])) as [{ plan_id: number }];
    const card = await get<Scorecard>(`/api/plans/${planId}/scorecard?period=2022`);
    const measures = (nodes: ScorecardNode[]): ScorecardMeasure[] => nodes.flatMap((n) => [...n.measures, ...measures(n.children)]);
    const all = measures(card.body.nodes);
    expect(all.find((m) => m.id === measureId)).toMatchObject({ valueText: { sv: '281\u00A0st · K 330\u00A0st · M 231\u00A0st' }, valueFromKolada: true });
    expect(all.filter((m) => m.valueFromKolada).map((m) => m.id)).toEqual([measureId]);
  });

  it('ranks highest first while the better direction is unknown, and says so', async () => {
    // Issue 12: the import now reads "decrease" off the targets 270 → 245; a person clears it to leave it unknown.
    expect((await app.inject({ method: 'PATCH', url: `/api/measures/${measureId}`, payload: { betterDirection: null }, headers: { cookie: admin } })).statusCode).toBe(200);
    const res = await get<KoladaComparison>(`/api/measures/${measureId}/kolada/comparison`, reader);
    expect(res.body.betterDirection).toBeNull();
    expect(res.body.rows[0]).toMatchObject({ municipality: { id: '0024' }, value: 326, rank: 1 });
  });

  it('ranks all 21 regions for the latest year by the measure’s better direction, with Riket', async () => {
    // Fewer prescriptions are better (the plan's targets go from 275 to 270 and 245): an editor says so.
    expect((await app.inject({ method: 'PATCH', url: `/api/measures/${measureId}`, payload: { betterDirection: 'decrease' }, headers: { cookie: admin } })).statusCode).toBe(200);
    const res = await get<KoladaComparison>(`/api/measures/${measureId}/kolada/comparison`, reader);
    expect(res.status).toBe(200);
    const c = res.body;
    expect(c.year).toBe(2022);
    expect(c.years).toEqual([2022, 2021, 2020, 2019, 2018]);
    expect(c.betterDirection).toBe('decrease');
    expect(c.rows).toHaveLength(22);
    expect(c.rows[0]).toMatchObject({ municipality: { id: '0001', title: 'Region Stockholm' }, value: 250, rank: 1 });
    const own = c.rows.find((r) => r.isOwn)!;
    expect(own).toMatchObject({ municipality: { id: '0025', title: 'Region Norrbotten' }, value: 281, rank: 9 });
    expect(c.rows[20]).toMatchObject({ municipality: { id: '0012', title: 'Region Skåne' }, value: null, rank: null });
    expect(c.rows[21]).toMatchObject({ municipality: { id: '0000', title: 'Riket' }, value: 290, rank: null, isNational: true });
    const women2021 = await get<KoladaComparison>(`/api/measures/${measureId}/kolada/comparison?year=2021&gender=K`);
    expect(women2021.body.rows.find((r) => r.isOwn)!.value).toBe(330 + 3 + 45);
    expect((await get(`/api/measures/${measureId}/kolada/comparison?year=2015`)).status).toBe(400);
  });

  it('a new fetch replaces only Kolada’s values: a value a person entered for a follow-up period stays', async () => {
    const entered = await send('POST', `/api/measures/${measureId}/values`, { period: '2022-DÅ08', sex: 'T', value: '268', status: 'preliminary' });
    expect(entered.status).toBe(201);
    const again = await send<KoladaFetchRun>('POST', `/api/measures/${measureId}/kolada/fetch`, {});
    expect(again.body.storedValues).toBe(14);
    const rows = await db().query<{ period: string; source: string | null; value: number }>('SELECT period, source, value FROM measure_values WHERE measure_id = $1 ORDER BY period, sex', [measureId]);
    expect(rows.filter((r) => r.source === 'Kolada')).toHaveLength(14);
    expect(rows.filter((r) => r.source !== 'Kolada')).toEqual([{ period: '2022-DÅ08', source: null, value: 268 }]);
  });

  it('never overwrites a value a person entered for a year Kolada has: the difference is shown for a person to choose', async () => {
    const [k] = await db().query<{ value: number }>("SELECT value FROM measure_values WHERE measure_id = $1 AND period = '2022' AND sex = 'T'", [measureId]);
    // A person replaces Kolada's 2022 value with their own.
    const entered = await send<{ version: number }>('POST', `/api/measures/${measureId}/values`, { period: '2022', sex: 'T', value: '123,5', status: 'final' });
    expect(entered.status).toBe(201);
    const again = await send<KoladaFetchRun>('POST', `/api/measures/${measureId}/kolada/fetch`, {});
    expect(again.status).toBe(200);
    expect(again.body.storedValues).toBe(13);
    expect(again.body.reason).toContain(`1 inmatade värden skiljer sig från Koladas och behölls – välj vilket som ska gälla: 2022 totalt: inmatat 123,5 (Administratör), Kolada ${String(k!.value).replace('.', ',')}`);
    const [kept] = await db().query<{ value: number; source: string | null }>("SELECT value, source FROM measure_values WHERE measure_id = $1 AND period = '2022' AND sex = 'T'", [measureId]);
    expect(kept).toEqual({ value: 123.5, source: null });
  });

  it('lists the difference (measure, period, entered value, Kolada value); keeping mine hides it, taking Kolada’s makes the value Kolada’s; both audited', async () => {
    const planId = (await db().query<{ plan_id: number }>('SELECT plan_id FROM measures WHERE id = $1', [measureId]))[0]!.plan_id;
    const list = await get<KoladaValueDifference[]>(`/api/plans/${planId}/kolada/differences`);
    expect(list.status).toBe(200);
    const diff = list.body.find((d) => d.measureId === measureId && d.period === '2022' && d.sex === 'T')!;
    expect(diff).toMatchObject({ measureName: expect.any(String), entered: 123.5, enteredBy: 'Administratör', canChoose: true });
    expect(diff.kolada).not.toBe(123.5);
    // A reader sees it but may not choose.
    const asReader = await get<KoladaValueDifference[]>(`/api/plans/${planId}/kolada/differences`, reader);
    expect(asReader.body.find((d) => d.measureId === measureId)?.canChoose).toBe(false);
    expect((await send('POST', `/api/measures/${measureId}/kolada/choice`, { period: '2022', sex: 'T', keep: 'kolada', version: diff.version }, reader)).status).toBe(403);
    // A choice against an older version is refused.
    const stale = await send<{ error: { code: string; details: { path: string }[] } }>('POST', `/api/measures/${measureId}/kolada/choice`, { period: '2022', sex: 'T', keep: 'kolada', version: diff.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details[0]!.path).toBe('version');

    const keep = await app.inject({ method: 'POST', url: `/api/measures/${measureId}/kolada/choice`, payload: { period: '2022', sex: 'T', keep: 'entered', version: diff.version }, headers: { cookie: admin } });
    expect(keep.statusCode, keep.body).toBe(204);
    expect((await get<KoladaValueDifference[]>(`/api/plans/${planId}/kolada/differences`)).body.some((d) => d.measureId === measureId && d.period === '2022')).toBe(false);
    // A later fetch with the same Kolada value does not ask again, and the entered value stays.
    await send('POST', `/api/measures/${measureId}/kolada/fetch`, {});
    expect((await get<KoladaValueDifference[]>(`/api/plans/${planId}/kolada/differences`)).body.some((d) => d.measureId === measureId && d.period === '2022')).toBe(false);

    // The person changes their mind: enters another value, and this time takes Kolada's.
    const again = await send<{ version: number }>('POST', `/api/measures/${measureId}/values`, { period: '2022', sex: 'T', value: '99', status: 'final' });
    expect(again.status).toBe(201);
    const second = (await get<KoladaValueDifference[]>(`/api/plans/${planId}/kolada/differences`)).body.find((d) => d.measureId === measureId && d.period === '2022')!;
    expect(second.entered).toBe(99);
    const take = await app.inject({ method: 'POST', url: `/api/measures/${measureId}/kolada/choice`, payload: { period: '2022', sex: 'T', keep: 'kolada', version: second.version }, headers: { cookie: admin } });
    expect(take.statusCode, take.body).toBe(204);
    const [now] = await db().query<{ id: number; value: number; source: string | null }>("SELECT id::int AS id, value, source FROM measure_values WHERE measure_id = $1 AND period = '2022' AND sex = 'T'", [measureId]);
    expect(now).toMatchObject({ value: diff.kolada, source: 'Kolada' });
    const history = await get<{ action: string; before: { value: number }; after: { keep: string; value: number } }[]>(`/api/audit?objectType=value&objectId=${now!.id}`);
    const choices = history.body.filter((e) => e.action === 'kolada-choice');
    expect(choices.map((c) => [c.after.keep, c.before.value, c.after.value])).toEqual([
      ['kolada', 99, diff.kolada],
      ['entered', 123.5, 123.5],
    ]);
  });

  describe('a failed or partial fetch changes nothing and says why', () => {
    const failures = [
      { name: 'a server error on page 2', failure: { kind: 'status', status: 500, page: 2 }, reason: 'Kolada svarade med HTTP 500 på sida 2' },
      { name: 'a page cut short', failure: { kind: 'cut-short', page: 3 }, reason: 'sida 3: sidan är ofullständig' },
      { name: 'a malformed body', failure: { kind: 'malformed', page: 1 }, reason: 'sida 1 från Kolada är inte giltig JSON' },
      { name: 'a timeout', failure: { kind: 'slow', ms: 4000, page: 2 }, reason: 'Kolada svarade inte inom 1,5 s (sida 2)' },
      { name: 'a next_url to another host', failure: { kind: 'foreign-next-url' }, reason: 'sida 2 pekar till en annan värd' },
    ] as const;
    beforeAll(async () => {
      await send('PUT', `/api/measures/${otherId}/kolada`, { kpi: 'N79240' });
    });
    for (const f of failures) {
      it(`on ${f.name}`, async () => {
        const before = await db().query('SELECT count(*)::int AS n FROM kolada_values');
        standin.fail(f.failure);
        const server = f.failure.kind === 'slow' ? impatient : app;
        const res = await server.inject({ method: 'POST', url: `/api/measures/${otherId}/kolada/fetch`, payload: {}, headers: { cookie: admin } }).then((r) => ({ status: r.statusCode, body: r.json() as { error: { code: string; message: string } } }));
        standin.fail(null);
        expect(res.status).toBe(502);
        expect(res.body.error.code).toBe('upstream-failed');
        expect(res.body.error.message).toContain(f.reason);
        expect(res.body.error.message).toContain('Inget har ändrats.');
        expect(await koladaValuesOf(otherId)).toEqual([]);
        expect(await db().query('SELECT count(*)::int AS n FROM kolada_values')).toEqual(before);
        const link = await get<KoladaMeasureLink>(`/api/measures/${otherId}/kolada`);
        expect(link.body.lastFetch).toMatchObject({ outcome: 'failed', storedValues: 0 });
        expect(link.body.lastFetch!.reason).toContain(f.reason);
      });
    }
    it('and the same fetch succeeds once Kolada answers properly', async () => {
      const res = await send<KoladaFetchRun>('POST', `/api/measures/${otherId}/kolada/fetch`, {});
      expect(res.status).toBe(200);
      expect(await koladaValuesOf(otherId)).toHaveLength(14);
    });
  });

  it('a fetch without a Kolada id for the organisation names the missing field', async () => {
    await db().query('UPDATE organisations SET kolada_id = NULL WHERE id = $1', [organisationId]);
    const res = await send('POST', `/api/measures/${measureId}/kolada/fetch`, {});
    await db().query("UPDATE organisations SET kolada_id = '0025' WHERE id = $1", [organisationId]);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { details: [{ path: 'koladaId' }] } });
  });
});
