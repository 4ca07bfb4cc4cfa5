import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { Scorecard, ScorecardMeasure } from '../../../shared/api-types';
import { allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { readDocx } from '../../../test-support/read-documents';

const TRIAGE = 'Antal slutförda ärenden (triage) per år totalt i länet på Digitalen';
const DA04 = '2022-DÅ04';
const COMMENT = 'Fler ärenden efter sommarens kampanj.';
const plain = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

// Forecasts and comments appear on the scorecard, in the follow-up report and in Excel (issue 12, item 6).
describeEachDatabase('forecasts in the follow-up report and the Excel export', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let admin: string;
  let triage: ScorecardMeasure;
  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: admin } });

  beforeAll(async () => {
    ({ app, planId } = await seededApp(db()));
    admin = await signIn(app);
    const sc = (await get(`/api/plans/${planId}/scorecard?period=${encodeURIComponent(DA04)}`)).json() as Scorecard;
    triage = allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.name === TRIAGE)!;
    const saved = await app.inject({
      method: 'PUT',
      url: `/api/measures/${triage.id}/forecasts/${encodeURIComponent(DA04)}`,
      headers: { cookie: admin },
      payload: { forecast: '45 000', comment: COMMENT },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it('writes the forecast, whether it meets the target and the comment in columns of their own in the scorecard workbook', async () => {
    const res = await get(`/api/plans/${planId}/documents/scorecard.xlsx?period=${encodeURIComponent(DA04)}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    let found: ExcelJS.Row | undefined;
    let sheet: ExcelJS.Worksheet | undefined;
    wb.eachSheet((ws) => ws.eachRow((row) => {
      if (row.getCell(2).value === TRIAGE) {
        found = row;
        sheet = ws;
      }
    }));
    expect(found).toBeDefined();
    expect(sheet!.getRow(1).getCell(9).value).toBe('Prognos för helåret');
    expect(plain(String(found!.getCell(9).value))).toBe('45 000');
    expect(plain(String(found!.getCell(10).value))).toBe('Prognos 45 000 ≥ årsmål 43 000 – prognosen når målet');
    expect(found!.getCell(11).value).toBe(COMMENT);
    // The judged status is its own: no value at DÅ 04 yet.
    expect(String(found!.getCell(3).value)).not.toContain('Uppfyllt');
  });

  it('shows the forecasts and comments in the follow-up report of the period', async () => {
    const res = await get(`/api/plans/${planId}/documents/follow-up.docx?period=${encodeURIComponent(DA04)}`);
    expect(res.statusCode).toBe(200);
    const doc = await readDocx(res.rawPayload);
    const text = plain(doc.text);
    expect(text).toContain('Prognoser och kommentarer');
    expect(text).toContain('Prognos 45 000 ≥ årsmål 43 000 – prognosen når målet');
    expect(text).toContain(COMMENT);
    const table = doc.tables.find((t) => t.rows.some((r) => r.includes(TRIAGE) && r.includes(COMMENT)));
    expect(table).toBeDefined();
  });
});
