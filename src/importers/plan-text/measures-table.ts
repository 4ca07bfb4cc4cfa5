import type { ImportedMeasure, ImportIssue } from './imported-plan';
import { extractMarks } from './footnotes';
import { issue } from './text';

/**
 * A measure table as the converter left it: one tab-separated line per row under a header
 * `Styrmått<TAB>Ingångsvärde<TAB>Mål 2022<TAB>→<TAB>Mål 2024<TAB>Källa<TAB>Period`.
 * Columns are found by their header, so target years and column order come from the document.
 */
export interface TableHeader {
  /** 1-based line. */
  line: number;
  /** The document's word for the measures, from the first header cell, e.g. `Styrmått`. */
  kindWord: string;
  columnCount: number;
  baseline: number;
  targets: { year: number; column: number }[];
  source: number;
  period: number;
}

const TARGET_COLUMN = /^Mål\s+(\d{4})$/u;
// The header's arrow column only draws "from target year to target year"; its cells are empty.
const DECORATION_COLUMN = /^[→⟶➔>\-–]*$/u;

const cellsOf = (line: string): string[] => line.split('\t').map((cell) => cell.trim());

/** Whether a line is a measure table header: it has a baseline column and at least one target-year column. */
export function isTableHeader(line: string): boolean {
  const cells = cellsOf(line);
  return cells.includes('Ingångsvärde') && cells.some((cell) => TARGET_COLUMN.test(cell));
}

/** Reads a header line that `isTableHeader` accepted. */
export function readTableHeader(line: string, lineNo: number): TableHeader | ImportIssue {
  const cells = cellsOf(line);
  const kindWord = cells[0] ?? '';
  const targets: TableHeader['targets'] = [];
  let baseline = -1;
  let source = -1;
  let period = -1;
  for (const [column, cell] of cells.entries()) {
    if (column === 0) continue;
    const target = TARGET_COLUMN.exec(cell);
    if (target?.[1] !== undefined) targets.push({ year: Number(target[1]), column });
    else if (cell === 'Ingångsvärde') baseline = column;
    else if (cell === 'Källa') source = column;
    else if (cell === 'Period') period = column;
    else if (!DECORATION_COLUMN.test(cell)) {
      return issue(lineNo, `Tabellhuvudet har en okänd kolumn "${cell}"`);
    }
  }
  const missing = [
    kindWord === '' ? 'måttnamn (första kolumnen)' : null,
    source < 0 ? 'Källa' : null,
    period < 0 ? 'Period' : null,
  ].filter((name) => name !== null);
  if (missing.length > 0) return issue(lineNo, `Tabellhuvudet saknar kolumnen ${missing.join(' och ')}`);
  return { line: lineNo, kindWord, columnCount: cells.length, baseline, targets, source, period };
}

/** What a row gives besides the measure: the footnote marks found in its name and baseline. */
export interface MeasureRow {
  measure: ImportedMeasure;
  marks: string[];
}

/** The name the row errors use: "Styrmått" -> "Styrmåttsraden". */
export function rowWord(header: TableHeader): string {
  return /\p{L}$/u.test(header.kindWord) ? `${header.kindWord}sraden` : `Raden i tabellen "${header.kindWord}"`;
}

/** Reads one table row; a row with another number of columns than the header is an error, never guessed at. */
export function readMeasureRow(line: string, lineNo: number, header: TableHeader, kindKey: string): MeasureRow | ImportIssue {
  const cells = line.split('\t');
  if (cells.length !== header.columnCount) {
    return issue(lineNo, `${rowWord(header)} har ${cells.length} kolumner, ${header.columnCount} väntades`);
  }
  const cell = (column: number): string => (cells[column] ?? '').trim();
  const name = extractMarks(cell(0));
  if (name.text === '') return issue(lineNo, `${rowWord(header)} saknar namn på måttet`);
  const baseline = extractMarks(cell(header.baseline));
  return {
    measure: {
      kindKey,
      name: name.text,
      baselineText: baseline.text,
      // Every target year is kept, with an empty text where the cell is empty, so targets align with the header.
      targets: header.targets.map(({ year, column }) => ({ year, text: cell(column) })),
      source: cell(header.source),
      periodsText: cell(header.period),
      footnotes: [],
      line: lineNo,
    },
    marks: [...name.marks, ...baseline.marks],
  };
}

/** Tells an issue from a successful read. */
export function isIssue(value: object): value is ImportIssue {
  return 'message' in value;
}
