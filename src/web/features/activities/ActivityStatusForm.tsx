import { useRef, useState, type FormEvent } from 'react';
import { WORK_STATUS_LABELS, WORK_STATUSES, type WorkStatus } from '../../../domain/plan-content/work-status';
import type { Activity } from '../../../shared/plan-content-types';
import { useReportActivityStatus } from '../../api/plan-content-queries';
import { SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';

interface ActivityStatusFormProps {
  planId: number;
  activity: Activity;
  /** Closes the form; the text says what was saved (null: cancelled). */
  onDone: (message: string | null) => void;
}

/**
 * The responsible person's report of an activity (issue 12, item 9): only status and progress, sent
 * with the version read, so that a report over someone else's newer change is refused (409) and said.
 */
export function ActivityStatusForm({ planId, activity, onDone }: ActivityStatusFormProps) {
  const { t, lang } = useT();
  const report = useReportActivityStatus(planId);
  const [status, setStatus] = useState<WorkStatus>(activity.status);
  const [progress, setProgress] = useState(String(activity.progress));
  const [errors, setErrors] = useState<{ status?: string; progress?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const focusInvalid = () => focusAfterCommit(() => focusFirstInvalid(formRef.current));
  const headingId = `activity-status-${activity.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (report.isPending) return;
    const text = progress.trim();
    const percent = Number(text);
    if (!/^\d{1,3}$/.test(text) || percent > 100) {
      setErrors({ progress: t('work.progressInvalid') });
      setFormError(null);
      return focusInvalid();
    }
    setErrors({});
    setFormError(null);
    report.mutate(
      { id: activity.id, status, progress: percent, version: activity.version },
      {
        onSuccess: (saved) => onDone(t('work.saved', { title: saved.title, status: WORK_STATUS_LABELS[saved.status][lang], progress: saved.progress })),
        onError: (error) => {
          if (error.status === 409) {
            setErrors({});
            setFormError(`${t('work.conflict')} ${error.message}`);
            return;
          }
          const placed = placeErrors(error, ['status', 'progress'] as const, { network: t('app.networkError'), fallback: t('work.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          focusInvalid();
        },
      },
    );
  };

  return (
    <form ref={formRef} className="form card activity-status-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t('work.reportHeading', { title: activity.title })}</h2>
      <p className="meta">{t('work.reportIntro')}</p>
      <div className="form-row">
        <SelectField
          label={t('work.status')}
          error={errors.status}
          value={status}
          onChange={setStatus}
          options={WORK_STATUSES.map((s) => ({ value: s, label: WORK_STATUS_LABELS[s][lang] }))}
        />
        <TextField label={t('work.progress')} hint={t('work.progressHint')} error={errors.progress} inputMode="numeric" value={progress} onChange={setProgress} autoComplete="off" />
      </div>
      <FormFooter error={formError} pending={report.isPending} submitLabel={t('work.save')} pendingLabel={t('work.saving')}>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {t('work.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
