/**
 * API shapes of the plan's content besides its measures: the follow-up of assignments,
 * action plans (activities), chapters, Agenda 2030 goals, advocacy issues and divisions.
 * The same shapes are what the read functions for documents (plan-document.ts) return.
 */
import type { z } from 'zod';
import type { activitiesReportSchema, activityInputSchema, activityNodeSchema, activitySchema } from './contracts/activities';
import type { assignmentFollowUpSchema, assignmentStatusReportSchema, assignmentWithStatusSchema } from './contracts/assignments';
import type { advocacyIssueSchema, agendaGoalsReportSchema, chapterSchema, chaptersReportSchema, organisationUnitSchema, planAgendaGoalSchema } from './contracts/plan-content';
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

export type ActivityNode = z.infer<typeof activityNodeSchema>;

/** An action-plan item: who does what, how and when. Dates are YYYY-MM-DD. */
export type Activity = z.infer<typeof activitySchema>;

export type ActivitiesReport = z.infer<typeof activitiesReportSchema>;

/** What the action plan's form sends: every field, the status one of the work statuses (the server checks it and defaults the optional ones). */
export type ActivityRequest = Omit<z.output<typeof activityInputSchema>, 'status'> & { status: WorkStatus };

export type Chapter = z.infer<typeof chapterSchema>;

export type ChaptersReport = z.infer<typeof chaptersReportSchema>;

export type AdvocacyIssue = z.infer<typeof advocacyIssueSchema>;

export type OrganisationUnit = z.infer<typeof organisationUnitSchema>;

export type PlanAgendaGoal = z.infer<typeof planAgendaGoalSchema>;

export type AgendaGoalsReport = z.infer<typeof agendaGoalsReportSchema>;
