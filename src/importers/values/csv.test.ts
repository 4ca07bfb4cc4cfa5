import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, type Delimiter, readCsvRecords, sniffDelimiter } from './csv';

/** Reads a whole text, fed in the given chunk sizes: the records, and the line of an unclosed quote. */
async function readAll(text: string, delimiter: Delimiter, cuts: number[] = []) {
  const chunks: string[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    chunks.push(text.slice(at, cut));
    at = cut;
  }
  chunks.push(text.slice(at));
  const records: CsvRecord[] = [];
  let unclosedQuoteLine: number | null = null;
  for await (const r of readCsvRecords(chunks, delimiter)) {
    if (r.problem?.startsWith('Ett citattecken som öppnas')) unclosedQuoteLine = r.line;
    else records.push(r);
  }
  return { records, unclosedQuoteLine };
}

/** Writes cells the way a spreadsheet does: quoted when they hold a separator, quote or line break. */
function writeCell(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

describe('readCsvRecords (csv-parse, streaming)', () => {
  it('reads semicolon-separated lines with quotes and line numbers', async () => {
    const text = 'Mått;Period;Värde\r\n"Andel ""nöjda""; totalt";2022-DÅ04;6,5\r\n\r\n"Två\nrader";2022;43 000\n';
    expect((await readAll(text, ';')).records).toEqual([
      { line: 1, cells: ['Mått', 'Period', 'Värde'] },
      { line: 2, cells: ['Andel "nöjda"; totalt', '2022-DÅ04', '6,5'] },
      { line: 4, cells: ['Två\nrader', '2022', '43 000'] },
    ]);
  });

  it('keeps the last line without a line break, and says where an unclosed quote began', async () => {
    expect((await readAll('a,b\n1,2', ',')).records.at(-1)).toEqual({ line: 2, cells: ['1', '2'] });
    const cut = await readAll('a,b\n1,2\n"3,4\n5', ',');
    expect(cut.records).toHaveLength(2);
    expect(cut.unclosedQuoteLine).toBe(3);
  });

  it('reads empty cells', async () => {
    expect((await readAll(';;\n', ';')).records).toEqual([{ line: 1, cells: ['', '', ''] }]);
  });

  const cell = fc.string({ unit: fc.constantFrom('a', 'å', ' ', ';', ',', '"', '\n', '\r\n', '1', '.'), maxLength: 8 });
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });

  it('reads back whatever a spreadsheet writes, however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom<Delimiter>(';', ','), fc.array(fc.nat(), { maxLength: 5 }), async (rows, delimiter, cuts) => {
        // Rows whose cells are all empty-ish with one cell would be blank lines; give every row two cells.
        const text = rows.map((r) => r.map((c) => writeCell(c, delimiter)).join(delimiter)).join('\r\n');
        const positions = cuts.map((c) => (text.length === 0 ? 0 : c % (text.length + 1)));
        const { records, unclosedQuoteLine } = await readAll(text, delimiter, positions);
        expect(unclosedQuoteLine).toBeNull();
        expect(records.map((r) => r.cells)).toEqual(rows);
      }),
    );
  });

  it('numbers each record by the line it starts on', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const text = rows.map((r) => r.map((c) => writeCell(c, ';')).join(';')).join('\n');
        const { records } = await readAll(text, ';');
        let line = 1;
        records.forEach((record, i) => {
          expect(record.line).toBe(line);
          line += 1 + rows[i]!.join(';').split(/\r\n|\n/).length - 1;
        });
      }),
    );
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['Mått;Period;Värde', ';'],
    ['measure,period,value', ','],
    ['"Mått, namn";Period;Värde', ';'],
    ['a\tb\tc', '\t'],
    ['Värde', ';'],
  ])('%j -> %j', (line, delimiter) => {
    expect(sniffDelimiter(line)).toBe(delimiter);
  });
});
