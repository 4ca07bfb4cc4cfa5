/**
 * The JSON shapes of the risk-assessment API (seed 001, Bilaga 5); their schemas, which also
 * validate the requests: contracts/risks.ts.
 */
import type { z } from 'zod';
import type {
  assessableNodeSchema,
  riskAssessmentInputSchema,
  riskAssessmentSchema,
  riskHistoryItemSchema,
  riskMatchCandidateSchema,
  riskOverviewSchema,
  riskThresholdsViewSchema,
} from './contracts/risks';

export type { HeatMapCell, MatchStatus, RiskClass, RiskLevel } from '../domain/risks';

/** A plan node that can be assessed (a success factor in seed 001), with its parent's title. */
export type AssessableNode = z.infer<typeof assessableNodeSchema>;

export type RiskMatchCandidate = z.infer<typeof riskMatchCandidateSchema>;

/** One assessment: what could happen, its consequence, cause, what must be done and how it is checked; consequence × probability = risk. */
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;

export type RiskThresholdsView = z.infer<typeof riskThresholdsViewSchema>;

/** The risk page of a plan for one year. */
export type RiskOverview = z.infer<typeof riskOverviewSchema>;

/** A success factor's risk across years. */
export type RiskHistoryItem = z.infer<typeof riskHistoryItemSchema>;

/** What a form sends to create or change an assessment; numbers may come as typed text. With a change, the version the person saw (an older one than stored is refused, 409). */
export type RiskAssessmentInput = z.input<typeof riskAssessmentInputSchema> & { version?: number };
