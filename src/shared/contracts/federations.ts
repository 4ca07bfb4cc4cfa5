/** Federations of organisations (issue 15, src/server/modules/federations): members, glossary, shared goals and measures. */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { adoptGoalSchema, createFederationSchema } from '../workshop-types';
import { idParam, statusWithReasonSchema } from './common';

export const federationSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  organisationId: z.number(),
  role: z.enum(['admin', 'member']),
  sharedPlanId: z.number().nullable(),
});

const glossaryEntrySchema = z.object({ term: z.string(), definition: z.string() });

export const federationViewSchema = federationSummarySchema.extend({
  members: z.array(z.object({ id: z.number(), name: z.string(), koladaId: z.string().nullable() })),
  admins: z.array(z.object({ id: z.number(), name: z.string() })),
  glossary: z.array(glossaryEntrySchema),
  sharedGoals: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      levelKey: z.string(),
      adoptedBy: z.array(z.object({ organisationId: z.number(), organisationName: z.string(), nodeId: z.number(), planId: z.number() })),
    }),
  ),
  workshops: z.array(z.object({ id: z.number(), title: z.string(), createdAt: z.string() })),
});

/** The shared plan's measures compared across the members for one period. */
export const sharedMeasureComparisonSchema = z.object({
  /** The period compared, newest with values by default; null when nothing has values. */
  period: z.string().nullable(),
  periods: z.array(z.string()),
  members: z.array(z.object({ id: z.number(), name: z.string() })),
  measures: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      unit: z.string().nullable(),
      betterDirection: z.enum(['increase', 'decrease']).nullable(),
      /** The Kolada KPI the shared measure is linked to, if any. */
      kpi: z.object({ id: z.string(), title: z.string() }).nullable(),
      /** Best first; members without a value last. */
      rows: z.array(
        z.object({
          organisationId: z.number(),
          organisationName: z.string(),
          value: z.number().nullable(),
          /** The member's own follow-up, or Kolada's value for the member ("Källa: Kolada"). */
          source: z.enum(['own', 'kolada']).nullable(),
          rank: z.number().nullable(),
          /** The status the member's own plan gives its measure, with the rule that decided it; null without one. */
          status: statusWithReasonSchema.nullable(),
          /** The member's own measure and plan, for readers of that member's plans only. */
          measureId: z.number().nullable(),
          planId: z.number().nullable(),
        }),
      ),
    }),
  ),
});

/** The federation glossary's agreed terms a plan uses. */
export const planGlossarySchema = z.object({
  terms: z.array(glossaryEntrySchema.extend({ federationId: z.number(), federationName: z.string() })),
});

const params = z.object({ id: idParam });
const tags = ['federations'];

export const federationEndpoints = defineEndpoints({
  'POST /api/federations': { tags, summary: 'Bilda ett förbund av organisationer', body: createFederationSchema, response: z.object({ id: z.number() }), status: 201 },
  'GET /api/federations': { tags, summary: 'Förbunden jag hör till', response: z.array(federationSummarySchema) },
  'GET /api/federations/:id': { tags, summary: 'Förbundet: medlemmar, ordlista, gemensamma mål, workshoppar', params, response: federationViewSchema },
  'GET /api/plans/:planId/glossary': {
    tags,
    summary: 'Förbundens överenskomna begrepp som planen använder',
    params: z.object({ planId: idParam }),
    response: planGlossarySchema,
  },
  'GET /api/federations/:id/measures': {
    tags,
    summary: 'Gemensamma mått jämförda mellan medlemmarna för en period, rangordnade, med varje medlems egen status',
    params,
    query: z.object({ period: z.string().regex(/^\d{4}(-DÅ0[48])?$/, 'Perioden skrivs 2024, 2024-DÅ04 eller 2024-DÅ08').optional() }),
    response: sharedMeasureComparisonSchema,
  },
  'POST /api/federations/:id/adoptions': {
    tags,
    summary: 'Ta in ett gemensamt mål i den egna planen (kaskadlänk)',
    params,
    body: adoptGoalSchema,
    response: z.object({ nodeId: z.number() }),
    status: 201,
  },
});
