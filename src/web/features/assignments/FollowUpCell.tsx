import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { WORK_STATUS_LABELS, WORK_STATUSES, type WorkStatus } from '../../../domain/plan-content/work-status';
import type { AssignmentWithStatus } from '../../../shared/plan-content-types';
import { useSetFollowUp } from '../../api/plan-content-queries';
import { Field, SelectField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { formatTimestamp } from '../plan-content/dates';
import { WorkStatusBadge } from '../plan-content/WorkStatusBadge';

interface FollowUpCellProps {
  planId: number;
  assignment: AssignmentWithStatus;
  period: string;
  periodLabel: string;
  canEdit: boolean;
  onSaved: (message: string) => void;
}

type FieldName = 'status' | 'comment';

/** An assignment's status and comment in the period; editors open a form in place to set them. */
export function FollowUpCell({ planId, assignment, period, periodLabel, canEdit, onSaved }: FollowUpCellProps) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const number = assignment.position + 1;
  const followUp = assignment.followUp;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const close = (message: string | null) => {
    setOpen(false);
    if (message) onSaved(message);
    focusAfterCommit(() => buttonRef.current?.focus());
  };
  if (open) return <FollowUpForm planId={planId} assignment={assignment} period={period} periodLabel={periodLabel} onDone={close} />;
  return (
    <>
      <WorkStatusBadge status={followUp?.status ?? null} />
      {followUp?.comment && <p className="follow-up-comment">{followUp.comment}</p>}
      {followUp?.updatedBy && <p className="meta">{t('followUp.by', { who: followUp.updatedBy, when: formatTimestamp(followUp.updatedAt, lang) })}</p>}
      {canEdit && (
        <button ref={buttonRef} type="button" className="button button-secondary button-small" aria-label={t('followUp.editLabel', { number })} onClick={() => setOpen(true)}>
          {t('followUp.edit')}
        </button>
      )}
    </>
  );
}

function FollowUpForm({ planId, assignment, period, periodLabel, onDone }: Omit<FollowUpCellProps, 'canEdit' | 'onSaved'> & { onDone: (message: string | null) => void }) {
  const { t, lang } = useT();
  const save = useSetFollowUp(planId, assignment.id);
  const number = assignment.position + 1;
  const [status, setStatus] = useState<WorkStatus>(assignment.followUp?.status ?? 'in-progress');
  const [comment, setComment] = useState(assignment.followUp?.comment ?? '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const legendId = useId();
  const focusAfterCommit = useFocusAfterCommit();
  // The form replaces the button that opened it: focus goes to its first field.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('select')?.focus(), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { period, status, comment },
      {
        onSuccess: (saved) => onDone(t('followUp.saved', { number, status: WORK_STATUS_LABELS[saved.status][lang], period: periodLabel })),
        onError: (error) => {
          const placed = placeErrors(error, ['status', 'comment'] as const, { network: t('app.networkError'), fallback: t('followUp.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          focusAfterCommit(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  };

  return (
    <form ref={formRef} className="follow-up-form" onSubmit={onSubmit} noValidate aria-labelledby={legendId}>
      <p id={legendId} className="follow-up-legend">
        {t('followUp.formLegend', { number, period: periodLabel })}
      </p>
      <SelectField
        label={t('followUp.status')}
        error={errors.status}
        value={status}
        onChange={setStatus}
        options={WORK_STATUSES.map((s) => ({ value: s, label: WORK_STATUS_LABELS[s][lang] }))}
      />
      <Field label={t('followUp.comment')} hint={t('followUp.commentHint')} error={errors.comment}>
        <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </Field>
      <FormFooter error={formError} pending={save.isPending} submitLabel={t('followUp.save')} pendingLabel={t('followUp.saving')}>
        <button type="button" className="button button-secondary" onClick={() => onDone(null)}>
          {t('followUp.cancel')}
        </button>
      </FormFooter>
    </form>
  );
}
