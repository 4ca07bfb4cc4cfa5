/** The approved judgement next to a node's computed status on the scorecard. */
import { createContext, type ReactNode, useContext } from 'react';
import type { ApprovedJudgements } from '../../../shared/followup-types';
import { useT } from '../../i18n';
import { useApprovedJudgements } from './api';
import { byLine } from './labels';

const ApprovedContext = createContext<ApprovedJudgements | undefined>(undefined);

/** Loads the period's approved judgements once for the whole scorecard tree. */
export function ApprovedJudgementsProvider({ planId, period, children }: { planId: number; period: string; children: ReactNode }) {
  const approved = useApprovedJudgements(planId, period);
  return <ApprovedContext.Provider value={approved.data}>{children}</ApprovedContext.Provider>;
}

/** `Bedömning: Delvis uppfyllt – godkänd av Redaktör …`; nothing when the node has no approved judgement. */
export function ApprovedJudgementNote({ nodeId }: { nodeId: number }) {
  const T = useT();
  const approved = useContext(ApprovedContext)?.[nodeId];
  if (!approved?.judgement) return null;
  return (
    <p className="approved-judgement">
      <strong>{T.t('followup.approvedOnScorecard', { judgement: T.t(`followup.judgement.${approved.judgement}`) })}</strong>{' '}
      <span className="meta">{byLine(T, T.t('followup.status.approved'), approved.approvedBy, approved.approvedAt)}</span>
    </p>
  );
}
