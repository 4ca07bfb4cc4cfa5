import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import type { ValueImportJob, ValueMapping, ValuePreview, ValueUpload } from '../../../shared/value-import-types';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { BATCH_SIZE } from './stage-file';
import { importValuesFromFile } from './value-import.service';

const VARDSKADOR = 'Andel vårdskador, sluten somatisk vård';
const KONTINUITET = 'Kontinuitetsindex';
const DIGITALEN = 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen';

/** Windows-1252 bytes of text with only Latin-1 letters (å ä ö Å Ä Ö are the same code points). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

function multipart(fileName: string, bytes: Uint8Array) {
  const boundary = '----ledstjarna-test-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function xlsx(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Värden');
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describeEachDatabase('values from files', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let planId: number;
  let organisationId: number;
  let cookie: string;
  const ids: Record<string, number> = {};
  const dir = mkdtempSync(join(tmpdir(), 'ledstjarna-values-'));

  beforeAll(async () => {
    db = getDb();
    ({ app, planId, organisationId } = await seededApp(db));
    cookie = await signIn(app);
    for (const m of await db.query<{ id: number; name: string }>('SELECT id, name FROM measures WHERE plan_id = $1', [planId])) ids[m.name] = m.id;
    expect(ids[VARDSKADOR] && ids[KONTINUITET] && ids[DIGITALEN]).toBeTruthy();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const storedCount = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM measure_values'))[0]!.n;
  const upload = async (fileName: string, bytes: Uint8Array, as = cookie) =>
    app.inject({ method: 'POST', url: `/api/plans/${planId}/value-imports`, ...multipart(fileName, bytes), headers: { ...multipart(fileName, bytes).headers, cookie: as } });
  const preview = async (id: number, mapping: ValueMapping, as = cookie) =>
    app.inject({ method: 'POST', url: `/api/value-imports/${id}/preview`, payload: { mapping }, headers: { cookie: as } });
  /** Starts the import and polls until the job has finished. */
  async function runToEnd(id: number, mapping: ValueMapping, as = cookie): Promise<ValueImportJob> {
    const start = await app.inject({ method: 'POST', url: `/api/value-imports/${id}/run`, payload: { mapping }, headers: { cookie: as } });
    expect(start.statusCode).toBe(202);
    for (let i = 0; i < 400; i++) {
      const job = (await app.inject({ method: 'GET', url: `/api/value-imports/${id}`, headers: { cookie: as } })).json<ValueImportJob>();
      if (job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('import did not finish');
  }

  const longMapping: ValueMapping = { layout: 'long', measure: 'Mått', period: 'Period', sex: 'Kön', value: 'Värde', numberFormat: 'auto' };

  it('imports a Windows-1252 CSV with semicolons and decimal commas, recording file and person', async () => {
    const text = `Mått;Period;Kön;Värde\r\n${VARDSKADOR};DÅ 08 2022;Totalt;5,8\r\n${VARDSKADOR};2022-DÅ08;Kvinnor;6,1\r\n${ids[DIGITALEN]};2022;T;43 000\r\n${KONTINUITET};2022;Män;..\r\n`;
    const res = await upload('värden åäö.csv', cp1252(text));
    expect(res.statusCode).toBe(201);
    const up = res.json<ValueUpload>();
    expect(up).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';', headers: ['Mått', 'Period', 'Kön', 'Värde'] });
    expect(up.sampleRows[0]![0]).toBe(VARDSKADOR);
    expect(up.suggestedMapping).toMatchObject({ layout: 'long', measure: 'Mått', period: 'Period', sex: 'Kön', value: 'Värde', numberFormat: 'sv' });

    const p = (await preview(up.id, up.suggestedMapping)).json<ValuePreview>();
    expect(p.counts).toEqual({ rows: 4, values: 3, missing: 1, rejected: 0 });
    expect(p.rejections).toEqual([]);
    expect(p.firstValues[0]).toMatchObject({ line: 2, measureName: VARDSKADOR, period: '2022-DÅ08', sex: 'T', value: 5.8 });
    expect(await storedCount()).toBe(0);

    const job = await runToEnd(up.id, up.suggestedMapping);
    expect(job).toMatchObject({ status: 'done', summary: { rows: 4, values: 3, inserted: 3, replaced: 0, missing: 1 } });
    expect(job.bytesRead).toBe(job.byteSize);
    const stored = await db.query<{ value: number; source: string; entered_by: number; sex: string }>(
      'SELECT value, source, entered_by, sex FROM measure_values WHERE measure_id = $1 ORDER BY sex', [ids[VARDSKADOR]],
    );
    expect(stored.map((s) => [s.sex, s.value])).toEqual([['K', 6.1], ['T', 5.8]]);
    expect(stored[0]!.source).toBe('värden åäö.csv');
    expect(stored[0]!.entered_by).toBeGreaterThan(0);
  });

  it('replaces values already stored and says how many were new and how many replaced', async () => {
    const text = `Mått;Period;Kön;Värde\n${VARDSKADOR};2022-DÅ08;T;5,5\n${VARDSKADOR};2022-DÅ04;T;6,0\n`;
    const up = (await upload('andra.csv', utf8(text))).json<ValueUpload>();
    expect((await preview(up.id, longMapping)).json<ValuePreview>().wouldReplace).toBe(1);
    const job = await runToEnd(up.id, longMapping);
    expect(job.summary).toMatchObject({ values: 2, inserted: 1, replaced: 1 });
    const v = await db.query<{ value: number }>("SELECT value FROM measure_values WHERE measure_id = $1 AND period = '2022-DÅ08' AND sex = 'T'", [ids[VARDSKADOR]]);
    expect(v[0]!.value).toBe(5.5);
  });

  it('rejects a bad file whole: wrong types, unknown measures, duplicates and a row cut short, each with its line', async () => {
    const before = await storedCount();
    const text = [
      'Mått;Period;Kön;Värde',
      `${VARDSKADOR};2023-DÅ04;T;4,9`,
      `${VARDSKADOR};2023;T;sex komma två`,
      'Antal enhörningar i länet;2023;T;12',
      `${VARDSKADOR};2023-DÅ13;X;1`,
      `${VARDSKADOR};DÅ 04 2023;Totalt;5,0`,
      `${KONTINUITET};2023;T`,
    ].join('\n');
    const up = (await upload('fel.csv', utf8(text))).json<ValueUpload>();
    const p = (await preview(up.id, longMapping)).json<ValuePreview>();
    expect(p.rejections.map((r) => [r.line, r.column])).toEqual([
      [3, 'Värde'],
      [4, 'Mått'],
      [5, 'Kön'],
      [5, 'Period'],
      [6, null],
      [7, null],
    ]);
    expect(p.rejections[0]!.reason).toContain('inget tal');
    expect(p.rejections[1]).toMatchObject({ value: 'Antal enhörningar i länet', reason: expect.stringContaining('Okänt mått') });
    expect(p.rejections[4]!.reason).toBe('Dubblett: samma mått, period, kön, åldersgrupp och område som rad 2.');
    expect(p.rejections[5]!.reason).toContain('avkortad');

    const job = await runToEnd(up.id, longMapping);
    expect(job.status).toBe('rejected');
    expect(job.rejections).toHaveLength(6);
    expect(job.message).toContain('Inget har importerats');
    expect(await storedCount()).toBe(before);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM value_import_rows'))[0]!.n).toBe(0);
  });

  it('words each rejected row and the refusal in the reader’s language, and suggests English numbers to an English reader', async () => {
    const text = ['Mått;Period;Kön;Värde', `${VARDSKADOR};2023;T;sex komma två`, 'Antal enhörningar i länet;2023;T;1,000', `${VARDSKADOR};2023-DÅ13;X;1`].join('\n');
    const en = { cookie, 'accept-language': 'en' };
    const da = { cookie, 'accept-language': 'da' };
    const up = app.inject({ method: 'POST', url: `/api/plans/${planId}/value-imports`, ...multipart('fel-en.csv', utf8(text)), headers: { ...multipart('fel-en.csv', utf8(text)).headers, ...en } });
    const uploaded = (await up).json<ValueUpload>();
    // `sex komma två` and `1,000` tell nothing: the number style follows the English reader.
    expect(uploaded.suggestedMapping.numberFormat).toBe('en');
    const ask = async (headers: Record<string, string>) =>
      (await app.inject({ method: 'POST', url: `/api/value-imports/${uploaded.id}/preview`, payload: { mapping: longMapping }, headers })).json<ValuePreview>();
    expect((await ask(en)).rejections.map((r) => r.reason)).toEqual([
      'The value is not a number. Write e.g. 6.5 or 43,000; leave it empty or write .. when there is no value.',
      'Unknown measure: the plan has no measure with that name. Give the measure’s id or its exact name.',
      'Unknown sex. Write T, K or M (or Totalt, Kvinnor, Män).',
      'Unknown period. Write e.g. 2022-DÅ04, DÅ 04 2022, 2022, 2022-T1, 2022-Q1 or 2022-03.',
    ]);
    expect((await ask(da)).rejections[1]!.reason).toBe('Ukendt måling: planen har ingen måling med det navn. Angiv målingens id eller dens nøjagtige navn.');
    const start = await app.inject({ method: 'POST', url: `/api/value-imports/${uploaded.id}/run`, payload: { mapping: longMapping }, headers: da });
    expect(start.statusCode).toBe(202);
    let job = start.json<ValueImportJob>();
    for (let i = 0; i < 200 && (job.status === 'running' || job.status === 'uploaded' || job.status === 'previewed'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = (await app.inject({ method: 'GET', url: `/api/value-imports/${uploaded.id}`, headers: da })).json<ValueImportJob>();
    }
    expect(job.status).toBe('rejected');
    expect(job.message).toBe('fel-en.csv: 4 rækker kan ikke importeres. Intet er importeret.');
    expect(job.rejections[0]!.reason).toBe('Værdien er ikke et tal. Skriv fx 6,5 eller 43.000; lad feltet stå tomt, eller skriv .., hvis værdien mangler.');
  });

  it('rejects a CSV cut inside a quoted cell', async () => {
    const up = (await upload('avkortad.csv', utf8(`Mått,Period,Värde\n"${KONTINUITET}",2024,3\n"${KONTINUITET}`))).json<ValueUpload>();
    const mapping: ValueMapping = { ...longMapping, sex: null };
    const p = (await preview(up.id, mapping)).json<ValuePreview>();
    expect(p.rejections).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining('stängs aldrig') })]);
  });

  it('imports a wide XLSX with one column per period', async () => {
    const bytes = await xlsx([
      ['Mått', 'Kön', 'DÅ 04 2024', '2024-DÅ08', 'ÅR 2024'],
      [ids[KONTINUITET]!, 'K', 0.71, 0.72, null],
      [KONTINUITET, 'M', '0,69', '..', 0.7],
    ]);
    const up = (await upload('bred.xlsx', bytes)).json<ValueUpload>();
    expect(up.suggestedMapping).toMatchObject({ layout: 'wide', periodColumns: ['DÅ 04 2024', '2024-DÅ08', 'ÅR 2024'] });
    const job = await runToEnd(up.id, up.suggestedMapping);
    expect(job.summary).toMatchObject({ values: 4, inserted: 4, missing: 2 });
    const rows = await db.query<{ period: string; sex: string; value: number }>(
      "SELECT period, sex, value FROM measure_values WHERE measure_id = $1 AND period LIKE '2024%' ORDER BY sex, period", [ids[KONTINUITET]],
    );
    expect(rows.map((r) => `${r.sex} ${r.period} ${r.value}`)).toEqual(['K 2024-DÅ04 0.71', 'K 2024-DÅ08 0.72', 'M 2024 0.7', 'M 2024-DÅ04 0.69']);
  });

  it('refuses an XLSX file cut in the middle of its zip, and stores nothing', async () => {
    const bytes = await xlsx([['Mått', 'Period', 'Värde'], [VARDSKADOR, '2025', 1]]);
    const res = await upload('halv.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'import-rejected', message: expect.stringContaining('ingen läsbar XLSX-fil') });
  });

  it('names the mapping field that does not fit the file', async () => {
    const up = (await upload('karta.csv', utf8('Mått;Tid;Värde\n1;2022;1\n'))).json<ValueUpload>();
    const res = await preview(up.id, longMapping);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toEqual(['mapping.period', 'mapping.sex']);
  });

  it('lets a reporter import only the measures they own', async () => {
    const reporterId = await addUser(db, organisationId, 'reporter', 'rapportor@test.local');
    await db.query('UPDATE measures SET owner_user_id = $1 WHERE id = $2', [reporterId, ids[KONTINUITET]]);
    const reporter = await signIn(app, 'rapportor@test.local', 'user-password-1');
    const text = `Mått;Period;Kön;Värde\n${KONTINUITET};2025;T;0,8\n${VARDSKADOR};2025;T;5,1\n`;
    const up = (await upload('rapportor.csv', utf8(text), reporter)).json<ValueUpload>();
    const p = (await preview(up.id, longMapping, reporter)).json<ValuePreview>();
    expect(p.rejections).toEqual([expect.objectContaining({ line: 3, column: 'Mått', reason: expect.stringContaining('ägare') })]);

    await addUser(db, organisationId, 'reader', 'lasare@test.local');
    const reader = await signIn(app, 'lasare@test.local', 'user-password-1');
    expect((await upload('lasare.csv', utf8(text), reader)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/value-imports/${up.id}`, headers: { cookie: reader } })).statusCode).toBe(403);
  });

  it('runs one import of a file at a time, and answers while it runs', async () => {
    // Big enough (three batches) that the first run is still going when the second request arrives.
    const rows = Array.from({ length: 30_000 }, (_, i) => `${ids[KONTINUITET]};2026;Område ${i};0,9`).join('\n');
    const up = (await upload('en-gang.csv', utf8(`Mått;Period;Område;Värde\n${rows}\n`))).json<ValueUpload>();
    const mapping: ValueMapping = { ...longMapping, sex: null, area: 'Område' };
    const start = () => app.inject({ method: 'POST', url: `/api/value-imports/${up.id}/run`, payload: { mapping }, headers: { cookie } });
    const responses = await Promise.all([start(), start()]);
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([202, 409]);
    const seen: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const job = (await app.inject({ method: 'GET', url: `/api/value-imports/${up.id}`, headers: { cookie } })).json<ValueImportJob>();
      if (job.status !== 'running') {
        expect(job.summary).toMatchObject({ values: 30_000 });
        break;
      }
      seen.push(job.rowsRead);
      await new Promise((r) => setTimeout(r, 10));
    }
    // The page's polling saw the job under way, not only its end.
    expect(seen.some((n) => n > 0 && n < 30_000) || seen.length > 1).toBe(true);
  });

  it('says clearly when an upload is too large', async () => {
    const res = await upload('stor.csv', new Uint8Array(51 * 1024 * 1024).fill(0x41));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ message: expect.stringContaining('större än 50 MB'), details: [{ path: 'file', message: expect.any(String) }] });
  });

  it('streams a file from disk (the CLI and benchmark path), English numbers and commas', async () => {
    const path = join(dir, 'english.csv');
    writeFileSync(path, `measure,period,sex,value\n${ids[DIGITALEN]},2023,Total,"43,500"\n${ids[DIGITALEN]},2023-T1,Women,"1,234.5"\n`);
    const actor = { id: 1, roles: new Map([[organisationId, 'admin' as const]]) };
    const phases: string[] = [];
    const summary = await importValuesFromFile(db, actor, {
      planId, path, mapping: { layout: 'long', measure: 'measure', period: 'period', sex: 'sex', value: 'value', numberFormat: 'auto' },
      onProgress: (p) => phases.push(p.phase),
    });
    expect(summary).toMatchObject({ rows: 2, values: 2, inserted: 2, replaced: 0 });
    expect(phases.at(-1)).toBe('saving');
    const v = await db.query<{ period: string; value: number }>("SELECT period, value FROM measure_values WHERE measure_id = $1 AND period LIKE '2023%' ORDER BY period", [ids[DIGITALEN]]);
    expect(v).toEqual([{ period: '2023', value: 43500 }, { period: '2023-T1', value: 1234.5 }]);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `measure,period,value\n${ids[DIGITALEN]},2026,1\n${ids[DIGITALEN]},2026,2\n`);
    const before = await storedCount();
    await expect(importValuesFromFile(db, actor, { planId, path: bad, mapping: { layout: 'long', measure: 'measure', period: 'period', value: 'value', numberFormat: 'sv' } }))
      .rejects.toMatchObject({ code: 'import-rejected', details: [{ path: 'line.3', message: expect.stringContaining('Dubblett') }] });
    expect(await storedCount()).toBe(before);
  });

  it('stores nothing of a file bigger than a batch whose bad row comes last, and then imports it whole once corrected', async () => {
    const rows = Array.from({ length: BATCH_SIZE + 500 }, (_, i) => `${ids[DIGITALEN]},2021,T,Område ${i + 1},${i % 100}`);
    const path = join(dir, 'stor.csv');
    const actor = { id: 1, roles: new Map([[organisationId, 'admin' as const]]) };
    const mapping = { layout: 'long', measure: 'measure', period: 'period', sex: 'sex', area: 'area', value: 'value', numberFormat: 'sv' } as const;
    writeFileSync(path, ['measure,period,sex,area,value', ...rows, `${ids[DIGITALEN]},2021,T,Sist,inte ett tal`].join('\n'));
    const before = await storedCount();
    await expect(importValuesFromFile(db, actor, { planId, path, mapping })).rejects.toMatchObject({
      code: 'import-rejected',
      details: [{ path: `line.${BATCH_SIZE + 502}`, message: expect.stringContaining('inte ett tal') }],
    });
    expect(await storedCount()).toBe(before);

    writeFileSync(path, ['measure,period,sex,area,value', ...rows].join('\n'));
    expect(await importValuesFromFile(db, actor, { planId, path, mapping })).toMatchObject({ values: BATCH_SIZE + 500, inserted: BATCH_SIZE + 500, replaced: 0 });
    expect(await storedCount()).toBe(before + BATCH_SIZE + 500);
    // The same file again replaces every value (on PostgreSQL: the one pass meets the first existing value and gives way to the upsert).
    expect(await importValuesFromFile(db, actor, { planId, path, mapping })).toMatchObject({ inserted: 0, replaced: BATCH_SIZE + 500 });
    expect(await storedCount()).toBe(before + BATCH_SIZE + 500);
  });
});
