/**
 * Plan authoring: the request schemas (zod, validated by the routes and published in the
 * OpenAPI document) and the response shapes, one definition shared by the server and the
 * web app. The web imports only the inferred types (`import type`), so zod stays out of
 * its bundle.
 */
import { z } from 'zod';
import type { GovernanceModel } from '../domain/model/governance';
import type { TemplateKey } from '../domain/model/templates';
import type { createdOrganisationSchema, installationOrganisationSchema, modelUsageSchema } from './contracts/organisations';
import type { auditEntrySchema } from './contracts/audit';
import type {
  cascadeEntrySchema,
  cascadeViewSchema,
  deletionImpactSchema,
  deletionResultSchema,
  nodeInfoSchema,
  planInfoSchema,
  planStatusSchema,
  planVersionComparisonSchema,
  planVersionInfoSchema,
} from './contracts/plan-editor';

const text = (max: number) => z.string().max(max, `Högst ${max} tecken`);
const name = z.string().trim().min(1, 'Ange ett namn').max(500, 'Högst 500 tecken');
const year = z.number().int().min(1900, 'Ange ett årtal').max(2200, 'Ange ett årtal');
/** The version the caller saw; may also come as the If-Match header. Scripts that send neither are not checked. */
const version = z.number().int().positive().optional();

// ── Organisations ─────────────────────────────────────────────────────────────

export const createOrganisationSchema = z
  .object({
    name,
    koladaId: z.string().regex(/^\d{4}$/, 'Kolada-id är fyra siffror, t.ex. 0024').nullable().optional(),
    language: z.enum(['sv', 'da', 'en']).default('sv'),
    template: z.string().optional(),
    copyOfOrganisationId: z.number().int().positive().optional(),
    /** The organisation's first admins; until there is one, the creator administers it. */
    admins: z.array(z.object({ email: z.email('Ange en giltig e-postadress'), name: z.string().trim().max(200).default('') })).default([]),
  })
  .refine((o) => (o.template === undefined) !== (o.copyOfOrganisationId === undefined), {
    message: 'Välj antingen en mall eller en organisation att kopiera styrmodellen från',
    path: ['template'],
  });
export type CreateOrganisationRequest = z.input<typeof createOrganisationSchema>;

export type CreatedOrganisation = z.infer<typeof createdOrganisationSchema>;

/** An organisation as the installation admin sees it. */
export type InstallationOrganisation = z.infer<typeof installationOrganisationSchema>;

// ── Governance models ─────────────────────────────────────────────────────────

/** How many nodes and measures use each level and measure kind of a model, across every organisation using it. */
export type ModelUsage = z.infer<typeof modelUsageSchema>;

// ── Plans ─────────────────────────────────────────────────────────────────────

export const createPlanSchema = z
  .object({
    title: name,
    startYear: year,
    endYear: year,
    parentPlanId: z.number().int().positive().nullable().optional(),
    copyOfPlanId: z.number().int().positive().optional(),
    /** Start with the governance template's standard top level (e.g. the five perspectives). */
    fromTemplate: z.boolean().default(false),
    vision: text(20_000).optional(),
    /** Code of the body that decides the plan (RS, RF …). */
    decidingBody: z.string().trim().max(100).nullable().optional(),
  })
  .refine((p) => p.endYear >= p.startYear, { message: 'Slutåret kan inte vara före startåret', path: ['endYear'] });
export type CreatePlanRequest = z.input<typeof createPlanSchema>;

export const updatePlanSchema = z.object({
  title: name.optional(),
  startYear: year.optional(),
  endYear: year.optional(),
  vision: text(20_000).optional(),
  parentPlanId: z.number().int().positive().nullable().optional(),
  decidingBody: z.string().trim().max(100).nullable().optional(),
  /** How years between target years are judged: the next target, or a straight line between the targets around the year. */
  targetBetweenYears: z.enum(['next-target', 'straight-line']).optional(),
  version,
});
export type UpdatePlanRequest = z.input<typeof updatePlanSchema>;

export type PlanStatus = z.infer<typeof planStatusSchema>;

export type PlanInfo = z.infer<typeof planInfoSchema>;

export const decidePlanSchema = z.object({
  body: z.string().trim().min(1, 'Ange vilket organ som beslutade').max(200),
  date: z.iso.date('Ange beslutsdatum som ÅÅÅÅ-MM-DD'),
  paragraph: z.string().trim().max(100).default(''),
  note: text(2000).default(''),
  version,
});
export type DecidePlanRequest = z.input<typeof decidePlanSchema>;

export const startRevisionSchema = z.object({ reason: text(2000).default(''), version });
export type StartRevisionRequest = z.input<typeof startRevisionSchema>;

export type PlanVersionInfo = z.infer<typeof planVersionInfoSchema>;

export type PlanVersionComparison = z.infer<typeof planVersionComparisonSchema>;

// ── Nodes ─────────────────────────────────────────────────────────────────────

export const createNodeSchema = z.object({
  parentId: z.number().int().positive().nullable(),
  levelKey: z.string().min(1, 'Ange nivå'),
  name,
  description: text(20_000).optional(),
  /** Place among its siblings, 0 first; default last. */
  position: z.number().int().min(0).optional(),
});
export type CreateNodeRequest = z.input<typeof createNodeSchema>;

export const updateNodeSchema = z.object({
  name: name.optional(),
  description: text(20_000).optional(),
  longTermGoals: text(20_000).optional(),
  /** Move: a new parent (null = top level) and/or a new place among the siblings. */
  parentId: z.number().int().positive().nullable().optional(),
  position: z.number().int().min(0).optional(),
  /** A new level, for a move that changes the node's depth (indent/outdent). */
  levelKey: z.string().min(1).optional(),
  bodies: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  responsibleUserId: z.number().int().positive().nullable().optional(),
  agendaGoals: z.array(z.number().int().min(1).max(17)).max(17).optional(),
  /** The node of the plan above that this node serves (cascade). */
  servesNodeId: z.number().int().positive().nullable().optional(),
  version,
});
export type UpdateNodeRequest = z.input<typeof updateNodeSchema>;

/** What a node or measure deletion takes with it, said before and after. */
export type DeletionImpact = z.infer<typeof deletionImpactSchema>;

export type DeletionResult = z.infer<typeof deletionResultSchema>;

export type NodeInfo = z.infer<typeof nodeInfoSchema>;

// ── Measures ──────────────────────────────────────────────────────────────────

const breakdowns = z.object({
  sex: z.boolean().default(false),
  ageBands: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  areas: z.array(z.string().trim().min(1).max(120)).max(400).default([]),
});
export type Breakdowns = z.output<typeof breakdowns>;

/** Targets per year as written: `{ "2025": "Under 6,5 %" }`; an empty text removes the year's target. */
const targets = z.record(z.string().regex(/^\d{4}$/, 'Målåret ska vara ett årtal'), text(500));

const measureFields = {
  kindKey: z.string().min(1).optional(),
  definition: text(10_000).optional(),
  method: text(10_000).optional(),
  unit: z.string().trim().max(40).nullable().optional(),
  betterDirection: z.enum(['increase', 'decrease']).nullable().optional(),
  valueNature: z.enum(['flow', 'cumulative', 'state']).optional(),
  baseline: text(500).optional(),
  targets: targets.optional(),
  source: text(500).optional(),
  /** Follow-up periods as written ("DÅ 04, 08, ÅR"); none means every follow-up period of the plan. */
  periodsText: text(200).optional(),
  reportingPeriods: z.array(z.enum(['DÅ04', 'DÅ08', 'ÅR'])).optional(),
  breakdowns: breakdowns.optional(),
  ownerUserId: z.number().int().positive().nullable().optional(),
  footnotes: z.array(z.object({ mark: z.string().trim().max(10), text: text(2000) })).max(20).optional(),
  koladaKpi: z.string().regex(/^[A-Z]\d{5}$/, 'Kolada-KPI skrivs t.ex. N79240').nullable().optional(),
};

export const createMeasureSchema = z.object({ name, ...measureFields, position: z.number().int().min(0).optional() });
export type CreateMeasureRequest = z.input<typeof createMeasureSchema>;

export const updateMeasureSchema = z.object({
  name: name.optional(),
  ...measureFields,
  /** Move the measure to another node of the same plan. */
  nodeId: z.number().int().positive().optional(),
  position: z.number().int().min(0).optional(),
  version,
});
export type UpdateMeasureRequest = z.input<typeof updateMeasureSchema>;

// ── Cascade ───────────────────────────────────────────────────────────────────

export type CascadeEntry = z.infer<typeof cascadeEntrySchema>;

export type CascadeView = z.infer<typeof cascadeViewSchema>;

// ── Audit ─────────────────────────────────────────────────────────────────────

/** One entry of the audit log, as its contract gives it (src/shared/contracts/audit.ts). */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export type { GovernanceModel, TemplateKey };
