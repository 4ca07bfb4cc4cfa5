import ExcelJS from 'exceljs';
import type { Lang } from '../../domain/i18n/lang';
import { documentLabels } from '../labels';
import type { MeasuresWorkbook, MeasureValueRow } from './types';
import { numberFormat } from './render-measures-xlsx';

const HEADER_FILL = 'FFDCE6F0';

/** Decimals a row's values need (at most 2): 43 000 gets none, 5,8 one. */
function decimalsOf(values: (number | null)[]): number {
  let d = 0;
  for (const v of values) {
    if (v === null) continue;
    for (let k = 0; k <= 2; k++) {
      if (Math.abs(Math.round(v * 10 ** k) - v * 10 ** k) < 1e-9) {
        d = Math.max(d, k);
        break;
      }
      if (k === 2) d = 2;
    }
  }
  return d;
}


/** A valid, unique sheet name: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Blad';
  let n = base;
  for (let i = 2; used.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} ${i}`;
  used.add(n.toLowerCase());
  return n;
}

/** Writes all measures and values: one sheet per perspective, periods as columns, values as number cells. */
export async function renderMeasuresXlsx(book: MeasuresWorkbook, lang: Lang = 'sv'): Promise<Buffer> {
  const LABELS = documentLabels(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ledstjärna';
  wb.title = book.planTitle;
  const used = new Set<string>();
  const headers = [
    ...book.pathHeaders,
    book.measureHeader,
    LABELS.baseline,
    ...book.targetYears.map((y) => LABELS.target(y)),
    LABELS.source,
    LABELS.workbook.unit,
    LABELS.workbook.sex,
    LABELS.workbook.ageBand,
    LABELS.workbook.area,
    ...book.periods.map((p) => p.label),
  ];
  const firstValueCol = headers.length - book.periods.length + 1;
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1, xSplit: book.pathHeaders.length + 1 }] });
    ws.columns = headers.map((h, i) => ({
      header: h,
      width: i < book.pathHeaders.length ? 28 : i === book.pathHeaders.length ? 48 : i >= firstValueCol - 1 ? 13 : 16,
    }));
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.alignment = { vertical: 'top', wrapText: true };
    head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }));
    for (const r of sheet.rows) addRow(ws, r, firstValueCol);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addRow(ws: ExcelJS.Worksheet, r: MeasureValueRow, firstValueCol: number): void {
  const row = ws.addRow([...r.path, r.measure, r.baseline, ...r.targets, r.source, r.unit ?? '', r.sex, r.ageBand, r.area, ...r.values.map((v) => v ?? null)]);
  row.alignment = { vertical: 'top', wrapText: true };
  const fmt = numberFormat(r.unit, decimalsOf(r.values));
  r.values.forEach((v, i) => {
    const cell = row.getCell(firstValueCol + i);
    cell.numFmt = fmt;
    cell.alignment = { vertical: 'top', horizontal: 'right' };
    if (v === null) cell.value = null;
  });
}
