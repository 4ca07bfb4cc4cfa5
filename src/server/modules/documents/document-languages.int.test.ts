import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { readDocx, readPdf, unzip } from '../../../test-support/read-documents';
import { writeMidtjylland } from '../../../test-support/fixtures/midtjylland.fixtures';

/**
 * Region Midtjylland's Strategispor (seed 003, written through the plan services) printed in
 * Danish — its organisation's language — and in Swedish and English with `?lang=`.
 */
describe('documents in the reader’s language', () => {
  describeEachDatabase('plan, follow-up and workbook in da, sv and en', (db) => {
    let app: FastifyInstance;
    let cookie: string;
    let planId: number;
    beforeAll(async () => {
      ({ app } = await seededApp(db(), { seed: false }));
      cookie = await signIn(app, ADMIN.email, ADMIN.password);
      let sporIds: number[];
      ({ planId, sporIds } = await writeMidtjylland(app, cookie));
      const initiatives = await db().query<{ id: number }>(`SELECT id FROM plan_nodes WHERE parent_id = $1 ORDER BY position LIMIT 1`, [sporIds[0]]);
      const res = await app.inject({
        method: 'POST',
        url: `/api/plan-nodes/${initiatives[0]!.id}/measures`,
        headers: { cookie },
        payload: { name: 'Forebyggelige indlæggelser pr. 1.000 borgere', unit: 'st', baseline: '12,5 (2015)', targets: { '2017': 'Under 11' }, source: 'LPR' },
      });
      expect(res.statusCode).toBe(201);
    });
    afterAll(async () => {
      await app?.close();
    });
    const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

    it('prints the plan in Danish by default (the organisation’s language), with Danish headings and page numbers', async () => {
      const res = await get(`/api/plans/${planId}/documents/plan.pdf`);
      expect(res.statusCode).toBe(200);
      if (process.env.LJ_KEEP_PDF) writeFileSync(process.env.LJ_KEEP_PDF, res.rawPayload);
      const pages = await readPdf(res.rawPayload);
      const text = pages.join('\n');
      expect(text).toContain('Indhold');
      expect(text).toContain('Indsatser og indikatorer');
      expect(text).toContain('Fælles og integrerende samarbejdsformer');
      expect(text).toMatch(/Udgangsværdi[\s\S]*Mål 2017[\s\S]*Kilde/);
      expect(text).toContain('Side 2 af');
      expect(text).not.toContain('Innehåll');
      expect(text).not.toContain('Sida 2');
    });

    it('prints it in Swedish and English on request', async () => {
      const sv = await readDocx((await get(`/api/plans/${planId}/documents/plan.docx?lang=sv`)).rawPayload);
      expect(sv.text).toContain('Insatser och indikatorer');
      expect(sv.tables.some((t) => t.rows[0]?.includes('Ingångsvärde'))).toBe(true);
      const enFile = (await get(`/api/plans/${planId}/documents/plan.docx?lang=en`)).rawPayload;
      const en = await readDocx(enFile);
      expect(en.text).toContain('Initiatives and indicators');
      expect(en.tables.some((t) => t.rows[0]?.includes('Baseline') && t.rows[0]?.includes('Target 2017'))).toBe(true);
      expect(unzip(enFile).get('word/styles.xml')?.toString()).toContain('w:val="en-GB"');
      expect((await get(`/api/plans/${planId}/documents/plan.docx?lang=de`)).statusCode).toBe(400);
    });

    it('writes the follow-up report and the workbook in the language asked for', async () => {
      const followUp = await readDocx((await get(`/api/plans/${planId}/documents/follow-up.docx?period=2017`)).rawPayload);
      expect(followUp.text).toContain('Opfølgning på');
      expect(followUp.text).toContain('Sammenfatning');
      const res = await get(`/api/plans/${planId}/documents/measures.xlsx?lang=da`);
      expect(res.headers['content-disposition']).toContain('M%C3%A5linger%20og%20v%C3%A6rdier');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const header = (wb.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean);
      expect(header).toEqual(expect.arrayContaining(['Indikator', 'Udgangsværdi', 'Mål 2017', 'Kilde', 'Enhed', 'Køn', 'Alder', 'Område']));
    });
  });
});
