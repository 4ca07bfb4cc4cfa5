/** Organisations, their governance models and plans (src/server/modules/organisations). */
import { z } from 'zod';
import { createOrganisationSchema } from '../authoring-schemas';
import { defineEndpoints } from '../endpoint';
import { governanceModelResponseSchema, langSchema, localizedSchema, orgParams, roleSchema } from './common';
import { governanceModelSchema } from './governance-model';
import { planSummarySchema } from './plans';

export const organisationSummarySchema = z.object({
  id: z.number(),
  slug: z.string(),
  name: z.string(),
  koladaId: z.string().nullable(),
  defaultLang: langSchema,
  role: roleSchema,
  governanceModel: governanceModelResponseSchema,
  /** Set when the organisation is a federation's own (its office): the federation's id. */
  federationId: z.number().nullable().optional(),
});

export const createdOrganisationSchema = z.object({
  id: z.number(),
  /** One-time passwords of admins created now (mailed when mail is configured). */
  admins: z.array(z.object({ email: z.string(), userId: z.number(), oneTimePassword: z.string().nullable() })),
});

/** An organisation as the installation admin sees it. */
export const installationOrganisationSchema = z.object({
  id: z.number(),
  name: z.string(),
  koladaId: z.string().nullable(),
  defaultLang: langSchema,
  modelName: localizedSchema,
  plans: z.number(),
  admins: z.array(z.string()),
});

/** How many nodes and measures use each level and measure kind of a model, across every organisation using it. */
export const modelUsageSchema = z.object({
  levels: z.record(z.string(), z.number()),
  measureLevels: z.record(z.string(), z.number()),
  kinds: z.record(z.string(), z.number()),
  /** Parent level → child level pairs that occur in plans: an order that puts a child above its parent is refused. */
  pairs: z.array(z.object({ parent: z.string(), child: z.string(), count: z.number() })),
  organisations: z.array(z.object({ id: z.number(), name: z.string() })),
  /** The organisation that owns the model: only its admins change it. */
  ownerOrganisationId: z.number().nullable(),
  version: z.number(),
});

export const organisationEndpoints = defineEndpoints({
  'GET /api/organisations': {
    tags: ['organisations'],
    summary: 'Organisationer där jag har en roll',
    response: z.array(organisationSummarySchema),
  },
  'GET /api/governance-templates': {
    tags: ['organisations'],
    summary: 'Inbyggda styrmodeller',
    response: z.array(governanceModelResponseSchema),
  },
  'POST /api/organisations': {
    tags: ['organisations'],
    summary: 'Skapa en organisation med en styrmodell från en mall eller en annan organisation (installationens administratör)',
    body: createOrganisationSchema,
    response: createdOrganisationSchema,
    status: 201,
  },
  'GET /api/installation/organisations': {
    tags: ['organisations'],
    summary: 'Alla organisationer (installationens administratör)',
    response: z.array(installationOrganisationSchema),
  },
  'GET /api/organisations/:orgId/governance-model/usage': {
    tags: ['organisations'],
    summary: 'Hur planerna använder styrmodellens nivåer och måttslag',
    params: orgParams,
    response: modelUsageSchema,
  },
  'PUT /api/organisations/:orgId/governance-model': {
    tags: ['organisations'],
    summary: 'Ändra organisationens styrmodell (modellägarens admin); If-Match med modellens version skyddar mot samtidiga ändringar',
    params: orgParams,
    body: governanceModelSchema,
    response: governanceModelResponseSchema,
  },
  'GET /api/organisations/:orgId/plans': {
    tags: ['plans'],
    summary: 'Organisationens planer',
    params: orgParams,
    response: z.array(planSummarySchema),
  },
});
