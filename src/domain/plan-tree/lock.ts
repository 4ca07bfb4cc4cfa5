import type { MeasureKindDef } from '../model/governance';

/**
 * What a decided plan protects. Seed 001: the board decides the plan — its tree, its styrmått
 * and their targets — so those change only through a revision (a new version with its own
 * decision). Definitions, owners, better directions and the like may change at any time, and
 * kontrollmått (a kind that may change without revision) change freely.
 */
export type PlanStatus = 'draft' | 'decided' | 'revision';

/** Node fields that a decided plan protects. */
export const PROTECTED_NODE_FIELDS = ['name', 'parentId', 'position', 'levelKey'] as const;
/** Measure fields that a decided plan protects (for kinds that need a decision). */
export const PROTECTED_MEASURE_FIELDS = ['name', 'targets', 'kindKey', 'nodeId', 'position'] as const;

/** Whether the plan's structure may change now: a draft, or a decided plan with an open revision. */
export function structureOpen(status: PlanStatus): boolean {
  return status !== 'decided';
}

/** The protected fields among `changed` that this plan may not change now; empty when the change may go ahead. */
export function blockedFields(status: PlanStatus, changed: readonly string[], protectedFields: readonly string[], kind?: MeasureKindDef): string[] {
  if (structureOpen(status) || kind?.changeWithoutRevision) return [];
  return changed.filter((f) => protectedFields.includes(f));
}
