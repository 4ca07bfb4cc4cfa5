import type { FastifyInstance, FastifyReply } from 'fastify';
import { documentEndpoints as e } from '../../../shared/contracts/documents';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import type { WorkerPool } from '../../workers/pool';
import { DocumentRenderer } from './document-renderer';
import { type RenderedDocument, renderFollowUpReport, renderMeasuresWorkbook, renderPlanDocument, renderScorecardExport } from './documents.service';

/** `attachment` with an ASCII fallback name and the real (Swedish) name per RFC 6266 / 5987. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function send(reply: FastifyReply, doc: RenderedDocument): FastifyReply {
  reply.header('Content-Type', doc.contentType);
  reply.header('Content-Disposition', contentDisposition(doc.fileName));
  reply.header('Cache-Control', 'no-store');
  return reply.send(doc.body);
}

/** Downloads: the plan (DOCX, PDF), the follow-up report for a period (DOCX, PDF), measures and values (XLSX), the scorecard (XLSX, PPTX); contracts: src/shared/contracts/documents.ts. */
export async function documentRoutes(api: FastifyInstance, { db, workers }: AppDeps & { workers: WorkerPool }): Promise<void> {
  const renderer = new DocumentRenderer(workers);
  for (const format of ['docx', 'pdf'] as const) {
    endpointRoute(api, e[`GET /api/plans/:planId/documents/plan.${format}`], async (request, reply) =>
      send(reply, await renderPlanDocument(db, requireActor(request), request.params.planId, format, renderer, request.query.lang)),
    );
    endpointRoute(api, e[`GET /api/plans/:planId/documents/follow-up.${format}`], async (request, reply) =>
      send(reply, await renderFollowUpReport(db, requireActor(request), request.params.planId, format, renderer, request.query.period, request.query.lang)),
    );
  }
  endpointRoute(api, e['GET /api/plans/:planId/documents/measures.xlsx'], async (request, reply) =>
    send(reply, await renderMeasuresWorkbook(db, requireActor(request), request.params.planId, renderer, request.query.lang)),
  );
  for (const format of ['xlsx', 'pptx'] as const) {
    endpointRoute(api, e[`GET /api/plans/:planId/documents/scorecard.${format}`], async (request, reply) =>
      send(reply, await renderScorecardExport(db, requireActor(request), request.params.planId, format, renderer, request.query.period, request.query.lang)),
    );
  }
}
