/** The vocabulary of the follow-up cycle: a person's judgement (bedömning) of a node for a period. */
import type { FulfilmentStatus } from '../fulfilment/types';
import type { Localized } from '../i18n/lang';

/** A person's judgement: uppfyllt / delvis uppfyllt / ej uppfyllt / ej bedömt. */
export type JudgementCode = 'met' | 'partly' | 'not-met' | 'not-assessed';

/** The four judgements in the order they are offered. */
export const JUDGEMENT_CODES: readonly JudgementCode[] = ['met', 'partly', 'not-met', 'not-assessed'];

/** Where a judgement is in its workflow. A returned judgement is a draft with a return comment. */
export type JudgementStatus = 'draft' | 'submitted' | 'approved';

export const JUDGEMENT_STATUSES: readonly JudgementStatus[] = ['draft', 'submitted', 'approved'];

/** What a person can do to a judgement. */
export type JudgementAction = 'save' | 'submit' | 'approve' | 'return';

export const JUDGEMENT_ACTIONS: readonly JudgementAction[] = ['save', 'submit', 'approve', 'return'];

/** The content a reporter writes. `judgement` is null until one is chosen. */
export interface JudgementContent {
  judgement: JudgementCode | null;
  analysis: string;
  actions: string;
}

/** What the state machine needs to know about the computed proposal of a node for the period. */
export interface ProposalFacts {
  /** The node's rolled-up status (the scorecard's). */
  status: FulfilmentStatus;
  /** Names of the targeted measures under the node that are not met this period. */
  notMetMeasures: string[];
}

/** The judgement a computed status proposes: the three judged statuses map to themselves, the rest to "ej bedömt". */
export function proposedJudgement(status: FulfilmentStatus): JudgementCode {
  switch (status) {
    case 'met':
      return 'met';
    case 'partly-met':
      return 'partly';
    case 'not-met':
      return 'not-met';
    default:
      return 'not-assessed';
  }
}

/** Swedish labels, for the server's messages; the web app has its own in sv/da/en. */
export const JUDGEMENT_LABEL_SV: Record<JudgementCode, string> = {
  met: 'Uppfyllt',
  partly: 'Delvis uppfyllt',
  'not-met': 'Ej uppfyllt',
  'not-assessed': 'Ej bedömt',
};

/** The judgements in every language, as the documents print them (the same words as the web's). */
export const JUDGEMENT_LABELS: Record<JudgementCode, Localized> = {
  met: { sv: 'Uppfyllt', da: 'Opfyldt', en: 'Met' },
  partly: { sv: 'Delvis uppfyllt', da: 'Delvist opfyldt', en: 'Partly met' },
  'not-met': { sv: 'Ej uppfyllt', da: 'Ikke opfyldt', en: 'Not met' },
  'not-assessed': { sv: 'Ej bedömt', da: 'Ikke vurderet', en: 'Not assessed' },
};

export const STATUS_LABEL_SV: Record<JudgementStatus, string> = {
  draft: 'utkast',
  submitted: 'inskickad',
  approved: 'godkänd',
};
