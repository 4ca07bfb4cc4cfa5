import { formatNumber } from '../../../domain/numbers';
import type { BudgetCheckView, BudgetTableView } from '../../../shared/budget-types';
import { ScrollRegion } from '../../components/States';
import { useT } from '../../i18n';

/** The most decimals any amount in the table has, so that 17,0 is shown as the document shows it beside 8 406,5. */
export function tableDecimals(table: BudgetTableView): number {
  let most = 0;
  for (const row of table.rows) {
    for (const a of row.amounts) {
      if (a === null) continue;
      const frac = String(a).split('.')[1] ?? '';
      most = Math.max(most, Math.min(frac.length, 3));
    }
  }
  return most;
}

/** A column note's number in the table's list of notes, counting from 1 in column order. */
export function noteNumber(table: BudgetTableView, column: number, note: number): number {
  return table.columns.slice(0, column).reduce((n, c) => n + c.notes.length, 0) + note + 1;
}

interface Props {
  table: BudgetTableView;
  canEdit: boolean;
  onEdit: (rowId: number) => void;
}

/** One budget table as printed, with a computed-sum row under each total row and mismatches written out. */
export function BudgetTable({ table, canEdit, onEdit }: Props) {
  const { t, lang } = useT();
  const decimals = tableDecimals(table);
  const fmt = (n: number) => formatNumber(n, lang, { minimumFractionDigits: decimals, maximumFractionDigits: 3 });
  const check = (direction: 'row' | 'column', rowId: number, column: number): BudgetCheckView | undefined =>
    table.checks.find((c) => c.direction === direction && c.rowId === rowId && c.column === column);
  const caption = `${table.title}${table.unit ? ` (${table.unit})` : ''}`;

  return (
    <ScrollRegion label={caption}>
      <table className="data-table budget-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.labelHeader || <span className="visually-hidden">{t('budget.post')}</span>}</th>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className="num">
                {c.label}
                {c.notes.map((_, n) => (
                  <sup key={n}>
                    <a href={`#budget-${table.id}-note-${i}-${n}`}>{noteNumber(table, i, n)}</a>
                  </sup>
                ))}
              </th>
            ))}
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t('budget.edit')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.flatMap((row) => {
            const cells = (
              <tr key={row.id} className={row.kind === 'total' ? 'budget-total' : undefined}>
                <th scope="row">{row.label}</th>
                {row.amounts.map((a, i) => {
                  const rowCheck = check('row', row.id, i);
                  return (
                    <td key={i} className={`num${rowCheck && !rowCheck.ok ? ' budget-mismatch' : ''}`}>
                      {a === null ? '' : fmt(a)}
                      {rowCheck && !rowCheck.ok && <span className="budget-note"> ✗ {t('budget.computedNote', { computed: fmt(rowCheck.computed) })}</span>}
                    </td>
                  );
                })}
                {canEdit && (
                  <td>
                    <button type="button" className="button button-secondary button-small" aria-label={t('budget.editLabel', { label: row.label })} onClick={() => onEdit(row.id)}>
                      {t('budget.edit')}
                    </button>
                  </td>
                )}
              </tr>
            );
            if (row.kind !== 'total') return [cells];
            const sums = table.columns.map((_, i) => check('column', row.id, i));
            return [
              cells,
              <tr key={`${row.id}-computed`} className="budget-computed">
                <th scope="row">{t('budget.computed')}</th>
                {sums.map((c, i) => (
                  <td key={i} className={`num${c && !c.ok ? ' budget-mismatch' : ''}`}>
                    {c && (
                      <>
                        {fmt(c.computed)}
                        <span className="budget-note"> {c.ok ? `✓ ${t('budget.agrees')}` : `✗ ${t('budget.differs', { difference: fmt(c.difference) })}`}</span>
                      </>
                    )}
                  </td>
                ))}
                {canEdit && <td />}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
