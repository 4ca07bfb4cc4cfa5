import type { FastifyInstance } from 'fastify';
import { federationEndpoints as e } from '../../../shared/contracts/federations';
import type { AppContext } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { adoptSharedGoal, createFederation, getFederationView, listFederations } from './federations.service';
import { getPlanGlossary } from './plan-glossary.service';
import { compareSharedMeasures } from './shared-measures.service';

/** Federations of organisations: form one, read it, adopt its shared goals (contracts: src/shared/contracts/federations.ts). */
export async function federationRoutes(api: FastifyInstance, { db }: AppContext): Promise<void> {
  endpointRoute(api, e['POST /api/federations'], async (request) => createFederation(db, requireActor(request), request.body));
  endpointRoute(api, e['GET /api/federations'], async (request) => listFederations(db, requireActor(request)));
  endpointRoute(api, e['GET /api/federations/:id'], async (request) => getFederationView(db, requireActor(request), request.params.id));
  endpointRoute(api, e['GET /api/plans/:planId/glossary'], async (request) => getPlanGlossary(db, requireActor(request), request.params.planId));
  endpointRoute(api, e['GET /api/federations/:id/measures'], async (request) => compareSharedMeasures(db, requireActor(request), request.params.id, request.query.period));
  endpointRoute(api, e['POST /api/federations/:id/adoptions'], async (request) => adoptSharedGoal(db, requireActor(request), request.params.id, request.body));
}
