import { useRef, useState, type FormEvent } from 'react';
import { analysisReasons, carryForward, type JudgementCode } from '../../../domain/followup';
import type { FollowupNode, JudgementAction } from '../../../shared/followup-types';
import { isApiError } from '../../api/client';
import { Field, RadioGroup } from '../../components/Field';
import { FormError } from '../../components/Form';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { type JudgementStep, useJudgementStep } from './api';
import { reasonText } from './labels';

type FieldName = 'judgement' | 'analysis' | 'actions' | 'comment';
const FIELDS: readonly FieldName[] = ['judgement', 'analysis', 'actions', 'comment'];
const CODES: readonly JudgementCode[] = ['met', 'partly', 'not-met', 'not-assessed'];

interface Props {
  node: FollowupNode;
  planId: number;
  period: string;
}

/**
 * The judgement of one node for the period: the four judgements, analysis and planned actions,
 * and the workflow buttons the signed-in person may use. Locked (read-only) once submitted or
 * approved, until an editor returns it.
 */
export function JudgementForm({ node, planId, period }: Props) {
  const T = useT();
  const { t } = T;
  const step = useJudgementStep(planId, period, node.id);
  const j = node.judgement;
  const [judgement, setJudgement] = useState<JudgementCode | ''>(j?.judgement ?? '');
  const [analysis, setAnalysis] = useState(j?.analysis ?? '');
  const [actions, setActions] = useState(j?.actions ?? '');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const editable = node.actions.includes('save');
  const may = (a: JudgementAction) => node.actions.includes(a);
  const reasons = analysisReasons(
    { judgement: judgement || null },
    { status: node.proposal.status, notMetMeasures: node.notMetMeasures },
  );

  const run = async (steps: JudgementStep[], done: string) => {
    if (step.isPending) return;
    setErrors({});
    setFormError(null);
    setMessage('');
    try {
      for (const s of steps) await step.mutateAsync(s);
      setMessage(done);
      if (steps.some((s) => s.kind === 'return')) setComment('');
    } catch (error) {
      if (isApiError(error)) {
        const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('followup.failed') });
        setErrors(placed.byField);
        setFormError(placed.formError);
      } else {
        setFormError(t('followup.failed'));
      }
      focusAfterCommit(() => focusFirstInvalid(formRef.current));
    }
  };
  // The version the person started from: someone else's save since then is refused, not overwritten.
  const save: JudgementStep = { kind: 'save', body: { judgement: judgement || null, analysis, actions, version: j?.version ?? 0 } };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run([save], t('followup.saved'));
  };
  const carry = () => {
    if (!node.previous) return;
    const next = carryForward({ analysis, actions }, node.previous);
    setAnalysis(next.analysis);
    setActions(next.actions);
    setMessage(t('followup.carried', { period: node.previous.label[T.lang] }));
  };

  const analysisHint = reasons.length > 0 ? t('followup.analysisRequired', { reasons: reasons.map((r) => reasonText(T, r)).join('; ') }) : t('followup.analysisHint');

  return (
    <form ref={formRef} className="judgement-form" onSubmit={onSubmit} noValidate aria-label={t('followup.judgementLegend')}>
      {j?.returnComment && j.status === 'draft' && (
        <p className="returned-comment">
          {t('followup.returned', { comment: j.returnComment })}
        </p>
      )}
      {editable ? (
        <>
          <RadioGroup
            legend={t('followup.judgementLegend')}
            value={judgement}
            onChange={setJudgement}
            error={errors.judgement}
            options={CODES.map((c) => ({ value: c, label: t(`followup.judgement.${c}`) }))}
          />
          <Field label={t('followup.analysis')} hint={analysisHint} error={errors.analysis}>
            <textarea rows={4} value={analysis} onChange={(e) => setAnalysis(e.target.value)} />
          </Field>
          <Field label={t('followup.actions')} hint={t('followup.actionsHint')} error={errors.actions}>
            <textarea rows={3} value={actions} onChange={(e) => setActions(e.target.value)} />
          </Field>
          {node.previous && (
            <p>
              <button type="button" className="button button-secondary button-small" onClick={carry}>
                {t('followup.carryForward')}
                <span className="visually-hidden"> ({node.previous.label[T.lang]})</span>
              </button>
            </p>
          )}
        </>
      ) : (
        <ReadOnlyJudgement node={node} />
      )}
      {may('return') && (
        <Field label={t('followup.returnComment')} hint={t('followup.returnHint')} error={errors.comment}>
          <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
      )}
      <FormError message={formError} />
      <div className="form-actions">
        {may('save') && (
          <button type="submit" className="button button-secondary" aria-disabled={step.isPending || undefined}>
            {t('followup.save')}
          </button>
        )}
        {may('save') && (
          <button type="button" className="button" aria-disabled={step.isPending || undefined} onClick={() => void run([{ kind: 'submit', content: save.body }], t('followup.submittedDone'))}>
            {t('followup.submit')}
          </button>
        )}
        {may('approve') && (
          <button type="button" className="button" aria-disabled={step.isPending || undefined} onClick={() => void run([{ kind: 'approve' }], t('followup.approvedDone'))}>
            {t('followup.approve')}
          </button>
        )}
        {may('return') && (
          <button type="button" className="button button-secondary" aria-disabled={step.isPending || undefined} onClick={() => void run([{ kind: 'return', comment }], t('followup.returnedDone'))}>
            {t('followup.return')}
          </button>
        )}
        <SuccessMessage message={message} />
      </div>
    </form>
  );
}

/** A judgement that cannot be edited now: its words as text. */
function ReadOnlyJudgement({ node }: { node: FollowupNode }) {
  const { t } = useT();
  const j = node.judgement;
  const note = j?.status === 'approved' ? t('followup.locked') : j?.status === 'submitted' ? t('followup.waiting') : node.canWrite ? '' : t('followup.readOnly');
  return (
    <div className="judgement-read">
      <dl>
        <dt>{t('followup.judgementLegend')}</dt>
        <dd>{j?.judgement ? t(`followup.judgement.${j.judgement}`) : '–'}</dd>
        <dt>{t('followup.analysis')}</dt>
        <dd className="prose">{j?.analysis || '–'}</dd>
        <dt>{t('followup.actions')}</dt>
        <dd className="prose">{j?.actions || '–'}</dd>
      </dl>
      {note && <p className="meta">{note}</p>}
    </div>
  );
}
