import type { FastifyInstance } from 'fastify';
import { planEndpoints as e } from '../../../shared/contracts/plans';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { measuresWithoutDirection } from './measures-without-direction';
import { getAssignments, getScorecardAnswer } from './plans.service';
import { chooseEncoding } from './scorecard-answers';

/** The scorecard of a plan (contracts: src/shared/contracts/plans.ts). */
export async function planRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  // The answer's text and its encodings are kept per data version: sent as they are, not serialised or compressed again.
  endpointRoute(api, e['GET /api/plans/:planId/scorecard'], async (request, reply) => {
    const answer = await getScorecardAnswer(db, requireActor(request), request.params.planId, request.query.period, request.query.form ?? 'full');
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(await answer.bytes(encoding));
  });
  endpointRoute(api, e['GET /api/plans/:planId/assignments'], async (request) => getAssignments(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['GET /api/plans/:planId/measures-without-direction'], async (request) => measuresWithoutDirection(db, requireActor(request), request.params.planId));
}
