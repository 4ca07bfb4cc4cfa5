import { useId, useState, type FormEvent } from 'react';
import type { FollowupPeriod } from '../../../shared/followup-types';
import { FormError } from '../../components/Form';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useSetDeadline } from './api';

/** An editor's date field for one period's deadline, with save and back-to-default. */
export function DeadlineForm({ planId, period }: { planId: number; period: FollowupPeriod }) {
  const { t, lang } = useT();
  const id = useId();
  const save = useSetDeadline(planId, period.key);
  const [value, setValue] = useState(period.deadline);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = (deadline: string | null) => {
    setMessage('');
    setError(null);
    save.mutate(deadline, {
      onSuccess: (periods) => {
        const now = periods.find((p) => p.key === period.key);
        if (now) setValue(now.deadline);
        setMessage(t('missing.deadlineSaved'));
      },
      onError: (e) => setError(e.message || t('missing.deadlineFailed')),
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(value || null);
  };
  return (
    <form className="deadline-form" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t('missing.deadlineOf', { period: period.label[lang] })}
      </label>
      <input id={id} type="date" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined} />
      <button type="submit" className="button button-secondary button-small" aria-disabled={save.isPending || undefined}>
        {t('missing.deadlineSave')}
        <span className="visually-hidden"> – {period.label[lang]}</span>
      </button>
      {period.custom && (
        <button type="button" className="button button-secondary button-small" onClick={() => send(null)}>
          {t('missing.deadlineDefault')}
          <span className="visually-hidden"> – {period.label[lang]}</span>
        </button>
      )}
      <SuccessMessage message={message} />
      <FormError message={error} />
    </form>
  );
}
