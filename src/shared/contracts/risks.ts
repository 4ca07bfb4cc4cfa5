/** Risk assessments of success factors (seed 001, Bilaga 5; src/server/modules/risks). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, noContent, planParams } from './common';
import { planSummarySchema } from './plans';

export const riskLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export const riskClassSchema = z.enum(['no-action', 'action-needed']);
export const matchStatusSchema = z.enum(['confirmed', 'needs-confirmation', 'unmatched']);

/** A plan node that can be assessed (a success factor in seed 001), with its parent's title. */
export const assessableNodeSchema = z.object({ nodeId: z.number(), title: z.string(), goalTitle: z.string().nullable() });

export const riskMatchCandidateSchema = z.object({ nodeId: z.number(), title: z.string(), score: z.number() });

/** One assessment: what could happen, its consequence, cause, what must be done and how it is checked; consequence × probability = risk. */
export const riskAssessmentSchema = z.object({
  id: z.number(),
  planId: z.number(),
  year: z.number(),
  position: z.number(),
  /** "Nr" in the source table; null for assessments made here. */
  sourceNumber: z.number().nullable(),
  /** The plan success factor (confirmed or proposed); null when unmatched. */
  successFactor: assessableNodeSchema.nullable(),
  /** The success factor's name as the source wrote it; empty for assessments made here. */
  sourceSuccessFactor: z.string(),
  match: z.object({
    status: matchStatusSchema,
    /** Similarity of the source name to the proposed success factor, 0–1. */
    score: z.number().nullable(),
    /** For matches awaiting confirmation: the closest success factors, best first. */
    candidates: z.array(riskMatchCandidateSchema),
  }),
  perspectiveText: z.string(),
  goalText: z.string(),
  whatCouldHappen: z.string(),
  consequenceText: z.string(),
  consequence: riskLevelSchema,
  probability: riskLevelSchema,
  /** True when the source gave only consequence and risk. */
  probabilityInferred: z.boolean(),
  risk: z.number(),
  riskClass: riskClassSchema,
  cause: z.string(),
  action: z.string(),
  controlMethod: z.string(),
  followUp: z.array(z.object({ label: z.string(), text: z.string() })),
  /** The version a change is made against; a change against an older one is refused (409). */
  version: z.number(),
});

const range = z.object({ from: z.number(), to: z.number() });
export const riskThresholdsViewSchema = z.object({
  actionFrom: z.number(),
  /** Whether the plan uses the default (9) rather than its own threshold. */
  isDefault: z.boolean(),
  ranges: z.object({ 'no-action': range, 'action-needed': range }),
});

/** One cell of the 4 × 4 risk matrix (src/domain/risks/heat-map.ts). */
export const heatMapCellSchema = z.object({ consequence: riskLevelSchema, probability: riskLevelSchema, risk: z.number(), riskClass: riskClassSchema, count: z.number() });

/** The risk page of a plan for one year. */
export const riskOverviewSchema = z.object({
  plan: planSummarySchema,
  year: z.number(),
  /** Years to choose among: the plan's years and any year with assessments. */
  years: z.array(z.number()),
  thresholds: riskThresholdsViewSchema,
  assessments: z.array(riskAssessmentSchema),
  /** 4 rows (consequence 4 down to 1) × 4 cells (probability 1 to 4). */
  heatMap: z.array(z.array(heatMapCellSchema)),
  assessableNodes: z.array(assessableNodeSchema),
  /** Matches in the whole plan that still await a person. */
  pendingMatches: z.number(),
  canEdit: z.boolean(),
});

/** A success factor's risk across years. */
export const riskHistoryItemSchema = z.object({
  successFactor: assessableNodeSchema,
  entries: z.array(
    z.object({ year: z.number(), consequence: z.number(), probability: z.number(), risk: z.number(), riskClass: riskClassSchema, change: z.number().nullable() }),
  ),
});

const year = z.number({ message: 'Ange år, t.ex. 2022' }).int('Året ska vara ett heltal').min(1900, 'Ange ett år, t.ex. 2022').max(2200, 'Ange ett år, t.ex. 2022');
// The numbers are checked by the domain, so that "5" and 5 get the same message with the field's path.
const level = z.union([z.number(), z.string().max(10)]);
const text = z.string().max(10_000, 'Texten får vara högst 10 000 tecken');
const nodeId = z.number({ message: 'Välj en framgångsfaktor' }).int().positive('Välj en framgångsfaktor');

/** What a form sends to create an assessment; numbers may come as typed text. `risk`, when given, is checked against consequence × probability. */
export const riskAssessmentInputSchema = z.object({
  nodeId,
  year,
  whatCouldHappen: text.optional(),
  consequenceText: text.optional(),
  consequence: level,
  probability: level,
  risk: level.nullable().optional(),
  cause: text.optional(),
  action: text.optional(),
  controlMethod: text.optional(),
});

const riskParams = z.object({ riskId: idParam });

export const riskEndpoints = defineEndpoints({
  'GET /api/plans/:planId/risks': {
    tags: ['risks'],
    summary: 'Planens riskbedömningar för ett år, med riskmatris (4 × 4) och gränser',
    params: planParams,
    query: z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() }),
    response: riskOverviewSchema,
  },
  'GET /api/plans/:planId/risks/history': {
    tags: ['risks'],
    summary: 'Varje framgångsfaktors risk över åren',
    params: planParams,
    response: z.array(riskHistoryItemSchema),
  },
  'POST /api/plans/:planId/risks': {
    tags: ['risks'],
    summary: 'Lägg till en riskbedömning (konsekvens × sannolikhet = risk)',
    params: planParams,
    body: riskAssessmentInputSchema,
    response: riskAssessmentSchema,
    status: 201,
  },
  'PATCH /api/risks/:riskId': {
    tags: ['risks'],
    summary: 'Ändra en riskbedömning; version (eller If-Match) är den version ändringen gjordes mot – en äldre ger 409',
    params: riskParams,
    body: riskAssessmentInputSchema.extend({ version: z.number().int().min(1) }).partial(),
    response: riskAssessmentSchema,
  },
  'PUT /api/risks/:riskId/match': {
    tags: ['risks'],
    summary: 'Bekräfta föreslagen framgångsfaktor eller välj en annan',
    params: riskParams,
    body: z.object({ nodeId, version: z.number().int().min(1).optional() }),
    response: riskAssessmentSchema,
  },
  'DELETE /api/risks/:riskId': {
    tags: ['risks'],
    summary: 'Ta bort en riskbedömning (If-Match: versionen som visades)',
    params: riskParams,
    response: noContent,
    status: 204,
  },
  'PUT /api/plans/:planId/risk-thresholds': {
    tags: ['risks'],
    summary: 'Från vilket riskvärde åtgärd krävs (standard 9: 1–8 ingen särskild åtgärd, 9–16 åtgärd)',
    params: planParams,
    body: z.object({ actionFrom: z.number({ message: 'Ange ett heltal 2–16' }) }),
    response: riskThresholdsViewSchema,
  },
});
