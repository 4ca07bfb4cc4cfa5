import { type FormEvent, useRef, useState } from 'react';
import type { ReminderSettings } from '../../../shared/followup-types';
import { RadioGroup, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useReminderSettings, useSaveReminderSettings } from './api';

/** How many days before a deadline reminders go out (issue 12, item 8): the organisation's own number, or the installation's. */
export function ReminderSettingsSection({ orgId }: { orgId: number }) {
  const { t } = useT();
  const settings = useReminderSettings(orgId);
  return (
    <section aria-labelledby="reminder-heading">
      <h2 id="reminder-heading">{t('work.reminderHeading')}</h2>
      <p>{t('work.reminderIntro')}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <ReminderSettingsForm orgId={orgId} settings={settings.data} />
      )}
    </section>
  );
}

type Choice = 'installation' | 'own';

function ReminderSettingsForm({ orgId, settings }: { orgId: number; settings: ReminderSettings }) {
  const { t } = useT();
  const save = useSaveReminderSettings(orgId);
  const [choice, setChoice] = useState<Choice>(settings.reminderDays === null ? 'installation' : 'own');
  const [days, setDays] = useState(String(settings.reminderDays ?? settings.installationDays));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState('');
  const daysRef = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setSaved('');
    const text = days.trim();
    const value = Number(text);
    if (choice === 'own' && (!/^\d{1,2}$/.test(text) || value < 1 || value > 30)) {
      setError(t('work.reminderInvalid'));
      daysRef.current?.focus();
      return;
    }
    setError(undefined);
    save.mutate(choice === 'own' ? value : null, {
      onSuccess: (now) => setSaved(t('work.reminderSaved', { days: now.effectiveDays })),
      onError: (failure) => {
        const onField = failure.details?.find((d) => d.path === 'reminderDays')?.message;
        if (onField) setError(onField);
      },
    });
  };
  const formError = save.isError && !save.error.details?.some((d) => d.path === 'reminderDays') ? save.error.message || t('work.reminderFailed') : null;

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="reminder-heading">
      <p className="meta">{t('work.reminderNow', { days: settings.effectiveDays })}</p>
      <RadioGroup
        legend={t('work.reminderChoice')}
        value={choice}
        onChange={(next) => {
          setChoice(next);
          setError(undefined);
        }}
        options={[
          { value: 'installation', label: t('work.reminderFollow', { days: settings.installationDays }) },
          { value: 'own', label: t('work.reminderOwn') },
        ]}
        error={undefined}
      />
      {choice === 'own' && (
        <TextField
          ref={daysRef}
          label={t('work.reminderDays')}
          hint={t('work.reminderDaysHint')}
          error={error}
          type="number"
          min={1}
          max={30}
          step={1}
          inputMode="numeric"
          value={days}
          onChange={setDays}
        />
      )}
      <FormFooter error={formError} pending={save.isPending} submitLabel={t('work.reminderSave')} pendingLabel={t('app.saving')} success={saved} />
    </form>
  );
}
