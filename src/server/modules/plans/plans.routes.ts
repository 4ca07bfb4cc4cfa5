import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { measuresWithoutDirection } from './measures-without-direction';
import { getAssignments, getScorecardAnswer } from './plans.service';
import { chooseEncoding } from './scorecard-answers';

/** The scorecard of a plan. */
export async function planRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/scorecard',
    {
      schema: {
        tags: ['plans'],
        summary: 'Styrkortet: planens träd med måluppfyllelse för en period',
        params: z.object({ planId: z.coerce.number().int().positive() }),
        querystring: z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04, 2022-DÅ08 eller 2022 (ÅR)') }),
      },
    },
    // The answer's text and its encodings are kept per data version: sent as they are, not serialised or compressed again.
    async (request, reply) => {
      const answer = await getScorecardAnswer(db, requireActor(request), request.params.planId, request.query.period);
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
      if (encoding !== 'identity') reply.header('content-encoding', encoding);
      return reply.send(await answer.bytes(encoding));
    },
  );
  r.get(
    '/plans/:planId/assignments',
    {
      schema: {
        tags: ['plans'],
        summary: 'Planens uppdrag med ansvariga organ',
        params: z.object({ planId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => getAssignments(db, requireActor(request), request.params.planId),
  );
  r.get(
    '/plans/:planId/measures-without-direction',
    {
      schema: {
        tags: ['plans'],
        summary: 'Mått utan riktning: mått vars mål behöver en bättre riktning som ingen har angett (för redaktörer)',
        params: z.object({ planId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => measuresWithoutDirection(db, requireActor(request), request.params.planId),
  );
}
