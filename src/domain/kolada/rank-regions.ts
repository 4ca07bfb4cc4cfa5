/**
 * Ranks regions by one value: best first by the measure's better direction (highest first
 * when the direction is unknown). Equal values share a rank (1, 2, 2, 4); a region without a
 * value gets no rank and comes last. Riket is a reference, never ranked.
 */
export interface RankInput {
  id: string;
  value: number | null;
}

export interface Ranked<T extends RankInput> {
  item: T;
  rank: number | null;
}

/** The items ordered best first, with competition ranks; missing values last, in their given order. */
export function rankByValue<T extends RankInput>(items: readonly T[], betterDirection: 'increase' | 'decrease' | null): Ranked<T>[] {
  const sign = betterDirection === 'decrease' ? 1 : -1;
  const present = items.filter((i): i is T & { value: number } => i.value !== null);
  const missing = items.filter((i) => i.value === null);
  const sorted = [...present].sort((a, b) => sign * (a.value - b.value) || a.id.localeCompare(b.id));
  const ranked: Ranked<T>[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    const rank = previous && previous.item.value === item.value ? previous.rank : index + 1;
    ranked.push({ item, rank });
  });
  return [...ranked, ...missing.map((item) => ({ item, rank: null }))];
}
