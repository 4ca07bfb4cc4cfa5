/** The follow-up cycle: judgements of goals and success factors per period, owners, deadlines and what is missing (src/server/modules/followup). */
import { z } from 'zod';
import { JUDGEMENT_ACTIONS, JUDGEMENT_CODES, JUDGEMENT_STATUSES, type JudgementAction, type JudgementCode, type JudgementStatus } from '../../domain/followup/types';
import { MAX_TEXT_LENGTH } from '../../domain/followup/validation';
import { defineEndpoints } from '../endpoint';
import { fulfilmentStatusSchema, idParam, localizedSchema, orgParams, planParams } from './common';
import { planSummarySchema, statusCountsSchema } from './plans';

export const judgementCodeSchema = z.enum(JUDGEMENT_CODES as [JudgementCode, ...JudgementCode[]]);
export const judgementStatusSchema = z.enum(JUDGEMENT_STATUSES as [JudgementStatus, ...JudgementStatus[]]);
export const judgementActionSchema = z.enum(JUDGEMENT_ACTIONS as [JudgementAction, ...JudgementAction[]]);

/** A person named in the follow-up: who owns, wrote, submitted or approved. */
export const personRefSchema = z.object({ id: z.number(), name: z.string() });

/** A follow-up period of the plan with its deadline. */
export const followupPeriodSchema = z.object({
  key: z.string(),
  label: localizedSchema,
  /** ISO date, e.g. `2022-05-15`. */
  deadline: z.string(),
  /** Whether the plan set this deadline itself (else it is the default). */
  custom: z.boolean(),
  overdue: z.boolean(),
});

/** One save or transition of a judgement. */
export const judgementEventSchema = z.object({
  action: judgementActionSchema,
  from: judgementStatusSchema.nullable(),
  to: judgementStatusSchema,
  judgement: judgementCodeSchema.nullable(),
  comment: z.string().nullable(),
  by: personRefSchema.nullable(),
  at: z.string(),
});

export const judgementSchema = z.object({
  id: z.number(),
  period: z.string(),
  status: judgementStatusSchema,
  judgement: judgementCodeSchema.nullable(),
  analysis: z.string(),
  actions: z.string(),
  returnComment: z.string().nullable(),
  createdBy: personRefSchema.nullable(),
  createdAt: z.string(),
  updatedBy: personRefSchema.nullable(),
  updatedAt: z.string(),
  submittedBy: personRefSchema.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: personRefSchema.nullable(),
  approvedAt: z.string().nullable(),
  history: z.array(judgementEventSchema),
  /** The version a save is made against: the number of saves and steps so far (a stale one is refused, 409). */
  version: z.number(),
});

/** Why an analysis is required (src/domain/followup/validation.ts). */
export const analysisReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('measure-not-met'), measures: z.array(z.string()) }),
  z.object({ code: z.literal('differs-from-proposal'), proposal: judgementCodeSchema, judgement: judgementCodeSchema }),
]);

/** A goal or success factor in follow-up: the computed proposal, the person's judgement and what the reader may do. */
export const followupNodeSchema = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  levelKey: z.string(),
  /** 0 for the top level's children that are judged, deeper below. */
  depth: z.number(),
  title: z.string(),
  /** The scorecard's roll-up for the period: the proposal (Förslag) with its sentence. */
  proposal: z.object({ status: fulfilmentStatusSchema, explanation: localizedSchema, judgement: judgementCodeSchema, counts: statusCountsSchema }),
  /** Targeted measures under the node that are not met this period. */
  notMetMeasures: z.array(z.string()),
  /** Why an analysis is required for the proposal itself (before anything is chosen). */
  analysisReasons: z.array(analysisReasonSchema),
  owner: personRefSchema.nullable(),
  judgement: judgementSchema.nullable(),
  /** The previous period's analysis and actions, for carrying forward; null when there is none. */
  previous: z.object({ period: z.string(), label: localizedSchema, analysis: z.string(), actions: z.string() }).nullable(),
  /** What the signed-in user can do now. */
  actions: z.array(judgementActionSchema),
  canWrite: z.boolean(),
});

export const followupViewSchema = z.object({
  plan: planSummarySchema,
  period: z.string(),
  periods: z.array(followupPeriodSchema),
  /** Judged nodes in plan order, with the top-level node (perspective) each belongs to. */
  groups: z.array(z.object({ id: z.number(), levelKey: z.string(), title: z.string(), nodes: z.array(followupNodeSchema) })),
  model: z.object({ levels: z.array(z.object({ key: z.string(), name: localizedSchema })) }),
  canAssignOwners: z.boolean(),
  canApprove: z.boolean(),
});

export const missingKindSchema = z.enum(['value', 'forecast', 'judgement', 'analysis', 'submission', 'approval']);

export const missingItemViewSchema = z.object({ kind: missingKindSchema, id: z.number(), title: z.string(), nodeId: z.number(), overdue: z.boolean() });

export const missingViewSchema = z.object({
  plan: planSummarySchema,
  period: z.string(),
  periods: z.array(followupPeriodSchema.extend({ missing: z.number() })),
  deadline: z.string(),
  overdue: z.boolean(),
  owners: z.array(z.object({ owner: personRefSchema.nullable(), items: z.array(missingItemViewSchema) })),
  /** Whether the signed-in user may change the plan's deadlines. */
  canEditDeadlines: z.boolean(),
});

/** Approved judgements of a plan for one period, keyed by node id, for the scorecard. */
export const approvedJudgementsSchema = z.record(
  z.string(),
  z.object({ judgement: judgementCodeSchema.nullable(), approvedBy: personRefSchema.nullable(), approvedAt: z.string().nullable() }),
);

/** How many days before a deadline owners are reminded: the organisation's own setting (null: none), the installation's, and which applies. */
export const reminderSettingsSchema = z.object({ reminderDays: z.number().nullable(), installationDays: z.number(), effectiveDays: z.number() });

const text = (what: string) => z.string().max(MAX_TEXT_LENGTH, `${what} får vara högst ${MAX_TEXT_LENGTH} tecken`);
const judgementCode = z.enum(JUDGEMENT_CODES as [JudgementCode, ...JudgementCode[]], { message: 'Bedömningen ska vara met, partly, not-met eller not-assessed' });

export const saveJudgementSchema = z.object({
  judgement: judgementCode.nullable(),
  analysis: text('Analysen').default(''),
  actions: text('Åtgärderna').default(''),
  /** The judgement's version the edit was made against (0: there was none); omitted, nothing is checked. */
  version: z.number().int().min(0).optional(),
});

const judgementParams = planParams.extend({ period: z.string().min(1), nodeId: idParam });

export const followupEndpoints = defineEndpoints({
  'GET /api/organisations/:orgId/reminder-settings': {
    tags: ['followup'],
    summary: 'Hur många dagar före sista dag ansvariga påminns (organisationens eller installationens)',
    params: orgParams,
    response: reminderSettingsSchema,
  },
  'PUT /api/organisations/:orgId/reminder-settings': {
    tags: ['followup'],
    summary: 'Ändra organisationens påminnelsedagar (null: installationens LEDSTJARNA_REMINDER_DAYS)',
    params: orgParams,
    body: z.object({ reminderDays: z.number().int().min(0).max(90).nullable() }),
    response: reminderSettingsSchema,
  },
  'GET /api/plans/:planId/followup': {
    tags: ['followup'],
    summary: 'Uppföljningen för en period: förslag, bedömning, analys och åtgärder för varje mål och framgångsfaktor',
    params: planParams,
    query: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04') }),
    response: followupViewSchema,
  },
  'GET /api/plans/:planId/followup/missing': {
    tags: ['followup'],
    summary: 'Vad saknas: värden, bedömningar, analyser och godkännanden per ansvarig och period',
    params: planParams,
    query: z.object({
      period: z.string().optional(),
      owner: z.coerce.number().int().nonnegative().optional().describe('Användar-id; 0 för det som saknar ansvarig'),
    }),
    response: missingViewSchema,
  },
  'GET /api/plans/:planId/followup/approved': {
    tags: ['followup'],
    summary: 'Godkända bedömningar för en period, per nod (för styrkortet)',
    params: planParams,
    query: z.object({ period: z.string().min(1, 'Ange period') }),
    response: approvedJudgementsSchema,
  },
  'PUT /api/plans/:planId/followup/:period/nodes/:nodeId/judgement': {
    tags: ['followup'],
    summary: 'Spara en bedömning som utkast',
    params: judgementParams,
    body: saveJudgementSchema,
    response: followupNodeSchema,
  },
  'POST /api/plans/:planId/followup/:period/nodes/:nodeId/judgement/:action': {
    tags: ['followup'],
    summary: 'Skicka in, godkänn eller skicka tillbaka en bedömning',
    params: judgementParams.extend({ action: z.enum(['submit', 'approve', 'return'], { message: 'Åtgärden ska vara submit, approve eller return' }) }),
    body: z
      .object({
        comment: z.string().max(MAX_TEXT_LENGTH).optional(),
        // With submit: the content to save and submit at once; refused, nothing is saved.
        content: saveJudgementSchema.omit({ version: true }).optional(),
      })
      .default({}),
    response: followupNodeSchema,
  },
  'PUT /api/plan-nodes/:nodeId/owner': {
    tags: ['followup'],
    summary: 'Ange vem som är ansvarig för att följa upp ett mål eller en framgångsfaktor',
    params: z.object({ nodeId: idParam }),
    body: z.object({ userId: z.number().int().positive().nullable() }),
    response: z.object({ nodeId: z.number(), owner: personRefSchema.nullable() }),
  },
  'PUT /api/plans/:planId/followup/periods/:period': {
    tags: ['followup'],
    summary: 'Ändra sista dag för en period (null: standarddatum)',
    params: planParams.extend({ period: z.string().min(1) }),
    body: z.object({ deadline: z.string().nullable() }),
    response: z.array(followupPeriodSchema),
  },
});
