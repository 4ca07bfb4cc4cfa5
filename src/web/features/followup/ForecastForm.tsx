import { useRef, useState, type FormEvent } from 'react';
import type { ScorecardMeasure } from '../../../shared/api-types';
import { isApiError } from '../../api/client';
import { Field } from '../../components/Field';
import { FormError } from '../../components/Form';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useSaveForecast } from './api';

const FIELDS = ['forecast', 'comment', 'version'] as const;
type FieldName = (typeof FIELDS)[number];

/** A measure's full-year forecast (prognos) and comment at DÅ 04 or DÅ 08, saved against the version the person saw. */
export function ForecastForm({ measure, period }: { measure: ScorecardMeasure; period: string }) {
  const { t, lang } = useT();
  const saved = measure.forecast;
  const [forecast, setForecast] = useState(saved?.forecast === null || saved?.forecast === undefined ? '' : (saved.forecastText?.[lang] ?? String(saved.forecast)));
  const [comment, setComment] = useState(saved?.comment ?? '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const save = useSaveForecast(measure.id, period);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setErrors({});
    setFormError(null);
    setMessage('');
    try {
      await save.mutateAsync({ forecast: forecast.trim() === '' ? null : forecast, comment, version: saved?.version ?? 0 });
      setMessage(t('forecast.saved'));
    } catch (error) {
      if (isApiError(error)) {
        const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('forecast.failed') });
        setErrors(placed.byField);
        setFormError(placed.formError ?? placed.byField.version ?? null);
      } else {
        setFormError(t('forecast.failed'));
      }
      focusAfterCommit(() => focusFirstInvalid(formRef.current));
    }
  };

  return (
    <form ref={formRef} className="forecast-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <fieldset>
        <legend>{t('forecast.legend', { measure: measure.name })}</legend>
        <Field label={t('forecast.value', { year: period.slice(0, 4) })} hint={t('forecast.valueHint')} error={errors.forecast}>
          <input type="text" inputMode="decimal" autoComplete="off" value={forecast} onChange={(e) => setForecast(e.target.value)} />
        </Field>
        <Field label={t('forecast.comment')} error={errors.comment}>
          <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary button-small" aria-disabled={save.isPending || undefined}>
            {t('forecast.save')}
          </button>
          <SuccessMessage message={message} />
        </div>
      </fieldset>
    </form>
  );
}
