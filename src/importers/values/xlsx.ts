/**
 * XLSX files of values: the first worksheet that has content, as rows of cells. Numbers stay
 * numbers (no text parsing needed), as shown when formatted as percent; formulas give their cached
 * result; rich text its plain text.
 * An XLSX sheet has at most 1 048 576 rows, so the whole workbook is read at once.
 */
import type ExcelJS from 'exceljs';
import type { Cell } from './cells';
import { ValueFileError } from './errors';

/** One worksheet row and its number in the sheet (1 = the first row). */
export interface SheetRow {
  line: number;
  cells: Cell[];
}

/** The first bytes of every XLSX (a ZIP archive). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return value.result === undefined ? '' : toCell(value.result as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  if ('text' in value) return String(value.text);
  return String(value);
}

/** Reads the rows of an XLSX file's first non-empty worksheet; throws ValueFileError when it is not a readable workbook. */
export async function readXlsxRows(bytes: Uint8Array): Promise<SheetRow[]> {
  // exceljs is loaded when a workbook is read, not when the server starts.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ValueFileError('Filen är ingen läsbar XLSX-fil. Den kan vara avkortad eller skadad; spara den på nytt från Excel.');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ValueFileError('Arbetsboken har inget blad med innehåll.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let i = 1; i <= row.cellCount; i++) {
      const cell = row.getCell(i);
      const value = toCell(cell.value);
      // A cell formatted as percent holds the fraction (0,065 shows as 6,5 %); a measure in % means the 6,5.
      cells.push(typeof value === 'number' && cell.numFmt?.includes('%') ? Number((value * 100).toPrecision(15)) : value);
    }
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}
