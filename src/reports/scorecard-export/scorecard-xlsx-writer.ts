import ExcelJS from 'exceljs';
import { formatLongDate } from '../../domain/i18n/plural';
import { scorecardExportLabels } from './labels';
import type { ExportStatus, ScorecardExport } from './types';

const HEADER_FILL = 'FFDCE6F0';

/** A valid, unique sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Blad';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
  used.add(n.toLowerCase());
  return n;
}

function header(ws: ExcelJS.Worksheet): void {
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'top', wrapText: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));
}

/** The colour cell beside the status word: filled for met / partly met / not met, empty otherwise. */
function colour(cell: ExcelJS.Cell, s: ExportStatus): void {
  if (s.colour) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.colour}` } };
}

/**
 * The scorecard of a period as a workbook: a summary sheet (measures per status, each perspective's
 * status), then one sheet per perspective with every goal, success factor and measure: status as
 * symbol and word, a colour cell beside it, the rule sentence, value, target and baseline.
 */
export async function renderScorecardXlsx(book: ScorecardExport): Promise<Buffer> {
  const L = scorecardExportLabels(book.lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ledstjärna';
  wb.title = L.title(book.planTitle);
  const used = new Set<string>();

  const summary = wb.addWorksheet(sheetName(L.summary, used));
  summary.columns = [
    { header: L.name, width: 40 },
    { header: L.status, width: 22 },
    { header: L.colour, width: 6 },
    { header: L.count, width: 12 },
    { header: L.rule, width: 80 },
  ];
  header(summary);
  for (const p of book.perspectives) {
    const row = summary.addRow([p.title, `${p.status.symbol} ${p.status.word}`, '', null, p.status.rule]);
    colour(row.getCell(3), p.status);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  summary.addRow([]);
  summary.addRow([`${book.planTitle} – ${book.periodLabel}`]).font = { bold: true };
  for (const s of book.summary) {
    const row = summary.addRow([L.measures, `${s.status.symbol} ${s.status.word}`, '', s.count]);
    colour(row.getCell(3), s.status);
  }
  summary.addRow([L.generated(formatLongDate(book.generatedOn, book.lang))]);

  for (const p of book.perspectives) {
    const ws = wb.addWorksheet(sheetName(p.title, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      { header: L.level, width: 18 },
      { header: L.name, width: 60 },
      { header: L.status, width: 22 },
      { header: L.colour, width: 6 },
      { header: L.rule, width: 70 },
      { header: L.value, width: 18 },
      { header: L.target, width: 30 },
      { header: L.baseline, width: 24 },
      // Forecasts (DÅ 04/08) in columns of their own, after the judged status and its values.
      { header: L.forecast, width: 16 },
      { header: L.forecastVerdict, width: 50 },
      { header: L.forecastComment, width: 40 },
    ];
    header(ws);
    const top = ws.addRow([p.levelName, p.title, `${p.status.symbol} ${p.status.word}`, '', p.status.rule, '', '', '']);
    top.font = { bold: true };
    colour(top.getCell(4), p.status);
    for (const r of p.rows) {
      const row = ws.addRow([r.levelName, r.title, `${r.status.symbol} ${r.status.word}`, '', r.status.rule, r.value, r.target, r.baseline, r.forecast?.value ?? '', r.forecast?.verdict ?? '', r.forecast?.comment ?? '']);
      row.getCell(2).alignment = { indent: r.depth + (r.kind === 'measure' ? 1 : 0), vertical: 'top', wrapText: true };
      if (r.kind === 'node') row.font = { bold: true };
      colour(row.getCell(4), r.status);
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 11 } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
