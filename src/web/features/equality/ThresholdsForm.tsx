import { useRef, useState, type FormEvent } from 'react';
import type { EqualityThresholdsView } from '../../../shared/equality-types';
import { TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { parseNumberInput } from '../../lib/numbers';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useSaveThresholds } from './queries';

type FieldName = 'relativeGap' | 'absolutePoints';
const FIELDS: readonly FieldName[] = ['relativeGap', 'absolutePoints'];

/** The plan's rule for flagging a gap, in words; editors change it here (relative in %, absolute in percentage points). */
export function ThresholdsForm({ planId, thresholds }: { planId: number; thresholds: EqualityThresholdsView }) {
  const { t, lang, num, qty } = useT();
  const save = useSaveThresholds(planId);
  const [relative, setRelative] = useState(num(thresholds.relativeGap * 100));
  const [absolute, setAbsolute] = useState(thresholds.absolutePoints === null ? '' : num(thresholds.absolutePoints));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSuccess('');
    setFormError(null);
    const found: Partial<Record<FieldName, string>> = {};
    const rel = parseNumberInput(relative, lang);
    if (!relative.trim()) found.relativeGap = t('equality.thresholds.relativeRequired');
    else if (rel === null) found.relativeGap = t('equality.thresholds.notANumber', { value: relative });
    const abs = absolute.trim() ? parseNumberInput(absolute, lang) : null;
    if (absolute.trim() && abs === null) found.absolutePoints = t('equality.thresholds.notANumber', { value: absolute });
    setErrors(found);
    if (Object.keys(found).length > 0 || rel === null) return focusAfterCommit(() => focusFirstInvalid(formRef.current));
    save.mutate(
      { relativeGap: rel / 100, absolutePoints: abs },
      {
        onSuccess: () => setSuccess(t('equality.thresholds.saved')),
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('equality.thresholds.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          focusAfterCommit(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="thresholds-heading">
      <h2 id="thresholds-heading">{t('equality.thresholds.heading')}</h2>
      <p>
        {t('equality.thresholds.rule', { relative: qty(thresholds.relativeGap * 100, '%') })}{' '}
        {thresholds.absolutePoints !== null && t('equality.thresholds.ruleAbsolute', { points: num(thresholds.absolutePoints) })}{' '}
        {thresholds.isDefault && t('equality.thresholds.isDefault')}
      </p>
      {thresholds.canEdit && (
        <form ref={formRef} onSubmit={onSubmit} noValidate className="thresholds-form">
          <TextField
            label={t('equality.thresholds.relative')}
            hint={t('equality.thresholds.relativeHint')}
            error={errors.relativeGap}
            value={relative}
            onChange={setRelative}
            inputMode="decimal"
            autoComplete="off"
          />
          <TextField
            label={t('equality.thresholds.absolute')}
            hint={t('equality.thresholds.absoluteHint')}
            error={errors.absolutePoints}
            value={absolute}
            onChange={setAbsolute}
            inputMode="decimal"
            autoComplete="off"
          />
          <FormFooter error={formError} pending={save.isPending} submitLabel={t('equality.thresholds.submit')} pendingLabel={t('app.saving')} success={success} />
        </form>
      )}
    </section>
  );
}
