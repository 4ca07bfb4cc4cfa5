import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import type { CodeMappingInput, ValueImportJob, ValuePreview, ValueUpload } from '../../../shared/value-import-types';
import { seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const FIXTURES = join(__dirname, '../../../test-support/fixtures/value-formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

const VARDSKADOR = 'Andel vårdskador, sluten somatisk vård';
const KONTINUITET = 'Kontinuitetsindex';
const DIGITALEN = 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen';
const TELEFON = 'Andel patienter som får kontakt med hälsocentralen via telefon inom 4 timmar eller digitalt samma dag';

function multipart(fileName: string, bytes: Uint8Array) {
  const boundary = '----ledstjarna-formats-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachDatabase('values in the formats regions get them', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let planId: number;
  let cookie: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    db = getDb();
    let organisationId: number;
    ({ app, planId, organisationId } = await seededApp(db));
    cookie = await signIn(app);
    for (const m of await db.query<{ id: number; name: string }>('SELECT id, name FROM measures WHERE plan_id = $1', [planId])) ids[m.name] = m.id;
    expect(ids[VARDSKADOR] && ids[KONTINUITET] && ids[DIGITALEN] && ids[TELEFON]).toBeTruthy();
    // The measure's own link: Kolada KPI N00945 is known, so Kolada files need no mapping of the measure.
    await db.query("UPDATE measures SET kolada_kpi = 'N00945' WHERE id = $1", [ids[KONTINUITET]]);
    const [org] = await db.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [organisationId]);
    expect(org!.name).toBe('Region Norrbotten'); // the Stratsys fixture's unit
  });
  afterAll(async () => {
    await app.close();
  });

  const count = async (sql = 'SELECT count(*)::int AS n FROM measure_values') => (await db.query<{ n: number }>(sql))[0]!.n;
  const upload = async (fileName: string, bytes: Uint8Array) => {
    const m = multipart(fileName, bytes);
    return app.inject({ method: 'POST', url: `/api/plans/${planId}/value-imports`, payload: m.payload, headers: { ...m.headers, cookie } });
  };
  const mapCodes = async (id: number, mappings: CodeMappingInput[]) =>
    app.inject({ method: 'POST', url: `/api/value-imports/${id}/codes`, payload: { mappings }, headers: { cookie } });
  const preview = async (up: ValueUpload) =>
    (await app.inject({ method: 'POST', url: `/api/value-imports/${up.id}/preview`, payload: { mapping: up.suggestedMapping }, headers: { cookie } })).json<ValuePreview>();
  async function run(up: ValueUpload): Promise<ValueImportJob> {
    const start = await app.inject({ method: 'POST', url: `/api/value-imports/${up.id}/run`, payload: { mapping: up.suggestedMapping }, headers: { cookie } });
    expect(start.statusCode).toBe(202);
    for (let i = 0; i < 400; i++) {
      const job = (await app.inject({ method: 'GET', url: `/api/value-imports/${up.id}`, headers: { cookie } })).json<ValueImportJob>();
      if (job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('import did not finish');
  }

  it('Kolada file: the KPI is known from the measure; its municipalities are mapped once to areas, then imported', async () => {
    const res = await upload('n00945.csv', fixture('kolada-n00945.csv'));
    expect(res.statusCode).toBe(201);
    const up = res.json<ValueUpload>();
    expect(up).toMatchObject({ format: 'kolada-csv', coded: true });
    expect(up.unmapped).toEqual([
      { kind: 'area', system: 'kolada', code: '0180', label: 'Stockholm', rows: 3 },
      { kind: 'area', system: 'kolada', code: '1280', label: 'Malmö', rows: 3 },
      { kind: 'area', system: 'kolada', code: '1480', label: 'Göteborg', rows: 3 },
    ]);
    // Unmapped codes make every row a rejection naming the code, and nothing is stored.
    const before = await preview(up);
    expect(before.counts).toMatchObject({ rows: 9, values: 0, rejected: 9 });
    expect(before.rejections[0]!.reason).toMatch(/Enheten 0180 \(Stockholm\)/);

    const mapped = await mapCodes(up.id, up.unmapped.map((u) => ({ kind: 'area', system: u.system, code: u.code, area: u.label })));
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json<ValueUpload>().unmapped).toEqual([]);
    const job = await run(up);
    expect(job).toMatchObject({ status: 'done', summary: { rows: 9, values: 9, inserted: 9, replaced: 0 } });
    const stored = await db.query<{ area: string; period: string; value: number; source: string }>(
      "SELECT area, period, value, source FROM measure_values WHERE measure_id = $1 AND area = 'Göteborg' ORDER BY period", [ids[KONTINUITET]],
    );
    expect(stored.map((s) => [s.period, s.value])).toEqual([['2018', 39.1], ['2019', 39.1], ['2020', 39.5]]);
    expect(stored[0]!.source).toBe('n00945.csv');
  });

  it('Kolada API JSON of the same values: the mapping made once is remembered, nothing to map', async () => {
    const up = (await upload('n00945.json', fixture('kolada-n00945.json'))).json<ValueUpload>();
    expect(up).toMatchObject({ format: 'kolada-json', unmapped: [] });
    expect(await run(up)).toMatchObject({ status: 'done', summary: { values: 9, inserted: 0, replaced: 9 } });
  });

  it('a bad Kolada file (a value that is no number) is rejected whole with its line, nothing stored', async () => {
    const text = readFileSync(join(FIXTURES, 'kolada-n00945.csv'), 'utf8').replace('36.5,N00945,2018,1280', 'saknas,N00945,2017,1280');
    const before = await count();
    const up = (await upload('n00945-fel.csv', utf8(text))).json<ValueUpload>();
    const job = await run(up);
    expect(job.status).toBe('rejected');
    expect(job.rejections).toEqual([expect.objectContaining({ line: 3, value: 'saknas', reason: expect.stringMatching(/inget tal/) })]);
    expect(await count()).toBe(before);
  });

  it('SCB PX-Web JSON and JSON-stat 2.0: table and content code mapped to a measure, Region 00 to an area, remembered', async () => {
    const px = (await upload('folkmangd.json', fixture('scb-folkmangd-riket.pxweb.json'))).json<ValueUpload>();
    expect(px).toMatchObject({ format: 'pxweb-json', coded: true });
    expect(px.unmapped).toEqual([
      { kind: 'measure', system: 'scb', code: 'BE0101:BE0101N1', label: 'Folkmängd', rows: 6 },
      { kind: 'area', system: 'scb', code: '00', label: null, rows: 6 },
    ]);
    const refused = await mapCodes(px.id, [{ kind: 'measure', system: 'scb', code: 'BE0101:BE0101N1', measureId: 999_999 }]);
    expect(refused.statusCode).toBe(400);
    const mapped = await mapCodes(px.id, [
      { kind: 'measure', system: 'scb', code: 'BE0101:BE0101N1', measureId: ids[DIGITALEN]! },
      { kind: 'area', system: 'scb', code: '00', area: 'Riket' },
    ]);
    expect(mapped.json<ValueUpload>().unmapped).toEqual([]);
    expect(await run(px)).toMatchObject({ status: 'done', summary: { values: 6, inserted: 6 } });

    const js = (await upload('folkmangd-jsonstat.json', fixture('scb-folkmangd-riket.jsonstat2.json'))).json<ValueUpload>();
    expect(js.format).toBe('json-stat2');
    // The region is remembered; the JSON-stat file names its table (TAB638), a code of its own.
    expect(js.unmapped).toEqual([{ kind: 'measure', system: 'scb', code: 'TAB638:BE0101N1', label: 'Folkmängd', rows: 6 }]);
    await mapCodes(js.id, [{ kind: 'measure', system: 'scb', code: 'TAB638:BE0101N1', measureId: ids[DIGITALEN]! }]);
    expect(await run(js)).toMatchObject({ status: 'done', summary: { values: 6, inserted: 0, replaced: 6 } });
    const stored = await db.query<{ period: string; value: number }>("SELECT period, value FROM measure_values WHERE measure_id = $1 AND area = 'Riket' ORDER BY period", [ids[DIGITALEN]]);
    expect(stored.map((s) => s.value)).toEqual([10327589, 10379295, 10452326, 10521556, 10551707, 10587710]);
  });

  it('a bad JSON-stat file (fewer values than its dimensions give) is refused at upload with a clear message', async () => {
    const doc = JSON.parse(readFileSync(join(FIXTURES, 'scb-folkmangd-riket.jsonstat2.json'), 'utf8'));
    doc.value.pop();
    const res = await upload('trasig.json', utf8(JSON.stringify(doc)));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toBe('trasig.json: SCB PxWebApi (JSON-stat 2.0): JSON-stat-filen har 5 värden men dimensionerna ger 6. Inget har importerats.');
  });

  it('DHIS2 dataValueSets JSON and CSV: data elements and the org unit mapped once; monthly periods', async () => {
    const json = (await upload('anc.json', fixture('dhis2-datavalueset.json'))).json<ValueUpload>();
    expect(json.format).toBe('dhis2-json');
    expect(json.unmapped.map((u) => `${u.kind}:${u.code}`)).toEqual(['measure:fbfJHSPpUQD', 'area:ImspTQPwCqd', 'measure:cYeuwXTCPkU']);
    await mapCodes(json.id, [
      { kind: 'measure', system: 'dhis2', code: 'fbfJHSPpUQD', measureId: ids[VARDSKADOR]! },
      { kind: 'measure', system: 'dhis2', code: 'cYeuwXTCPkU', measureId: ids[KONTINUITET]! },
      { kind: 'area', system: 'dhis2', code: 'ImspTQPwCqd', area: '' },
    ]);
    expect(await run(json)).toMatchObject({ status: 'done', summary: { values: 2, inserted: 2 } });
    const csv = (await upload('anc.csv', fixture('dhis2-datavalueset.csv'))).json<ValueUpload>();
    expect(csv).toMatchObject({ format: 'dhis2-csv', unmapped: [] });
    expect(await run(csv)).toMatchObject({ status: 'done', summary: { values: 2, replaced: 2 } });
    const stored = await db.query<{ period: string; value: number; area: string }>("SELECT period, value, area FROM measure_values WHERE measure_id = $1 AND period = '2024-03'", [ids[VARDSKADOR]]);
    expect(stored).toEqual([{ period: '2024-03', value: 12, area: '' }]);
  });

  it('a bad DHIS2 CSV (an unknown data element and a weekly period) is rejected whole, naming each row', async () => {
    const text = 'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\nfbfJHSPpUQD,202404,ImspTQPwCqd,HllvX50cXC0,HllvX50cXC0,5\nUNKNOWNDE01,202404,ImspTQPwCqd,,,1\nfbfJHSPpUQD,2024W14,ImspTQPwCqd,,,2\n';
    const before = await count();
    const up = (await upload('fel.csv', utf8(text))).json<ValueUpload>();
    expect(up.unmapped).toEqual([{ kind: 'measure', system: 'dhis2', code: 'UNKNOWNDE01', label: null, rows: 1 }]);
    const job = await run(up);
    expect(job.status).toBe('rejected');
    expect(job.rejections).toEqual([
      expect.objectContaining({ line: 3, reason: expect.stringMatching(/^Koden UNKNOWNDE01 \(DHIS2-dataelement\) är inte kopplad/) }),
      expect.objectContaining({ line: 4, column: 'Period', reason: expect.stringMatching(/^Okänd period/) }),
    ]);
    expect(await count()).toBe(before);
  });

  it('Stratsys export: unit is the organisation, measure by name, decimal commas; a bad one names the unknown measure', async () => {
    const up = (await upload('stratsys.tsv', fixture('stratsys-tertial.tsv'))).json<ValueUpload>();
    expect(up).toMatchObject({ format: 'stratsys-tsv', unmapped: [] });
    expect(await run(up)).toMatchObject({ status: 'done', summary: { values: 3 } });
    const stored = await db.query<{ period: string; value: number }>('SELECT period, value FROM measure_values WHERE measure_id = $1 AND period LIKE $2 ORDER BY period', [ids[TELEFON], '2019-T%']);
    expect(stored).toEqual([{ period: '2019-T1', value: 87 }, { period: '2019-T2', value: 87.4 }, { period: '2019-T3', value: 87.1 }]);

    const before = await count();
    const bad = (await upload('stratsys-fel.tsv', utf8('Enhet\tPeriod\tMått\tVärde\nRegion Norrbotten\t2020-T1\tEtt mått som inte finns\t1,0\n'))).json<ValueUpload>();
    const job = await run(bad);
    expect(job.rejections).toEqual([expect.objectContaining({ line: 2, column: 'Mått', reason: expect.stringMatching(/^Okänt mått/) })]);
    expect(await count()).toBe(before);
  });

  it('a file in no supported format gets "format not supported" naming the formats, never a column-mapping error', async () => {
    const res = await upload('rapport.pdf', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'));
    expect(res.statusCode).toBe(422);
    const message: string = res.json().error.message;
    expect(message).toMatch(/^rapport\.pdf: Formatet stöds inte \(en PDF-fil\)\. Filer som kan importeras: .*DHIS2.*JSON-stat 2\.0.*Kolada.*Stratsys/);
    expect(message).not.toMatch(/Välj vilken kolumn|ingen kolumn|rubrikrad/);
  });
});
