import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { expectedVersion } from '../../http/versions';
import { addBudgetLine, getBudgetOverview, removeBudgetLine, updateBudgetLine } from './budget.service';

// Amounts may come as typed ("8 406,5", "−8,1"); the domain parses them and names the failing cell.
const amount = z.union([z.number(), z.string().max(40, 'Beloppet får vara högst 40 tecken'), z.null()]);
const line = {
  label: z.string().max(500, 'Benämningen får vara högst 500 tecken'),
  kind: z.enum(['line', 'total'], { message: 'Raden är "line" (belopp) eller "total" (summa)' }).optional(),
  sign: z.union([z.literal(1), z.literal(-1)], { message: 'Tecknet är 1 eller -1' }).optional(),
  amounts: z.array(amount).max(50),
};

/** The plan's budget tables with checked sums, and editing of their lines. */
export async function budgetRoutes(api: FastifyInstance, { db }: AppDeps): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:planId/budget',
    {
      schema: {
        tags: ['budget'],
        summary: 'Planens budgettabeller med beräknade summor mot angivna',
        params: z.object({ planId: z.coerce.number().int().positive() }),
      },
    },
    async (request) => getBudgetOverview(db, requireActor(request), request.params.planId),
  );
  r.post(
    '/budget-tables/:tableId/rows',
    {
      schema: {
        tags: ['budget'],
        summary: 'Lägg till en rad (ett belopp per kolumn)',
        params: z.object({ tableId: z.coerce.number().int().positive() }),
        body: z.object({ ...line, position: z.number().int().min(0).optional() }),
      },
    },
    async (request, reply) => {
      const table = await addBudgetLine(db, requireActor(request), request.params.tableId, request.body);
      reply.status(201);
      return table;
    },
  );
  r.patch(
    '/budget-rows/:rowId',
    {
      schema: {
        tags: ['budget'],
        summary: 'Ändra en rad i en budgettabell; version (eller If-Match) är den version ändringen gjordes mot – en äldre ger 409',
        params: z.object({ rowId: z.coerce.number().int().positive() }),
        body: z.object({ ...line, version: z.number().int().min(1) }).partial(),
      },
    },
    async (request) =>
      updateBudgetLine(db, requireActor(request), request.params.rowId, { ...request.body, version: expectedVersion(request, request.body.version) }),
  );
  r.delete(
    '/budget-rows/:rowId',
    { schema: { tags: ['budget'], summary: 'Ta bort en rad (If-Match: versionen som visades)', params: z.object({ rowId: z.coerce.number().int().positive() }) } },
    async (request) => removeBudgetLine(db, requireActor(request), request.params.rowId, expectedVersion(request)),
  );
}
