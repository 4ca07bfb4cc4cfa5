/**
 * The JSON shapes of the risk-assessment API (seed 001, Bilaga 5). The zod schemas in
 * src/server/modules/risks validate requests; these types describe responses.
 */
import type { HeatMapCell, MatchStatus, RiskClass, RiskLevel } from '../domain/risks';
import type { PlanSummary } from './api-types';

export type { HeatMapCell, MatchStatus, RiskClass, RiskLevel } from '../domain/risks';

/** A plan node that can be assessed (a success factor in seed 001), with its parent's title. */
export interface AssessableNode {
  nodeId: number;
  title: string;
  goalTitle: string | null;
}

export interface RiskMatchCandidate {
  nodeId: number;
  title: string;
  score: number;
}

/** One assessment: what could happen, its consequence, cause, what must be done and how it is checked; consequence × probability = risk. */
export interface RiskAssessment {
  id: number;
  planId: number;
  year: number;
  position: number;
  /** "Nr" in the source table; null for assessments made here. */
  sourceNumber: number | null;
  /** The plan success factor (confirmed or proposed); null when unmatched. */
  successFactor: AssessableNode | null;
  /** The success factor's name as the source wrote it; empty for assessments made here. */
  sourceSuccessFactor: string;
  match: {
    status: MatchStatus;
    /** Similarity of the source name to the proposed success factor, 0–1. */
    score: number | null;
    /** For matches awaiting confirmation: the closest success factors, best first. */
    candidates: RiskMatchCandidate[];
  };
  perspectiveText: string;
  goalText: string;
  whatCouldHappen: string;
  consequenceText: string;
  consequence: RiskLevel;
  probability: RiskLevel;
  /** True when the source gave only consequence and risk. */
  probabilityInferred: boolean;
  risk: number;
  riskClass: RiskClass;
  cause: string;
  action: string;
  controlMethod: string;
  followUp: { label: string; text: string }[];
  /** The version a change is made against; a change against an older one is refused (409). */
  version: number;
}

export interface RiskThresholdsView {
  actionFrom: number;
  /** Whether the plan uses the default (9) rather than its own threshold. */
  isDefault: boolean;
  ranges: Record<RiskClass, { from: number; to: number }>;
}

/** The risk page of a plan for one year. */
export interface RiskOverview {
  plan: PlanSummary;
  year: number;
  /** Years to choose among: the plan's years and any year with assessments. */
  years: number[];
  thresholds: RiskThresholdsView;
  assessments: RiskAssessment[];
  /** 4 rows (consequence 4 down to 1) × 4 cells (probability 1 to 4). */
  heatMap: HeatMapCell[][];
  assessableNodes: AssessableNode[];
  /** Matches in the whole plan that still await a person. */
  pendingMatches: number;
  canEdit: boolean;
}

/** A success factor's risk across years. */
export interface RiskHistoryItem {
  successFactor: AssessableNode;
  entries: { year: number; consequence: number; probability: number; risk: number; riskClass: RiskClass; change: number | null }[];
}

/** What a form sends to create or change an assessment; numbers may come as typed text. */
export interface RiskAssessmentInput {
  nodeId: number;
  year: number;
  whatCouldHappen?: string;
  consequenceText?: string;
  consequence: number | string;
  probability: number | string;
  /** A stated risk, checked against consequence × probability when given. */
  risk?: number | string | null;
  cause?: string;
  action?: string;
  controlMethod?: string;
  /** The version the person saw (when changing); an older one than stored is refused (409). */
  version?: number;
}
