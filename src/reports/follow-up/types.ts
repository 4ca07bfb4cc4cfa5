/**
 * The follow-up report for one reporting period (DÅ 04, DÅ 08, ÅR) as plain data: the plan's
 * tree with computed statuses, each measure's target, value and chart, the assignments, and the
 * optional parts other areas add (people's judgements with analyses, assignment status, risks).
 */
import type { FulfilmentStatus } from '../../domain/fulfilment/types';
import type { JudgementCode, JudgementStatus } from '../../domain/followup/types';
import type { RiskSection } from '../plan-document/types';

/** A person's judgement (bedömning) of a node or measure for the period. */
export interface Judgement {
  /** The judgement as a code of the follow-up area; null while a draft has none yet. */
  code: JudgementCode | null;
  analysis: string;
  actions: string;
  /** Where the judgement is in its workflow: only an approved one is the organisation's word. */
  workflow: JudgementStatus;
  /** Who wrote (or approved) it, when known. */
  by?: string;
  /** ISO date of approval, when approved. */
  approvedOn?: string;
}

export interface FollowUpMeasure {
  name: string;
  baseline: string;
  targetText: string;
  targetYear: number | null;
  /** The value(s) as a reader sees them, "5,8 %" or "K 15,9 % · M 17,9 %"; '' when none. */
  valueText: string;
  status: FulfilmentStatus;
  explanation: string;
  /** Whole-population values per period up to the report's period, for the chart. */
  series: { period: string; label: string; value: number; text: string }[];
  /** The target level the chart draws, when the target names one. */
  targetLevel: { value: number; text: string } | null;
  unit: string | null;
  judgement?: Judgement;
  /** At DÅ 04/08: the full-year forecast ("45 000"; '' with only a comment), whether it meets the year's target (the sentence), and the comment. */
  forecast?: { text: string; explanation: string; comment: string };
}

export interface FollowUpNode {
  levelName: string;
  title: string;
  status: FulfilmentStatus;
  explanation: string;
  counts: Record<FulfilmentStatus, number>;
  measures: FollowUpMeasure[];
  children: FollowUpNode[];
  judgement?: Judgement;
}

export interface FollowUpAssignment {
  text: string;
  bodies: string[];
  /** Status for the period ("Pågår", "Klart") and its comment, once assignments are followed up. */
  status?: { label: string; comment: string };
}

export interface FollowUpReport {
  planTitle: string;
  organisation: string;
  /** Period key (2022-DÅ08) and its label ("Delår augusti 2022"). */
  period: string;
  periodLabel: string;
  generatedOn: string;
  vision: string;
  /** Every measure in the plan per status. */
  counts: Record<FulfilmentStatus, number>;
  nodes: FollowUpNode[];
  assignmentName: string;
  assignments: FollowUpAssignment[];
  risks?: RiskSection;
}
