/** Writing plans: plans, their decisions and revisions, nodes, measures, deletions and the cascade (src/server/modules/plan-editor). */
import { z } from 'zod';
import {
  createMeasureSchema,
  createNodeSchema,
  createPlanSchema,
  decidePlanSchema,
  startRevisionSchema,
  updateNodeSchema,
  updatePlanSchema,
} from '../authoring-schemas';
import { defineEndpoints } from '../endpoint';
import { fulfilmentStatusSchema, idParam, localizedSchema, orgParams, planParams } from './common';

export const createdSchema = z.object({ id: z.number() });

export const planStatusSchema = z.enum(['draft', 'decided', 'revision']);

export const planInfoSchema = z.object({
  id: z.number(),
  organisationId: z.number(),
  organisationName: z.string(),
  title: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  vision: z.string(),
  status: planStatusSchema,
  /** 0 for the original plan, then 1, 2 … for each revision. */
  revision: z.number(),
  decidingBody: z.string().nullable(),
  /** How years between target years are judged (domain/fulfilment/target-for-year.ts). */
  targetBetweenYears: z.enum(['next-target', 'straight-line']),
  parentPlan: z.object({ id: z.number(), title: z.string(), organisationName: z.string() }).nullable(),
  copyOf: z.object({ id: z.number(), title: z.string() }).nullable(),
  version: z.number(),
  canEdit: z.boolean(),
  /** Whether the tree, measure names and targets may change now (a draft or an open revision). */
  structureOpen: z.boolean(),
});

export const planVersionInfoSchema = z.object({
  number: z.number(),
  /** 'current' is the plan as it is now (a draft or an open revision), not yet decided. */
  key: z.string(),
  decided: z.object({ body: z.string(), date: z.string(), paragraph: z.string(), by: z.string().nullable() }).nullable(),
  note: z.string(),
});

const nodeRef = z.object({ key: z.string(), levelKey: z.string(), name: z.string() });
/** `nodeName`: the node the measure hangs on (in the later version). */
const measureRef = z.object({ key: z.string(), name: z.string(), nodeName: z.string() });
const targetChange = z.object({ measureKey: z.string(), measureName: z.string(), year: z.string(), from: z.string().nullable(), to: z.string().nullable() });

/** What changed between two versions of a plan (src/domain/plan-tree/diff.ts). */
export const planTreeDiffSchema = z.object({
  nodes: z.object({
    added: z.array(nodeRef),
    removed: z.array(nodeRef),
    renamed: z.array(nodeRef.extend({ from: z.string() })),
    moved: z.array(nodeRef.extend({ fromParent: z.string().nullable(), toParent: z.string().nullable() })),
    described: z.array(nodeRef),
  }),
  measures: z.object({
    added: z.array(measureRef),
    removed: z.array(measureRef),
    renamed: z.array(measureRef.extend({ from: z.string() })),
    moved: z.array(measureRef.extend({ fromNode: z.string() })),
    /** Other fields changed: unit, baseline, kind. */
    changed: z.array(measureRef.extend({ fields: z.array(z.enum(['unit', 'baseline', 'kindKey'])) })),
  }),
  targets: z.object({ added: z.array(targetChange), removed: z.array(targetChange), changed: z.array(targetChange) }),
});

export const planVersionComparisonSchema = z.object({ from: planVersionInfoSchema, to: planVersionInfoSchema, diff: planTreeDiffSchema });

export const nodeInfoSchema = z.object({
  id: z.number(),
  planId: z.number(),
  parentId: z.number().nullable(),
  levelKey: z.string(),
  position: z.number(),
  name: z.string(),
  description: z.string(),
  longTermGoals: z.string(),
  bodies: z.array(z.string()),
  responsible: z.object({ id: z.number(), name: z.string() }).nullable(),
  agendaGoals: z.array(z.number()),
  serves: z.object({ id: z.number(), name: z.string(), levelKey: z.string(), planId: z.number(), planTitle: z.string() }).nullable(),
  version: z.number(),
});

/** What a node or measure deletion takes with it, said before and after. */
export const deletionImpactSchema = z.object({
  nodes: z.array(z.object({ levelKey: z.string(), count: z.number() })),
  measures: z.number(),
  values: z.number(),
  judgements: z.number(),
});

export const deletionResultSchema = z.object({
  /** Restore with POST /api/deletions/:id/restore. */
  deletionId: z.number(),
  impact: deletionImpactSchema,
});

export const restoredSchema = z.object({ objectType: z.enum(['node', 'measure']), objectId: z.number() });

export const cascadeEntrySchema = z.object({
  nodeId: z.number(),
  name: z.string(),
  levelKey: z.string(),
  levelName: localizedSchema,
  planId: z.number(),
  planTitle: z.string(),
  organisationId: z.number(),
  organisationName: z.string(),
  /** The node it hangs under (within its plan) or serves (across plans). */
  via: z.enum(['serves', 'child']),
  depth: z.number(),
  status: fulfilmentStatusSchema,
  explanation: localizedSchema,
  period: z.string(),
});

export const cascadeViewSchema = z.object({
  root: cascadeEntrySchema,
  entries: z.array(cascadeEntrySchema),
  /** Nodes in plans the reader may not read, counted but not shown. */
  hidden: z.number(),
});

const nodeParams = z.object({ nodeId: idParam });
const measureParams = z.object({ measureId: idParam });
/** The version the caller saw (or the If-Match header); scripts that send neither are not checked. */
const versionQuery = z.object({ version: z.coerce.number().int().positive().optional() });

export const planEditorEndpoints = defineEndpoints({
  'POST /api/organisations/:orgId/plans': {
    tags: ['plans'],
    summary: 'Skapa en plan: tom, från mallen eller som kopia av en tidigare plan',
    params: orgParams,
    body: createPlanSchema,
    response: createdSchema,
    status: 201,
  },
  'GET /api/plans/:planId': {
    tags: ['plans'],
    summary: 'Planens uppgifter och status',
    params: planParams,
    response: planInfoSchema,
  },
  'PATCH /api/plans/:planId': {
    tags: ['plans'],
    summary: 'Ändra planens namn, år, vision, beslutande organ eller planen ovanför',
    params: planParams,
    body: updatePlanSchema,
    response: planInfoSchema,
  },
  'POST /api/plans/:planId/decision': {
    tags: ['plans'],
    summary: 'Fastställ planen (organ, datum, §)',
    params: planParams,
    body: decidePlanSchema,
    response: planInfoSchema,
  },
  'POST /api/plans/:planId/revisions': {
    tags: ['plans'],
    summary: 'Starta en revidering av en fastställd plan',
    params: planParams,
    body: startRevisionSchema,
    response: planInfoSchema,
  },
  'GET /api/plans/:planId/versions': {
    tags: ['plans'],
    summary: 'Planens fastställda versioner och pågående utkast',
    params: planParams,
    response: z.array(planVersionInfoSchema),
  },
  'GET /api/plans/:planId/versions/compare': {
    tags: ['plans'],
    summary: 'Jämför två versioner av planen: noder, mått och mål som tillkommit, tagits bort och ändrats',
    params: planParams,
    query: z.object({ from: z.string().min(1), to: z.string().min(1).default('current') }),
    response: planVersionComparisonSchema,
  },
  'POST /api/plans/:planId/nodes': {
    tags: ['plan nodes'],
    summary: 'Lägg till en nod på en nivå som styrmodellen tillåter',
    params: planParams,
    body: createNodeSchema,
    response: createdSchema,
    status: 201,
  },
  'GET /api/plan-nodes/:nodeId': {
    tags: ['plan nodes'],
    summary: 'En nod med ansvariga, Agenda 2030-mål och kaskadlänk',
    params: nodeParams,
    response: nodeInfoSchema,
  },
  'PATCH /api/plan-nodes/:nodeId': {
    tags: ['plan nodes'],
    summary: 'Ändra, flytta eller länka en nod',
    params: nodeParams,
    body: updateNodeSchema,
    response: nodeInfoSchema,
  },
  'GET /api/plan-nodes/:nodeId/deletion-impact': {
    tags: ['plan nodes'],
    summary: 'Vad som försvinner med noden: noder per nivå, mått, värden, bedömningar',
    params: nodeParams,
    response: deletionImpactSchema,
  },
  'DELETE /api/plan-nodes/:nodeId': {
    tags: ['plan nodes'],
    summary: 'Ta bort en nod med allt under den (kan ångras)',
    params: nodeParams,
    query: versionQuery,
    response: deletionResultSchema,
  },
  'GET /api/plan-nodes/:nodeId/cascade': {
    tags: ['plan nodes'],
    summary: 'Allt under noden i alla planer och organisationer, med status',
    params: nodeParams,
    query: z.object({ period: z.string().optional() }),
    response: cascadeViewSchema,
  },
  'POST /api/plan-nodes/:nodeId/measures': {
    tags: ['measures'],
    summary: 'Lägg till ett mått med mål per år',
    params: nodeParams,
    body: createMeasureSchema,
    response: createdSchema,
    status: 201,
  },
  'GET /api/measures/:measureId/deletion-impact': {
    tags: ['measures'],
    summary: 'Vad som försvinner med måttet',
    params: measureParams,
    response: deletionImpactSchema,
  },
  'DELETE /api/measures/:measureId': {
    tags: ['measures'],
    summary: 'Ta bort ett mått med dess mål och värden (kan ångras)',
    params: measureParams,
    query: versionQuery,
    response: deletionResultSchema,
  },
  'POST /api/deletions/:deletionId/restore': {
    tags: ['plan nodes'],
    summary: 'Ångra en borttagning',
    params: z.object({ deletionId: idParam }),
    response: restoredSchema,
  },
});
