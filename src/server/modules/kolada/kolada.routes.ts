import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { readConfig } from '../../config';
import { requireActor } from '../../http/session';
import { chooseKoladaValue, listKoladaDifferences } from './kolada-choices.service';
import { koladaClient } from './kolada.client';
import {
  fetchMeasureNow,
  findKpis,
  getComparison,
  getKoladaLink,
  linkMeasureToKpi,
  listKoladaMunicipalities,
  setOrganisationKoladaId,
} from './kolada.service';

const measureParams = z.object({ measureId: z.coerce.number().int().positive() });

/** Kolada: KPI search, the municipality list, linking measures and organisations, fetching and the comparison across regions. */
export async function koladaRoutes(api: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const client = deps.kolada ?? koladaClient({ baseUrl: readConfig().koladaBaseUrl });
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/kolada/differences',
    {
      schema: {
        tags: ['kolada'],
        summary: 'Inmatade värden som skiljer sig från Koladas (mått, period, inmatat värde, Koladas värde) – en person väljer vilket som gäller',
        params: z.object({ planId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => listKoladaDifferences(db, requireActor(request), request.params.planId),
  );
  r.post(
    '/measures/:measureId/kolada/choice',
    {
      schema: {
        tags: ['kolada'],
        summary: 'Välj vilket värde som gäller för en period: det inmatade (behålls) eller Koladas; version är värdets version som visades',
        params: measureParams,
        body: z.object({
          period: z.string().min(1).max(20),
          sex: z.enum(['T', 'K', 'M']),
          keep: z.enum(['entered', 'kolada']),
          version: z.number().int().min(1),
        }),
      },
    },
    async (request, reply) => {
      await chooseKoladaValue(db, requireActor(request), request.params.measureId, request.body);
      reply.status(204).send();
    },
  );
  r.get(
    '/kolada/kpis',
    {
      schema: {
        tags: ['kolada'],
        summary: 'Sök nyckeltal i Koladas katalog på id eller ord i titeln',
        querystring: z.object({ q: z.string().max(200, 'Sökningen får vara högst 200 tecken').default(''), regions: z.enum(['true', 'false']).default('true') }),
      },
    },
    async (request) => {
      requireActor(request);
      return findKpis(request.query.q, request.query.regions === 'true');
    },
  );
  r.get('/kolada/municipalities', { schema: { tags: ['kolada'], summary: 'Koladas kommuner och regioner med id' } }, async (request) => {
    requireActor(request);
    return listKoladaMunicipalities();
  });
  r.put(
    '/organisations/:orgId/kolada',
    {
      schema: {
        tags: ['kolada'],
        summary: 'Ange organisationens id i Kolada (t.ex. 0025)',
        params: z.object({ orgId: z.coerce.number().int().positive() }),
        body: z.object({ koladaId: z.string().regex(/^\d{4}$/, 'Kolada-id är fyra siffror, t.ex. 0025').nullable() }),
      },
    },
    async (request) => setOrganisationKoladaId(db, requireActor(request), request.params.orgId, request.body.koladaId),
  );
  r.get(
    '/measures/:measureId/kolada',
    { schema: { tags: ['kolada'], summary: 'Måttets koppling till Kolada och senaste hämtning', params: measureParams } },
    async (request) => getKoladaLink(db, requireActor(request), request.params.measureId),
  );
  r.put(
    '/measures/:measureId/kolada',
    {
      schema: {
        tags: ['kolada'],
        summary: 'Koppla måttet till ett nyckeltal i Kolada (null tar bort kopplingen)',
        params: measureParams,
        body: z.object({ kpi: z.string().min(1, 'Ange ett nyckeltal').max(20, 'Ett nyckeltals id är kort, t.ex. N79240').nullable() }),
      },
    },
    async (request) => linkMeasureToKpi(db, requireActor(request), request.params.measureId, request.body.kpi),
  );
  r.post(
    '/measures/:measureId/kolada/fetch',
    { schema: { tags: ['kolada'], summary: 'Hämta måttets värden från Kolada nu (allt eller inget)', params: measureParams } },
    async (request) => fetchMeasureNow(db, requireActor(request), client, request.params.measureId),
  );
  r.get(
    '/measures/:measureId/kolada/comparison',
    {
      schema: {
        tags: ['kolada'],
        summary: 'Måttets nyckeltal för alla 21 regioner, rangordnade, med riket',
        params: measureParams,
        querystring: z.object({ year: z.coerce.number().int().min(1900).max(2100).optional(), gender: z.enum(['T', 'K', 'M']).optional() }),
      },
    },
    async (request) => getComparison(db, requireActor(request), request.params.measureId, request.query),
  );
}
