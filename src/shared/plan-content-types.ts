/**
 * API shapes of the plan's content besides its measures: the follow-up of assignments,
 * action plans (activities), chapters, Agenda 2030 goals, advocacy issues and divisions.
 * The same shapes are what the read functions for documents (plan-document.ts) return.
 */
import type { z } from 'zod';
import type { Localized } from '../domain/i18n/lang';
import type { assignmentFollowUpSchema, assignmentStatusReportSchema, assignmentWithStatusSchema } from './contracts/assignments';
import type { WorkStatus } from '../domain/plan-content/work-status';

export type { WorkStatus } from '../domain/plan-content/work-status';
export type { AssignmentOverview, OverviewColumn, OverviewRow } from '../domain/plan-content/assignment-overview';

export type AssignmentFollowUp = z.infer<typeof assignmentFollowUpSchema>;

export type AssignmentWithStatus = z.infer<typeof assignmentWithStatusSchema>;

export type AssignmentStatusReport = z.infer<typeof assignmentStatusReportSchema>;

export interface SetFollowUpRequest {
  period: string;
  status: WorkStatus;
  comment: string;
}

export interface ActivityNode {
  id: number;
  levelKey: string;
  title: string;
}

/** An action-plan item: who does what, how and when. Dates are YYYY-MM-DD. */
export interface Activity {
  id: number;
  planId: number;
  title: string;
  description: string;
  owner: { id: number; name: string } | null;
  ownerUnit: string;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  progress: number;
  nodes: ActivityNode[];
  /** Past its end date (as of `today`) and neither done nor cancelled. */
  late: boolean;
  /** Sent back with a status report: a report made against an older version is refused (409). */
  version: string;
}

export interface ActivitiesReport {
  activities: Activity[];
  /** The plan's years, which the timeline shows. */
  startYear: number;
  endYear: number;
  /** The server's date, which "late" was judged against. */
  today: string;
  canEdit: boolean;
}

export interface ActivityRequest {
  title: string;
  description: string;
  ownerUserId: number | null;
  ownerUnit: string;
  startDate: string;
  endDate: string;
  status: WorkStatus;
  progress: number;
  nodeIds: number[];
}

export interface Chapter {
  id: number;
  position: number;
  title: string;
  /** Restricted markup; render with the rich-text parser, never as HTML. */
  body: string;
  updatedBy: string | null;
  updatedAt: string;
  /** Sent back with a save: an edit made against an older version is refused (409) naming what changed. */
  version: number;
}

export interface ChaptersReport {
  chapters: Chapter[];
  canEdit: boolean;
}

export interface AdvocacyIssue {
  id: number;
  position: number;
  kind: 'issue' | 'note';
  area: string;
  text: string;
  arena: 'national' | 'international' | null;
  decisionMaker: string;
}

export interface OrganisationUnit {
  id: number;
  kind: 'division' | 'common';
  name: string;
  description: string;
  staffApprox: number | null;
}

export interface PlanAgendaGoal {
  goal: number;
  dimension: string;
  name: Localized;
}

export interface AgendaGoalsReport {
  /** The goals the plan names as its own. */
  planGoals: PlanAgendaGoal[];
  /** Goals linked to nodes of the plan, node by node (only nodes with links). */
  nodeGoals: { nodeId: number; goals: number[] }[];
  canEdit: boolean;
}
