import { useRef, useState, type FormEvent } from 'react';
import type { PlanInfo } from '../../../shared/authoring-schemas';
import type { ApiError } from '../../api/client';
import { Field, SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useDecidePlan, useStartRevision } from './api';
import { ConflictMessage } from './ConflictMessage';

const OTHER = '__other';

interface DecideProps {
  plan: PlanInfo;
  bodies: { value: string; label: string }[];
  onDone: (message: string) => void;
  onReload: () => void;
}

/** Records the decision of a draft or an open revision: body, date, § number and a note. */
export function DecisionForm({ plan, bodies, onDone, onReload }: DecideProps) {
  const { t } = useT();
  const decide = useDecidePlan(plan.id);
  const known = bodies.some((b) => b.value === plan.decidingBody);
  const [body, setBody] = useState(known ? (plan.decidingBody ?? '') : plan.decidingBody ? OTHER : (bodies[0]?.value ?? OTHER));
  const [otherBody, setOtherBody] = useState(known ? '' : (plan.decidingBody ?? ''));
  const [date, setDate] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'body' | 'date' | 'paragraph' | 'note', string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (decide.isPending) return;
    setConflict(null);
    setFormError(null);
    // The promise, not mutate's callbacks: this form unmounts once the plan is decided, and the page still says so.
    decide.mutateAsync({ body: body === OTHER ? otherBody.trim() : body, date: date.trim(), paragraph: paragraph.trim(), note: note.trim(), version: plan.version }).then(
      () => onDone(t('planVersions.decided')),
      (error: ApiError) => {
        if (error.status === 409) return setConflict(error.message);
        const placed = placeErrors(error, ['body', 'date', 'paragraph', 'note'] as const, { network: t('app.networkError'), fallback: t('planVersions.decideFailed') });
        setErrors(placed.byField);
        setFormError(placed.formError);
        focusAfterCommit(() => focusFirstInvalid(formRef.current));
      },
    );
  };

  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('planVersions.decideHeading')}</h2>
      <p>{t('planVersions.decideIntro')}</p>
      <form ref={formRef} className="form card" onSubmit={onSubmit} noValidate>
        <SelectField label={t('planVersions.body')} value={body} onChange={setBody} error={body === OTHER ? undefined : errors.body} options={[...bodies, { value: OTHER, label: t('planVersions.bodyOther') }]} />
        {body === OTHER && <TextField label={t('planVersions.bodyOther')} value={otherBody} onChange={setOtherBody} error={errors.body} />}
        <div className="field-row">
          <TextField label={t('planVersions.date')} hint={t('planVersions.dateHint')} type="date" value={date} onChange={setDate} error={errors.date} required />
          <TextField label={t('planVersions.paragraph')} hint={t('planVersions.paragraphHint')} value={paragraph} onChange={setParagraph} error={errors.paragraph} size={10} />
        </div>
        <Field label={t('planVersions.note')} error={errors.note}>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ConflictMessage message={conflict} onReload={() => { setConflict(null); onReload(); }} reloadLabel={t('planVersions.reload')} />
        <FormFooter error={formError} pending={decide.isPending} submitLabel={t('planVersions.decide')} pendingLabel={t('planVersions.deciding')} />
      </form>
    </section>
  );
}

/** Opens a revision of a decided plan, with the reason for it. */
export function RevisionForm({ plan, onDone, onReload }: Omit<DecideProps, 'bodies'>) {
  const { t } = useT();
  const revise = useStartRevision(plan.id);
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (revise.isPending) return;
    setConflict(null);
    setFormError(null);
    revise.mutateAsync({ reason: reason.trim(), version: plan.version }).then(
      () => onDone(t('planVersions.revised')),
      (error: ApiError) => {
        if (error.status === 409) return setConflict(error.message);
        setFormError(error.status === 0 ? t('app.networkError') : error.message || t('planVersions.reviseFailed'));
      },
    );
  };

  return (
    <section aria-labelledby="revise-heading">
      <h2 id="revise-heading">{t('planVersions.reviseHeading')}</h2>
      <p>{t('planVersions.reviseIntro')}</p>
      <form className="form card" onSubmit={onSubmit} noValidate>
        <Field label={t('planVersions.reason')}>
          <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <ConflictMessage message={conflict} onReload={() => { setConflict(null); onReload(); }} reloadLabel={t('planVersions.reload')} />
        <FormFooter error={formError} pending={revise.isPending} submitLabel={t('planVersions.revise')} pendingLabel={t('planVersions.revising')} />
      </form>
    </section>
  );
}
