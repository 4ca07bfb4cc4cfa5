import { z } from 'zod';
import type { StatusWithReason } from './api-types';

/** Requests and answers of federations and workshops (issue 15), shared by the server and the web. */

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.number().int().positive();

export const EXERCISES = ['definitions', 'conditions', 'brainstorm', 'swot', 'gap', 'activities'] as const;
export type Exercise = (typeof EXERCISES)[number];
export const QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const createFederationSchema = z.object({
  name: text(200),
  organisationIds: z.array(id).min(2).max(50),
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

export interface FederationSummary {
  id: number;
  name: string;
  organisationId: number;
  role: 'admin' | 'member';
  sharedPlanId: number | null;
}

export interface FederationView extends FederationSummary {
  members: { id: number; name: string; koladaId: string | null }[];
  admins: { id: number; name: string }[];
  glossary: { term: string; definition: string }[];
  sharedGoals: { id: number; name: string; levelKey: string; adoptedBy: { organisationId: number; organisationName: string; nodeId: number; planId: number }[] }[];
  workshops: { id: number; title: string; createdAt: string }[];
}

export interface WorkshopCard {
  id: number;
  exercise: Exercise;
  organisationId: number;
  organisationName: string;
  /** Null while hidden from this viewer (silent writing). */
  text: string | null;
  term: string | null;
  quadrant: Quadrant | null;
  stage: 'today' | 'target' | null;
  perspective: string | null;
  who: string | null;
  when: string | null;
  clusterId: number | null;
  mine: boolean;
}

export interface WorkshopState {
  id: number;
  federationId: number;
  federationName: string;
  title: string;
  targetPicture: string;
  perspectives: string[];
  agenda: { id: number; day: number; half: 'am' | 'pm'; title: string; exercise: Exercise | null }[];
  /** The agenda step the room is on (chosen by the facilitator), or null before the start. */
  currentAgendaId: number | null;
  organisations: { id: number; name: string }[];
  participants: { id: number; name: string; organisationId: number; facilitator: boolean }[];
  me: { participantId: number | null; organisationId: number | null; facilitator: boolean; name: string };
  revealed: string[];
  cards: WorkshopCard[];
  clusters: { id: number; exercise: Exercise; name: string }[];
  voting: {
    mode: 'dots' | 'points';
    dotsPerPerson: number;
    revealed: boolean;
    remaining: number;
    voters: number;
    cards: { cardId: number; total: number | null; mine: number; rank: number | null; byOrganisation: { organisationId: number; points: number }[] }[];
  };
  definitions: { cardId: number; state: 'agreed' | 'disputed' | 'open'; positions: { organisationId: number; position: 'agree' | 'disagree' | 'comment'; comment: string }[]; missing: number[] }[];
  focusAreas: { id: number; name: string; cardIds: number[] }[];
  timer: { endsAt: string | null; label: string; serverNow: string };
  draftPlanId: number | null;
}

export interface Invitation {
  participantId: number;
  /** The link to join without an account (only when no user was named); shown once. */
  link: string | null;
  expiresAt: string | null;
}

/** The shared conditions exercise: each member's key figures side by side (Kolada's values, "Källa: Kolada"). */
export interface SharedConditions {
  members: { id: number; name: string; koladaId: string | null }[];
  rows: {
    kpi: string;
    /** The KPI's title in Kolada's catalogue. */
    title: string;
    group: 'population' | 'age' | 'geography' | 'costs' | 'outlook';
    format: 'count' | 'percent' | 'kronor' | 'decimal';
    /** The year compared (the latest any member has), null when no member has a value. */
    year: number | null;
    /** One per member, in `members` order. */
    values: (number | null)[];
  }[];
  fetchedAt: string | null;
}

export const fetchConditionsSchema = z.object({ years: z.array(z.number().int().min(1990).max(2100)).min(1).max(10).optional() });

/** The shared plan's measures compared across the members for one period (GET /api/federations/:id/measures). */
export interface SharedMeasureComparison {
  /** The period compared, newest with values by default; null when nothing has values. */
  period: string | null;
  periods: string[];
  members: { id: number; name: string }[];
  measures: {
    id: number;
    name: string;
    unit: string | null;
    betterDirection: 'increase' | 'decrease' | null;
    /** The Kolada KPI the shared measure is linked to, if any. */
    kpi: { id: string; title: string } | null;
    /** Best first; members without a value last. */
    rows: {
      organisationId: number;
      organisationName: string;
      value: number | null;
      /** The member's own follow-up, or Kolada's value for the member ("Källa: Kolada"). */
      source: 'own' | 'kolada' | null;
      rank: number | null;
      /** The status the member's own plan gives its measure, with the rule that decided it; null without one. */
      status: StatusWithReason | null;
      /** The member's own measure and plan, for readers of that member's plans only. */
      measureId: number | null;
      planId: number | null;
    }[];
  }[];
}

/** The federation glossary's agreed terms a plan uses (GET /api/plans/:planId/glossary). */
export interface PlanGlossary {
  terms: { term: string; definition: string; federationId: number; federationName: string }[];
}
