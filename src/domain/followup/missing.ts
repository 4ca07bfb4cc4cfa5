/**
 * "Vad saknas": per owner and period, which measures lack a value, which goals and success
 * factors lack a judgement or an analysis, and which wait for approval — marked overdue once
 * the period's deadline has passed.
 */
import { analysisReasons } from './validation';
import type { JudgementContent, JudgementStatus, ProposalFacts } from './types';

/** A measure followed up in the period. */
export interface MissingMeasureInput {
  id: number;
  name: string;
  nodeId: number;
  ownerUserId: number | null;
  /** Whether the measure is reported in this period (its reporting periods name the period's report). */
  reportedThisPeriod: boolean;
  hasValue: boolean;
  /** At DÅ 04 and DÅ 08 a targeted measure also needs its full-year forecast (prognos); absent: none is asked for. */
  needsForecast?: boolean;
  hasForecast?: boolean;
}

/** A judged node (goal, success factor) with its judgement for the period, if any. */
export interface MissingNodeInput {
  id: number;
  title: string;
  levelKey: string;
  ownerUserId: number | null;
  proposal: ProposalFacts;
  judgement: (JudgementContent & { status: JudgementStatus }) | null;
}

/** What is missing, one thing per item. */
export type MissingKind = 'value' | 'forecast' | 'judgement' | 'analysis' | 'submission' | 'approval';

export interface MissingItem {
  kind: MissingKind;
  /** measure id for `value` and `forecast`, node id otherwise. */
  id: number;
  title: string;
  nodeId: number;
  overdue: boolean;
}

/** The missing items of one owner (null: nobody is responsible yet). */
export interface OwnerMissing {
  ownerUserId: number | null;
  items: MissingItem[];
}

const KIND_ORDER: MissingKind[] = ['value', 'forecast', 'judgement', 'analysis', 'submission', 'approval'];

/** What a node lacks: a judgement, an analysis where required, submission of a draft, or approval. */
function nodeGaps(n: MissingNodeInput): MissingKind[] {
  const j = n.judgement;
  if (!j || j.judgement === null) return ['judgement'];
  const gaps: MissingKind[] = [];
  if (j.analysis.trim() === '' && analysisReasons(j, n.proposal).length > 0) gaps.push('analysis');
  if (j.status === 'draft') gaps.push('submission');
  else if (j.status === 'submitted') gaps.push('approval');
  return gaps;
}

/**
 * Everything missing in one period, grouped by owner (owners in ascending id, the unowned last),
 * items in the order value, forecast, judgement, analysis, submission, approval. `overdue` is the same for
 * every item of the period: whether its deadline has passed.
 */
export function computeMissing(input: { measures: MissingMeasureInput[]; nodes: MissingNodeInput[]; overdue: boolean }): OwnerMissing[] {
  const byOwner = new Map<number | null, MissingItem[]>();
  const add = (owner: number | null, item: MissingItem) => {
    const list = byOwner.get(owner) ?? [];
    list.push(item);
    byOwner.set(owner, list);
  };
  for (const m of input.measures) {
    if (m.reportedThisPeriod && !m.hasValue) add(m.ownerUserId, { kind: 'value', id: m.id, title: m.name, nodeId: m.nodeId, overdue: input.overdue });
    if (m.needsForecast && !m.hasForecast) add(m.ownerUserId, { kind: 'forecast', id: m.id, title: m.name, nodeId: m.nodeId, overdue: input.overdue });
  }
  for (const n of input.nodes) {
    for (const kind of nodeGaps(n)) add(n.ownerUserId, { kind, id: n.id, title: n.title, nodeId: n.id, overdue: input.overdue });
  }
  const owners = [...byOwner.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a - b));
  return owners.map((ownerUserId) => ({
    ownerUserId,
    items: byOwner.get(ownerUserId)!.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
  }));
}
