import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../numbers';
import { parseAmount, validateBudgetLine } from './budget-line';
import { checkBudgetTable, sumAmounts, type BudgetTable } from './budget-table';

const line = (label: string, ...amounts: (number | null)[]) => ({ label, kind: 'line' as const, sign: 1 as const, amounts });
const total = (label: string, ...amounts: (number | null)[]) => ({ label, kind: 'total' as const, sign: 1 as const, amounts });

/** Seed 001, "Förändringar i regionbidraget till Regionstyrelsen", as printed. */
const REGIONBIDRAG: BudgetTable = {
  title: 'Förändringar i regionbidraget till Regionstyrelsen',
  unit: 'mnkr',
  year: null,
  columns: [2022, 2023, 2024].map((year) => ({ label: String(year), year, kind: 'amount' as const })),
  rows: [
    line('Anslag året innan', 8406.5, 8712.1, 8930.2),
    line('Prisuppräknig', 300.2, 218.1, 271.3),
    line('Särskild lönesatsning', 17.0, null, null),
    line('Demografi', 38.5, null, null),
    line('Sunderbyn ökad driftkostnad för verksamhet och fastighet inklusive avskrivningar och driftkostnader', 15.6, null, null),
    line('Sunderbyn engångskostnader', -8.1, null, null),
    line('MR Kalix', 2.4, null, null),
    line('Hälso- och sjukvård under utredning', 50.0, null, null),
    line('Ramminskning', -110.0, null, null),
    total('Regionbidrag', 8712.1, 8930.2, 9201.5),
  ],
};

describe('checkBudgetTable', () => {
  it('computes 8 406,5 + 300,2 + 17,0 + 38,5 + 15,6 − 8,1 + 2,4 + 50,0 − 110,0 = 8 712,1 and agrees with every stated total', () => {
    const checks = checkBudgetTable(REGIONBIDRAG);
    expect(checks.map((c) => [c.computed, c.stated, c.ok])).toEqual([
      [8712.1, 8712.1, true],
      [8930.2, 8930.2, true],
      [9201.5, 9201.5, true],
    ]);
  });

  it('shows a mismatch with its amount instead of hiding it', () => {
    const wrong = { ...REGIONBIDRAG, rows: REGIONBIDRAG.rows.map((r, i) => (i === 9 ? total('Regionbidrag', 8712.0, 8930.2, 9201.5) : r)) };
    const [first] = checkBudgetTable(wrong);
    expect(first).toEqual({ direction: 'column', row: 9, column: 0, computed: 8712.1, stated: 8712.0, difference: -0.1, ok: false });
  });

  it('checks total columns across each row and total rows per column, also the total of totals', () => {
    const table: BudgetTable = {
      title: 'Budgetminskning 2020-2022',
      unit: 'mnkr',
      year: null,
      columns: [
        { label: '2020', year: 2020, kind: 'amount' },
        { label: '2021', year: 2021, kind: 'amount' },
        { label: '2022', year: 2022, kind: 'amount' },
        { label: 'Summa', year: null, kind: 'total' },
      ],
      rows: [line('Regionstyrelsen', 17, 187, 110, 314), line('Regionala utvecklingsnämnden', 6, 12, 12, 30), total('Summa', 23, 199, 122, 344)],
    };
    const checks = checkBudgetTable(table);
    expect(checks.filter((c) => c.direction === 'row').map((c) => c.computed)).toEqual([314, 30, 344]);
    expect(checks.filter((c) => c.direction === 'column').map((c) => c.computed)).toEqual([23, 199, 122, 344]);
    expect(checks.every((c) => c.ok)).toBe(true);
  });

  it('subtracts a line whose sign is −1 and skips empty stated cells', () => {
    const table: BudgetTable = {
      title: 't',
      unit: 'mnkr',
      year: 2022,
      columns: [{ label: 'a', year: null, kind: 'amount' }, { label: 'b', year: null, kind: 'amount' }],
      rows: [line('x', 10, 1), { ...line('y', 4, 1), sign: -1 }, total('Summa', 6, null)],
    };
    expect(checkBudgetTable(table)).toEqual([{ direction: 'column', row: 2, column: 0, computed: 6, stated: 6, difference: 0, ok: true }]);
  });

  it('sums tenths exactly, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 30 }), (tenths) => {
        const expected = tenths.reduce((a, b) => a + b, 0) / 10;
        expect(sumAmounts(tenths.map((t) => t / 10))).toBe(expected);
        expect(sumAmounts([...tenths].reverse().map((t) => t / 10))).toBe(expected);
      }),
    );
  });
});

describe('parseAmount', () => {
  it('reads the seed’s Swedish amounts', () => {
    expect(parseAmount('8 406,5')).toEqual({ amount: 8406.5 });
    expect(parseAmount('−8,1')).toEqual({ amount: -8.1 });
    expect(parseAmount('-110,0')).toEqual({ amount: -110 });
    expect(parseAmount('+123,5')).toEqual({ amount: 123.5 });
    expect(parseAmount('')).toEqual({ amount: null });
  });

  it('reads back every amount it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (tenths) => {
        const value = tenths / 10;
        expect(parseAmount(formatNumber(value, 'sv'))).toEqual({ amount: value });
      }),
    );
  });

  it('says what is wrong with text that is no amount', () => {
    expect(parseAmount('tio miljoner')).toEqual({ error: '"tio miljoner" är inget belopp. Skriv t.ex. 8 406,5 eller −8,1.' });
  });
});

describe('validateBudgetLine', () => {
  it('accepts a line with one amount per column', () => {
    expect(validateBudgetLine(REGIONBIDRAG, { label: ' Ny satsning ', amounts: ['12,5', null, ''] })).toEqual({
      row: { label: 'Ny satsning', kind: 'line', sign: 1, amounts: [12.5, null, null] },
    });
  });

  it('rejects a line without a year, a missing label, a bad amount and a wrong number of amounts', () => {
    const noYear = { title: 'Investeringsramar', year: null, columns: [{ label: 'Akutram', year: null, kind: 'amount' as const }] };
    expect(validateBudgetLine(noYear, { label: 'Regiondirektör', amounts: ['10,6'] })).toEqual({
      errors: [{ path: 'amounts.0', message: 'Beloppet i kolumnen "Akutram" saknar år: varken kolumnen eller tabellen "Investeringsramar" anger vilket år det gäller.' }],
    });
    const bad = validateBudgetLine(REGIONBIDRAG, { label: '', amounts: ['x', null, null] });
    expect('errors' in bad && bad.errors.map((e) => e.path)).toEqual(['label', 'amounts.0']);
    const short = validateBudgetLine(REGIONBIDRAG, { label: 'a', amounts: ['1'] });
    expect('errors' in short && short.errors[0]?.path).toBe('amounts');
  });
});
