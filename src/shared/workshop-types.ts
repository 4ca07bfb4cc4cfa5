import { z } from 'zod';
import type { federationSummarySchema, federationViewSchema, planGlossarySchema, sharedMeasureComparisonSchema } from './contracts/federations';
import type { invitationSchema, sharedConditionsSchema, workshopCardSchema, workshopStateSchema } from './contracts/workshops';

/** Requests and answers of federations and workshops (issue 15), shared by the server and the web. */

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.number().int().positive();

export const EXERCISES = ['definitions', 'conditions', 'brainstorm', 'swot', 'gap', 'activities'] as const;
export type Exercise = (typeof EXERCISES)[number];
export const QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const createFederationSchema = z.object({
  name: text(200),
  organisationIds: z.array(id).min(2, 'Ett förbund behöver minst två organisationer.').max(50, 'Ett förbund kan ha högst 50 organisationer.'),
  template: z.string().optional(),
});
export type CreateFederationRequest = z.infer<typeof createFederationSchema>;

export const adoptGoalSchema = z.object({
  goalNodeId: id,
  planId: id,
  parentId: id.nullable().optional(),
  levelKey: z.string().optional(),
});
export type AdoptGoalRequest = z.infer<typeof adoptGoalSchema>;

export const createWorkshopSchema = z.object({ federationId: id, title: text(200), template: z.string().optional() });
export type CreateWorkshopRequest = z.infer<typeof createWorkshopSchema>;

export const createCardSchema = z
  .object({
    exercise: z.enum(EXERCISES),
    organisationId: id,
    text: text(2000),
    quadrant: z.enum(QUADRANTS).optional(),
    perspective: z.string().trim().min(1).max(200).optional(),
    term: z.string().trim().min(1).max(200).optional(),
    stage: z.enum(['today', 'target']).optional(),
    who: z.string().trim().max(200).optional(),
    when: z.string().trim().max(100).optional(),
    /** The client's own id for the card: a resend after a dropped connection returns the same card. */
    clientKey: z.string().min(8).max(64).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.exercise === 'swot' && !c.quadrant) ctx.addIssue({ code: 'custom', path: ['quadrant'], message: 'Ett SWOT-kort behöver en kvadrant: styrka, svaghet, möjlighet eller hot.' });
    if (c.exercise !== 'swot' && c.quadrant) ctx.addIssue({ code: 'custom', path: ['quadrant'], message: 'Bara SWOT-kort har en kvadrant.' });
    if (c.exercise === 'definitions' && !c.term) ctx.addIssue({ code: 'custom', path: ['term'], message: 'En definition behöver termen den definierar.' });
  });
export type CreateCardRequest = z.infer<typeof createCardSchema>;

export const createClusterSchema = z.object({ exercise: z.enum(EXERCISES), name: text(200) });
export const moveCardSchema = z.object({ clusterId: id.nullable() });
export const ballotSchema = z.object({ entries: z.array(z.object({ cardId: id, points: z.number().int() })).max(200) });
export const revealSchema = z.object({ target: z.union([z.literal('votes'), z.enum(EXERCISES)]), perspective: z.string().trim().min(1).max(200).optional() });
export const settingsSchema = z.object({
  votingMode: z.enum(['dots', 'points']).optional(),
  dotsPerPerson: z.number().int().min(1).max(50).optional(),
  targetPicture: z.string().max(5000).optional(),
});
export const timerSchema = z.object({ seconds: z.number().int().min(0).max(4 * 3600), label: z.string().trim().max(200).optional() });
export const positionSchema = z.object({ organisationId: id, position: z.enum(['agree', 'disagree', 'comment']), comment: z.string().trim().max(2000).optional() });
export const focusAreaSchema = z.object({ name: text(200), cardIds: z.array(id).max(200) });
export const inviteSchema = z.object({
  organisationId: id,
  name: text(200),
  email: z.string().trim().email().max(320).optional(),
  userId: id.optional(),
  expiresInDays: z.number().int().min(1).max(60).optional(),
});
export const agendaStepSchema = z.object({ agendaItemId: id.nullable() });
export const joinSchema = z.object({ token: z.string().min(20).max(100) });







export const fetchConditionsSchema = z.object({ years: z.array(z.number().int().min(1990).max(2100)).min(1).max(10).optional() });

// The answers' types come from their contracts (src/shared/contracts/workshops.ts, federations.ts).
export type FederationSummary = z.infer<typeof federationSummarySchema>;
export type FederationView = z.infer<typeof federationViewSchema>;
export type WorkshopCard = z.infer<typeof workshopCardSchema>;
export type WorkshopState = z.infer<typeof workshopStateSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
/** The shared conditions exercise: each member's key figures side by side (Kolada's values, "Källa: Kolada"). */
export type SharedConditions = z.infer<typeof sharedConditionsSchema>;
/** The shared plan's measures compared across the members for one period (GET /api/federations/:id/measures). */
export type SharedMeasureComparison = z.infer<typeof sharedMeasureComparisonSchema>;
/** The federation glossary's agreed terms a plan uses (GET /api/plans/:planId/glossary). */
export type PlanGlossary = z.infer<typeof planGlossarySchema>;
