import {
  checkBudgetTable,
  parseAmount,
  type BudgetColumn,
  type BudgetRow,
  type BudgetTable,
  validateBudgetLine,
} from '../../domain/budget';
import type { Localized } from '../../domain/i18n/lang';
import { formatNumber } from '../../domain/numbers';
import { extractMarks, readFootnoteDefinition } from './footnotes';
import type { ImportIssue } from './imported-plan';
import { isBlank, issue } from './text';

/**
 * Budget frames in the chapter before the plan part (seed 001, "Verksamhet och ekonomi"):
 * each a title line ("Ekonomisk ram 2022, mnkr"), then a block of tab-separated lines, one or
 * two header lines and then one line per row with a label and amounts. Which rows and columns
 * are totals is read from their labels ("Summa", "Totalt"), and the stated totals are checked
 * against computed sums: a difference becomes a warning that names it, never a correction.
 */
export interface ImportedBudgetColumn extends BudgetColumn {
  /** Footnotes on the column header ("2020 ¹"). */
  notes: string[];
}

export interface ImportedBudgetRow extends BudgetRow {
  line: number;
}

export interface ImportedBudgetTable extends BudgetTable {
  /** The header over the row labels as printed: "Mnkr", "Beslutsnivå" or empty. */
  labelHeader: string;
  columns: ImportedBudgetColumn[];
  rows: ImportedBudgetRow[];
  /** 1-based line of the title. */
  line: number;
}

/** The import summary's word for the tables read: `Budgettabeller: 4`. */
export const BUDGET_TABLES_WORD: Localized = { sv: 'Budgettabeller', da: 'Budgettabeller', en: 'Budget tables' };

const TOTAL_LABEL = /^(summa|totalt|total)\b/iu;
const UNIT_WORD = /^(mnkr|mkr|tkr|kr)$/iu;
const UNIT_SUFFIX = /,\s*(mnkr|mkr|tkr)\s*$/iu;
const YEAR_LABEL = /^(?:Ram\s+)?(\d{4})$/iu;
const FRAME_LABEL = /^Ram\s+(\d{4})$/iu;

const cellsOf = (line: string): string[] => line.split('\t').map((c) => c.trim());
// The digit test first: most cells in a tab block are labels, and parsing each as a number would be wasted.
const isAmountCell = (cell: string): boolean => /^[+\-\u2212]?\d/u.test(cell) && !('error' in parseAmount(cell));

/** Reads every budget table between line indexes `from` and `to` (the chapters before the plan part). */
export function readBudgetTables(
  lines: readonly string[],
  from: number,
  to: number,
): { tables: ImportedBudgetTable[]; errors: ImportIssue[]; warnings: ImportIssue[] } {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const blocks: { start: number; end: number }[] = [];
  for (let i = from; i < to; i += 1) {
    if (!(lines[i] ?? '').includes('\t')) continue;
    const start = i;
    while (i < to && (lines[i] ?? '').includes('\t')) i += 1;
    blocks.push({ start, end: i });
  }
  const tables: ImportedBudgetTable[] = [];
  blocks.forEach((block, b) => {
    const body = lines.slice(block.start, block.end).map(cellsOf);
    // The first line is the header (its years look like amounts); a second header line has no row label.
    const firstRow = body.findIndex((cells, i) => i > 0 && cells[0] !== '' && cells.slice(1).some(isAmountCell));
    // A tab block without amounts is not a budget table (a list or a layout table): not ours to read.
    if (firstRow < 0) return;
    const notesUntil = blocks[b + 1]?.start ?? to;
    const table = readTable(lines, body, block, firstRow, notesUntil, errors);
    if (table === null) return;
    tables.push(table);
    for (const c of checkBudgetTable(table)) {
      if (c.ok) continue;
      const where =
        c.direction === 'column'
          ? `raden "${table.rows[c.row]!.label}", kolumnen "${table.columns[c.column]!.label}"`
          : `kolumnen "${table.columns[c.column]!.label}" på raden "${table.rows[c.row]!.label}"`;
      warnings.push(
        issue(
          table.rows[c.row]!.line,
          `Budgettabellen "${table.title}": summan i ${where} är ${fmt(c.stated)} men raderna ger ${fmt(c.computed)} (skillnad ${fmt(c.difference)} ${table.unit})`,
        ),
      );
    }
  });
  return { tables, errors, warnings };
}

const fmt = (n: number): string => formatNumber(n, 'sv');

function readTable(
  lines: readonly string[],
  body: readonly string[][],
  block: { start: number; end: number },
  firstRow: number,
  notesUntil: number,
  errors: ImportIssue[],
): ImportedBudgetTable | null {
  const titleIndex = previousText(lines, block.start);
  const rawTitle = titleIndex < 0 ? '' : (lines[titleIndex] ?? '').trim();
  const headerLines = body.slice(0, firstRow);
  const labelHeader = headerLines[0]?.[0] ?? '';
  const unit = (UNIT_SUFFIX.exec(rawTitle)?.[1] ?? (UNIT_WORD.test(labelHeader) ? labelHeader : '')).toLowerCase();
  const title = rawTitle.replace(UNIT_SUFFIX, '').trim();
  const titleLine = titleIndex + 1;
  if (title === '') {
    errors.push(issue(block.start + 1, 'Budgettabellen saknar rubrik på raden före tabellen'));
    return null;
  }
  const years = [...title.matchAll(/\b(\d{4})\b/gu)].map((m) => Number(m[1]));
  const tableYear = years.length === 1 ? years[0]! : null;
  const width = Math.max(...body.map((cells) => cells.length)) - 1;
  const notes = footnotes(lines, block.end, notesUntil);

  const columns: ImportedBudgetColumn[] = [];
  let group = '';
  for (let j = 1; j <= width; j += 1) {
    const top = headerLines[0]?.[j] ?? '';
    const sub = headerLines[1]?.[j] ?? '';
    if (top !== '') group = top;
    const head = top !== '' ? top : sub !== '' ? group : '';
    const { text, marks } = extractMarks(head !== '' && sub !== '' ? `${head}: ${sub}` : head || sub);
    if (text === '') {
      errors.push(issue(block.start + 1, `Budgettabellen "${title}": kolumn ${j + 1} saknar rubrik`));
      return null;
    }
    const own = YEAR_LABEL.exec(text);
    columns.push({ label: text, year: own ? Number(own[1]) : null, kind: TOTAL_LABEL.test(text) ? 'total' : 'amount', notes: marks.map((m) => notes.get(m) ?? `Fotnot ${m}`) });
  }
  // The last column "Ram 2022" of "Ekonomisk ram 2022" is the frame that the other columns add up to.
  const last = columns.at(-1);
  const frame = last ? FRAME_LABEL.exec(last.label) : null;
  if (last && frame && tableYear === Number(frame[1]) && columns.length > 1) last.kind = 'total';

  const rows: ImportedBudgetRow[] = [];
  let failed = false;
  for (let i = block.start + firstRow; i < block.end; i += 1) {
    const cells = body[i - block.start] ?? [];
    const label = cells[0] ?? '';
    const isLast = i === block.end - 1;
    // "Regionbidrag" closes "Förändringar i regionbidraget …": the last row that names the table's subject is its total.
    const kind = TOTAL_LABEL.test(label) || (isLast && label !== '' && title.toLowerCase().includes(label.toLowerCase())) ? 'total' : 'line';
    const amounts = Array.from({ length: width }, (_, j) => cells[j + 1] ?? '');
    const result = validateBudgetLine({ title, year: tableYear, columns }, { label, kind, amounts });
    if ('errors' in result) {
      failed = true;
      for (const e of result.errors) {
        const where = label === '' ? 'en rad utan benämning' : `raden "${label}"`;
        errors.push(issue(i + 1, `Budgettabellen "${title}", ${where}: ${e.message}`));
      }
      continue;
    }
    rows.push({ ...result.row, line: i + 1 });
  }
  if (failed) return null;
  return { title, unit, year: tableYear, labelHeader, columns, rows, line: titleLine };
}

/** The 0-based index of the nearest line with text above `index`, or -1. */
function previousText(lines: readonly string[], index: number): number {
  for (let i = index - 1; i >= 0; i -= 1) if (!isBlank(lines[i] ?? '')) return i;
  return -1;
}

/** Footnote definitions ("¹ Beslutad av …") between a table and the next one, by mark. */
function footnotes(lines: readonly string[], from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = from; i < to; i += 1) {
    const d = readFootnoteDefinition(lines[i] ?? '');
    if (d !== null && !out.has(d.mark)) out.set(d.mark, d.text);
  }
  return out;
}
