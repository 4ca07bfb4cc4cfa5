import { useRef, useState, type FormEvent } from 'react';
import { formatNumber } from '../../../domain/numbers';
import type { BudgetRowView, BudgetTableView } from '../../../shared/budget-types';
import { TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useSaveBudgetLine } from './budgetApi';

interface Props {
  planId: number;
  table: BudgetTableView;
  row: BudgetRowView;
  onDone: () => void;
}

/** Changes one line: its label and one amount per column, typed as in the plan (`8 406,5`, `−8,1`). */
export function BudgetLineForm({ planId, table, row, onDone }: Props) {
  const { t, lang } = useT();
  const save = useSaveBudgetLine(planId);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const [label, setLabel] = useState(row.label);
  const [amounts, setAmounts] = useState(row.amounts.map((a) => (a === null ? '' : formatNumber(a, lang))));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setErrors({});
    setFormError(null);
    setSaved('');
    save.mutate(
      // The version the form showed: a line someone changed in between is refused (409), saying who changed what.
      { rowId: row.id, input: { label, amounts: amounts.map((a) => (a.trim() === '' ? null : a)), version: row.version } },
      {
        onSuccess: (updated) => setSaved(t('budget.saved', { label: updated.rows.find((r) => r.id === row.id)?.label ?? label })),
        onError: (error) => {
          const byPath: Record<string, string> = {};
          for (const d of error.details) byPath[d.path] ??= d.message;
          setErrors(byPath);
          const placed = Object.keys(byPath).some((p) => p === 'label' || /^amounts\.\d+$/.test(p));
          setFormError(placed ? null : error.message || t('budget.failed'));
          focusAfterCommit(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  };

  return (
    <form ref={formRef} className="form card budget-form" onSubmit={onSubmit} noValidate aria-labelledby={`budget-form-${row.id}`}>
      <h3 id={`budget-form-${row.id}`}>{t('budget.editTitle', { label: row.label, table: table.title })}</h3>
      <TextField label={t('budget.label')} error={errors.label} value={label} onChange={setLabel} autoComplete="off" />
      <p className="meta">{t('budget.amountHint')}</p>
      <div className="form-row">
        {table.columns.map((c, i) => (
          <TextField
            key={i}
            label={table.unit ? t('budget.amountIn', { column: c.label, unit: table.unit }) : c.label}
            error={errors[`amounts.${i}`]}
            inputMode="decimal"
            autoComplete="off"
            value={amounts[i] ?? ''}
            onChange={(v) => setAmounts((prev) => prev.map((p, j) => (j === i ? v : p)))}
          />
        ))}
      </div>
      <FormFooter error={formError ?? errors.amounts ?? null} pending={save.isPending} submitLabel={t('budget.save')} pendingLabel={t('app.saving')} success={saved}>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('budget.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
