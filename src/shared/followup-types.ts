/** JSON shapes of the follow-up API (judgements per goal and success factor and period, deadlines, what is missing); their schemas: contracts/followup.ts. */
import type { z } from 'zod';
import type {
  approvedJudgementsSchema,
  followupNodeSchema,
  followupPeriodSchema,
  followupViewSchema,
  judgementEventSchema,
  judgementSchema,
  missingItemViewSchema,
  missingViewSchema,
  personRefSchema,
  reminderSettingsSchema,
  saveJudgementSchema,
} from './contracts/followup';

export type { AnalysisReason, JudgementAction, JudgementCode, JudgementStatus, MissingKind } from '../domain/followup';

/** A person named in the follow-up: who owns, wrote, submitted or approved. */
export type PersonRef = z.infer<typeof personRefSchema>;

/** A follow-up period of the plan with its deadline. */
export type FollowupPeriod = z.infer<typeof followupPeriodSchema>;

/** One save or transition of a judgement. */
export type JudgementEvent = z.infer<typeof judgementEventSchema>;

export type Judgement = z.infer<typeof judgementSchema>;

/** A goal or success factor in follow-up: the computed proposal, the person's judgement and what the reader may do. */
export type FollowupNode = z.infer<typeof followupNodeSchema>;

export type FollowupView = z.infer<typeof followupViewSchema>;

/** What the server receives (defaults applied); the web sends every field. */
export type SaveJudgementRequest = z.output<typeof saveJudgementSchema>;

export type MissingItemView = z.infer<typeof missingItemViewSchema>;

export type MissingView = z.infer<typeof missingViewSchema>;

/** Approved judgements of a plan for one period, by node id, for the scorecard. */
export type ApprovedJudgements = z.infer<typeof approvedJudgementsSchema>;

/** How many days before a deadline owners are reminded: the organisation's own setting (null: none), the installation's, and which applies. */
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
