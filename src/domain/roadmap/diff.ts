import { diffByKey } from '../diff-by-key';
import type { Effect, MapEdge } from './types';

/** What a version comparison needs of a milestone. */
export interface DiffMilestone {
  key: string;
  title: string;
  focusAreaKey: string;
  year: number | null;
  effects: Effect[];
}

export interface DiffVersion {
  milestones: DiffMilestone[];
  edges: MapEdge[];
}

export interface MovedMilestone {
  key: string;
  title: string;
  fromYear: number | null;
  toYear: number | null;
}

export interface ChangedEffects {
  key: string;
  title: string;
  added: Effect[];
  removed: Effect[];
}

export interface VersionDiff {
  added: DiffMilestone[];
  removed: DiffMilestone[];
  moved: MovedMilestone[];
  renamed: { key: string; from: string; to: string }[];
  changedEffects: ChangedEffects[];
  addedEdges: MapEdge[];
  removedEdges: MapEdge[];
}

const effectId = (e: Effect) => `${e.text.trim()}|${[...e.tags].sort().join(',')}`;
const edgeId = (e: MapEdge) => `${e.from}>${e.toGoal ? 'goal:' : ''}${e.to}:${e.kind}`;

/** Compares two versions of a map by milestone key: added, removed, moved in time, renamed, changed effects and arrows. */
export function diffVersions(before: DiffVersion, after: DiffVersion): VersionDiff {
  const milestones = diffByKey(before.milestones, after.milestones, (m) => m.key);
  const diff: VersionDiff = { added: milestones.added, removed: milestones.removed, moved: [], renamed: [], changedEffects: [], addedEdges: [], removedEdges: [] };
  for (const [was, m] of milestones.kept) {
    if (was.year !== m.year) diff.moved.push({ key: m.key, title: m.title, fromYear: was.year, toYear: m.year });
    if (was.title !== m.title) diff.renamed.push({ key: m.key, from: was.title, to: m.title });
    const effects = diffByKey(was.effects, m.effects, effectId);
    if (effects.added.length + effects.removed.length > 0) diff.changedEffects.push({ key: m.key, title: m.title, added: effects.added, removed: effects.removed });
  }
  const edges = diffByKey(before.edges, after.edges, edgeId);
  diff.addedEdges = edges.added;
  diff.removedEdges = edges.removed;
  return diff;
}
