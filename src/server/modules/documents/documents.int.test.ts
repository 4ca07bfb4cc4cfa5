import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../shared/api-types';
import type { BudgetOverview } from '../../../shared/budget-types';
import type { FollowupView } from '../../../shared/followup-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';
import { readDocx, readPdf } from '../../../test-support/read-documents';
import { expectedSuccessFactors } from '../../../test-support/fixtures/seed-plan-expectations.fixtures';

const PERSPECTIVES = ['Samhällsperspektivet', 'Medborgarperspektivet', 'Verksamhetsperspektivet', 'Medarbetarperspektivet', 'Ekonomiperspektivet'];
const HEADER = ['Styrmått', 'Ingångsvärde', 'Mål 2022', 'Mål 2024', 'Källa', 'Period'];
const factors = expectedSuccessFactors();
/** Bilaga 5 of seed 001 numbers its rows 1–17 without a 5. */
const RISK_NUMBERS = ['1', '2', '3', '4', ...Array.from({ length: 12 }, (_, i) => String(i + 6))];
const BUDGET_TITLES = ['Förändringar i regionbidraget till Regionstyrelsen', 'Budgetminskning 2020-2022', 'Ekonomisk ram 2022', 'Investeringsramar 2022'];
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
      const advocacy = doc.tables.find((t) => t.rows[0]?.[0] === 'Område')!;
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
      // The 4 budget tables, 17 measure tables, the advocacy issues (Bilaga 4) and the risk assessment (Bilaga 5).
      expect(doc.tables).toHaveLength(23);
      factors.forEach((f, i) => {
        const table = doc.tables[i + 4]!;
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

    it('has the risk assessment of Bilaga 5 on landscape pages: the seed’s 16 rows, Nr 1–4 and 6–17, with their cells and scores', () => {
      const risks = doc.tables.find((t) => t.rows[0]?.[0] === 'Nr')!;
      expect(risks.rows[0]).toEqual(['Nr', 'Perspektiv och strategiskt mål', 'Framgångsfaktor', 'Vad kan hända?', 'Konsekvens', 'K', 'S', 'Risk', 'Orsak', 'Vad behöver göras?', 'Kontrollmetod']);
      expect(risks.rows.slice(1).map((r) => r[0])).toEqual(RISK_NUMBERS);
      const row = (nr: string) => risks.rows.find((r) => r[0] === nr)!;
      expect(row('12').slice(1, 3)).toEqual(['Medarbetare: Hållbar kompetensförsörjning', 'Tillgänglig och rätt använd kompetens']);
      expect(row('12').slice(5, 8)).toEqual(['3', '4', '12']);
      // The seed gives Nr 3 only K 3 and risk 12: the probability is derived, and marked so.
      expect(row('3').slice(5, 8)).toEqual(['3', '4*', '12']);
      expect(row('17')[2]).toBe('Kostnadseffektiv verksamhet');
      expect(doc.text).toContain('* Sannolikheten står inte i planen utan är härledd ur risk ÷ konsekvens.');
      expect(doc.html).toMatch(/<h1>(?:<a[^>]*><\/a>)*Bilaga: Riskbedömning av framgångsfaktorer 2022<\/h1>/);
      expect(doc.xml).toContain('w:orient="landscape"');
    });

    it('has the four budget tables under Verksamhet och ekonomi, each stated total shown against its computed sum', () => {
      const h = [...doc.html.matchAll(/<h([12])>(?:<a[^>]*><\/a>)*([^<]+)<\/h\1>/g)].map((m) => m[2]);
      expect(h.filter((t) => t === 'Verksamhet och ekonomi')).toHaveLength(1);
      const at = h.indexOf('Verksamhet och ekonomi');
      expect(h.slice(at + 1, at + 5)).toEqual(BUDGET_TITLES);
      const budget = doc.tables.filter((t) => ['Mnkr', 'mnkr', 'Beslutsnivå'].includes(t.rows[0]![0]!));
      expect(budget).toHaveLength(4);
      expect(budget[0]!.rows.at(-1)).toEqual(['Regionbidrag', '8\u00a0712,1', '8\u00a0930,2', '9\u00a0201,5']);
      expect(budget[2]!.rows.at(-1)![0]).toBe('Totalt');
      expect(budget[2]!.rows.at(-1)!.at(-1)).toBe('8\u00a0712,1');
      expect(doc.text).toContain('Regionbidrag, 2022: beräknat 8\u00a0712,1, angivet 8\u00a0712,1');
      expect(doc.text).toContain('Totalt, Ram 2022: beräknat 8\u00a0712,1, angivet 8\u00a0712,1');
      expect(doc.text).toContain('Alla 3 angivna summor stämmer med de beräknade.');
      expect(doc.text).not.toContain('Avvikelse:');
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

    it('has the risk table and the four budget tables with their sums checked', () => {
      const flat = pages.join('\n').replace(/\s+/g, ' ');
      const riskPages = pages.filter((p) => p.includes('Kontrollmetod'));
      expect(riskPages.length).toBeGreaterThan(1);
      expect(flat).toContain('Bilaga: Riskbedömning av framgångsfaktorer 2022');
      for (const text of ['Hållbar arbetsmiljö', 'Kostnadseffektiv verksamhet', 'Attraktiva livsmiljöer finns i hela Norrbotten']) expect(squeeze(riskPages.join(''))).toContain(squeeze(text));
      for (const title of BUDGET_TITLES) expect(flat).toContain(title);
      expect(flat).toContain('Regionbidrag 8 712,1 8 930,2 9 201,5');
      expect(flat.split('Kontroll av summor:').length - 1).toBe(4);
      expect(flat).toContain('Totalt, Ram 2022: beräknat 8 712,1, angivet 8 712,1');
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

  describe('judgements and risks in the follow-up report', () => {
    const DA08 = '2022-DÅ08';
    const send = (method: 'PUT' | 'POST' | 'PATCH', url: string, payload: object) => app.inject({ method, url, headers: { cookie: admin }, payload });
    const judgementUrl = (nodeId: number) => `/api/plans/${planId}/followup/${encodeURIComponent(DA08)}/nodes/${nodeId}/judgement`;
    let doc: Awaited<ReturnType<typeof readDocx>>;
    let pdf: string;
    beforeAll(async () => {
      const view = (await get(`/api/plans/${planId}/followup?period=${encodeURIComponent(DA08)}`)).json() as FollowupView;
      const nodeId = (title: string) => view.groups.flatMap((g) => g.nodes).find((n) => n.title === title)!.id;
      const approved = nodeId('En hållbar verksamhet med hög säkerhet');
      expect((await send('PUT', judgementUrl(approved), { judgement: 'partly', analysis: ANALYSIS, actions: ACTIONS })).statusCode).toBe(200);
      expect((await send('POST', `${judgementUrl(approved)}/submit`, {})).statusCode).toBe(200);
      expect((await send('POST', `${judgementUrl(approved)}/approve`, {})).statusCode).toBe(200);
      const draft = nodeId('Verksamheterna använder bästa tillgängliga kunskap');
      expect((await send('PUT', judgementUrl(draft), { judgement: 'met', analysis: 'Ett första utkast.', actions: '' })).statusCode).toBe(200);
      doc = await readDocx((await body(`/api/plans/${planId}/documents/follow-up.docx?period=${encodeURIComponent(DA08)}`)).rawPayload);
      pdf = (await readPdf((await body(`/api/plans/${planId}/documents/follow-up.pdf?period=${encodeURIComponent(DA08)}`)).rawPayload)).join('\n').replace(/\s+/g, ' ');
    });
    const ANALYSIS = 'Vårdskadorna minskar, men inte i alla divisioner.';
    const ACTIONS = 'Punktprevalensmätning i september.';

    it('shows an approved judgement with its analysis and actions under its success factor, as approved', () => {
      const at = doc.text.lastIndexOf('Framgångsfaktor: En hållbar verksamhet med hög säkerhet');
      const section = doc.text.slice(at, doc.text.indexOf('Framgångsfaktor:', at + 10));
      expect(section).toMatch(/Bedömning: Delvis uppfyllt \(godkänd av [^)]+ \d{1,2} [a-zé]+ \d{4}\)/);
      expect(section).toContain(`Analys: ${ANALYSIS}`);
      expect(section).toContain(`Åtgärder: ${ACTIONS}`);
      expect(pdf).toContain(`Analys: ${ANALYSIS}`);
    });

    it('marks a judgement that is not yet approved as such', () => {
      const at = doc.text.lastIndexOf('Framgångsfaktor: Verksamheterna använder bästa tillgängliga kunskap');
      const section = doc.text.slice(at, doc.text.indexOf('Framgångsfaktor:', at + 10));
      expect(section).toMatch(/Bedömning: Uppfyllt \(utkast av [^)]+, ännu inte godkänd\)/);
      expect(pdf).toMatch(/Bedömning: Uppfyllt \(utkast av [^)]+, ännu inte godkänd\)/);
    });

    it('ends with the risk assessment of the report’s year', () => {
      expect(doc.text).toContain('Riskbedömning av framgångsfaktorer 2022');
      expect(doc.tables.find((t) => t.rows[0]?.[0] === 'Nr')!.rows.slice(1).map((r) => r[0])).toEqual(RISK_NUMBERS);
    });
  });

  it('says in the plan when a budget line no longer adds up to the stated total', async () => {
    const budget = (await get(`/api/plans/${planId}/budget`)).json() as BudgetOverview;
    const demografi = budget.tables[0]!.rows.find((r) => r.label === 'Demografi')!;
    expect((await app.inject({ method: 'PATCH', url: `/api/budget-rows/${demografi.id}`, headers: { cookie: admin }, payload: { amounts: ['38,4', null, null] } })).statusCode).toBe(200);
    const doc = await readDocx((await body(`/api/plans/${planId}/documents/plan.docx`)).rawPayload);
    await app.inject({ method: 'PATCH', url: `/api/budget-rows/${demografi.id}`, headers: { cookie: admin }, payload: { amounts: [38.5, null, null] } });
    expect(doc.text).toContain('Avvikelse: Regionbidrag, 2022 anges till 8\u00a0712,1 men raderna summerar till 8\u00a0712,0 (skillnad 0,1).');
    expect(doc.text).toContain('Regionbidrag, 2022: beräknat 8\u00a0712,0, angivet 8\u00a0712,1');
  });
});
