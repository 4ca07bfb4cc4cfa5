import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type FileRow, openValueFile } from './read-file';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of a text with only Latin-1 letters (å ä ö are the same code points). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));

async function all(rows: AsyncGenerator<FileRow>): Promise<FileRow[]> {
  const out: FileRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

/** Splits bytes into chunks of `size`, as a file stream would deliver them. */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe('openValueFile', () => {
  const text = 'Mått;Period;Kön;Värde\r\nAndel vårdskador, sluten somatisk vård;DÅ 04 2022;Kvinnor;6,5\r\nNöjdhet;2022;Män;43 000\r\n';

  it('reads UTF-8 with a byte-order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const file = await openValueFile([bytes]);
    expect(file).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';', headers: ['Mått', 'Period', 'Kön', 'Värde'] });
    expect((await all(file.rows)).map((r) => r.cells[0])).toEqual(['Andel vårdskador, sluten somatisk vård', 'Nöjdhet']);
  });

  it('reads Windows-1252 with å, ä, ö, also in small chunks', async () => {
    const file = await openValueFile(chunks(cp1252(text), 7));
    expect(file.encoding).toBe('windows-1252');
    expect(file.headers[0]).toBe('Mått');
    const rows = await all(file.rows);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(rows[1]!.cells).toEqual(['Nöjdhet', '2022', 'Män', '43 000']);
  });

  it('reads UTF-8 whose multi-byte letters are split between chunks', async () => {
    const file = await openValueFile(chunks(utf8(text), 3));
    expect(file.encoding).toBe('utf-8');
    expect((await all(file.rows))[0]!.cells[0]).toBe('Andel vårdskador, sluten somatisk vård');
  });

  it('switches to Windows-1252 when å first appears after the sample', async () => {
    const long = `Mått,Värde\n${'x,1\n'.repeat(20_000)}Mått på år,2\n`;
    const file = await openValueFile(chunks(cp1252(long), 16 * 1024));
    const rows = await all(file.rows);
    expect(rows.at(-1)!.cells).toEqual(['Mått på år', '2']);
  });

  it('reports a quote left open at the end of a cut file', async () => {
    const file = await openValueFile([utf8('Mått,Värde\n1,2\n"Andel, cut')]);
    const rows = await all(file.rows);
    expect(rows.at(-1)).toMatchObject({ line: 3, problem: expect.stringContaining('stängs aldrig') });
  });

  it('refuses an empty file', async () => {
    await expect(openValueFile([new Uint8Array(0)])).rejects.toThrow('Filen är tom.');
  });

  it('reads an XLSX file made by exceljs, keeping numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Värden');
    ws.addRow(['Mått', 'Period', 'Värde']);
    ws.addRow([12, '2022-DÅ08', 5.8]);
    ws.addRow(['Nöjdhet', 2022, { formula: '1+1', result: 2 }]);
    ws.addRow(['Andel', '2022', 0.065]).getCell(3).numFmt = '0.0%';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const file = await openValueFile(chunks(bytes, 1000));
    expect(file).toMatchObject({ format: 'xlsx', headers: ['Mått', 'Period', 'Värde'] });
    expect(await all(file.rows)).toEqual([
      { line: 2, cells: [12, '2022-DÅ08', 5.8] },
      { line: 3, cells: ['Nöjdhet', 2022, 2] },
      { line: 4, cells: ['Andel', '2022', 6.5] },
    ]);
  });

  it('refuses an XLSX file cut in the middle of its zip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Värden').addRow(['Mått', 'Värde']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(openValueFile([bytes.subarray(0, Math.floor(bytes.length / 2))])).rejects.toThrow(/ingen läsbar XLSX-fil/);
  });
});
