import type { FastifyInstance } from 'fastify';
import { CONSULTATION_FILE_TYPES, consultationEndpoints as e } from '../../../shared/contracts/consultations';
import type { AppContext } from '../../app';
import { localizedError } from '../../http/errors';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { contentDisposition } from '../documents/documents.routes';
import { MSG } from './consultation-messages';
import * as q from './consultations.queries';
import {
  closeConsultation,
  consultationView,
  createConsultation,
  listConsultations,
  manageableConsultation,
  publishConsultation,
  saveQuestionSummary,
  saveReview,
  withdrawInvitation,
} from './consultations.service';
import { renderNotes } from './notes.service';

/**
 * The region's side of a consultation round (remiss / høring): send, follow, close, read, respond,
 * publish. Contracts: src/shared/contracts/consultations.ts.
 */
export async function consultationRoutes(api: FastifyInstance, deps: AppContext): Promise<void> {
  const { db } = deps;
  endpointRoute(api, e['POST /api/consultations'], async (request) => createConsultation(deps, requireActor(request), request.body));
  endpointRoute(api, e['GET /api/organisations/:id/consultations'], async (request) => listConsultations(db, requireActor(request), request.params.id));
  endpointRoute(api, e['GET /api/consultations/:id'], async (request) => consultationView(db, await manageableConsultation(db, requireActor(request), request.params.id)));
  endpointRoute(api, e['POST /api/consultations/:id/close'], async (request) => closeConsultation(db, requireActor(request), request.params.id));
  endpointRoute(api, e['POST /api/consultations/:id/invitations/:invitationId/withdraw'], async (request) => {
    await withdrawInvitation(db, requireActor(request), request.params.id, request.params.invitationId);
    return null;
  });
  endpointRoute(api, e['PUT /api/consultations/:id/reviews'], async (request) => saveReview(db, requireActor(request), request.params.id, request.body));
  endpointRoute(api, e['PUT /api/consultations/:id/questions/:questionId/summary'], async (request) =>
    saveQuestionSummary(db, requireActor(request), request.params.id, request.params.questionId, request.body.summary),
  );
  endpointRoute(api, e['POST /api/consultations/:id/publish'], async (request) => publishConsultation(db, requireActor(request), request.params.id));
  endpointRoute(api, e['GET /api/consultations/:id/plan-changes'], async (request) => {
    const c = await manageableConsultation(db, requireActor(request), request.params.id);
    if (c.plan_id === null) return [];
    return (await q.recentPlanChanges(db, c.plan_id)).map((x) => ({ id: x.id, objectType: x.object_type, objectId: x.object_id, action: x.action, at: x.at, title: x.title }));
  });
  endpointRoute(api, e['GET /api/consultations/:id/attachments/:attachmentId'], async (request, reply) => {
    await manageableConsultation(db, requireActor(request), request.params.id);
    const file = await q.readAttachment(db, request.params.id, request.params.attachmentId);
    if (!file || file.submitted_at === null) throw localizedError('not-found', MSG.notFound);
    reply.header('Content-Type', CONSULTATION_FILE_TYPES[file.kind]);
    reply.header('Content-Disposition', contentDisposition(file.file_name));
    reply.header('X-Content-Type-Options', 'nosniff');
    return reply.send(Buffer.from(file.data));
  });
  for (const format of ['docx', 'pdf'] as const) {
    endpointRoute(api, e[`GET /api/consultations/:id/summary.${format}`], async (request, reply) => {
      const c = await manageableConsultation(db, requireActor(request), request.params.id);
      const doc = await renderNotes(db, c, format, request.query.lang ?? c.default_lang);
      reply.header('Content-Type', doc.contentType);
      reply.header('Content-Disposition', contentDisposition(doc.fileName));
      reply.header('Cache-Control', 'no-store');
      return reply.send(doc.body);
    });
  }
}
