/** The strategic map: versions, milestones, arrows, status follow-up, yearly revision and comparison (src/server/modules/roadmap). */
import { z } from 'zod';
import { EFFECT_TAGS, MILESTONE_STATUSES } from '../../domain/roadmap/types';
import { defineEndpoints } from '../endpoint';
import { idParam, localizedSchema, noContent } from './common';

export const effectSchema = z.object({ text: z.string(), tags: z.array(z.enum(EFFECT_TAGS)) });
export const milestoneStatusSchema = z.enum(MILESTONE_STATUSES);
export const edgeKindSchema = z.enum(['enables', 'leads-to']);

export const roadmapVersionSummarySchema = z.object({
  id: z.number(),
  year: z.number(),
  basedOnVersionId: z.number().nullable(),
  startYear: z.number(),
  endYear: z.number(),
});

export const roadmapSummarySchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  organisationName: z.string(),
  title: z.string(),
  versions: z.array(roadmapVersionSummarySchema),
});

export const roadmapFocusAreaSchema = z.object({ id: z.number(), key: z.string(), name: z.string(), targetPicture: z.string() });
export const roadmapGroupSchema = z.object({ id: z.number(), name: z.string(), focusAreas: z.array(roadmapFocusAreaSchema) });
export const roadmapGoalSchema = z.object({ id: z.number(), key: z.string(), name: z.string() });

export const statusReportSchema = z.object({
  period: z.string(),
  periodLabel: localizedSchema,
  status: milestoneStatusSchema,
  reachedOn: z.string().nullable(),
  comment: z.string(),
  reportedAt: z.string(),
});

export const milestoneLinkSchema = z.object({
  kind: z.enum(['node', 'measure']),
  id: z.number(),
  title: z.string(),
  /** The plan the node or measure belongs to (a node is shown in that plan's scorecard). */
  planId: z.number(),
});

/** One of the organisation's plans with what a milestone can be linked to in it. */
export const linkTargetPlanSchema = z.object({
  id: z.number(),
  title: z.string(),
  nodes: z.array(z.object({ id: z.number(), title: z.string() })),
  measures: z.array(z.object({ id: z.number(), name: z.string() })),
});

export const roadmapMilestoneSchema = z.object({
  id: z.number(),
  key: z.string(),
  focusAreaKey: z.string(),
  title: z.string(),
  /** null: "Inväntar tidplan". */
  year: z.number().nullable(),
  tentativeYear: z.number().nullable(),
  description: z.string(),
  criterion: z.string(),
  effects: z.array(effectSchema),
  /** The person responsible, who reports its status (editors name them). */
  owner: z.object({ id: z.number(), name: z.string() }).nullable(),
  /** Reported status, or late when the year has passed without it being reached. */
  status: milestoneStatusSchema,
  reachedOn: z.string().nullable(),
  /** Newest period first. */
  reports: z.array(statusReportSchema),
  links: z.array(milestoneLinkSchema),
});

export const roadmapEdgeSchema = z.object({ id: z.number(), from: z.string(), to: z.string(), toGoal: z.boolean(), kind: edgeKindSchema, because: z.string() });

export const roadmapVersionViewSchema = z.object({
  roadmap: z.object({ id: z.number(), organisationId: z.number(), title: z.string() }),
  version: roadmapVersionSummarySchema,
  versions: z.array(roadmapVersionSummarySchema),
  canEdit: z.boolean(),
  groups: z.array(roadmapGroupSchema),
  goals: z.array(roadmapGoalSchema),
  milestones: z.array(roadmapMilestoneSchema),
  edges: z.array(roadmapEdgeSchema),
  /** Reporting periods of the map's years, for status follow-up. */
  periods: z.array(z.object({ key: z.string(), label: localizedSchema })),
});

const diffMilestone = z.object({ key: z.string(), title: z.string(), focusAreaKey: z.string(), year: z.number().nullable(), effects: z.array(effectSchema) });
/** An arrow as the comparison names it: a milestone key, or a goal key when `toGoal`. */
const mapEdge = z.object({ from: z.string(), to: z.string(), toGoal: z.boolean().optional(), kind: edgeKindSchema });

/** What changed between two versions of a map (src/domain/roadmap/diff.ts). */
export const versionDiffSchema = z.object({
  added: z.array(diffMilestone),
  removed: z.array(diffMilestone),
  moved: z.array(z.object({ key: z.string(), title: z.string(), fromYear: z.number().nullable(), toYear: z.number().nullable() })),
  renamed: z.array(z.object({ key: z.string(), from: z.string(), to: z.string() })),
  changedEffects: z.array(z.object({ key: z.string(), title: z.string(), added: z.array(effectSchema), removed: z.array(effectSchema) })),
  addedEdges: z.array(mapEdge),
  removedEdges: z.array(mapEdge),
});

export const versionComparisonSchema = z.object({
  before: roadmapVersionSummarySchema,
  after: roadmapVersionSummarySchema,
  /** Focus area names by key, over both versions. */
  focusAreas: z.record(z.string(), z.string()),
  /** Milestone and goal titles by key, over both versions (for naming arrows). */
  titles: z.record(z.string(), z.string()),
  diff: versionDiffSchema,
});

const year = z.number().int().min(1990, 'Året ska vara 1990 eller senare.').max(2100, 'Året ska vara 2100 eller tidigare.');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A milestone as an editor writes it. */
export const milestoneInputSchema = z.object({
  focusAreaKey: z.string().min(1, 'Välj insatsområde.'),
  title: z.string().trim().min(1, 'Ange milstolpens namn.').max(300),
  year: year.nullable().describe('Året milstolpen ska vara uppnådd; null = inväntar tidplan'),
  description: z.string().max(5000).default(''),
  criterion: z.string().max(2000).default('').describe('Hur man ser att milstolpen är uppnådd'),
  effects: z
    .array(z.object({ text: z.string().trim().min(1, 'Beskriv effekten.').max(1000), tags: z.array(z.enum(EFFECT_TAGS)).max(3) }))
    .max(50)
    .default([]),
});

export const statusReportInputSchema = z.object({
  period: z.string().min(1, 'Välj period.'),
  status: milestoneStatusSchema,
  reachedOn: z.string().regex(ISO_DATE, 'Datum skrivs ÅÅÅÅ-MM-DD.').nullable().default(null),
  comment: z.string().max(4000).default(''),
});

export const edgeInputSchema = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  toGoal: z.boolean().default(false),
  kind: edgeKindSchema,
  because: z.string().max(2000).default(''),
});

/** A plan node or a measure to link a milestone to (the other null). */
export const milestoneLinkTargetSchema = z.object({
  planNodeId: z.number().int().positive().nullable().default(null),
  measureId: z.number().int().positive().nullable().default(null),
});

const tags = ['roadmap'];
const versionParams = z.object({ versionId: idParam });
const milestoneParams = z.object({ milestoneId: idParam });

export const roadmapEndpoints = defineEndpoints({
  'GET /api/roadmaps': {
    tags,
    summary: 'Strategiska kartor i användarens organisationer, med versioner',
    response: z.array(roadmapSummarySchema),
  },
  'GET /api/roadmap-versions/:versionId': {
    tags,
    summary: 'En version av kartan: insatsområden, milstolpar, effekter, pilar, status',
    params: versionParams,
    response: roadmapVersionViewSchema,
  },
  'POST /api/roadmap-versions/:versionId/milestones': {
    tags,
    summary: 'Ny milstolpe',
    params: versionParams,
    body: milestoneInputSchema,
    response: z.object({ id: z.number(), key: z.string() }),
    status: 201,
  },
  'PUT /api/roadmap-milestones/:milestoneId': {
    tags,
    summary: 'Ändra en milstolpe',
    params: milestoneParams,
    body: milestoneInputSchema,
    response: noContent,
    status: 204,
  },
  'DELETE /api/roadmap-milestones/:milestoneId': {
    tags,
    summary: 'Ta bort en milstolpe',
    params: milestoneParams,
    response: noContent,
    status: 204,
  },
  'POST /api/roadmap-milestones/:milestoneId/status': {
    tags,
    summary: 'Rapportera status för en period, med kommentar',
    params: milestoneParams,
    body: statusReportInputSchema,
    response: noContent,
    status: 204,
  },
  'PUT /api/roadmap-milestones/:milestoneId/owner': {
    tags,
    summary: 'Ange vem som ansvarar för en milstolpe (och rapporterar dess status)',
    params: milestoneParams,
    body: z.object({ userId: z.number().int().positive().nullable() }),
    response: noContent,
    status: 204,
  },
  'POST /api/roadmap-milestones/:milestoneId/links': {
    tags,
    summary: 'Koppla milstolpen till en del av planen eller ett mått',
    params: milestoneParams,
    body: milestoneLinkTargetSchema,
    response: noContent,
    status: 204,
  },
  'DELETE /api/roadmap-milestones/:milestoneId/links': {
    tags,
    summary: 'Ta bort milstolpens koppling till en del av planen eller ett mått',
    params: milestoneParams,
    query: z.object({ planNodeId: idParam.nullable().default(null), measureId: idParam.nullable().default(null) }),
    response: noContent,
    status: 204,
  },
  'GET /api/roadmap-versions/:versionId/link-targets': {
    tags,
    summary: 'Organisationens planer med delar och mått som milstolpar kan kopplas till',
    params: versionParams,
    response: z.array(linkTargetPlanSchema),
  },
  'POST /api/roadmap-versions/:versionId/edges': {
    tags,
    summary: 'Rita en pil (409 om den skulle skapa en cirkel)',
    params: versionParams,
    body: edgeInputSchema,
    response: z.object({ id: z.number() }),
    status: 201,
  },
  'DELETE /api/roadmap-edges/:edgeId': {
    tags,
    summary: 'Ta bort en pil',
    params: z.object({ edgeId: idParam }),
    response: noContent,
    status: 204,
  },
  'POST /api/roadmaps/:roadmapId/versions': {
    tags,
    summary: 'Årets revision: en kopia av senaste (eller angiven) version',
    params: z.object({ roadmapId: idParam }),
    body: z.object({ year, basedOnVersionId: z.number().int().positive().optional() }),
    response: roadmapVersionSummarySchema,
    status: 201,
  },
  'GET /api/roadmap-compare': {
    tags,
    summary: 'Jämför två versioner',
    query: z.object({ before: idParam, after: idParam }),
    response: versionComparisonSchema,
  },
});
