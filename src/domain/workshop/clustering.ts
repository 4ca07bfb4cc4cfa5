/**
 * Grouping cards into named clusters. A card belongs to at most one cluster of its own exercise;
 * moving it is a whole replacement of its cluster, so a repeated move (a resend after a dropped
 * connection) changes nothing.
 */
export interface ClusterRef {
  id: number;
  exercise: string;
  name: string;
}

export interface ClusterableCard {
  id: number;
  exercise: string;
  clusterId: number | null;
}

export type MoveProblem = { code: 'no-such-cluster'; clusterId: number } | { code: 'other-exercise'; cardExercise: string; clusterExercise: string };

/** Whether a card may go into a cluster (null: out of every cluster). */
export function checkMove(card: ClusterableCard, clusterId: number | null, clusters: readonly ClusterRef[]): MoveProblem | null {
  if (clusterId === null) return null;
  const cluster = clusters.find((c) => c.id === clusterId);
  if (!cluster) return { code: 'no-such-cluster', clusterId };
  if (cluster.exercise !== card.exercise) return { code: 'other-exercise', cardExercise: card.exercise, clusterExercise: cluster.exercise };
  return null;
}

export interface ClusterGroup<C> {
  cluster: ClusterRef | null;
  cards: C[];
}

/** The cards of one exercise grouped by cluster, clusters in the order given, the unclustered cards first. */
export function groupByCluster<C extends ClusterableCard>(cards: readonly C[], clusters: readonly ClusterRef[], exercise: string): ClusterGroup<C>[] {
  const own = clusters.filter((c) => c.exercise === exercise);
  const known = new Set(own.map((c) => c.id));
  const mine = cards.filter((c) => c.exercise === exercise);
  return [
    { cluster: null, cards: mine.filter((c) => c.clusterId === null || !known.has(c.clusterId)) },
    ...own.map((cluster) => ({ cluster, cards: mine.filter((c) => c.clusterId === cluster.id) })),
  ];
}

/**
 * Where a card goes when moved by keyboard: the next (+1) or previous (-1) place in the list
 * "no cluster, cluster 1, cluster 2 …", stopping at either end.
 */
export function keyboardTarget(clusterIds: readonly number[], current: number | null, step: 1 | -1): number | null {
  const places: (number | null)[] = [null, ...clusterIds];
  const at = Math.max(0, places.indexOf(current));
  const next = Math.min(places.length - 1, Math.max(0, at + step));
  return places[next]!;
}
