/**
 * Copying a plan to the next period (2025–2027 from 2022–2024): the tree, measures and
 * targets come along, each keeping its lineage so series continue; a target for a year
 * outside the new plan's years is kept but marked for revision, since nobody decided it
 * for this plan.
 */
export interface CopiedTarget {
  year: number;
  text: string;
  needsRevision: boolean;
}

/** The targets a copied measure starts with. */
export function copyTargets(targets: readonly { year: number; text: string }[], startYear: number, endYear: number): CopiedTarget[] {
  return targets.map((t) => ({ year: t.year, text: t.text, needsRevision: t.year < startYear || t.year > endYear }));
}
