import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../../db/client';
import { writeDocx } from '../../../test-support/fixtures/document-files.fixtures';
import type { DraftCreated, ExtractionProfileInfo, ExtractionView } from '../../../shared/contracts/extraction';
import { addUser, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { VGR_INDICATORS } from '../../../test-support/fixtures/vgr-indicators.fixtures';

function multipart(fileName: string, bytes: Uint8Array) {
  const boundary = '----ledstjarna-extract-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describeEachDatabase('plan documents: extract → review → draft plan', (getDb) => {
  let db: Db;
  let app: FastifyInstance;
  let organisationId: number;
  let cookie: string;
  let docx: Uint8Array;

  beforeAll(async () => {
    db = getDb();
    ({ app, organisationId } = await seededApp(db));
    cookie = await signIn(app);
    docx = new Uint8Array(await writeDocx(VGR_INDICATORS));
  });
  afterAll(async () => app.close());

  const upload = async (fileName: string, bytes: Uint8Array, as = cookie) => {
    const m = multipart(fileName, bytes);
    return app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/extractions`, payload: m.payload, headers: { ...m.headers, cookie: as } });
  };
  const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
  const mapping = (extra: object = {}) => ({ levels: { 'Heading 1': 'success-factor' }, columns: {}, skipRows: [], cellEdits: {}, ...extra });

  it('reads an uploaded Word plan into blocks and a proposal, storing no plan', async () => {
    const plans = await count('plans');
    const res = await upload('vgr-indikatorer.docx', docx);
    expect(res.statusCode).toBe(201);
    const view = res.json<ExtractionView>();
    expect(view.format).toBe('docx');
    expect(view.proposal.title).toBe(VGR_INDICATORS.title);
    expect(view.proposal.nodes.map((n) => [n.name, n.measures.length])).toEqual([
      ['Stärka innovationskraften - för ett hållbart och konkurrenskraftigt näringsliv i framkant', 2],
      ['Invånarnas tillgång till den vård de behöver ska öka', 2],
    ]);
    expect(view.kinds.map((k) => k.kind)).toEqual(['Title', 'Heading 1']);
    // Unmapped, the headings that hold the indicators are named by the organisation's model: the first level below the top that carries measures.
    expect(view.proposal.nodes.map((n) => n.level)).toEqual(['success-factor', 'success-factor']);
    expect(await count('plans')).toBe(plans);
  });

  it('carries the governance model seed 004 describes, its levels in order, and none for a plan without one', async () => {
    const slides = new Uint8Array(readFileSync('/work/shared/seeds/004_7ee6044ce2e50620.txt'));
    const view = (await upload('skane-2002.txt', slides)).json<ExtractionView>();
    expect(view.proposedModel?.name).toBe('Modell för Balanserad styrning');
    expect(view.proposedModel?.levels.map((l) => [l.term, l.carriesMeasures])).toEqual([
      ['Perspektiv', false],
      ['Strategiska mål', false],
      ['Framgångsfaktorer', false],
      ['Mätbara mål', true],
    ]);
    const again = await app.inject({ method: 'GET', url: `/api/extractions/${view.id}`, headers: { cookie } });
    expect(again.json<ExtractionView>().proposedModel?.starters).toEqual([{ level: 'Perspektiv', names: ['Hälsa', 'Kund', 'Process', 'Utveckling', 'Ekonomi'] }]);
    expect((await upload('vgr.docx', docx)).json<ExtractionView>().proposedModel).toBeNull();
  });

  it('refuses a file it cannot read with a clear message, and a reader may not upload', async () => {
    const bad = await upload('plan.pptx', new Uint8Array([80, 75, 3, 4, 0, 0]));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].message).toMatch(/Formatet stöds inte/u);
    await addUser(db, organisationId, 'reader', 'lasare@test.local');
    const readerCookie = await signIn(app, 'lasare@test.local', 'user-password-1');
    expect((await upload('vgr.docx', docx, readerCookie)).statusCode).toBe(403);
  });

  it('creates a draft plan through the write path: nodes, measures, outcome columns as values, audited', async () => {
    const view = (await upload('vgr-indikatorer.docx', docx)).json<ExtractionView>();
    const tableBlock = view.blocks.find((b) => b.kind === 'table')!.index;
    const m = mapping({ skipRows: [`${tableBlock}:2`] });
    const proposal = (await app.inject({ method: 'POST', url: `/api/extractions/${view.id}/proposal`, payload: { mapping: m }, headers: { cookie } })).json<ExtractionView>();
    expect(proposal.proposal.nodes[0]).toMatchObject({ level: 'success-factor', measures: [{ name: 'Totala FoU-investeringar som andel av BRP (bruttoregionprodukt)' }] });
    const res = await app.inject({
      method: 'POST',
      url: `/api/extractions/${view.id}/draft`,
      payload: { mapping: m, title: 'VGR indikatorer 2023', startYear: 2023, endYear: 2023 },
      headers: { cookie },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<DraftCreated>();
    expect(created).toMatchObject({ nodes: 2, measures: 3, values: 6 });
    const plan = (await db.query<{ status: string; source_document: string }>('SELECT status, source_document FROM plans WHERE id = $1', [created.planId]))[0];
    expect(plan).toEqual({ status: 'draft', source_document: 'vgr-indikatorer.docx' });
    const values = await db.query<{ name: string; period: string; value: number }>(
      `SELECT m.name, v.period, v.value FROM measure_values v JOIN measures m ON m.id = v.measure_id WHERE m.plan_id = $1 ORDER BY m.name, v.period`,
      [created.planId],
    );
    expect(values.filter((v) => v.name.startsWith('Totala FoU'))).toEqual([
      { name: 'Totala FoU-investeringar som andel av BRP (bruttoregionprodukt)', period: '2021', value: 5.8 },
      { name: 'Totala FoU-investeringar som andel av BRP (bruttoregionprodukt)', period: '2022', value: 6 },
    ]);
    const audited = await db.query<{ object_type: string; n: number }>('SELECT object_type, count(*)::int AS n FROM audit_log WHERE plan_id = $1 GROUP BY object_type ORDER BY object_type', [created.planId]);
    expect(audited).toEqual([
      { object_type: 'measure', n: 3 },
      { object_type: 'node', n: 2 },
      { object_type: 'plan', n: 1 },
    ]);
    const scorecard = await app.inject({ method: 'GET', url: `/api/plans/${created.planId}/scorecard`, headers: { cookie } });
    expect(scorecard.statusCode).toBe(200);
    expect(scorecard.body).toContain('Invånarnas tillgång till den vård de behöver ska öka');
  });

  it('leaves outcomes that are no number out of the values and names them, and keeps the responsible column on the measure', async () => {
    const view = (await upload('vgr-indikatorer.docx', docx)).json<ExtractionView>();
    const tableBlock = view.blocks.find((b) => b.kind === 'table')!.index;
    const reporterId = await addUser(db, organisationId, 'reporter', 'Maja.Ansvarig@test.local');
    const m = mapping({
      // The Period column read as the responsible, to try both cases: a person of the organisation and a role.
      columns: { Period: { field: 'responsible' } },
      cellEdits: { [`${tableBlock}:1:3`]: ' maja.ansvarig ', [`${tableBlock}:2:2`]: 'uppnått', [`${tableBlock}:2:1`]: 'Ej mätt', [`${tableBlock}:2:3`]: 'Regiondirektören' },
    });
    const values = await count('measure_values');
    const res = await app.inject({ method: 'POST', url: `/api/extractions/${view.id}/draft`, payload: { mapping: m, title: 'VGR', startYear: 2023, endYear: 2023 }, headers: { cookie } });
    expect(res.statusCode).toBe(201);
    const created = res.json<DraftCreated>();
    expect(created).toMatchObject({ nodes: 2, measures: 4, values: 6, owners: 1 });
    expect(created.skippedCells.map((c) => [c.path, c.measure, c.period, c.text])).toEqual([
      [`cell.${tableBlock}:2`, 'EU:s regionala innovationsindex', '2021', 'Ej mätt'],
      [`cell.${tableBlock}:2`, 'EU:s regionala innovationsindex', '2022', 'uppnått'],
    ]);
    expect(created.skippedCells[0]?.message).toMatch(/inget tal och sparas inte/u);
    expect(await count('measure_values')).toBe(values + 6);
    const stored = await db.query<{ name: string; owner_user_id: number | null; footnotes: unknown; n: number }>(
      `SELECT m.name, m.owner_user_id, m.footnotes, (SELECT count(*)::int FROM measure_values v WHERE v.measure_id = m.id) AS n
         FROM measures m WHERE m.plan_id = $1 ORDER BY m.id LIMIT 2`,
      [created.planId],
    );
    const footnotes = (f: unknown) => (typeof f === 'string' ? JSON.parse(f) : f);
    expect(stored.map((r) => [r.owner_user_id, footnotes(r.footnotes), r.n])).toEqual([
      [reporterId, [], 2],
      [null, [{ mark: 'Ansvarig', text: 'Regiondirektören' }], 0],
    ]);
    const measureId = (await db.query<{ id: number }>('SELECT id FROM measures WHERE plan_id = $1 ORDER BY id LIMIT 1', [created.planId]))[0]!.id;
    const shown = await app.inject({ method: 'GET', url: `/api/measures/${measureId}`, headers: { cookie } });
    expect(shown.json().owner).toEqual({ id: reporterId, name: 'Maja.Ansvarig' });
  });

  it('names a skipped row and a skipped outcome cell to a Danish reader in Danish', async () => {
    const view = (await upload('vgr-indikatorer.docx', docx)).json<ExtractionView>();
    const tableBlock = view.blocks.find((b) => b.kind === 'table')!.index;
    const proposed = await app.inject({
      method: 'POST',
      url: `/api/extractions/${view.id}/proposal`,
      payload: { mapping: mapping({ skipRows: [`${tableBlock}:2`] }) },
      headers: { cookie, 'accept-language': 'da' },
    });
    expect(proposed.statusCode).toBe(200);
    const rowLines = proposed.json<ExtractionView>().proposal.skipped.filter((line) => line.includes('EU:s regionala innovationsindex'));
    expect(rowLines).toEqual([expect.stringMatching(/^Række, som brugeren sprang over: .*EU:s regionala innovationsindex/u)]);
    const res = await app.inject({
      method: 'POST',
      url: `/api/extractions/${view.id}/draft`,
      payload: { mapping: mapping({ cellEdits: { [`${tableBlock}:2:1`]: 'Ej mätt' } }), title: 'VGR', startYear: 2023, endYear: 2023 },
      headers: { cookie, 'accept-language': 'da' },
    });
    expect(res.statusCode).toBe(201);
    const [skipped, ...more] = res.json<DraftCreated>().skippedCells;
    expect(more).toEqual([]);
    expect(skipped?.message).toMatch(/^Resultatet "Ej mätt" for "EU:s regionala innovationsindex" \(.+\) er ikke et tal og gemmes ikke som værdi\.$/u);
  });

  it('is all or nothing: a heading kind on no level of the model, or a level without measures, stores nothing and says where', async () => {
    const view = (await upload('vgr-indikatorer.docx', docx)).json<ExtractionView>();
    const before = { plans: await count('plans'), nodes: await count('plan_nodes'), measures: await count('measures'), values: await count('measure_values') };
    const noLevel = await app.inject({
      method: 'POST',
      url: `/api/extractions/${view.id}/draft`,
      payload: { mapping: mapping({ levels: { 'Heading 1': 'no-such-level' } }), title: 'VGR', startYear: 2023, endYear: 2023 },
      headers: { cookie },
    });
    expect(noLevel.statusCode).toBe(400);
    expect(noLevel.json().error.details[0].path).toBe('kind.Heading 1');
    // A level that carries no measures: the write path's own rule, still nothing stored.
    const goalLevel = await app.inject({
      method: 'POST',
      url: `/api/extractions/${view.id}/draft`,
      payload: { mapping: mapping({ levels: { 'Heading 1': 'goal' } }), title: 'VGR', startYear: 2023, endYear: 2023 },
      headers: { cookie },
    });
    expect(goalLevel.statusCode).toBe(400);
    // A Danish reader reads the refusal, and the levels it names, in Danish (the model's Danish level names).
    const inDanish = await app.inject({
      method: 'POST',
      url: `/api/extractions/${view.id}/draft`,
      payload: { mapping: mapping({ levels: { 'Heading 1': 'goal' } }), title: 'VGR', startYear: 2023, endYear: 2023 },
      headers: { cookie, 'accept-language': 'da' },
    });
    const error = inDanish.json().error as { message: string; details: { path: string; message: string }[] };
    expect(error.message).toMatch(/^Udkastet kan ikke oprettes \(\d+ at rette\)\. Intet er gemt\.$/);
    const measureProblems = error.details.filter((d) => d.path.startsWith('measure.'));
    expect(measureProblems.length).toBeGreaterThan(0);
    for (const d of measureProblems) expect(d.message).toMatch(/^Målingen ".+" står under niveauet strategisk mål; målinger hører til succesfaktor\.$/);
    expect({ plans: await count('plans'), nodes: await count('plan_nodes'), measures: await count('measures'), values: await count('measure_values') }).toEqual(before);
  });

  it('keeps the mapping as the organisation’s profile, a new version under the same name', async () => {
    const save = (m: object) =>
      app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/extraction-profiles`, payload: { name: 'VGR-indikatorer', mapping: m }, headers: { cookie } });
    expect((await save(mapping())).json<ExtractionProfileInfo>().version).toBe(1);
    const second = (await save(mapping({ skipRows: ['3:1'] }))).json<ExtractionProfileInfo>();
    expect(second).toMatchObject({ version: 2, mapping: { skipRows: ['3:1'], levels: { 'Heading 1': 'success-factor' } } });
    const list = (await app.inject({ method: 'GET', url: `/api/organisations/${organisationId}/extraction-profiles`, headers: { cookie } })).json<ExtractionProfileInfo[]>();
    expect(list.map((p) => [p.name, p.version])).toEqual([['VGR-indikatorer', 2]]);
  });
});
