/** A plan imported from text, all or nothing (src/server/modules/plan-import). */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { orgParams } from './common';

export const importPlanRequestSchema = z.object({
  text: z.string().min(1, 'Dokumentet är tomt'),
  fileName: z.string().default('plan.txt'),
  dryRun: z.boolean().default(false),
  lang: z.string().optional(),
});

export const importSummarySchema = z.object({
  dryRun: z.boolean(),
  planId: z.number().nullable(),
  lines: z.array(z.string()),
  warnings: z.array(z.object({ line: z.number(), message: z.string() })),
});

export const planImportEndpoints = defineEndpoints({
  'POST /api/organisations/:orgId/plans/import': {
    tags: ['plans'],
    summary: 'Importera en plan från text (allt eller inget)',
    params: orgParams,
    body: importPlanRequestSchema,
    response: importSummarySchema,
  },
});
