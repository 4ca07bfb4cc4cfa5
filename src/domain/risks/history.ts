/** One year's assessment of a success factor, as history shows it. */
export interface RiskHistoryEntry {
  year: number;
  consequence: number;
  probability: number;
  risk: number;
}

/** A success factor's assessments across years, oldest first, and how the risk moved since the previous year. */
export interface RiskHistory<K> {
  key: K;
  entries: (RiskHistoryEntry & { change: number | null })[];
}

/** Groups assessments by success factor (any key) and orders each group's years. */
export function riskHistory<K, T extends RiskHistoryEntry>(assessments: readonly T[], keyOf: (a: T) => K): RiskHistory<K>[] {
  const groups = new Map<K, T[]>();
  for (const a of assessments) {
    const key = keyOf(a);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    return {
      key,
      entries: sorted.map((e, i) => ({
        year: e.year,
        consequence: e.consequence,
        probability: e.probability,
        risk: e.risk,
        change: i === 0 ? null : e.risk - sorted[i - 1]!.risk,
      })),
    };
  });
}
