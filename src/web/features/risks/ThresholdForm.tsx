import { useState, type FormEvent } from 'react';
import type { RiskThresholdsView } from '../../../shared/risks-types';
import { TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { useSetThresholds } from './riskApi';

/** Sets from which risk value action is needed in this plan (the seed's rule: from 9). */
export function ThresholdForm({ planId, thresholds }: { planId: number; thresholds: RiskThresholdsView }) {
  const { t } = useT();
  const set = useSetThresholds(planId);
  const [value, setValue] = useState(String(thresholds.actionFrom));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (set.isPending) return;
    setError(undefined);
    setSaved('');
    const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
    if (!Number.isInteger(n)) return setError(t('risks.thresholdForm.invalid'));
    set.mutate(
      { actionFrom: n },
      {
        onSuccess: (r) => setSaved(t('risks.thresholdForm.saved', { actionFrom: r.actionFrom })),
        onError: (e) => setError(e.fieldError('actionFrom') ?? e.message),
      },
    );
  };

  return (
    <details className="threshold-details">
      <summary>{t('risks.thresholdForm.title')}</summary>
      <form className="form threshold-form" onSubmit={onSubmit} noValidate>
        <TextField label={t('risks.thresholdForm.actionFrom')} hint={t('risks.thresholdForm.hint')} error={error} inputMode="numeric" autoComplete="off" value={value} onChange={setValue} />
        <FormFooter error={null} pending={set.isPending} submitLabel={t('risks.thresholdForm.save')} pendingLabel={t('app.saving')} success={saved} />
      </form>
    </details>
  );
}
