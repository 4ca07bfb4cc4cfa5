/** JSON shapes of the follow-up API (judgements per goal and success factor and period, deadlines, what is missing). */
import type { AnalysisReason, JudgementAction, JudgementCode, JudgementStatus, MissingKind } from '../domain/followup';
import type { FulfilmentStatus } from '../domain/fulfilment/types';
import type { Localized } from '../domain/i18n/lang';
import type { PlanSummary } from './api-types';

export type { AnalysisReason, JudgementAction, JudgementCode, JudgementStatus, MissingKind } from '../domain/followup';

/** A person named in the follow-up: who owns, wrote, submitted or approved. */
export interface PersonRef {
  id: number;
  name: string;
}

/** A follow-up period of the plan with its deadline. */
export interface FollowupPeriod {
  key: string;
  label: Localized;
  /** ISO date, e.g. `2022-05-15`. */
  deadline: string;
  /** Whether the plan set this deadline itself (else it is the default). */
  custom: boolean;
  overdue: boolean;
}

/** One save or transition of a judgement. */
export interface JudgementEvent {
  action: JudgementAction;
  from: JudgementStatus | null;
  to: JudgementStatus;
  judgement: JudgementCode | null;
  comment: string | null;
  by: PersonRef | null;
  at: string;
}

export interface Judgement {
  id: number;
  period: string;
  status: JudgementStatus;
  judgement: JudgementCode | null;
  analysis: string;
  actions: string;
  returnComment: string | null;
  createdBy: PersonRef | null;
  createdAt: string;
  updatedBy: PersonRef | null;
  updatedAt: string;
  submittedBy: PersonRef | null;
  submittedAt: string | null;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  history: JudgementEvent[];
  /** The version a save is made against: the number of saves and steps so far (a stale one is refused, 409). */
  version: number;
}

/** A goal or success factor in follow-up: the computed proposal, the person's judgement and what the reader may do. */
export interface FollowupNode {
  id: number;
  parentId: number | null;
  levelKey: string;
  /** 0 for the top level's children that are judged, deeper below. */
  depth: number;
  title: string;
  /** The scorecard's roll-up for the period: the proposal (Förslag) with its sentence. */
  proposal: { status: FulfilmentStatus; explanation: Localized; judgement: JudgementCode; counts: Record<FulfilmentStatus, number> };
  /** Targeted measures under the node that are not met this period. */
  notMetMeasures: string[];
  /** Why an analysis is required for the proposal itself (before anything is chosen). */
  analysisReasons: AnalysisReason[];
  owner: PersonRef | null;
  judgement: Judgement | null;
  /** The previous period's analysis and actions, for carrying forward; null when there is none. */
  previous: { period: string; label: Localized; analysis: string; actions: string } | null;
  /** What the signed-in user can do now. */
  actions: JudgementAction[];
  canWrite: boolean;
}

export interface FollowupView {
  plan: PlanSummary;
  period: string;
  periods: FollowupPeriod[];
  /** Judged nodes in plan order, with the top-level node (perspective) each belongs to. */
  groups: { id: number; levelKey: string; title: string; nodes: FollowupNode[] }[];
  model: { levels: { key: string; name: Localized }[] };
  canAssignOwners: boolean;
  canApprove: boolean;
}

export interface SaveJudgementRequest {
  judgement: JudgementCode | null;
  analysis: string;
  actions: string;
  /** The judgement's version the edit was made against (0: there was none); omitted, nothing is checked. */
  version?: number;
}

export interface MissingItemView {
  kind: MissingKind;
  id: number;
  title: string;
  nodeId: number;
  overdue: boolean;
}

export interface MissingView {
  plan: PlanSummary;
  period: string;
  periods: (FollowupPeriod & { missing: number })[];
  deadline: string;
  overdue: boolean;
  owners: { owner: PersonRef | null; items: MissingItemView[] }[];
  /** Whether the signed-in user may change the plan's deadlines. */
  canEditDeadlines: boolean;
}

/** Approved judgements of a plan for one period, by node id, for the scorecard. */
export type ApprovedJudgements = Record<number, { judgement: JudgementCode | null; approvedBy: PersonRef | null; approvedAt: string | null }>;

/** How many days before a deadline owners are reminded: the organisation's own setting (null: none), the installation's, and which applies. */
export interface ReminderSettings {
  reminderDays: number | null;
  installationDays: number;
  effectiveDays: number;
}
