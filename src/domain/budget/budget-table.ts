/**
 * Budget frames as the plan prints them (seed 001: "Förändringar i regionbidraget",
 * "Budgetminskning 2020-2022", "Ekonomisk ram 2022", "Investeringsramar 2022"): tables of
 * lines with an amount per column, stated totals in total rows ("Summa", "Totalt",
 * "Regionbidrag") and total columns ("Summa", "Ram 2022"). The sums are computed here and
 * compared with what the document states; a difference is reported, never corrected.
 */

/** A column holds amounts, or states each row's total of the amount columns. */
export type BudgetColumnKind = 'amount' | 'total';
/** A row is a line that counts towards the totals, or states the total of the lines above it. */
export type BudgetRowKind = 'line' | 'total';

export interface BudgetColumn {
  label: string;
  /** The year the column's amounts are for: its own ("2022", "Ram 2021") or the table's. */
  year: number | null;
  kind: BudgetColumnKind;
}

export interface BudgetRow {
  label: string;
  kind: BudgetRowKind;
  /** +1: amounts count as written (a reduction is written negative, "-110,0"); -1: the line is subtracted. */
  sign: 1 | -1;
  /** One per column; null for an empty cell. */
  amounts: (number | null)[];
}

export interface BudgetTable {
  title: string;
  unit: string;
  /** The year the title names ("Ekonomisk ram 2022"); null when the columns are years. */
  year: number | null;
  columns: BudgetColumn[];
  rows: BudgetRow[];
}

/** One stated total compared with the computed sum. */
export interface BudgetCheck {
  /** Which total: a total row's cell in a column, or a row's cell in a total column. */
  direction: 'column' | 'row';
  row: number;
  column: number;
  computed: number;
  stated: number;
  /** stated − computed; 0 when they agree. */
  difference: number;
  ok: boolean;
}

// Amounts carry at most a few decimals; summing in thousandths keeps 8 406,5 + 300,2 exact.
const SCALE = 1000;
const scaled = (n: number): number => Math.round(n * SCALE);

/** The sum of some amounts, exact to three decimals. */
export function sumAmounts(amounts: readonly (number | null)[]): number {
  return amounts.reduce<number>((sum, a) => sum + (a === null ? 0 : scaled(a)), 0) / SCALE;
}

/**
 * Every stated total of a table against its computed sum:
 * - a total row's cell = the sum of that column over the lines since the previous total row;
 * - a total column's cell = the sum of that row's amount columns.
 * An empty stated cell is not a check (the document states nothing there).
 */
export function checkBudgetTable(table: BudgetTable): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const amountColumns = table.columns.flatMap((c, i) => (c.kind === 'amount' ? [i] : []));
  let groupStart = 0;
  table.rows.forEach((row, r) => {
    if (row.kind === 'total') {
      const lines = table.rows.slice(groupStart, r).filter((l) => l.kind === 'line');
      table.columns.forEach((_, c) => {
        const stated = row.amounts[c];
        if (stated === null || stated === undefined) return;
        const computed = sumAmounts(lines.map((l) => (l.amounts[c] === null || l.amounts[c] === undefined ? null : l.sign * l.amounts[c]!)));
        checks.push(check('column', r, c, computed, stated));
      });
      groupStart = r + 1;
    }
    table.columns.forEach((column, c) => {
      if (column.kind !== 'total') return;
      const stated = row.amounts[c];
      if (stated === null || stated === undefined) return;
      checks.push(check('row', r, c, sumAmounts(amountColumns.map((a) => row.amounts[a] ?? null)), stated));
    });
  });
  return checks;
}

function check(direction: BudgetCheck['direction'], row: number, column: number, computed: number, stated: number): BudgetCheck {
  const difference = (scaled(stated) - scaled(computed)) / SCALE;
  return { direction, row, column, computed, stated, difference, ok: difference === 0 };
}

/** The year an amount in a column is for: the column's own, else the table's; null when neither says. */
export function columnYear(table: Pick<BudgetTable, 'year'>, column: BudgetColumn): number | null {
  return column.year ?? table.year;
}
