import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GOVERNANCE_TEMPLATES } from '../../../domain/model/templates';
import { isLang } from '../../../domain/i18n/lang';
import type { AppDeps } from '../../app';
import { authorize, requireActor } from '../../http/session';
import { importPlanText } from '../plan-import/plan-import.service';
import { listPlans } from '../plans/plans.queries';
import { toPlanSummary } from '../plans/plans.service';
import { governanceModelSchema } from './governance-model.schema';
import { createOrganisationSchema } from '../../../shared/authoring-schemas';
import { expectedVersion } from '../../http/versions';
import { createOrganisation, getModelUsage, listInstallationOrganisations, listMyOrganisations, saveGovernanceModel } from './organisations.service';

const orgParams = z.object({ orgId: z.coerce.number().int().positive() });

/** Organisations, their governance models and plans, and plan import. */
export async function organisationRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/organisations', { schema: { tags: ['organisations'], summary: 'Organisationer där jag har en roll' } }, async (request) =>
    listMyOrganisations(db, requireActor(request)),
  );
  r.get('/governance-templates', { schema: { tags: ['organisations'], summary: 'Inbyggda styrmodeller' } }, async (request) => {
    requireActor(request);
    return GOVERNANCE_TEMPLATES;
  });
  r.post(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Skapa en organisation med en styrmodell från en mall eller en annan organisation (installationens administratör)',
        body: createOrganisationSchema,
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createOrganisation(db, requireActor(request), request.body);
    },
  );
  r.get('/installation/organisations', { schema: { tags: ['organisations'], summary: 'Alla organisationer (installationens administratör)' } }, async (request) =>
    listInstallationOrganisations(db, requireActor(request)),
  );
  r.get(
    '/organisations/:orgId/governance-model/usage',
    { schema: { tags: ['organisations'], summary: 'Hur planerna använder styrmodellens nivåer och måttslag', params: orgParams } },
    async (request) => getModelUsage(db, requireActor(request), request.params.orgId),
  );
  r.put(
    '/organisations/:orgId/governance-model',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Ändra organisationens styrmodell (modellägarens admin); If-Match med modellens version skyddar mot samtidiga ändringar',
        params: orgParams,
        body: governanceModelSchema,
      },
    },
    async (request) => saveGovernanceModel(db, requireActor(request), request.params.orgId, request.body, expectedVersion(request)),
  );
  r.get(
    '/organisations/:orgId/plans',
    { schema: { tags: ['plans'], summary: 'Organisationens planer', params: orgParams } },
    async (request) => {
      authorize(requireActor(request), 'plan:read', { organisationId: request.params.orgId });
      return (await listPlans(db, request.params.orgId)).map(toPlanSummary);
    },
  );
  r.post(
    '/organisations/:orgId/plans/import',
    {
      schema: {
        tags: ['plans'],
        summary: 'Importera en plan från text (allt eller inget)',
        params: orgParams,
        body: z.object({
          text: z.string().min(1, 'Dokumentet är tomt'),
          fileName: z.string().default('plan.txt'),
          dryRun: z.boolean().default(false),
          lang: z.string().optional(),
        }),
      },
    },
    async (request) => {
      authorize(requireActor(request), 'plan:import', { organisationId: request.params.orgId });
      const { text, fileName, dryRun, lang } = request.body;
      return importPlanText(db, { organisationId: request.params.orgId, text, sourceName: fileName, dryRun, lang: isLang(lang) ? lang : undefined });
    },
  );
}
