/**
 * What a judgement must contain before it is submitted. A draft may be incomplete; the
 * rules apply at submit (and so also to what is approved).
 */
import { JUDGEMENT_LABEL_SV, type JudgementContent, type JudgementCode, type ProposalFacts, proposedJudgement } from './types';

/** Why an analysis is required: measures under the node are not met, or the person's judgement differs from the proposal. */
export type AnalysisReason =
  | { code: 'measure-not-met'; measures: string[] }
  | { code: 'differs-from-proposal'; proposal: JudgementCode; judgement: JudgementCode };

/** The reasons an analysis is required for this content and proposal; empty when none is. */
export function analysisReasons(content: Pick<JudgementContent, 'judgement'>, proposal: ProposalFacts): AnalysisReason[] {
  const reasons: AnalysisReason[] = [];
  if (proposal.notMetMeasures.length > 0) reasons.push({ code: 'measure-not-met', measures: proposal.notMetMeasures });
  const proposed = proposedJudgement(proposal.status);
  if (content.judgement !== null && content.judgement !== proposed) {
    reasons.push({ code: 'differs-from-proposal', proposal: proposed, judgement: content.judgement });
  }
  return reasons;
}

/** One failing field with a Swedish message, as the API reports it. */
export interface ContentError {
  path: 'judgement' | 'analysis' | 'actions';
  message: string;
}

/** Limits that keep a judgement a text, not a document. */
export const MAX_TEXT_LENGTH = 20_000;

/** Checks content for saving as a draft: only lengths. */
export function validateDraft(content: JudgementContent): ContentError[] {
  const errors: ContentError[] = [];
  if (content.analysis.length > MAX_TEXT_LENGTH) errors.push({ path: 'analysis', message: `Analysen får vara högst ${MAX_TEXT_LENGTH} tecken.` });
  if (content.actions.length > MAX_TEXT_LENGTH) errors.push({ path: 'actions', message: `Åtgärderna får vara högst ${MAX_TEXT_LENGTH} tecken.` });
  return errors;
}

/** Checks content for submitting: a judgement is chosen, and an analysis is written where one is required. */
export function validateForSubmit(content: JudgementContent, proposal: ProposalFacts): ContentError[] {
  const errors = validateDraft(content);
  if (content.judgement === null) errors.push({ path: 'judgement', message: 'Välj en bedömning: uppfyllt, delvis uppfyllt, ej uppfyllt eller ej bedömt.' });
  if (content.analysis.trim() === '') {
    const reasons = analysisReasons(content, proposal);
    if (reasons.length > 0) errors.push({ path: 'analysis', message: `Skriv en analys: ${reasons.map(reasonSv).join('; ')}.` });
  }
  return errors;
}

/** A reason in Swedish, e.g. `måttet "Andel vårdskador" är inte uppfyllt`. */
export function reasonSv(reason: AnalysisReason): string {
  if (reason.code === 'measure-not-met') {
    const names = reason.measures.map((m) => `"${m}"`);
    return names.length === 1 ? `måttet ${names[0]} är inte uppfyllt` : `måtten ${names.join(', ')} är inte uppfyllda`;
  }
  return `bedömningen (${JUDGEMENT_LABEL_SV[reason.judgement].toLowerCase()}) skiljer sig från förslaget (${JUDGEMENT_LABEL_SV[reason.proposal].toLowerCase()})`;
}
