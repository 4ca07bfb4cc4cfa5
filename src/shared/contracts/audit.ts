/** The audit log (issue 13, src/server/modules/audit): an object's or a person's history, an organisation's log, the chain check. */
import { z } from 'zod';
import { defineEndpoints } from '../endpoint';
import { idParam, orgParams } from './common';

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  organisationId: z.number().nullable(),
  objectType: z.string(),
  objectId: z.number(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** The kinds of object whose history may be asked for; `user` is a person: their roles, deactivation, password resets and sign-ins. */
export const AUDIT_OBJECT_TYPES = [
  'plan',
  'node',
  'measure',
  'organisation',
  'governance-model',
  'membership',
  'user',
  'judgement',
  'chapter',
  'value',
  'forecast',
  'risk',
  'budget-row',
  'backup',
  'export',
] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ange datum som ÅÅÅÅ-MM-DD');
const tags = ['audit'];

export const auditEndpoints = defineEndpoints({
  'GET /api/audit': {
    tags,
    summary: 'Historik för ett objekt eller en person: vem ändrade vad och när, före och efter',
    query: z.object({ objectType: z.enum(AUDIT_OBJECT_TYPES), objectId: idParam }),
    response: z.array(auditEntrySchema),
  },
  'GET /api/audit/verify': {
    tags,
    summary: 'Kontrollerar granskningsloggens hashkedja: visar första stället där en post saknas eller har ändrats',
    response: z.object({
      ok: z.boolean(),
      entries: z.number(),
      /** The first place where the chain is broken, and what broke it. */
      firstBreak: z
        .discriminatedUnion('kind', [
          z.object({ kind: z.literal('gap'), seq: z.number(), expectedSeq: z.number() }),
          z.object({ kind: z.literal('changed'), seq: z.number() }),
          z.object({ kind: z.literal('broken-link'), seq: z.number() }),
        ])
        .nullable(),
    }),
  },
  'GET /api/organisations/:orgId/audit': {
    tags,
    summary: 'Organisationens granskningslogg för administratörer, nyast först, med filter; format=csv ger en CSV-fil',
    params: orgParams,
    query: z.object({
      objectType: z.string().max(40).optional(),
      action: z.string().max(40).optional(),
      actorUserId: idParam.optional(),
      from: date.optional(),
      to: date.optional(),
      beforeId: idParam.optional(),
      limit: z.coerce.number().int().min(1).max(10_000).default(200),
      format: z.enum(['json', 'csv']).default('json'),
    }),
    response: z.array(auditEntrySchema),
  },
});
