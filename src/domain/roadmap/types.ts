/** The strategic map's plain data (seed 002): focus areas in groups, milestones per year, effects, arrows. */

/** Who a short-term effect is for: inhabitants (inv), the system (sys), operations (vsh). */
export const EFFECT_TAGS = ['inv', 'sys', 'vsh'] as const;
export type EffectTag = (typeof EFFECT_TAGS)[number];

export interface Effect {
  text: string;
  tags: EffectTag[];
}

/** planned: not yet reached; reached: with the date it was; late is derived, or reported explicitly. */
export const MILESTONE_STATUSES = ['planned', 'reached', 'late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A node of the graph: enough to lay out, order and compare. */
export interface MapMilestone {
  /** Stable across versions of a map (a milestone copied to next year's version keeps its key). */
  key: string;
  title: string;
  focusAreaKey: string;
  /** The year it is to be reached; null = not yet scheduled ("Inväntar tidplan"). */
  year: number | null;
}

export interface MapFocusArea {
  key: string;
  name: string;
  groupName: string;
}

export interface MapGoal {
  key: string;
  name: string;
}

/** solid: the source enables the target; dashed: points on to later milestones or goals. */
export type EdgeKind = 'enables' | 'leads-to';

export interface MapEdge {
  from: string;
  /** A milestone key, or a goal key when `toGoal`. */
  to: string;
  toGoal?: boolean;
  kind: EdgeKind;
}
