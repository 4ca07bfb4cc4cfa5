import type { UnmappedCode, ValueMapping, ValueUpload } from '../../shared/value-import-types';
import { cellText } from './cells';
import { CodeBook, type CodeBookInput } from './formats/code-book';
import { codedAsTable, codedMapping, openAnyValueFile } from './formats/open-any';
import { suggestMapping } from './mapping';

/** What an uploaded values file looks like for a plan, found by reading all of it (so every limit is checked once, at upload). */
export type DescribedValueFile = Pick<ValueUpload, 'format' | 'encoding' | 'delimiter' | 'headers' | 'sampleRows'> & {
  suggestedMapping: ValueMapping;
  coded: boolean;
  unmapped: UnmappedCode[];
};

/**
 * Reads a whole values file of any supported format: a plain table with its first rows and a
 * suggested mapping; a coded file (DHIS2, SCB, Kolada, Stratsys) with its codes mapped through
 * `codeBook` and every code it could not map. Numbers that read either way follow `numberStyle` (the reader's). Plain data in and out: it runs in a worker thread.
 * Throws ValueFileError for a file that cannot be read, is over a limit or in no supported format.
 */
export async function describeValueFile(bytes: Uint8Array, codeBook: CodeBookInput, sampleSize: number, numberStyle: 'sv' | 'en' = 'sv'): Promise<DescribedValueFile> {
  const opened = await openAnyValueFile([bytes]);
  const book = opened.kind === 'coded' ? new CodeBook(codeBook) : null;
  const file = opened.kind === 'coded' && book ? codedAsTable(opened.file, book) : opened.kind === 'table' ? opened.file : null;
  if (!file) throw new Error('unreachable');
  const coded = opened.kind === 'coded' ? codedMapping(opened.file) : null;
  const sampleRows: string[][] = [];
  // Read to the end: the limits are checked on every row, and every unmapped code is listed at once.
  for await (const row of file.rows) {
    if (!row.problem && sampleRows.length < sampleSize) sampleRows.push(row.cells.map(cellText));
  }
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    sampleRows,
    suggestedMapping: coded ?? suggestMapping(file.headers, sampleRows, numberStyle),
    coded: coded !== null,
    unmapped: book?.unmapped() ?? [],
  };
}
