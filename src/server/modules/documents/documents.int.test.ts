import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../shared/api-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { readDocx, readPdf } from '../../../test-support/read-documents';
import { expectedSuccessFactors } from './seed-plan-expectations';

const PERSPECTIVES = ['Samhällsperspektivet', 'Medborgarperspektivet', 'Verksamhetsperspektivet', 'Medarbetarperspektivet', 'Ekonomiperspektivet'];
const HEADER = ['Styrmått', 'Ingångsvärde', 'Mål 2022', 'Mål 2024', 'Källa', 'Period'];
const factors = expectedSuccessFactors();
/** Text with every kind of white space removed: PDF lines wrap wherever a cell is narrow. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describeEachDatabase('Documents', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let organisationId: number;
  let admin: string;
  const get = (url: string, cookie = admin) => app.inject({ method: 'GET', url, headers: { cookie } });
  const body = async (url: string) => {
    const res = await get(url);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res;
  };

  beforeAll(async () => {
    ({ app, planId, organisationId } = await seededApp(db()));
    admin = await signIn(app);
    const sc = (await get(`/api/plans/${planId}/scorecard?period=2022`)).json() as Scorecard;
    const id = (name: string) => allNodes(sc.nodes).flatMap((n) => n.measures).find((m) => m.name === name)!.id;
    const enter = (name: string, period: string, sex: string, value: string) =>
      app.inject({ method: 'POST', url: `/api/measures/${id(name)}/values`, headers: { cookie: admin }, payload: { period, sex, value, status: 'final' } });
    await enter('Andel vårdskador, sluten somatisk vård', '2022-DÅ08', 'T', '5,8');
    await enter('Antal slutförda ärenden (triage) per år totalt i länet på Digitalen', '2022-DÅ04', 'T', '14 250');
    await enter('Antal slutförda ärenden (triage) per år totalt i länet på Digitalen', '2022-DÅ08', 'T', '29 800');
    await enter('Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)', '2022-DÅ08', 'K', '15,9');
    await enter('Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)', '2022-DÅ08', 'M', '17,9');
  });

  it('refuses documents without a session and lets a reader download them', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/plans/${planId}/documents/plan.pdf` })).statusCode).toBe(401);
    await addUser(db(), organisationId, 'reader', 'dokumentlasare@test.local');
    const reader = await signIn(app, 'dokumentlasare@test.local', 'user-password-1');
    expect((await get(`/api/plans/${planId}/documents/measures.xlsx`, reader)).statusCode).toBe(200);
    expect((await get(`/api/plans/999/documents/plan.docx`)).json().error.code).toBe('not-found');
  });

  describe('the plan as DOCX', () => {
    let doc: Awaited<ReturnType<typeof readDocx>>;
    beforeAll(async () => {
      const res = await body(`/api/plans/${planId}/documents/plan.docx`);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="Regionstyrelsens plan 2022-2024.docx"; filename*=UTF-8''${encodeURIComponent('Regionstyrelsens plan 2022-2024.docx')}`,
      );
      doc = await readDocx(res.rawPayload);
    });

    it('has a title page, a table of contents field with the headings in it, the vision and the 40 assignments', () => {
      expect(doc.text.startsWith('Regionstyrelsens plan 2022-2024\n')).toBe(true);
      expect(doc.xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-4&quot;</w:instrText>');
      expect(doc.text).toContain('Tillsammans för Norrbotten – Bästa livet, bästa hälsan.');
      expect(doc.text).toContain('Färdigställa den år 2019 påbörjade omställningen för en ekonomi i balans. En kontinuerlig process som innebär såväl kostnadsminskningar som intäktsökningar. (RS, RUN)');
      expect(doc.html.match(/<li>/g)?.length ?? 0).toBeGreaterThanOrEqual(40);
      // The contents list is written into the field, so it shows before Word updates it.
      const toc = doc.text.slice(doc.text.indexOf('Innehåll'), doc.text.indexOf('Vision\n', doc.text.indexOf('Innehåll') + 10));
      for (const f of factors) expect(toc).toContain(`Framgångsfaktor: ${f.title}`);
    });

    it('prints the plan’s chapters where the plan has them, the assignments after the chapter that introduces them, and the advocacy issues', () => {
      const h1 = [...doc.html.matchAll(/<h1>(?:<a[^>]*><\/a>)*([^<]+)<\/h1>/g)].map((m) => m[1]);
      expect(h1.slice(0, 3)).toEqual(['Vision', 'Regionstyrelsens uppdrag', 'Regionstyrelsen']);
      expect(h1.indexOf('Nära vård')).toBeLessThan(h1.indexOf('Framgångsfaktorer och styrmått'));
      expect(h1.indexOf('Bilaga 1: Styrmått och kontrollmått')).toBeGreaterThan(h1.indexOf('Framgångsfaktorer och styrmått'));
      const intro = doc.text.indexOf('Regionfullmäktige har gett följande uppdrag');
      expect(intro).toBeGreaterThan(0);
      expect(doc.text.indexOf('Uppdrag från regionfullmäktige', intro)).toBeGreaterThan(intro);
      expect(doc.text).toContain('Den nya strategin kommer att ersätta strategin Vägen till framtidens hälsa och vård 2035.');
      const advocacy = doc.tables.at(-1)!;
      expect(advocacy.rows[0]).toEqual(['Område', 'Påverkansfråga', 'Arena', 'Beslutsfattare']);
      expect(advocacy.rows[1]).toEqual([
        'Förutsättningar att genomföra uppdraget som Region Norrbotten har',
        'Inga juridiska gränsöverskridande hinder för vår verksamhet',
        'Internationell',
        'Nordiska ministerrådet',
      ]);
    });

    it('heads every perspective, goal and success factor with Word heading styles, in order', () => {
      const all = [...doc.html.matchAll(/<h([1-4])>(?:<a[^>]*><\/a>)*([^<]+)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
      // The measures part: from its heading to the next chapter on the same level (Bilaga 1).
      const from = all.indexOf('1 Framgångsfaktorer och styrmått');
      const headings = all.slice(from + 1, all.findIndex((h, i) => i > from && h.startsWith('1 ')));
      expect(headings.filter((h) => h.startsWith('2 '))).toEqual(PERSPECTIVES.map((p) => `2 ${p}`));
      expect(headings.filter((h) => h.startsWith('3 '))).toHaveLength(5);
      expect(headings.filter((h) => h.startsWith('4 '))).toEqual(factors.map((f) => `4 Framgångsfaktor: ${f.title}`));
      expect(doc.xml).toContain('<w:pStyle w:val="Heading4"/>');
    });

    it('has one measure table per success factor with the seed’s columns, every row as written, footnote marks and repeating headers', () => {
      // 17 measure tables, then the advocacy issues (Bilaga 4).
      expect(doc.tables).toHaveLength(18);
      factors.forEach((f, i) => {
        const table = doc.tables[i]!;
        expect(table.headerRepeats, f.title).toBe(true);
        expect(table.rows[0]).toEqual(HEADER);
        const rows = table.rows.slice(1);
        expect(rows.map((r) => r[0]!.replace(/\^[\d,]+$/, ''))).toEqual(f.rows.map((r) => r.name));
        rows.forEach((r, j) => {
          const want = f.rows[j]!;
          expect(r.slice(1)).toEqual([want.baseline, ...want.targets, want.source, want.period]);
          const marks = r[0]!.match(/\^([\d,]+)$/)?.[1]?.split(',') ?? [];
          expect(marks, want.name).toEqual(want.marks);
        });
      });
      // The footnote text stands under its table with its mark.
      expect(doc.text).toContain('Styrmått 25-28 visar nuläget per 30 april, 31 augusti och 31 december.');
      expect(doc.html).toContain('<sup>10</sup> Resultatet tertial 2 2020 var K 17,1 % och M 17,9 % 2');
    });
  });

  describe('the plan as PDF', () => {
    let pages: string[];
    let raw: Buffer;
    beforeAll(async () => {
      const res = await body(`/api/plans/${planId}/documents/plan.pdf`);
      expect(res.headers['content-type']).toBe('application/pdf');
      raw = res.rawPayload;
      pages = await readPdf(raw);
    });

    it('has a title page, a table of contents with page numbers and a page number on every later page', () => {
      expect(pages[0]).toContain('Regionstyrelsens plan 2022-2024');
      expect(pages[1]).toContain('Innehåll');
      // The contents fill two pages now that the plan's chapters are printed too.
      expect(pages.slice(1, 3).join('\n')).toMatch(/Framgångsfaktor: Kostnadseffektiv verksamhet\s*\d+/);
      expect(pages.slice(1, 3).join('\n')).toMatch(/Bilaga 1: Styrmått och kontrollmått\s*\d+/);
      pages.slice(1).forEach((p, i) => expect(p).toContain(`Sida ${i + 2} av ${pages.length}`));
      expect(raw.includes('/FontFile2')).toBe(true);
      // No empty page at the end (only the running header and the page number).
      expect(pages.at(-1)!.split('\n').length).toBeGreaterThan(4);
    });

    it('shows all 17 success factors and their 58 measures in order with baselines and targets as written, Swedish letters intact', () => {
      const text = squeeze(pages.join('\n'));
      // Start in the body (the heading with its introduction), not in the table of contents.
      let at = text.indexOf(squeeze('Framgångsfaktorer och styrmått Nedan följer regionstyrelsens konkretisering'));
      expect(at).toBeGreaterThan(0);
      for (const f of factors) {
        at = text.indexOf(squeeze(`Framgångsfaktor: ${f.title}`), at);
        expect(at, f.title).toBeGreaterThan(-1);
        for (const r of f.rows) {
          for (const cell of [r.name, r.baseline, ...r.targets.filter(Boolean), r.source, r.period].filter(Boolean)) {
            const next = text.indexOf(squeeze(cell), at);
            expect(next, `${r.name}: ${cell}`).toBeGreaterThan(-1);
            at = next;
          }
        }
      }
      for (const swedish of ['Ingångsvärde', 'Medarbetarperspektivet', 'Årsprognos aug 2020: 6,4%', 'Öka', 'Jämlik och jämställd hälsa']) {
        expect(text).toContain(squeeze(swedish));
      }
    });

    it('repeats the measure table’s header on the pages a table continues onto', () => {
      const headers = pages.join('\n').split('Styrmått Ingångsvärde Mål 2022 Mål 2024 Källa Period').length - 1;
      expect(headers).toBeGreaterThan(17);
    });
  });

  describe('measures and values as XLSX', () => {
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      const res = await body(`/api/plans/${planId}/documents/measures.xlsx`);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('Mått och värden Regionstyrelsens plan 2022-2024.xlsx')}`);
      wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    });
    const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);

    it('has one sheet per perspective with a frozen header row, Källa and periods as columns', () => {
      expect(wb.worksheets.map((w) => w.name)).toEqual(PERSPECTIVES);
      const ws = wb.worksheets[0]!;
      expect(headerOf(ws).slice(0, 8)).toEqual(['Strategiskt mål', 'Framgångsfaktor', 'Styrmått', 'Ingångsvärde', 'Mål 2022', 'Mål 2024', 'Källa', 'Enhet']);
      expect(headerOf(ws)).toEqual(expect.arrayContaining(['DÅ 04 2022', 'DÅ 08 2022', 'ÅR 2022', 'ÅR 2024']));
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('lists all 58 measures in order and the entered values as number cells with Swedish number formats', () => {
      const names = wb.worksheets.flatMap((ws) => ws.getSheetValues().slice(2).map((r) => (r as unknown[])[3] as string));
      expect([...new Set(names)]).toEqual(factors.flatMap((f) => f.rows.map((r) => r.name)));
      const ws = wb.getWorksheet('Verksamhetsperspektivet')!;
      const col = headerOf(ws).indexOf('DÅ 08 2022') + 1;
      const row = ws.getSheetValues().findIndex((r) => Array.isArray(r) && r[3] === 'Andel vårdskador, sluten somatisk vård');
      const cell = ws.getRow(row).getCell(col);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(5.8);
      expect(cell.numFmt).toBe('#,##0.0" %"');
      const medborgare = wb.getWorksheet('Medborgarperspektivet')!;
      const triage = medborgare.getSheetValues().findIndex((r) => Array.isArray(r) && String(r[3]).startsWith('Antal slutförda ärenden'));
      const dA04 = medborgare.getRow(triage).getCell(headerOf(medborgare).indexOf('DÅ 04 2022') + 1);
      expect([dA04.value, dA04.numFmt]).toEqual([14250, '#,##0']);
      const bySex = ws.getSheetValues().filter((r) => Array.isArray(r) && String(r[3]).startsWith('Oplanerade återinskrivningar')) as unknown[][];
      expect(bySex.map((r) => [r[9], r[col]])).toEqual([
        ['Kvinnor', 15.9],
        ['Män', 17.9],
      ]);
    });
  });

  describe('the follow-up report', () => {
    it('as PDF: status per goal, success factor and measure with values and the rule that decided, and the assignments', async () => {
      const res = await body(`/api/plans/${planId}/documents/follow-up.pdf?period=${encodeURIComponent('2022-DÅ08')}`);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('Uppföljning Regionstyrelsens plan 2022-2024 DÅ 08 2022.pdf'));
      const flat = (await readPdf(res.rawPayload)).join('\n').replace(/\s+/g, ' ');
      expect(flat).toContain('Uppföljning av Regionstyrelsens plan 2022-2024');
      expect(flat).toContain('Delår augusti 2022');
      expect(flat).toMatch(/Andel vårdskador, sluten somatisk vård Under 6,5 % \(2022\) 5,8 % Uppfyllt\./);
      expect(flat).toContain('Framgångsfaktor: En hållbar verksamhet med hög säkerhet Beräknad måluppfyllelse:');
      expect(flat).toContain('K 15,9 % · M 17,9 %');
      expect(flat).toContain('Utfall för Antal slutförda ärenden (triage) per år totalt i länet på Digitalen');
      expect(flat).toContain('Minimera patientresandet. (RS)');
    });

    it('as DOCX: the chart’s numbers as a table', async () => {
      const doc = await readDocx((await body(`/api/plans/${planId}/documents/follow-up.docx?period=2022-D%C3%8508`)).rawPayload);
      const chart = doc.tables.find((t) => t.rows[0]?.join('|') === 'Period|Värde' && doc.text.includes('Utfall för Antal slutförda ärenden'))!;
      expect(chart.headerRepeats).toBe(true);
      expect(doc.tables.some((t) => JSON.stringify(t.rows) === JSON.stringify([['Period', 'Värde'], ['DÅ 04 2022', '14\u00a0250'], ['DÅ 08 2022', '29\u00a0800']]))).toBe(true);
      expect(doc.text).toContain('Inget värde ännu');
    });

    it('refuses a period outside the plan, naming the field', async () => {
      const res = await get(`/api/plans/${planId}/documents/follow-up.pdf?period=2030`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe('period');
    });
  });
});
