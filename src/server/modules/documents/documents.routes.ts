import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGS } from '../../../domain/i18n/lang';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import type { WorkerPool } from '../../workers/pool';
import { DocumentRenderer } from './document-renderer';
import { type RenderedDocument, renderFollowUpReport, renderMeasuresWorkbook, renderPlanDocument, renderScorecardExport } from './documents.service';

const params = z.object({ planId: z.coerce.number().int().positive() });
const lang = z.enum(LANGS).optional().describe('Dokumentets språk: sv, da eller en; utan: organisationens språk');
const langQuery = z.object({ lang });
const periodQuery = z.object({ period: z.string().optional().describe('Periodnyckel, t.ex. 2022-DÅ04, 2022-DÅ08 eller 2022 (ÅR)'), lang });

/** `attachment` with an ASCII fallback name and the real (Swedish) name per RFC 6266 / 5987. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function send(reply: FastifyReply, doc: RenderedDocument): Buffer {
  reply.header('Content-Type', doc.contentType);
  reply.header('Content-Disposition', contentDisposition(doc.fileName));
  reply.header('Cache-Control', 'no-store');
  return doc.body;
}

/** Downloads: the plan (DOCX, PDF), the follow-up report for a period (DOCX, PDF), measures and values (XLSX). */
export async function documentRoutes(api: FastifyInstance, { db, workers }: AppDeps & { workers: WorkerPool }): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const renderer = new DocumentRenderer(workers);
  for (const format of ['docx', 'pdf'] as const) {
    r.get(
      `/plans/:planId/documents/plan.${format}`,
      { schema: { tags: ['documents'], summary: `Planen som ${format.toUpperCase()}`, params, querystring: langQuery } },
      async (request, reply) => send(reply, await renderPlanDocument(db, requireActor(request), request.params.planId, format, renderer, request.query.lang)),
    );
    r.get(
      `/plans/:planId/documents/follow-up.${format}`,
      { schema: { tags: ['documents'], summary: `Uppföljningsrapporten för en period som ${format.toUpperCase()}`, params, querystring: periodQuery } },
      async (request, reply) =>
        send(reply, await renderFollowUpReport(db, requireActor(request), request.params.planId, format, renderer, request.query.period, request.query.lang)),
    );
  }
  r.get(
    '/plans/:planId/documents/measures.xlsx',
    { schema: { tags: ['documents'], summary: 'Alla mått och värden som Excel, ett blad per perspektiv', params, querystring: langQuery } },
    async (request, reply) => send(reply, await renderMeasuresWorkbook(db, requireActor(request), request.params.planId, renderer, request.query.lang)),
  );
  for (const format of ['xlsx', 'pptx'] as const) {
    r.get(
      `/plans/:planId/documents/scorecard.${format}`,
      {
        schema: {
          tags: ['documents'],
          summary: format === 'xlsx' ? 'Styrkortet för en period som Excel' : 'Styrkortet för en period som PowerPoint: en bild per perspektiv',
          params,
          querystring: periodQuery,
        },
      },
      async (request, reply) =>
        send(reply, await renderScorecardExport(db, requireActor(request), request.params.planId, format, renderer, request.query.period, request.query.lang)),
    );
  }
}
