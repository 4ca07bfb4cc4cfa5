/**
 * Gap analysis as two columns: for each area, what stands today and what the target picture says.
 * An area is the cluster the room grouped the card into, else the card's perspective; cards with
 * neither share one area without a name. Areas keep the order the room made them in.
 */
export interface GapCardInput {
  id: number;
  stage: 'today' | 'target' | null;
  perspective: string | null;
  clusterId: number | null;
}

export interface GapRow<C extends GapCardInput> {
  /** The area's name (cluster or perspective), null for cards with neither. */
  area: string | null;
  today: C[];
  target: C[];
  /** Cards of the area that say neither today nor target. */
  unstaged: C[];
}

export function gapRows<C extends GapCardInput>(cards: readonly C[], clusters: readonly { id: number; name: string }[]): GapRow<C>[] {
  const rows = new Map<string, GapRow<C>>();
  const areaOf = (c: C): string | null => clusters.find((k) => k.id === c.clusterId)?.name ?? c.perspective ?? null;
  for (const k of clusters) rows.set(`a:${k.name}`, { area: k.name, today: [], target: [], unstaged: [] });
  for (const c of cards) {
    const area = areaOf(c);
    const key = area === null ? 'none' : `a:${area}`;
    if (!rows.has(key)) rows.set(key, { area, today: [], target: [], unstaged: [] });
    const row = rows.get(key)!;
    (c.stage === 'today' ? row.today : c.stage === 'target' ? row.target : row.unstaged).push(c);
  }
  const all = [...rows.values()].filter((r) => r.today.length + r.target.length + r.unstaged.length > 0);
  // The area without a name comes last.
  return [...all.filter((r) => r.area !== null), ...all.filter((r) => r.area === null)];
}
