/**
 * What building a scorecard needs from the database, shared by the scorecard, the dashboard and
 * anything else that judges a plan: the latest period with values, the values the judgements
 * read (and no others), and the rows turned into the builder's inputs.
 */
import type { Db } from '../../../db/client';
import { NATIONAL_AREAS, type NationalValue, nationalSeries } from '../../../domain/fulfilment/national';
import { periodsRead } from '../../../domain/fulfilment/periods-read';
import { comparePeriodKeys } from '../../../domain/periods';
import { closingMonth } from '../../../domain/periods/derive-report-values';
import type { ScorecardMeasureInput, ScorecardNodeInput } from '../../../domain/scorecard/build-scorecard';
import { parseMeasure } from '../../../domain/scorecard/measure-status';
import { continueSeries } from './continued-series';
import * as q from './plans.queries';

/** The latest of the plan's periods that has any value (a state's or cumulative measure's closing month counts), or null. */
export async function latestPeriodWithValues(db: Db, planId: number, periods: string[]): Promise<string | null> {
  // Newest first: the answer is usually the current or previous report, found in a query or two.
  for (const p of [...periods].sort(comparePeriodKeys).reverse()) {
    if (await q.hasValuesFor(db, planId, p, closingMonth(p))) return p;
  }
  return null;
}

/**
 * The whole-population values that judging every measure in each of `periods` reads, and no
 * others, in one query; a measure copied from an earlier plan also reads its predecessors'.
 */
export async function valuesJudged(db: Db, measures: q.MeasureRow[], periods: string[]): Promise<q.TotalValueRow[]> {
  const { wanted, chains } = await valuesWanted(db, measures, periods);
  return continueSeries(await q.planTotalValues(db, wanted), chains);
}

/** What judging reads besides the measures' own values: each measure's national value by period (fulfilment/national.ts). */
export interface JudgingData {
  values: q.TotalValueRow[];
  benchmarks: Map<number, Map<string, number>>;
}

/**
 * The values judging `periods` reads (valuesJudged) and the measures' national values, in two queries
 * however many measures the plan has: values entered with a national area for the same (measure,
 * period) pairs, and Kolada's Riket values for measures linked to a KPI.
 */
export async function judgingData(db: Db, measures: q.MeasureRow[], periods: string[]): Promise<JudgingData> {
  const { wanted, chains } = await valuesWanted(db, measures, periods);
  const [values, national] = await Promise.all([q.planTotalValues(db, wanted), q.nationalValues(db, wanted, NATIONAL_AREAS)]);
  const byMeasure = new Map<number, NationalValue[]>();
  for (const r of national) {
    const list = byMeasure.get(r.measure_id) ?? [];
    list.push({ period: r.period, value: Number(r.value), from: r.from });
    byMeasure.set(r.measure_id, list);
  }
  return { values: continueSeries(values, chains), benchmarks: new Map([...byMeasure].map(([id, list]) => [id, nationalSeries(list)])) };
}

async function valuesWanted(db: Db, measures: q.MeasureRow[], periods: string[]): Promise<{ wanted: q.ValuesWanted; chains: Map<number, number[]> }> {
  const chains = measures.length > 0 ? await q.predecessorChains(db, measures[0]!.plan_id) : new Map<number, number[]>();
  const wanted: q.ValuesWanted = { measureIds: [], periods: [], earlier: { measureIds: [], suffixes: [], beforeYears: [] } };
  for (const m of measures) {
    const parsed = parseMeasure({ name: m.name, baselineText: m.baseline_text, targets: m.targets, betterDirection: m.better_direction, unit: m.unit });
    const keys = new Set<string>();
    const earlier = new Map<string, number>(); // suffix -> the latest year before which every such key is read
    for (const p of periods) {
      const read = periodsRead(parsed.baseline, parsed.targets, p);
      for (const key of read.keys) keys.add(key);
      for (const suffix of read.earlier?.suffixes ?? []) earlier.set(suffix, Math.max(earlier.get(suffix) ?? 0, read.earlier!.beforeYear));
    }
    for (const id of [m.id, ...(chains.get(m.id) ?? [])]) {
      for (const key of keys) {
        wanted.measureIds.push(id);
        wanted.periods.push(key);
      }
      for (const [suffix, beforeYear] of earlier) {
        wanted.earlier.measureIds.push(id);
        wanted.earlier.suffixes.push(suffix);
        wanted.earlier.beforeYears.push(beforeYear);
      }
    }
  }
  return { wanted, chains };
}

/** Plan nodes as the scorecard builder takes them. */
export function scorecardNodeInputs(nodes: q.NodeRow[]): ScorecardNodeInput[] {
  return nodes.map((n) => ({
    id: n.id,
    parentId: n.parent_id,
    levelKey: n.level_key,
    title: n.title,
    description: n.description,
    longTermGoals: n.long_term_goals,
    bodies: n.bodies,
    version: n.version,
  }));
}

/** Measures as the scorecard builder takes them. */
export function scorecardMeasureInputs(measures: q.MeasureRow[]): ScorecardMeasureInput[] {
  return measures.map((m) => ({
    id: m.id,
    nodeId: m.node_id,
    name: m.name,
    kindKey: m.kind_key,
    baselineText: m.baseline_text,
    targets: m.targets,
    betterDirection: m.better_direction,
    unit: m.unit,
    valueNature: m.value_nature,
    reportingPeriods: m.reporting_periods,
  }));
}
