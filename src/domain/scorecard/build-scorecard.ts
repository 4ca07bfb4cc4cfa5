import { countStatuses, FULFILMENT_STATUSES, type FulfilmentStatus, rollUpCounts, statusLabel } from '../fulfilment';
import { localize, reportKindLabel, tr } from '../fulfilment/explain';
import type { TargetBetweenYears } from '../fulfilment/target-for-year';
import type { Localized } from '../i18n/lang';
import type { GovernanceModel } from '../model/governance';
import type { ScorecardMeasure, ScorecardNode } from '../../shared/api-types';
import { REPORT_KINDS, reportKindOf } from '../periods';
import type { ReportKind } from '../targets/types';
import { type MeasureFacts, measureStatus, parseMeasure, type Series } from './measure-status';

/** What judging the plan's measures may compare with besides their own values. */
export interface ScorecardContext {
  /** Each measure's national value by period key (fulfilment/national.ts); measures without one are absent. */
  benchmarksByMeasure?: Map<number, Map<string, number>>;
  /** The plan's first and last year, for targets averaged over the plan period. */
  planYears?: { from: number; to: number };
  /** How the plan judges years between its target years (fulfilment/target-for-year.ts); default the next target. */
  targetBetweenYears?: TargetBetweenYears;
}

export interface ScorecardNodeInput {
  id: number;
  parentId: number | null;
  levelKey: string;
  title: string;
  description: string;
  longTermGoals: string;
  bodies: string[];
  /** The node's edit version, sent back with an edit. */
  version: number;
}

export interface ScorecardMeasureInput extends MeasureFacts {
  id: number;
  nodeId: number;
  name: string;
  kindKey: string;
  reportingPeriods: string[];
}

/**
 * The plan as a tree with a computed status on every measure and a rolled-up status on
 * every node, for one period. Nodes and measures arrive in display order.
 */
export function buildScorecard(
  model: GovernanceModel,
  period: string,
  nodes: ScorecardNodeInput[],
  measures: ScorecardMeasureInput[],
  seriesByMeasure: Map<number, Series>,
  context: ScorecardContext = {},
): ScorecardNode[] {
  const targetedKinds = targetedKindsOf(model);
  const measuresByNode = new Map<number, ScorecardMeasure[]>();
  for (const m of measures) {
    const row = judgeMeasure(m, period, seriesByMeasure, context);
    const list = measuresByNode.get(m.nodeId) ?? [];
    list.push(row);
    measuresByNode.set(m.nodeId, list);
  }

  const childrenOf = new Map<number | null, ScorecardNodeInput[]>();
  for (const n of nodes) {
    const list = childrenOf.get(n.parentId) ?? [];
    list.push(n);
    childrenOf.set(n.parentId, list);
  }

  const build = (n: ScorecardNodeInput): ScorecardNode => {
    const own = measuresByNode.get(n.id) ?? [];
    const children = (childrenOf.get(n.id) ?? []).map(build);
    const rolled = rollUpCounts(countsBelow(own, children, targetedKinds), model.rollup);
    return {
      id: n.id,
      levelKey: n.levelKey,
      title: n.title,
      description: n.description,
      longTermGoals: n.longTermGoals,
      bodies: n.bodies,
      version: n.version,
      fulfilment: { status: rolled.status, explanation: rolled.explanation, counts: rolled.counts },
      children,
      measures: own,
    };
  };
  return (childrenOf.get(null) ?? []).map(build);
}

/**
 * How many of the targeted measures below a node have each status: what its roll-up reads. A node
 * is judged on every targeted measure below it, not on its children's verdicts, so a success
 * factor with nine measures weighs nine times one with a single measure: its own measures are
 * counted, and each child's counts added as the child's roll-up kept them (those of every
 * targeted measure below the child). Used when the tree is built and when a change rolls the
 * nodes above a measure up again (rejudge.ts), which walks only that path.
 */
export function countsBelow(
  own: readonly ScorecardMeasure[],
  children: readonly ScorecardNode[],
  targetedKinds: ReadonlySet<string>,
): Record<FulfilmentStatus, number> {
  const counts = countStatuses(own.filter((m) => targetedKinds.has(m.kindKey)).map((m) => m.fulfilment.status));
  for (const child of children) for (const s of FULFILMENT_STATUSES) counts[s] += child.fulfilment.counts[s];
  return counts;
}

/** The measure kinds whose measures a node's status is judged on. */
export function targetedKindsOf(model: GovernanceModel): Set<string> {
  return new Set(model.measureKinds.filter((k) => k.targeted).map((k) => k.key));
}

/** One measure judged for `period`: its status, the rule's explanation and its texts. */
export function judgeMeasure(m: ScorecardMeasureInput, period: string, seriesByMeasure: Map<number, Series>, context: ScorecardContext = {}): ScorecardMeasure {
  const reportKind = reportKindOf(period);
  const benchmarks = context.benchmarksByMeasure?.get(m.id);
  const parsed = parseMeasure(m);
  const judged = measureStatus(parsed, seriesByMeasure.get(m.id) ?? new Map(), period, {
    ...(benchmarks ? { benchmarks } : {}),
    ...(context.planYears ? { planYears: context.planYears } : {}),
    ...(context.targetBetweenYears ? { targetBetweenYears: context.targetBetweenYears } : {}),
  });
  // A measure followed up in other reports is not missing a value in this one: it has its own status and stays out of the coverage share.
  const s =
    judged.status === 'no-value' && notReportedIn(reportKind, m.reportingPeriods)
      ? { ...judged, status: 'not-reported' as const, explanation: notReportedText(m.reportingPeriods) }
      : judged;
  return {
    id: m.id,
    name: m.name,
    kindKey: m.kindKey,
    baselineText: m.baselineText,
    targetText: s.targetText,
    targetYear: s.targetYear,
    valueText: s.valueText,
    valueFromKolada: s.valueFromKolada,
    fulfilment: { status: s.status, explanation: s.explanation },
    reportedThisPeriod: reportKind !== null && m.reportingPeriods.includes(reportKind),
    // The tree is the same for every reader; who may enter values is applied per reader (judged-trees.ts).
    canEnterValues: false,
    ...(parsed.directionMissing ? { directionMissing: true } : {}),
    ...(s.baselineValueText ? { baselineValueText: s.baselineValueText } : {}),
    ...(s.total !== null ? { value: s.total } : {}),
    // A count or amount that adds up over the year (a flow or a running total) is compared with the same period a year earlier, never a shorter one.
    ...(parsed.valueNature !== 'state' && parsed.unit !== '%' ? { trendYearEarlier: true } : {}),
  };
}

/** Whether a measure's reporting periods leave out the period's report; a measure that names none is followed up in every report. */
function notReportedIn(reportKind: string | null, reportingPeriods: string[]): boolean {
  return reportKind !== null && reportingPeriods.length > 0 && !reportingPeriods.includes(reportKind);
}

/** `Rapporteras inte denna period (rapporteras DÅ 04, ÅR)`. */
function notReportedText(reportingPeriods: string[]): Localized {
  const when = reportingPeriods.map((k) => ((REPORT_KINDS as readonly string[]).includes(k) ? reportKindLabel(k as ReportKind) : k)).join(', ');
  return localize((lang) => `${statusLabel('not-reported', lang)} (${tr(`rapporteras ${when}`, `rapporteres ${when}`, `reported ${when}`)[lang]})`);
}
