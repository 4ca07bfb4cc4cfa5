import type { Localized } from '../i18n/lang';

/**
 * A governance model: how an organisation names and shapes its plans.
 * Plans are trees of nodes; each node sits on one level. Nothing elsewhere in the
 * code may assume a level's name or the depth of the tree — read it from here.
 */
export interface LevelDef {
  /** Stable key, e.g. `perspective`, `goal`, `success-factor`, `track`. */
  key: string;
  name: Localized;
  plural: Localized;
  /** Whether measures hang on nodes of this level. */
  carriesMeasures: boolean;
}

/** A kind of measure, e.g. styrmått (decided by the board) or kontrollmått (owned by the director). */
export interface MeasureKindDef {
  key: string;
  name: Localized;
  plural: Localized;
  /** Who decides (fastställer) measures of this kind. */
  decidedBy: Localized;
  /** Whether measures of this kind carry targets that are judged in the roll-up. */
  targeted: boolean;
  /** Name of the measurement-method field where the model asks for one (Skåne 2002: "Mätmetod"). */
  methodName?: Localized;
  /**
   * Whether measures of this kind may change in a decided plan without a revision. Seed 001,
   * Bilaga 1: kontrollmått are owned by the regional director and may change during the year
   * without a political decision; styrmått change only through a revised plan.
   */
  changeWithoutRevision?: boolean;
}

/** A node a new plan starts with when it is made from the template (e.g. the five perspectives). */
export interface StarterNode {
  levelKey: string;
  name: Localized;
}

/** How computed statuses are rolled up from measures to the nodes above them. */
export interface RollupRule {
  method: 'share-met';
  /** Share of judged measures met (partly met counts `partlyWeight`) at or above which the node is met. */
  metThreshold: number;
  /** At or above this share the node is partly met; below it, not met. */
  partlyThreshold: number;
  /** Weight of a partly met measure in the share, 0–1. */
  partlyWeight: number;
  /**
   * Share (0–1) of a node's judgeable measures (those not "not measurable" and reported this
   * period) that must have a value before the node gets a colour; below it the node has
   * "för få värden". Absent in models saved before it existed: DEFAULT_MIN_COVERAGE.
   */
  minCoverage?: number;
}

/** A node is coloured only when at least half of its judgeable measures have a value. */
export const DEFAULT_MIN_COVERAGE = 0.5;

/** A body that plans and assignments are given to, e.g. RS = Regionstyrelsen. */
export interface BodyDef {
  code: string;
  name: Localized;
}

export interface GovernanceModel {
  /** Template key or organisation-specific key. */
  key: string;
  name: Localized;
  /** Top-down, below the vision. */
  levels: LevelDef[];
  measureKinds: MeasureKindDef[];
  /** Name of the assignments (uppdrag) that the council gives to bodies. */
  assignmentName: Localized;
  bodies: BodyDef[];
  rollup: RollupRule;
  /** The nodes a plan made "from the template" starts with; none for an empty start. */
  starterNodes?: StarterNode[];
}

export const DEFAULT_ROLLUP: RollupRule = {
  method: 'share-met',
  metThreshold: 0.75,
  partlyThreshold: 0.4,
  partlyWeight: 0.5,
  minCoverage: DEFAULT_MIN_COVERAGE,
};
