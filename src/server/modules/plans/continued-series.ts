import type { TotalValueRow } from './plans.queries';

/**
 * A measure copied to the next plan continues its predecessor's series: where the measure has
 * no value of its own for a period and sex, the nearest predecessor's value counts as its own
 * (2024's outcome is the baseline of the 2025–2027 plan). Rows of predecessors that are not
 * needed are dropped; the measure's own rows always win.
 */
export function continueSeries(rows: readonly TotalValueRow[], chains: ReadonlyMap<number, readonly number[]>): TotalValueRow[] {
  if (chains.size === 0) return [...rows];
  const own = new Set(rows.map((r) => `${r.measure_id}|${r.period}|${r.sex}`));
  const byMeasure = new Map<number, TotalValueRow[]>();
  for (const r of rows) byMeasure.set(r.measure_id, [...(byMeasure.get(r.measure_id) ?? []), r]);
  const out = [...rows];
  for (const [measureId, ancestors] of chains) {
    for (const ancestor of ancestors) {
      for (const r of byMeasure.get(ancestor) ?? []) {
        const key = `${measureId}|${r.period}|${r.sex}`;
        if (own.has(key)) continue;
        own.add(key);
        out.push({ ...r, measure_id: measureId });
      }
    }
  }
  return out;
}

/** The ids whose values `continueSeries` may need: the measures and all their predecessors. */
export function withPredecessors(measureIds: readonly number[], chains: ReadonlyMap<number, readonly number[]>): number[] {
  return [...new Set([...measureIds, ...measureIds.flatMap((id) => chains.get(id) ?? [])])];
}
