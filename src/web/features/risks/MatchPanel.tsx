import { useRef, useState } from 'react';
import type { AssessableNode, RiskAssessment } from '../../../shared/risks-types';
import { isApiError } from '../../api/client';
import { useConfirmMatch } from './riskApi';
import { Field } from '../../components/Field';
import { SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';

interface Props {
  pending: RiskAssessment[];
  nodes: AssessableNode[];
  canEdit: boolean;
}

/** The assessments whose success-factor name matched the plan only nearly or not at all: the source name, the proposal, confirm or choose another. */
export function MatchPanel({ pending, nodes, canEdit }: Props) {
  const { t } = useT();
  const [done, setDone] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A confirmed item leaves the list; focus goes to the panel's heading instead of being lost.
  const onDone = (message: string) => {
    setDone(message);
    headingRef.current?.focus();
  };
  return (
    <section className="card match-panel" aria-labelledby="matches-heading">
      <h2 id="matches-heading" ref={headingRef} tabIndex={-1}>{t('risks.matches.title')}</h2>
      <p>{t('risks.matches.intro')}</p>
      <p role="status">{pending.length > 0 ? t('risks.matches.pending', { count: pending.length }) : t('risks.matches.none')}</p>
      {!canEdit && pending.length > 0 && <p className="meta">{t('risks.matches.readOnly')}</p>}
      <ul className="match-list">
        {pending.map((a) => (
          <MatchItem key={a.id} assessment={a} nodes={nodes} canEdit={canEdit} onDone={onDone} />
        ))}
      </ul>
      <SuccessMessage message={done} />
    </section>
  );
}

function MatchItem({ assessment: a, nodes, canEdit, onDone }: { assessment: RiskAssessment; nodes: AssessableNode[]; canEdit: boolean; onDone: (m: string) => void }) {
  const { t } = useT();
  const confirm = useConfirmMatch();
  const [nodeId, setNodeId] = useState<number | null>(a.successFactor?.nodeId ?? a.match.candidates[0]?.nodeId ?? null);
  const [error, setError] = useState<string | null>(null);
  const source =
    a.sourceNumber === null
      ? t('risks.matches.sourceNoNumber', { name: a.sourceSuccessFactor })
      : t('risks.matches.source', { number: a.sourceNumber, name: a.sourceSuccessFactor });
  const candidateIds = new Set(a.match.candidates.map((c) => c.nodeId));
  const chosen = nodes.find((n) => n.nodeId === nodeId);

  const submit = () => {
    if (nodeId === null) return setError(t('risks.form.factorRequired'));
    setError(null);
    // The item leaves the list once the refreshed page data arrives, so the result is handled on the promise, not in mutate's callbacks (which an unmounted item would skip).
    confirm.mutateAsync({ riskId: a.id, nodeId, version: a.version }).then(
      () => onDone(t('risks.matches.confirmed', { source: a.sourceSuccessFactor, title: chosen?.title ?? '' })),
      (e: unknown) => setError(isApiError(e) ? (e.fieldError('nodeId') ?? e.message) : t('app.errorGeneric')),
    );
  };

  return (
    <li className="match-item">
      <p className="match-source">{source}</p>
      <p>
        {a.successFactor
          ? t('risks.matches.proposal', { title: a.successFactor.title, score: Math.round((a.match.score ?? 0) * 100) })
          : t('risks.matches.noProposal')}
      </p>
      {canEdit && (
        <form
          className="match-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <Field label={a.sourceNumber === null ? t('risks.matches.choose') : t('risks.matches.chooseFor', { number: a.sourceNumber })} error={error ?? undefined}>
            <select value={nodeId ?? ''} onChange={(e) => setNodeId(e.target.value === '' ? null : Number(e.target.value))}>
              {nodeId === null && <option value="">{t('risks.form.chooseFactor')}</option>}
              {a.match.candidates.length > 0 && (
                <optgroup label={t('risks.matches.closest')}>
                  {a.match.candidates.map((c) => (
                    <option key={c.nodeId} value={c.nodeId}>
                      {c.title}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label={t('risks.matches.all')}>
                {nodes
                  .filter((n) => !candidateIds.has(n.nodeId))
                  .map((n) => (
                    <option key={n.nodeId} value={n.nodeId}>
                      {n.title}
                    </option>
                  ))}
              </optgroup>
            </select>
          </Field>
          <button type="submit" className="button" aria-disabled={confirm.isPending || undefined} aria-label={t('risks.matches.confirmLabel', { name: a.sourceSuccessFactor })}>
            {confirm.isPending ? t('app.saving') : t('risks.matches.confirm')}
          </button>
        </form>
      )}
    </li>
  );
}
