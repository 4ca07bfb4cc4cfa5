import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { Scorecard, ScorecardMeasure } from '../../../shared/api-types';
import type { MeasureForecast } from '../../../shared/forecast-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const TRIAGE = 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen';
const DA04 = '2022-DÅ04';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describeEachDatabase('forecasts and comments at DÅ 04 and DÅ 08', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let organisationId: number;
  let admin: string;
  let triage: ScorecardMeasure;

  const send = (cookie: string, method: 'GET' | 'PUT' | 'PATCH', url: string, payload?: object) => app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const put = (cookie: string, payload: object, measureId = triage.id, period = DA04) =>
    send(cookie, 'PUT', `/api/measures/${measureId}/forecasts/${encodeURIComponent(period)}`, payload);
  const measureOn = async (period: string): Promise<ScorecardMeasure> =>
    allNodes(((await send(admin, 'GET', `/api/plans/${planId}/scorecard?period=${encodeURIComponent(period)}`)).json() as Scorecard).nodes)
      .flatMap((n) => n.measures)
      .find((m) => m.name === TRIAGE)!;

  beforeAll(async () => {
    ({ app, planId, organisationId } = await seededApp(db()));
    admin = await signIn(app);
    triage = await measureOn(DA04);
    expect(triage).toBeDefined();
  });

  it('stores a forecast and comment, says whether it meets the year target, and shows it on the scorecard beside the judged status', async () => {
    const saved = await put(admin, { forecast: '45 000', comment: 'Fler ärenden efter sommarens kampanj.', version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    const f = saved.json() as MeasureForecast;
    expect(f).toMatchObject({ forecast: 45_000, comment: 'Fler ärenden efter sommarens kampanj.', version: 1, period: DA04 });
    expect(plain(f.status!.explanation.sv)).toBe('Prognos 45 000 ≥ årsmål 43 000 – prognosen når målet');
    const shown = await measureOn(DA04);
    expect(shown.forecast).toMatchObject({ forecast: 45_000, version: 1, status: { verdict: 'meets' } });
    // The judged status is its own: no value yet, whatever the forecast says.
    expect(shown.fulfilment.status).toBe(triage.fulfilment.status);
    expect(shown.fulfilment.status).not.toBe('met');
    // Not shown at other periods.
    expect((await measureOn('2022')).forecast).toBeUndefined();
  });

  it('refuses a stale edit (409) and keeps what is stored, then takes the edit made on the current version', async () => {
    const stale = await put(admin, { forecast: 40_000, comment: '', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0].path).toBe('version');
    expect((await measureOn(DA04)).forecast!.forecast).toBe(45_000);
    const next = await put(admin, { forecast: 40_000, comment: 'Lägre efter omorganisationen.', version: 1 });
    expect(next.statusCode, next.body).toBe(200);
    expect(next.json()).toMatchObject({ version: 2, status: { verdict: 'misses' } });
    expect(plain((next.json() as MeasureForecast).status!.explanation.sv)).toBe('Prognos 40 000 < årsmål 43 000 – prognosen når inte målet');
  });

  it('audits every save like a value', async () => {
    const rows = await db().query<{ action: string; after: { forecast: number } }>(
      `SELECT action, after FROM audit_log WHERE object_type = 'forecast' AND object_id = $1 ORDER BY seq`,
      [triage.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1]!.after.forecast).toBe(40_000);
  });

  it('refuses bad input with a clear message, and periods that take no forecast', async () => {
    const word = await put(admin, { forecast: 'många', comment: '' });
    expect(word.statusCode).toBe(400);
    expect(word.json().error).toMatchObject({ details: [{ path: 'forecast' }] });
    expect(word.json().error.message).toContain('"många" är inget tal');
    const empty = await put(admin, { forecast: null, comment: '  ' });
    expect(empty.statusCode).toBe(400);
    const year = await put(admin, { forecast: 1, comment: '' }, triage.id, '2022');
    expect(year.statusCode).toBe(400);
    expect(year.json().error.details[0].path).toBe('period');
    expect((await measureOn(DA04)).forecast!.forecast).toBe(40_000);
  });

  it('lets the measure owner and editors enter forecasts, not other reporters or readers', async () => {
    const ownerId = await addUser(db(), organisationId, 'reporter', 'prognos-agare@region.example');
    await addUser(db(), organisationId, 'reporter', 'annan@region.example');
    await addUser(db(), organisationId, 'reader', 'lasare@region.example');
    expect((await send(admin, 'PATCH', `/api/measures/${triage.id}`, { ownerUserId: ownerId })).statusCode).toBe(200);
    const owner = await signIn(app, 'prognos-agare@region.example', 'user-password-1');
    const other = await signIn(app, 'annan@region.example', 'user-password-1');
    const reader = await signIn(app, 'lasare@region.example', 'user-password-1');
    expect((await put(other, { forecast: 1, comment: '' })).statusCode).toBe(403);
    expect((await put(reader, { forecast: 1, comment: '' })).statusCode).toBe(403);
    const own = await put(owner, { forecast: 44_000, comment: 'Ägarens prognos.', version: 2 }, triage.id, DA04);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ enteredBy: expect.any(String), version: 3 });
  });

  it('reads a typed forecast in the reader’s language: `41,000` is forty-one thousand in English, 41 in Danish', async () => {
    const inLang = (lang: string, forecast: string, version: number) =>
      app.inject({ method: 'PUT', url: `/api/measures/${triage.id}/forecasts/${encodeURIComponent(DA04)}`, headers: { cookie: admin, 'accept-language': lang }, payload: { forecast, comment: '', version } });
    const en = await inLang('en', '41,000', 3);
    expect(en.statusCode, en.body).toBe(200);
    expect(en.json().forecast).toBe(41_000);
    expect((await inLang('en', '1,041,000.5', 4)).json().forecast).toBe(1_041_000.5);
    expect((await inLang('da', '41,000', 5)).json().forecast).toBe(41);
    expect((await inLang('da', '41.000', 6)).json().forecast).toBe(41_000);
    expect((await inLang('sv', '41 000,5', 7)).json().forecast).toBe(41_000.5);
  });
});
