import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBudgetTable } from '../../domain/budget';
import { getTemplate } from '../../domain/model/templates';
import type { ImportedBudgetTable } from './budget';
import type { ImportIssue } from './imported-plan';
import { parsePlanText } from './parse-plan-text';

const SEED = readFileSync(fileURLToPath(new URL('../../../data/seeds/norrbotten-regionstyrelsens-plan-2022-2024.txt', import.meta.url)), 'utf8');
const LINES = SEED.split('\n');
const norrbotten = getTemplate('norrbotten');
const withLine = (lineNo: number, change: (line: string) => string): string => LINES.map((l, i) => (i === lineNo - 1 ? change(l) : l)).join('\n');

function read(text: string): { tables: ImportedBudgetTable[]; warnings: ImportIssue[] } {
  const result = parsePlanText(text, norrbotten);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return { tables: result.plan.budgetTables, warnings: result.warnings };
}
function errorsOf(text: string): ImportIssue[] {
  const result = parsePlanText(text, norrbotten);
  if (!('errors' in result)) throw new Error('expected errors');
  return result.errors;
}

const { tables, warnings } = read(SEED);
const table = (title: string) => tables.find((t) => t.title === title)!;

describe('the budget frames of seed 001', () => {
  it('reads the four tables with their titles, units and years', () => {
    expect(tables.map((t) => [t.title, t.unit, t.year, t.line, t.rows.length])).toEqual([
      ['Förändringar i regionbidraget till Regionstyrelsen', 'mnkr', null, 277, 10],
      ['Budgetminskning 2020-2022', 'mnkr', null, 297, 3],
      ['Ekonomisk ram 2022', 'mnkr', 2022, 344, 4],
      ['Investeringsramar 2022', 'mnkr', 2022, 361, 5],
    ]);
  });

  it('computes 8 406,5 + 300,2 + 17,0 + 38,5 + 15,6 − 8,1 + 2,4 + 50,0 − 110,0 = 8 712,1 and every stated total of "Förändringar i regionbidraget"', () => {
    const t = table('Förändringar i regionbidraget till Regionstyrelsen');
    expect(t.columns.map((c) => [c.label, c.year, c.kind])).toEqual([['2022', 2022, 'amount'], ['2023', 2023, 'amount'], ['2024', 2024, 'amount']]);
    expect(t.rows.map((r) => r.amounts[0])).toEqual([8406.5, 300.2, 17, 38.5, 15.6, -8.1, 2.4, 50, -110, 8712.1]);
    expect(t.rows.map((r) => r.kind)).toEqual([...Array(9).fill('line'), 'total']);
    expect(checkBudgetTable(t).map((c) => [c.computed, c.stated, c.ok])).toEqual([[8712.1, 8712.1, true], [8930.2, 8930.2, true], [9201.5, 9201.5, true]]);
  });

  it('checks "Budgetminskning 2020-2022" both ways: 314 + 30 = 344 and 23 + 199 + 122 = 344, with the year columns’ footnotes', () => {
    const t = table('Budgetminskning 2020-2022');
    expect(t.columns.map((c) => [c.label, c.year, c.kind])).toEqual([['2020', 2020, 'amount'], ['2021', 2021, 'amount'], ['2022', 2022, 'amount'], ['Summa', null, 'total']]);
    expect(t.columns[0]!.notes).toEqual(['Beslutad av regionfullmäktige i Strategisk plan 2020-2022']);
    const checks = checkBudgetTable(t);
    expect(checks).toHaveLength(7);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks.at(-1)).toMatchObject({ direction: 'row', computed: 344, stated: 344 });
  });

  it('reads the two header lines of "Ekonomisk ram 2022" and checks Ram 2021 + changes = Ram 2022 on every row', () => {
    const t = table('Ekonomisk ram 2022');
    expect(t.columns.map((c) => [c.label, c.year, c.kind])).toEqual([
      ['Ram 2021', 2021, 'amount'],
      ['Förändring jmf 2021: Löne- & prisindex', null, 'amount'],
      ['Förändring jmf 2021: Utökning', null, 'amount'],
      ['Förändring jmf 2021: Neddragning', null, 'amount'],
      ['Förändring jmf 2021: Omfördelning', null, 'amount'],
      ['Ram 2022', 2022, 'total'],
    ]);
    expect(t.rows.at(-1)).toMatchObject({ label: 'Totalt', kind: 'total', amounts: [8406.5, 300.2, 123.5, -118.1, 0, 8712.1] });
    const checks = checkBudgetTable(t);
    expect(checks.filter((c) => c.direction === 'row').map((c) => c.computed)).toEqual([1223, 85.5, 7403.6, 8712.1]);
    expect(checks.every((c) => c.ok)).toBe(true);
  });

  it('sums "Investeringsramar 2022" to 245,0 mnkr, with empty cells as no amount', () => {
    const t = table('Investeringsramar 2022');
    expect(t.labelHeader).toBe('Beslutsnivå');
    expect(t.rows[1]).toMatchObject({ label: 'Regiondirektör', amounts: [null, null, 10.6, null, null, 10.6] });
    const checks = checkBudgetTable(t);
    expect(checks.find((c) => c.direction === 'column' && c.column === 5)).toMatchObject({ computed: 245, stated: 245, ok: true });
    expect(checks.every((c) => c.ok)).toBe(true);
  });

  it('gives no budget warnings for the seed: every sum agrees', () => {
    expect(warnings.filter((w) => /Budgettabellen/.test(w.message))).toEqual([]);
  });
});

describe('budget tables with problems', () => {
  it('a stated total that disagrees is imported and shown with the difference', () => {
    const { tables: t, warnings: w } = read(withLine(289, (l) => l.replace('8 712,1', '8 712,0')));
    expect(t[0]!.rows.at(-1)!.amounts[0]).toBe(8712.0);
    expect(w).toContainEqual({
      line: 289,
      message: 'Budgettabellen "Förändringar i regionbidraget till Regionstyrelsen": summan i raden "Regionbidrag", kolumnen "2022" är 8\u00a0712 men raderna ger 8\u00a0712,1 (skillnad \u22120,1 mnkr)',
    });
  });

  it('a budget line without a year fails the whole file', () => {
    const errors = errorsOf(withLine(361, () => 'Investeringsramar, mnkr'));
    // Two amounts on the first row, one on each of the next three, five on the total row.
    expect(errors).toHaveLength(10);
    expect(errors[0]).toEqual({
      line: 364,
      message: 'Budgettabellen "Investeringsramar", raden "Regionstyrelsen": Beloppet i kolumnen "Inventarier & fastigheter" saknar år: varken kolumnen eller tabellen "Investeringsramar" anger vilket år det gäller.',
    });
  });

  it('an amount that is not a number fails the whole file with its line', () => {
    expect(errorsOf(withLine(286, (l) => l.replace('2,4', 'två komma fyra')))).toEqual([
      { line: 286, message: 'Budgettabellen "Förändringar i regionbidraget till Regionstyrelsen", raden "MR Kalix": 2022: "två komma fyra" är inget belopp. Skriv t.ex. 8 406,5 eller −8,1.' },
    ]);
  });
});
