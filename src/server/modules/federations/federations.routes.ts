import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adoptGoalSchema, createFederationSchema } from '../../../shared/workshop-types';
import type { AppContext } from '../../app';
import { requireActor } from '../../http/session';
import { getPlanGlossary } from './plan-glossary.service';
import { compareSharedMeasures } from './shared-measures.service';
import { adoptSharedGoal, createFederation, getFederationView, listFederations } from './federations.service';

const params = z.object({ id: z.coerce.number().int().positive() });

/** Federations of organisations: form one, read it, adopt its shared goals. */
export async function federationRoutes(api: FastifyInstance, { db }: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post('/federations', { schema: { tags: ['federations'], summary: 'Bilda ett förbund av organisationer', body: createFederationSchema } }, async (request, reply) => {
    reply.status(201);
    return createFederation(db, requireActor(request), request.body);
  });
  r.get('/federations', { schema: { tags: ['federations'], summary: 'Förbunden jag hör till' } }, async (request) => listFederations(db, requireActor(request)));
  r.get('/federations/:id', { schema: { tags: ['federations'], summary: 'Förbundet: medlemmar, ordlista, gemensamma mål, workshoppar', params } }, async (request) =>
    getFederationView(db, requireActor(request), request.params.id),
  );
  r.get(
    '/plans/:planId/glossary',
    { schema: { tags: ['federations'], summary: 'Förbundens överenskomna begrepp som planen använder', params: z.object({ planId: z.coerce.number().int().positive() }) } },
    async (request) => getPlanGlossary(db, requireActor(request), request.params.planId),
  );
  r.get(
    '/federations/:id/measures',
    {
      schema: {
        tags: ['federations'],
        summary: 'Gemensamma mått jämförda mellan medlemmarna för en period, rangordnade, med varje medlems egen status',
        params,
        querystring: z.object({ period: z.string().regex(/^\d{4}(-DÅ0[48])?$/, 'Perioden skrivs 2024, 2024-DÅ04 eller 2024-DÅ08').optional() }),
      },
    },
    async (request) => compareSharedMeasures(db, requireActor(request), request.params.id, request.query.period),
  );
  r.post(
    '/federations/:id/adoptions',
    { schema: { tags: ['federations'], summary: 'Ta in ett gemensamt mål i den egna planen (kaskadlänk)', params, body: adoptGoalSchema } },
    async (request, reply) => {
      reply.status(201);
      return adoptSharedGoal(db, requireActor(request), request.params.id, request.body);
    },
  );
}
