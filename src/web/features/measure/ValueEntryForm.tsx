import { useRef, useState, type FormEvent } from 'react';
import type { Sex } from '../../../domain/targets/types';
import type { MeasureDetail } from '../../../shared/api-types';
import { useEnterValue } from '../../api/queries';
import { RadioGroup, SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { SEXES } from './chartData';
import { breakdownText, groupText } from './values';

type FieldName = 'period' | 'sex' | 'ageBand' | 'area' | 'value' | 'status';
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: readonly FieldName[] = ['period', 'sex', 'ageBand', 'area', 'value', 'status'];
const STATUSES = ['preliminary', 'final'] as const;

interface Props {
  measure: MeasureDetail;
  periods: { key: string; label: string }[];
  defaultPeriod: string | null;
}

/**
 * Registers (or replaces) one value for a period, sex and, optionally, an age group and an area.
 * The value is sent exactly as typed: "6,5".
 */
export function ValueEntryForm({ measure, periods, defaultPeriod }: Props) {
  const { t, lang, qty } = useT();
  const enter = useEnterValue(measure.id);
  const [period, setPeriod] = useState(defaultPeriod ?? periods[0]?.key ?? '');
  const [sex, setSex] = useState<Sex>('T');
  const [ageBand, setAgeBand] = useState('');
  const [area, setArea] = useState('');
  const [moreOpen, setMoreOpen] = useState(false);
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('preliminary');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  // The server keeps one value per period, sex, age group and area (trimmed, exactly as written).
  const existing = measure.values.find(
    (v) => v.period === period && v.sex === sex && v.ageBand === ageBand.trim() && v.area === area.trim(),
  );
  const breakdown = breakdownText(lang, { ageBand, area });
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
      // The version of the value shown as replaced (0: none): a value someone else saved since is not overwritten.
      { period, sex, ageBand: ageBand.trim(), area: area.trim(), value: value.trim(), status, version: existing?.version ?? 0 },
      {
        onSuccess: (result) => {
          setSaved(
            t('entry.saved', {
              value: qty(result.value, measure.unit),
              period: labelOf(result.period),
              group: groupText(lang, result),
            }),
          );
          setValue('');
        },
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('entry.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          // A field inside the closed disclosure could not take focus.
          if (placed.byField.ageBand || placed.byField.area) setMoreOpen(true);
          focusInvalid();
        },
      },
    );
  };

  return (
    <form ref={formRef} className="form card value-form" onSubmit={onSubmit} noValidate>
      <p className="meta">{t('entry.intro')}</p>
      <div className="form-row">
        <SelectField
          label={t('entry.period')}
          error={errors.period}
          value={period}
          onChange={setPeriod}
          options={periods.map((p) => ({ value: p.key, label: p.label }))}
          required
        />
        <SelectField
          label={t('entry.sex')}
          error={errors.sex}
          value={sex}
          onChange={setSex}
          options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
        />
        <TextField
          label={measure.unit ? t('entry.valueWithUnit', { unit: measure.unit }) : t('entry.value')}
          hint={
            existing
              ? `${t('entry.valueHint')} ${t('entry.replaces', { value: qty(existing.value, measure.unit) })}`
              : t('entry.valueHint')
          }
          error={errors.value}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={setValue}
          required
        />
      </div>
      {/* Open while it holds a breakdown; when someone closes it anyway, the summary still says which. */}
      <details className="more-breakdowns" open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
        <summary>
          {breakdown && !moreOpen ? t('entry.moreBreakdownsChosen', { group: breakdown }) : t('entry.moreBreakdowns')}
        </summary>
        <div className="form-row">
          <TextField
            label={t('entry.ageBand')}
            hint={t('entry.ageBandHint')}
            error={errors.ageBand}
            autoComplete="off"
            value={ageBand}
            onChange={setAgeBand}
          />
          <TextField
            label={t('entry.area')}
            hint={t('entry.areaHint')}
            error={errors.area}
            autoComplete="off"
            value={area}
            onChange={setArea}
          />
        </div>
      </details>
      <RadioGroup
        legend={t('entry.status')}
        value={status}
        onChange={setStatus}
        error={errors.status}
        options={STATUSES.map((s) => ({ value: s, label: t(`valueStatus.${s}`) }))}
      />
      <FormFooter
        error={formError}
        pending={enter.isPending}
        submitLabel={t('entry.submit')}
        pendingLabel={t('app.saving')}
        success={saved}
      />
    </form>
  );
}
