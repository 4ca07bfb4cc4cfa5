/** API response types of the strategic map (roadmap), shared by server and web app; their schemas: contracts/roadmap.ts. */
import type { z } from 'zod';
import type { VersionDiff } from '../domain/roadmap/diff';
import type { EdgeKind, Effect, EffectTag, MilestoneStatus } from '../domain/roadmap/types';
import type {
  edgeInputSchema,
  linkTargetPlanSchema,
  milestoneInputSchema,
  milestoneLinkSchema,
  milestoneLinkTargetSchema,
  roadmapEdgeSchema,
  roadmapFocusAreaSchema,
  roadmapGoalSchema,
  roadmapGroupSchema,
  roadmapMilestoneSchema,
  roadmapSummarySchema,
  roadmapVersionSummarySchema,
  roadmapVersionViewSchema,
  statusReportInputSchema,
  statusReportSchema,
  versionComparisonSchema,
} from './contracts/roadmap';

export type { EdgeKind, Effect, EffectTag, MilestoneStatus, VersionDiff };

export type RoadmapVersionSummary = z.infer<typeof roadmapVersionSummarySchema>;
export type RoadmapSummary = z.infer<typeof roadmapSummarySchema>;
export type RoadmapFocusArea = z.infer<typeof roadmapFocusAreaSchema>;
export type RoadmapGroup = z.infer<typeof roadmapGroupSchema>;
export type RoadmapGoal = z.infer<typeof roadmapGoalSchema>;
export type StatusReport = z.infer<typeof statusReportSchema>;
export type MilestoneLink = z.infer<typeof milestoneLinkSchema>;
/** One of the organisation's plans with what a milestone can be linked to in it. */
export type LinkTargetPlan = z.infer<typeof linkTargetPlanSchema>;
export type RoadmapMilestone = z.infer<typeof roadmapMilestoneSchema>;
export type RoadmapEdge = z.infer<typeof roadmapEdgeSchema>;
export type RoadmapVersionView = z.infer<typeof roadmapVersionViewSchema>;
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

/** A milestone as an editor writes it (every field; the server defaults the optional ones). */
export type MilestoneBody = z.output<typeof milestoneInputSchema>;
/** A status report for a period, as the responsible person sends it. */
export type StatusReportBody = z.output<typeof statusReportInputSchema>;
/** A plan node or a measure to link a milestone to (the other null). */
export type LinkTarget = z.output<typeof milestoneLinkTargetSchema>;
/** An arrow as an editor draws it. */
export type EdgeBody = z.output<typeof edgeInputSchema>;
