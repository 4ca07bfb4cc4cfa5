import { useState } from 'react';
import { formatNumber } from '../../../domain/numbers';
import type { BudgetTableView } from '../../../shared/budget-types';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { BudgetLineForm } from './BudgetLineForm';
import { BudgetTable, tableDecimals } from './BudgetTable';
import { useBudget } from './budgetApi';

/** The plan's budget frames: each table as printed, its sums computed and compared with the stated totals in words. */
export function BudgetPage({ planId }: { planId: number }) {
  const { t } = useT();
  const budget = useBudget(planId);
  const [editing, setEditing] = useState<number | null>(null);
  const data = budget.data;
  useDocumentTitle(data ? t('budget.titleFor', { plan: data.planTitle }) : null);

  if (!Number.isFinite(planId)) return <ErrorMessage error={new Error('bad id')} />;
  if (budget.isPending) return <Loading />;
  if (budget.isError) return <ErrorMessage error={budget.error} onRetry={() => void budget.refetch()} />;

  return (
    <div className="page budget">
      <Breadcrumb trail={[{ href: `/plans/${planId}`, label: data!.planTitle }]} current={t('budget.title')} />
      <h1>{t('budget.titleFor', { plan: data!.planTitle })}</h1>
      <p className="lead">{t('budget.intro')}</p>
      {data!.tables.length === 0 && <p>{t('budget.none')}</p>}
      {data!.tables.map((table) => (
        <section key={table.id} className="budget-section" aria-labelledby={`budget-${table.id}-heading`}>
          <h2 id={`budget-${table.id}-heading`}>{table.title}</h2>
          {table.unit && <p className="meta">{t('budget.unit', { unit: table.unit })}</p>}
          <BudgetTable table={table} canEdit={data!.canEdit} onEdit={setEditing} />
          <CheckSummary table={table} />
          <Notes table={table} />
          {editing !== null && table.rows.some((r) => r.id === editing) && (
            <BudgetLineForm key={editing} planId={planId} table={table} row={table.rows.find((r) => r.id === editing)!} onDone={() => setEditing(null)} />
          )}
        </section>
      ))}
    </div>
  );
}

/** Every check in words: that all agree, or each stated total that does not, with the difference. */
function CheckSummary({ table }: { table: BudgetTableView }) {
  const { t, lang } = useT();
  const decimals = tableDecimals(table);
  const fmt = (n: number) => formatNumber(n, lang, { minimumFractionDigits: decimals, maximumFractionDigits: 3 });
  const wrong = table.checks.filter((c) => !c.ok);
  if (table.checks.length === 0) return null;
  if (wrong.length === 0) {
    return (
      <p className="budget-check budget-check-ok">
        <span aria-hidden="true">✓ </span>
        {t('budget.allAgree', { count: table.checks.length })}
      </p>
    );
  }
  return (
    <div className="budget-check budget-check-mismatch">
      <p>
        <span aria-hidden="true">✗ </span>
        {t('budget.mismatches', { count: wrong.length, total: table.checks.length })}
      </p>
      <ul>
        {wrong.map((c) => {
          const vars = {
            row: table.rows.find((r) => r.id === c.rowId)?.label ?? '',
            column: table.columns[c.column]?.label ?? '',
            stated: fmt(c.stated),
            computed: fmt(c.computed),
            difference: fmt(c.difference),
            unit: table.unit,
          };
          return <li key={`${c.direction}-${c.rowId}-${c.column}`}>{c.direction === 'column' ? t('budget.mismatchColumn', vars) : t('budget.mismatchRow', vars)}</li>;
        })}
      </ul>
    </div>
  );
}

function Notes({ table }: { table: BudgetTableView }) {
  const { t } = useT();
  // An ordered list, numbered as the marks in the header (noteNumber counts the same way).
  const notes = table.columns.flatMap((c, i) => c.notes.map((text, n) => ({ id: `budget-${table.id}-note-${i}-${n}`, column: c.label, text })));
  if (notes.length === 0) return null;
  return (
    <div className="budget-notes">
      <h3>{t('budget.notes')}</h3>
      <ol>
        {notes.map((n) => (
          <li key={n.id} id={n.id}>
            {n.column}: {n.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
