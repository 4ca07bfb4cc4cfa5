import type { Lang } from '../i18n/lang';
import { parseNumber } from '../numbers';
import { columnYear, type BudgetRow, type BudgetTable } from './budget-table';

/** A problem with one field of a budget line, with the field's path (`label`, `amounts.2`). */
export interface BudgetFieldError {
  path: string;
  message: string;
}

/** A line as a person or a document gives it: amounts as typed ("8 406,5", "−8,1") or numbers. */
export interface BudgetLineInput {
  label: string;
  kind?: BudgetRow['kind'];
  sign?: 1 | -1;
  amounts: readonly (string | number | null)[];
}

/** Reads one typed amount; empty means no amount. Swedish forms: `8 406,5`, `−8,1`, `-110,0`, `+123,5`. */
export function parseAmount(text: string | number | null, lang: Lang = 'sv'): { amount: number | null } | { error: string } {
  if (text === null) return { amount: null };
  if (typeof text === 'number') return Number.isFinite(text) ? { amount: text } : { error: 'Beloppet är inget tal.' };
  if (text.trim() === '' || /^[–-]$/u.test(text.trim())) return { amount: null };
  const amount = parseNumber(text, lang);
  if (amount === null) return { error: `"${text}" är inget belopp. Skriv t.ex. 8 406,5 eller −8,1.` };
  return { amount };
}

/**
 * Checks a budget line against its table: a label, one amount per column, every amount a
 * number, and every amount for a year, from its column or from the table. A line whose
 * amounts are for no year cannot be compared across years or carried into the next plan.
 */
export function validateBudgetLine(
  table: Pick<BudgetTable, 'title' | 'year' | 'columns'>,
  input: BudgetLineInput,
): { row: BudgetRow } | { errors: BudgetFieldError[] } {
  const errors: BudgetFieldError[] = [];
  const label = input.label.trim();
  if (label === '') errors.push({ path: 'label', message: 'Ange radens benämning, t.ex. "Prisuppräkning".' });
  if (input.amounts.length !== table.columns.length) {
    errors.push({
      path: 'amounts',
      message: `Raden har ${input.amounts.length} belopp; tabellen "${table.title}" har ${table.columns.length} kolumner (${table.columns.map((c) => c.label).join(', ')}).`,
    });
    return { errors };
  }
  const amounts: (number | null)[] = [];
  input.amounts.forEach((text, i) => {
    const column = table.columns[i]!;
    const parsed = parseAmount(text);
    if ('error' in parsed) {
      errors.push({ path: `amounts.${i}`, message: `${column.label}: ${parsed.error}` });
      amounts.push(null);
      return;
    }
    if (parsed.amount !== null && column.kind === 'amount' && columnYear(table, column) === null) {
      errors.push({
        path: `amounts.${i}`,
        message: `Beloppet i kolumnen "${column.label}" saknar år: varken kolumnen eller tabellen "${table.title}" anger vilket år det gäller.`,
      });
    }
    amounts.push(parsed.amount);
  });
  if (errors.length > 0) return { errors };
  return { row: { label, kind: input.kind ?? 'line', sign: input.sign ?? 1, amounts } };
}
