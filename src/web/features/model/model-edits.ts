import type { Localized } from '../../../domain/i18n/lang';
import type { GovernanceModel, LevelDef, MeasureKindDef } from '../../../domain/model/governance';
import { type ModelChangeProblem, type ModelUsageCounts, modelChangeProblems, newLevelKey } from '../../../domain/model/model-change';
import type { ModelUsage } from '../../../shared/authoring-schemas';

/**
 * The edits the model editor makes, as pure functions from a model to a new model, and the
 * questions it asks before offering them (may this level go? may it move?). The server applies
 * the same rule (modelChangeProblems) when the model is saved; asking it here lets the editor
 * say why before the user tries.
 */

export interface NewLevel {
  name: Localized;
  plural: Localized;
  carriesMeasures: boolean;
}

export interface NewKind {
  name: Localized;
  plural: Localized;
  decidedBy: Localized;
  targeted: boolean;
  changeWithoutRevision: boolean;
}

/** A new level placed at `position` (0 = first below the vision); its key comes from its Swedish name. */
export function addLevel(model: GovernanceModel, level: NewLevel, position = model.levels.length): GovernanceModel {
  const key = newLevelKey(model, level.name.sv);
  const levels = [...model.levels];
  levels.splice(Math.max(0, Math.min(position, levels.length)), 0, { key, ...level });
  return { ...model, levels };
}

/** The level at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveLevel(model: GovernanceModel, index: number, delta: -1 | 1): GovernanceModel {
  const to = index + delta;
  if (index < 0 || index >= model.levels.length || to < 0 || to >= model.levels.length) return model;
  const levels = [...model.levels];
  const [moved] = levels.splice(index, 1);
  levels.splice(to, 0, moved!);
  return { ...model, levels };
}

/** The model without the level at `index`; a plan made from the template no longer starts with nodes on it. */
export function removeLevel(model: GovernanceModel, index: number): GovernanceModel {
  const removed = model.levels[index];
  if (!removed) return model;
  const next: GovernanceModel = { ...model, levels: model.levels.filter((_, i) => i !== index) };
  if (model.starterNodes) next.starterNodes = model.starterNodes.filter((n) => n.levelKey !== removed.key);
  return next;
}

export function updateLevel(model: GovernanceModel, index: number, patch: Partial<Omit<LevelDef, 'key'>>): GovernanceModel {
  return { ...model, levels: model.levels.map((l, i) => (i === index ? { ...l, ...patch } : l)) };
}

/** A new measure kind, last; its key comes from its Swedish name and is unique among levels and kinds. */
export function addKind(model: GovernanceModel, kind: NewKind): GovernanceModel {
  const key = newLevelKey(model, kind.name.sv);
  const def: MeasureKindDef = { key, ...kind };
  return { ...model, measureKinds: [...model.measureKinds, def] };
}

export function removeKind(model: GovernanceModel, index: number): GovernanceModel {
  return { ...model, measureKinds: model.measureKinds.filter((_, i) => i !== index) };
}

export function updateKind(model: GovernanceModel, index: number, patch: Partial<Omit<MeasureKindDef, 'key'>>): GovernanceModel {
  return { ...model, measureKinds: model.measureKinds.map((k, i) => (i === index ? { ...k, ...patch } : k)) };
}

/** The counts the change rule needs, from the server's usage answer. */
export function usageCounts(usage: Pick<ModelUsage, 'levels' | 'measureLevels' | 'kinds'> & { pairs?: ModelUsage['pairs'] }): ModelUsageCounts {
  return { levels: usage.levels, measureLevels: usage.measureLevels, kinds: usage.kinds, pairs: usage.pairs ?? [] };
}

/** How many nodes keep the level at `index` from being removed; 0 when it may go. */
export function levelRemovalBlock(model: GovernanceModel, index: number, usage: ModelUsageCounts): number {
  const key = model.levels[index]?.key;
  if (key === undefined) return 0;
  return usage.levels[key] ?? 0;
}

/** How many measures keep the level at `index` carrying measures; 0 when "bär mått" may be unticked. */
export function carriesMeasuresBlock(model: GovernanceModel, index: number, usage: ModelUsageCounts): number {
  const key = model.levels[index]?.key;
  if (key === undefined) return 0;
  return usage.measureLevels[key] ?? 0;
}

/** How many measures keep the kind at `index` from being removed; 0 when it may go. */
export function kindRemovalBlock(model: GovernanceModel, index: number, usage: ModelUsageCounts): number {
  const key = model.measureKinds[index]?.key;
  if (key === undefined) return 0;
  return usage.kinds[key] ?? 0;
}

export type MoveBlock = { code: 'edge' } | Extract<ModelChangeProblem, { code: 'order-breaks-tree' }>;

/** Why the level at `index` cannot move one place up or down: it is already at the end, or existing plans would put a child above its parent. */
export function moveBlock(model: GovernanceModel, index: number, delta: -1 | 1, usage: ModelUsageCounts): MoveBlock | null {
  const to = index + delta;
  if (to < 0 || to >= model.levels.length) return { code: 'edge' };
  const moved = moveLevel(model, index, delta);
  const problem = modelChangeProblems(moved, usage).find(
    (p): p is Extract<ModelChangeProblem, { code: 'order-breaks-tree' }> => p.code === 'order-breaks-tree',
  );
  return problem ?? null;
}

/** A text given in Swedish only, the other languages filled from it until someone translates it. */
export function filledFrom(value: Localized, fallback: string): Localized {
  const sv = value.sv.trim() || fallback.trim();
  return { sv, da: value.da.trim() || sv, en: value.en.trim() || sv };
}
