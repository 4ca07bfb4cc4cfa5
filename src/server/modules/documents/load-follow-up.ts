import type { Lang } from '../../../domain/i18n/lang';
import type { Db } from '../../../db/client';
import { targetForYear } from '../../../domain/fulfilment/target-for-year';
import type { FulfilmentStatus } from '../../../domain/fulfilment/types';
import { formatQuantity } from '../../../domain/numbers';
import { comparePeriodKeys, formatPeriod } from '../../../domain/periods';
import { parseMeasure, type Series } from '../../../domain/scorecard/measure-status';
import { targetLevel } from '../../../domain/targets/target-level';
import type { Sex, Unit } from '../../../domain/targets/types';
import type { FollowUpMeasure, FollowUpNode, FollowUpReport } from '../../../reports/follow-up/types';
import type { Scorecard, ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import type { Actor } from '../../access/can';
import { WORK_STATUS_LABELS } from '../../../domain/plan-content/work-status';
import { getOrganisation } from '../organisations/organisations.queries';
import { assignmentStatuses } from '../plan-content/plan-document';
import * as plans from '../plans/plans.queries';
import { getScorecard } from '../plans/plans.service';
import { continueSeries, withPredecessors } from '../plans/continued-series';
import { seriesByMeasure } from '../plans/series';
import { planJudgements } from '../followup/followup.queries';
import { listRiskAssessments } from '../risks/risks.service';
import { toJudgement, toRiskSection } from './area-sections';
import { riskYear } from './load-plan-document';

const EMPTY: Record<FulfilmentStatus, number> = { met: 0, 'partly-met': 0, 'not-met': 0, 'too-few-values': 0, 'no-value': 0, 'not-reported': 0, 'not-measurable': 0 };

/** The chart's bars: the total per period up to the report's period; by sex where only K and M are entered. */
function chartSeries(series: Series | undefined, periods: string[], unit: Unit, lang: Lang): FollowUpMeasure['series'] {
  if (!series) return [];
  const out: FollowUpMeasure['series'] = [];
  for (const period of periods) {
    const points = (series.get(period) ?? []).filter((p) => !p.ageBand && !p.area);
    const total = points.find((p) => p.sex === 'T');
    const shown: { sex: Sex; value: number }[] = total ? [total] : points.filter((p) => p.sex !== 'T').sort((a, b) => a.sex.localeCompare(b.sex));
    const label = formatPeriod(period, lang).short;
    for (const p of shown) {
      out.push({ period, label: p.sex === 'T' ? label : `${label} ${p.sex}`, value: p.value, text: formatQuantity({ value: p.value, unit }, lang, { maximumFractionDigits: 2 }) });
    }
  }
  return out;
}

/**
 * What the follow-up report shows for one period: the scorecard's statuses and reasons (computed
 * by the scorecard service, not here), the values over the periods so far, and the assignments.
 */
export async function loadFollowUp(db: Db, actor: Actor, planId: number, period?: string, lang: Lang = 'sv'): Promise<FollowUpReport> {
  const scorecard: Scorecard = await getScorecard(db, actor, planId, period);
  const [plan, measures, assignments, judgements, risks] = await Promise.all([
    plans.getPlan(db, planId),
    plans.planMeasures(db, planId),
    assignmentStatuses(db, planId, scorecard.period),
    planJudgements(db, planId, [scorecard.period]),
    listRiskAssessments(db, planId),
  ]);
  const judgementOf = new Map(judgements.map((j) => [j.node_id, toJudgement(j)]));
  const assessed = riskYear(risks, Number(scorecard.period.slice(0, 4)));
  // Every whole-population value of every measure: the charts show the periods so far.
  const chains = await plans.predecessorChains(db, planId);
  const values = continueSeries(await plans.allTotalValues(db, withPredecessors(measures.map((m) => m.id), chains)), chains);
  const org = (await getOrganisation(db, plan!.organisation_id))!;
  const byId = new Map(measures.map((m) => [m.id, m]));
  const series = seriesByMeasure(values);
  const upTo = scorecard.periods.map((p) => p.key).filter((k) => comparePeriodKeys(k, scorecard.period) <= 0);
  const counts = { ...EMPTY };
  const levelName = (key: string) => scorecard.model.levels.find((l) => l.key === key)?.name[lang] ?? key;

  const measure = (sm: ScorecardMeasure): FollowUpMeasure => {
    counts[sm.fulfilment.status] += 1;
    const row = byId.get(sm.id)!;
    const parsed = parseMeasure({ name: row.name, baselineText: row.baseline_text, targets: row.targets, betterDirection: row.better_direction, unit: row.unit });
    // The target the scorecard judged against: the next one, or the plan's straight line between targets.
    const chosen = targetForYear(parsed.targets, Number(scorecard.period.slice(0, 4)), plan!.target_between_years);
    const level = chosen ? targetLevel(chosen.target, 'T', scorecard.period) : null;
    return {
      name: sm.name,
      baseline: sm.baselineText,
      targetText: sm.targetText ?? '',
      targetYear: sm.targetYear,
      valueText: sm.valueText?.[lang] ?? '',
      status: sm.fulfilment.status,
      explanation: sm.fulfilment.explanation[lang],
      series: chartSeries(series.get(sm.id), upTo, parsed.unit, lang),
      targetLevel: level === null || !chosen ? null : { value: level, text: chosen.target.text },
      unit: row.unit,
      ...(sm.forecast
        ? { forecast: { text: sm.forecast.forecastText?.[lang] ?? '', explanation: sm.forecast.status?.explanation[lang] ?? '', comment: sm.forecast.comment } }
        : {}),
    };
  };
  const node = (n: ScorecardNode): FollowUpNode => ({
    levelName: levelName(n.levelKey),
    title: n.title,
    status: n.fulfilment.status,
    explanation: n.fulfilment.explanation[lang],
    counts: n.fulfilment.counts,
    measures: n.measures.map(measure),
    children: n.children.map(node),
    judgement: judgementOf.get(n.id),
  });
  const nodes = scorecard.nodes.map(node);
  return {
    planTitle: scorecard.plan.title,
    organisation: org.name,
    period: scorecard.period,
    periodLabel: formatPeriod(scorecard.period, lang).long,
    generatedOn: new Date().toISOString().slice(0, 10),
    vision: scorecard.vision,
    counts,
    nodes,
    assignmentName: scorecard.model.assignmentName[lang],
    assignments: assignments.map((a) => ({
      text: a.text,
      bodies: a.bodies,
      status: a.followUp ? { label: WORK_STATUS_LABELS[a.followUp.status][lang], comment: a.followUp.comment } : undefined,
    })),
    risks: assessed ? toRiskSection(assessed.year, assessed.rows, undefined, lang) : undefined,
  };
}
