/** API response types of the strategic map (roadmap), shared by server and web app. */
import type { Localized } from '../domain/i18n/lang';
import type { VersionDiff } from '../domain/roadmap/diff';
import type { EdgeKind, Effect, EffectTag, MilestoneStatus } from '../domain/roadmap/types';

export type { EdgeKind, Effect, EffectTag, MilestoneStatus, VersionDiff };

export interface RoadmapVersionSummary {
  id: number;
  year: number;
  basedOnVersionId: number | null;
  startYear: number;
  endYear: number;
}

export interface RoadmapSummary {
  id: number;
  organisationId: number;
  organisationName: string;
  title: string;
  versions: RoadmapVersionSummary[];
}

export interface RoadmapFocusArea {
  id: number;
  key: string;
  name: string;
  targetPicture: string;
}

export interface RoadmapGroup {
  id: number;
  name: string;
  focusAreas: RoadmapFocusArea[];
}

export interface RoadmapGoal {
  id: number;
  key: string;
  name: string;
}

export interface StatusReport {
  period: string;
  periodLabel: Localized;
  status: MilestoneStatus;
  reachedOn: string | null;
  comment: string;
  reportedAt: string;
}

export interface MilestoneLink {
  kind: 'node' | 'measure';
  id: number;
  title: string;
  /** The plan the node or measure belongs to (a node is shown in that plan's scorecard). */
  planId: number;
}

/** One of the organisation's plans with what a milestone can be linked to in it. */
export interface LinkTargetPlan {
  id: number;
  title: string;
  nodes: { id: number; title: string }[];
  measures: { id: number; name: string }[];
}

export interface RoadmapMilestone {
  id: number;
  key: string;
  focusAreaKey: string;
  title: string;
  /** null: "Inväntar tidplan". */
  year: number | null;
  tentativeYear: number | null;
  description: string;
  criterion: string;
  effects: Effect[];
  /** The person responsible, who reports its status (editors name them). */
  owner: { id: number; name: string } | null;
  /** Reported status, or late when the year has passed without it being reached. */
  status: MilestoneStatus;
  reachedOn: string | null;
  /** Newest period first. */
  reports: StatusReport[];
  links: MilestoneLink[];
}

export interface RoadmapEdge {
  id: number;
  from: string;
  to: string;
  toGoal: boolean;
  kind: EdgeKind;
  because: string;
}

export interface RoadmapVersionView {
  roadmap: { id: number; organisationId: number; title: string };
  version: RoadmapVersionSummary;
  versions: RoadmapVersionSummary[];
  canEdit: boolean;
  groups: RoadmapGroup[];
  goals: RoadmapGoal[];
  milestones: RoadmapMilestone[];
  edges: RoadmapEdge[];
  /** Reporting periods of the map's years, for status follow-up. */
  periods: { key: string; label: Localized }[];
}

export interface VersionComparison {
  before: RoadmapVersionSummary;
  after: RoadmapVersionSummary;
  /** Focus area names by key, over both versions. */
  focusAreas: Record<string, string>;
  /** Milestone and goal titles by key, over both versions (for naming arrows). */
  titles: Record<string, string>;
  diff: VersionDiff;
}
