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
  const old = new Map(before.milestones.map((m) => [m.key, m]));
  const now = new Map(after.milestones.map((m) => [m.key, m]));
  const diff: VersionDiff = { added: [], removed: [], moved: [], renamed: [], changedEffects: [], addedEdges: [], removedEdges: [] };
  for (const m of after.milestones) {
    const was = old.get(m.key);
    if (!was) {
      diff.added.push(m);
      continue;
    }
    if (was.year !== m.year) diff.moved.push({ key: m.key, title: m.title, fromYear: was.year, toYear: m.year });
    if (was.title !== m.title) diff.renamed.push({ key: m.key, from: was.title, to: m.title });
    const before = new Set(was.effects.map(effectId));
    const afterIds = new Set(m.effects.map(effectId));
    const added = m.effects.filter((e) => !before.has(effectId(e)));
    const removed = was.effects.filter((e) => !afterIds.has(effectId(e)));
    if (added.length + removed.length > 0) diff.changedEffects.push({ key: m.key, title: m.title, added, removed });
  }
  for (const m of before.milestones) if (!now.has(m.key)) diff.removed.push(m);
  const oldEdges = new Set(before.edges.map(edgeId));
  const newEdges = new Set(after.edges.map(edgeId));
  diff.addedEdges = after.edges.filter((e) => !oldEdges.has(edgeId(e)));
  diff.removedEdges = before.edges.filter((e) => !newEdges.has(edgeId(e)));
  return diff;
}
