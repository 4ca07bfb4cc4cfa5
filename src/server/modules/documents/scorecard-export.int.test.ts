import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { beforeAll, expect, it } from 'vitest';
import { statusLabel } from '../../../domain/fulfilment';
import { STATUS_SYMBOLS } from '../../../reports/scorecard-export/build-scorecard-export';
import { ROWS_PER_SLIDE } from '../../../reports/scorecard-export/render-scorecard-pptx';
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import { addUser, allNodes, seededApp, signIn } from '../../../test-support/app';
import { describeEachDatabase } from '../../../test-support/databases';

const PERIOD = '2022-DÅ08';
const VARDSKADOR = 'Andel vårdskador, sluten somatisk vård';

/** Every slide's text in slide order: the <a:t> runs of ppt/slides/slideN.xml, one string per table cell or text box paragraph run. */
async function slideTexts(bytes: Buffer): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return Promise.all(names.map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]!))));
}

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));
const measuresOf = (n: ScorecardNode): ScorecardMeasure[] => [...n.measures, ...n.children.flatMap(measuresOf)];

describeEachDatabase('Scorecard exports (Excel and PowerPoint)', (db) => {
  let app: FastifyInstance;
  let planId: number;
  let organisationId: number;
  let admin: string;
  let scorecard: Scorecard;
  const get = (url: string, cookie = admin) => app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    ({ app, planId, organisationId } = await seededApp(db()));
    admin = await signIn(app);
    const first = (await get(`/api/plans/${planId}/scorecard?period=2022`)).json() as Scorecard;
    const id = allNodes(first.nodes).flatMap((n) => n.measures).find((m) => m.name === VARDSKADOR)!.id;
    const res = await app.inject({ method: 'POST', url: `/api/measures/${id}/values`, headers: { cookie: admin }, payload: { period: PERIOD, sex: 'T', value: '5,8', status: 'final' } });
    expect(res.statusCode, res.body).toBeLessThan(300);
    scorecard = (await get(`/api/plans/${planId}/scorecard?period=${encodeURIComponent(PERIOD)}`)).json() as Scorecard;
  });

  it('refuses without a session and lets a reader download both', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/plans/${planId}/documents/scorecard.pptx` })).statusCode).toBe(401);
    await addUser(db(), organisationId, 'reader', 'styrkortslasare@test.local');
    const reader = await signIn(app, 'styrkortslasare@test.local', 'user-password-1');
    const x = await get(`/api/plans/${planId}/documents/scorecard.xlsx?period=${encodeURIComponent(PERIOD)}`, reader);
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const p = await get(`/api/plans/${planId}/documents/scorecard.pptx?period=${encodeURIComponent(PERIOD)}`, reader);
    expect(p.statusCode).toBe(200);
    expect(p.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    expect(p.headers['content-disposition']).toContain(encodeURIComponent('Styrkort Regionstyrelsens plan 2022-2024'));
    expect((await get(`/api/plans/999/documents/scorecard.xlsx`)).json().error.code).toBe('not-found');
    expect((await get(`/api/plans/${planId}/documents/scorecard.pptx?lang=xx`)).statusCode).toBe(400);
  });

  it('writes every node and measure of the period into Excel with the scorecard’s status, rule, value, target and baseline', async () => {
    const res = await get(`/api/plans/${planId}/documents/scorecard.xlsx?period=${encodeURIComponent(PERIOD)}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', ...scorecard.nodes.map((n) => n.title.slice(0, 31))]);
    const summary = wb.worksheets[0]!;
    scorecard.nodes.forEach((p, i) => {
      const row = summary.getRow(i + 2);
      expect(cellText(row.getCell(1).value)).toBe(p.title);
      expect(cellText(row.getCell(2).value)).toBe(`${STATUS_SYMBOLS[p.fulfilment.status]} ${statusLabel(p.fulfilment.status, 'sv')}`);
      expect(cellText(row.getCell(5).value)).toBe(p.fulfilment.explanation.sv);
    });
    for (const [i, p] of scorecard.nodes.entries()) {
      const ws = wb.worksheets[i + 1]!;
      const rows: string[][] = [];
      ws.eachRow((r, n) => {
        if (n > 1) rows.push([1, 2, 3, 4, 5, 6, 7, 8].map((c) => cellText(r.getCell(c).value)));
      });
      // The perspective, then every node below it and every measure, each once.
      expect(rows[0]![1]).toBe(p.title);
      const nodes = allNodes(p.children);
      const measures = measuresOf(p);
      expect(rows.length).toBe(1 + nodes.length + measures.length);
      for (const m of measures) {
        const row = rows.find((r) => r[1] === m.name)!;
        expect(row, m.name).toBeDefined();
        expect(row[2]).toBe(`${STATUS_SYMBOLS[m.fulfilment.status]} ${statusLabel(m.fulfilment.status, 'sv')}`);
        expect(row[4]).toBe(m.fulfilment.explanation.sv);
        expect(row[5]).toBe(m.valueText?.sv ?? '');
        if (m.targetText) expect(row[6]).toContain(m.targetText);
        expect(row[7]).toContain(m.baselineText);
      }
      // Colour only beside a status that judges values.
      ws.eachRow((r, n) => {
        if (n === 1) return;
        const fill = r.getCell(4).fill as ExcelJS.FillPattern | undefined;
        const judged = /^[✓◐✗] /.test(cellText(r.getCell(3).value));
        expect(Boolean(fill?.fgColor?.argb), cellText(r.getCell(2).value)).toBe(judged);
      });
    }
    const sheet = wb.worksheets.find((w) => {
      let has = false;
      w.eachRow((r) => (has ||= cellText(r.getCell(2).value) === VARDSKADOR));
      return has;
    })!;
    let found: string[] = [];
    sheet.eachRow((r) => {
      if (cellText(r.getCell(2).value) === VARDSKADOR) found = [3, 6].map((c) => cellText(r.getCell(c).value));
    });
    expect(found[1]).toMatch(/^5,8\s%$/);
    expect(found[0]).not.toMatch(/Inget värde/);
  });

  it('writes a deck with a title slide and one slide per perspective, with its status and a table of its goals and measures', async () => {
    const res = await get(`/api/plans/${planId}/documents/scorecard.pptx?period=${encodeURIComponent(PERIOD)}`);
    const slides = await slideTexts(res.rawPayload);
    const rowsOf = (p: ScorecardNode) => [...allNodes(p.children).map((n) => n.title), ...measuresOf(p).map((m) => m.name)];
    const slidesOf = (p: ScorecardNode) => Math.max(1, Math.ceil(rowsOf(p).length / ROWS_PER_SLIDE));
    expect(slides.length).toBe(1 + scorecard.nodes.reduce((n, p) => n + slidesOf(p), 0));
    expect(slides[0]!.join('\n')).toContain('Styrkort – Regionstyrelsens plan 2022-2024');
    expect(slides[0]!.join('\n')).toContain('Delår augusti 2022');
    let at = 1;
    let continued = 0;
    for (const p of scorecard.nodes) {
      const status = `${STATUS_SYMBOLS[p.fulfilment.status]} ${statusLabel(p.fulfilment.status, 'sv')}`;
      const own = slides.slice(at, at + slidesOf(p));
      at += own.length;
      expect(own[0]![0]).toBe(`${p.title} – ${status}`);
      expect(own[0]!.join('\n')).toContain(p.fulfilment.explanation.sv);
      // A perspective with more rows than a slide holds continues on further slides: every row is on one, none overflows.
      own.slice(1).forEach((text) => {
        continued++;
        expect(text[0]).toBe(`${p.title} (forts.) – ${status}`);
      });
      const rows = rowsOf(p);
      // Table rows start with a status symbol; the slide's title has it after the name.
      const symbols = Object.values(STATUS_SYMBOLS);
      const tableRows = own.map((text) => text.filter((s) => symbols.some((sym) => s.startsWith(`${sym} `))).length);
      expect(tableRows.every((n) => n <= ROWS_PER_SLIDE)).toBe(true);
      expect(tableRows.reduce((a, b) => a + b, 0)).toBe(rows.length);
      expect(rows.every((t) => own.some((text) => text.some((s) => s.trim().endsWith(t))))).toBe(true);
    }
    expect(continued).toBeGreaterThan(0);
    // The title slide counts the measures per status as the scorecard judged them.
    const counts = new Map<string, number>();
    for (const m of scorecard.nodes.flatMap(measuresOf)) counts.set(m.fulfilment.status, (counts.get(m.fulfilment.status) ?? 0) + 1);
    expect(counts.get('met')).toBeGreaterThan(0);
    for (const [status, n] of counts) {
      const at = slides[0]!.indexOf(`${STATUS_SYMBOLS[status as keyof typeof STATUS_SYMBOLS]} ${statusLabel(status as keyof typeof STATUS_SYMBOLS, 'sv')}`);
      expect(at, status).toBeGreaterThan(0);
      expect(slides[0]![at + 1]).toBe(String(n));
    }
  });

  it('writes the deck in the language asked for', async () => {
    const res = await get(`/api/plans/${planId}/documents/scorecard.pptx?period=${encodeURIComponent(PERIOD)}&lang=en`);
    const slides = await slideTexts(res.rawPayload);
    expect(slides[0]!.join('\n')).toContain('Scorecard – Regionstyrelsens plan 2022-2024');
    const p = scorecard.nodes[0]!;
    expect(slides[1]![0]).toBe(`${p.title} – ${STATUS_SYMBOLS[p.fulfilment.status]} ${statusLabel(p.fulfilment.status, 'en')}`);
    expect(slides[1]!.join('\n')).toContain(p.fulfilment.explanation.en);
  });
});
