import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import {
  confirmRiskMatch,
  createRiskAssessment,
  deleteRiskAssessment,
  getRiskHistory,
  getRiskOverview,
  setRiskThresholds,
  updateRiskAssessment,
} from './risks.service';

const planParams = z.object({ planId: z.coerce.number().int().positive() });
const riskParams = z.object({ riskId: z.coerce.number().int().positive() });
const year = z.number({ message: 'Ange år, t.ex. 2022' }).int('Året ska vara ett heltal').min(1900, 'Ange ett år, t.ex. 2022').max(2200, 'Ange ett år, t.ex. 2022');
// The numbers are checked by the domain, so that "5" and 5 get the same message with the field's path.
const level = z.union([z.number(), z.string().max(10)]);
const text = z.string().max(10_000, 'Texten får vara högst 10 000 tecken');
const assessment = {
  nodeId: z.number({ message: 'Välj en framgångsfaktor' }).int().positive('Välj en framgångsfaktor'),
  year,
  whatCouldHappen: text.optional(),
  consequenceText: text.optional(),
  consequence: level,
  probability: level,
  risk: level.nullable().optional(),
  cause: text.optional(),
  action: text.optional(),
  controlMethod: text.optional(),
};

/** Risk assessments of success factors: list per year with heat map, history, create, change, confirm matches, thresholds. */
export async function riskRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/risks',
    {
      schema: {
        tags: ['risks'],
        summary: 'Planens riskbedömningar för ett år, med riskmatris (4 × 4) och gränser',
        params: planParams,
        querystring: z.object({ year: z.coerce.number().int().min(1900).max(2200).optional() }),
      },
    },
    async (request) => getRiskOverview(db, requireActor(request), request.params.planId, request.query.year),
  );
  r.get(
    '/plans/:planId/risks/history',
    { schema: { tags: ['risks'], summary: 'Varje framgångsfaktors risk över åren', params: planParams } },
    async (request) => getRiskHistory(db, requireActor(request), request.params.planId),
  );
  r.post(
    '/plans/:planId/risks',
    { schema: { tags: ['risks'], summary: 'Lägg till en riskbedömning (konsekvens × sannolikhet = risk)', params: planParams, body: z.object(assessment) } },
    async (request, reply) => {
      const created = await createRiskAssessment(db, requireActor(request), request.params.planId, request.body);
      reply.status(201);
      return created;
    },
  );
  r.patch(
    '/risks/:riskId',
    {
      schema: {
        tags: ['risks'],
        summary: 'Ändra en riskbedömning; version (eller If-Match) är den version ändringen gjordes mot – en äldre ger 409',
        params: riskParams,
        body: z.object({ ...assessment, version: z.number().int().min(1) }).partial(),
      },
    },
    async (request) =>
      updateRiskAssessment(db, requireActor(request), request.params.riskId, { ...request.body, version: expectedVersion(request, request.body.version) }),
  );
  r.put(
    '/risks/:riskId/match',
    {
      schema: {
        tags: ['risks'],
        summary: 'Bekräfta föreslagen framgångsfaktor eller välj en annan',
        params: riskParams,
        body: z.object({ nodeId: z.number({ message: 'Välj en framgångsfaktor' }).int().positive('Välj en framgångsfaktor'), version: z.number().int().min(1).optional() }),
      },
    },
    async (request) =>
      confirmRiskMatch(db, requireActor(request), request.params.riskId, request.body.nodeId, expectedVersion(request, request.body.version)),
  );
  r.delete(
    '/risks/:riskId',
    { schema: { tags: ['risks'], summary: 'Ta bort en riskbedömning (If-Match: versionen som visades)', params: riskParams } },
    async (request, reply) => {
      await deleteRiskAssessment(db, requireActor(request), request.params.riskId, expectedVersion(request));
      reply.status(204).send();
    },
  );
  r.put(
    '/plans/:planId/risk-thresholds',
    {
      schema: {
        tags: ['risks'],
        summary: 'Från vilket riskvärde åtgärd krävs (standard 9: 1–8 ingen särskild åtgärd, 9–16 åtgärd)',
        params: planParams,
        body: z.object({ actionFrom: z.number({ message: 'Ange ett heltal 2–16' }) }),
      },
    },
    async (request) => setRiskThresholds(db, requireActor(request), request.params.planId, request.body),
  );
}
