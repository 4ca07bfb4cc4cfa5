import { useId, useRef, useState, type FormEvent } from 'react';
import type { Sex } from '../../../domain/targets/types';
import type { MeasureDetail } from '../../../shared/api-types';
import { useEnterValue } from '../../api/queries';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { isWholePopulation, SEXES } from './chartData';

type FieldName = 'period' | 'sex' | 'value' | 'status';
type Errors = Partial<Record<FieldName, string>>;

interface Props {
  measure: MeasureDetail;
  periods: { key: string; label: string }[];
  defaultPeriod: string | null;
}

/** Registers (or replaces) one value for a period and sex. The value is sent exactly as typed: "6,5". */
export function ValueEntryForm({ measure, periods, defaultPeriod }: Props) {
  const { t, qty } = useT();
  const enter = useEnterValue(measure.id);
  const [period, setPeriod] = useState(defaultPeriod ?? periods[0]?.key ?? '');
  const [sex, setSex] = useState<Sex>('T');
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<'preliminary' | 'final'>('preliminary');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const statusName = useId();

  const existing = measure.values.find((v) => v.period === period && v.sex === sex && isWholePopulation(v));
  const labelOf = (key: string) => periods.find((p) => p.key === key)?.label ?? key;

  const focusAfterCommit = useFocusAfterCommit();
  const focusInvalid = () => focusAfterCommit(() => focusFirstInvalid(formRef.current));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (enter.isPending) return;
    const found: Errors = {};
    if (!period) found.period = t('entry.periodRequired');
    if (!value.trim()) found.value = t('entry.valueRequired');
    setErrors(found);
    setFormError(null);
    setSaved('');
    if (Object.keys(found).length > 0) return focusInvalid();

    enter.mutate(
      { period, sex, value: value.trim(), status },
      {
        onSuccess: (result) => {
          setSaved(
            t('entry.saved', {
              value: qty(result.value, measure.unit),
              period: labelOf(result.period),
              sex: t(`sex.${result.sex}`),
            }),
          );
          setValue('');
        },
        onError: (error) => {
          const byField: Errors = {};
          let unplaced = false;
          for (const d of error.details ?? []) {
            const name = d.path.split('.')[0] as FieldName;
            if (name === 'period' || name === 'sex' || name === 'value' || name === 'status') byField[name] ??= d.message;
            else unplaced = true;
          }
          setErrors(byField);
          if (Object.keys(byField).length === 0 || unplaced) {
            setFormError(error.status === 0 ? t('app.networkError') : error.message || t('entry.failed'));
          }
          focusInvalid();
        },
      },
    );
  };

  return (
    <form ref={formRef} className="form card value-form" onSubmit={onSubmit} noValidate>
      <p className="meta">{t('entry.intro')}</p>
      <div className="form-row">
        <Field label={t('entry.period')} error={errors.period}>
          <select value={period} onChange={(e) => setPeriod(e.target.value)} required>
            {periods.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('entry.sex')} error={errors.sex}>
          <select value={sex} onChange={(e) => setSex(e.target.value as Sex)}>
            {SEXES.map((s) => (
              <option key={s} value={s}>
                {t(`sex.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={measure.unit ? t('entry.valueWithUnit', { unit: measure.unit }) : t('entry.value')}
          hint={
            existing
              ? `${t('entry.valueHint')} ${t('entry.replaces', { value: qty(existing.value, measure.unit) })}`
              : t('entry.valueHint')
          }
          error={errors.value}
        >
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            required
          />
        </Field>
      </div>
      <fieldset className="radio-group" aria-describedby={errors.status ? `${statusName}-error` : undefined}>
        <legend>{t('entry.status')}</legend>
        {(['preliminary', 'final'] as const).map((s) => (
          <label key={s} className="radio">
            <input
              type="radio"
              name={statusName}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
              aria-invalid={errors.status ? true : undefined}
            />{' '}
            {t(`valueStatus.${s}`)}
          </label>
        ))}
        {errors.status && (
          <p className="field-error" id={`${statusName}-error`}>
            {errors.status}
          </p>
        )}
      </fieldset>
      <div role="alert" className={formError ? 'error-box' : undefined}>
        {formError && <p>{formError}</p>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={enter.isPending || undefined}>
          {enter.isPending ? t('app.saving') : t('entry.submit')}
        </button>
        <p role="status" className="success-message">
          {saved && (
            <>
              <span aria-hidden="true">✓ </span>
              {saved}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
