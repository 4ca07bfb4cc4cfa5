import type { JudgementCode } from '../domain/followup';
import type { Localized } from '../domain/i18n/lang';
import type { GovernanceModel } from '../domain/model/governance';
import type { StatusWithReason } from './api-types';

/** A plan's publication as its organisation set it (`POST /api/plans/:id/publication`). */
export interface Publication {
  planId: number;
  published: boolean;
  periods: string[];
  publishedAt: string | null;
}

/** A measure as the public sees it: the value and the status of one published period, with its rule. */
export interface PublicMeasure {
  id: number;
  name: string;
  baselineText: string;
  targetText: string | null;
  targetYear: number | null;
  valueText: Localized | null;
  valueFromKolada: boolean;
  fulfilment: StatusWithReason;
}

/** An approved judgement with its analysis; drafts and submitted judgements are never public. */
export interface PublicJudgement {
  judgement: JudgementCode | null;
  analysis: string;
  actions: string;
  approvedAt: string | null;
}

export interface PublicNode {
  id: number;
  levelKey: string;
  title: string;
  description: string;
  fulfilment: StatusWithReason;
  judgement: PublicJudgement | null;
  measures: PublicMeasure[];
  children: PublicNode[];
}

export interface PublicPeriod {
  key: string;
  label: Localized;
  nodes: PublicNode[];
}

/** `GET /api/public/plans/:id`: what an organisation published of a plan. */
export interface PublicPlan {
  plan: { id: number; title: string; startYear: number; endYear: number; organisationName: string };
  vision: string;
  model: GovernanceModel;
  publishedAt: string;
  periods: PublicPeriod[];
}

/** `GET /api/public/plans`: the published plans, for the portal's first page. */
export interface PublicPlanSummary {
  id: number;
  title: string;
  organisationName: string;
  startYear: number;
  endYear: number;
}
