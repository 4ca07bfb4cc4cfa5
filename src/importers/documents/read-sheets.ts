import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { RawBlock } from '../../domain/extraction/blocks';

/**
 * Spreadsheets as tables: each worksheet one table named after its sheet, each cell as the
 * sheet shows it (a merged cell's text in its first cell only); a CSV file one table, its
 * separator (semicolon, comma or tab) found from the first line.
 */
export async function readXlsx(bytes: Uint8Array): Promise<RawBlock[]> {
  // exceljs is loaded when a workbook is read, not when the server starts.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: RawBlock[] = [];
  wb.eachSheet((sheet) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') return;
    const rows: string[][] = [];
    const width = sheet.actualColumnCount > 0 ? sheet.columnCount : 0;
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell's other cells repeat its text in exceljs; the document shows it once.
        const text = cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell);
        cells.push(text);
      }
      rows[rowNumber - 1] = cells;
    });
    const dense = Array.from(rows, (r) => r ?? []).filter((r) => r.some((c) => c !== ''));
    if (dense.length > 0) out.push({ kind: 'table', name: sheet.name, rows: dense });
  });
  return out;
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return (cell.text ?? '').replace(/\s+/gu, ' ').trim();
  } catch {
    return String(cell.value ?? '').trim();
  }
}

export function readCsv(text: string): RawBlock[] {
  const first = text.split(/\r?\n/u, 1)[0] ?? '';
  const count = (ch: string) => first.split(ch).length - 1;
  const delimiter = [';', '\t', ','].sort((a, b) => count(b) - count(a))[0] ?? ',';
  const rows = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][];
  return rows.length > 0 ? [{ kind: 'table', rows: rows.map((r) => r.map((c) => c.replace(/\s+/gu, ' ').trim())) }] : [];
}
