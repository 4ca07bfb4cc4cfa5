import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGS } from '../../../domain/i18n/lang';
import { type ConsultationListItem, type ConsultationView, type CreatedConsultation, createConsultationBody, type PlanChange, reviewBody } from '../../../shared/consultation-types';
import type { AppContext } from '../../app';
import { localizedError } from '../../http/errors';
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

const idParams = z.object({ id: z.coerce.number().int().positive() });
const langQuery = z.object({ lang: z.enum(LANGS).optional().describe('sv, da eller en; utan: organisationens språk') });

/** The region's side of a consultation round (remiss / høring): send, follow, close, read, respond, publish. */
export async function consultationRoutes(api: FastifyInstance, deps: AppContext): Promise<void> {
  const { db } = deps;
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/consultations',
    { schema: { tags: ['consultations'], summary: 'Skicka en remiss: brev, delar, frågor och remissinstanser (en länk var)', body: createConsultationBody } },
    async (request, reply): Promise<CreatedConsultation> => {
      const created = await createConsultation(deps, requireActor(request), request.body);
      reply.status(201);
      return created;
    },
  );
  r.get(
    '/organisations/:id/consultations',
    { schema: { tags: ['consultations'], summary: 'Organisationens remisser', params: idParams } },
    async (request): Promise<ConsultationListItem[]> => listConsultations(db, requireActor(request), request.params.id),
  );
  r.get(
    '/consultations/:id',
    { schema: { tags: ['consultations'], summary: 'Remissen med remissvaren (senast inskickade version per instans) och regionens kommentarer', params: idParams } },
    async (request): Promise<ConsultationView> => consultationView(db, await manageableConsultation(db, requireActor(request), request.params.id)),
  );
  r.post(
    '/consultations/:id/close',
    { schema: { tags: ['consultations'], summary: 'Stäng remissen: länkarna slutar gälla', params: idParams } },
    async (request): Promise<ConsultationView> => closeConsultation(db, requireActor(request), request.params.id),
  );
  r.post(
    '/consultations/:id/invitations/:invitationId/withdraw',
    { schema: { tags: ['consultations'], summary: 'Återkalla en remissinstans länk', params: idParams.extend({ invitationId: z.coerce.number().int().positive() }) } },
    async (request, reply) => {
      await withdrawInvitation(db, requireActor(request), request.params.id, request.params.invitationId);
      reply.status(204).send();
    },
  );
  r.put(
    '/consultations/:id/reviews',
    { schema: { tags: ['consultations'], summary: 'Regionens kommentar till en punkt: taggar, svar, ledde till ändring (länkad till ändringen)', params: idParams, body: reviewBody } },
    async (request): Promise<ConsultationView> => saveReview(db, requireActor(request), request.params.id, request.body),
  );
  r.put(
    '/consultations/:id/questions/:questionId/summary',
    {
      schema: {
        tags: ['consultations'],
        summary: 'Sammanfattning av svaren på en fråga',
        params: idParams.extend({ questionId: z.coerce.number().int().positive() }),
        body: z.object({ summary: z.string().max(20_000) }),
      },
    },
    async (request): Promise<ConsultationView> => saveQuestionSummary(db, requireActor(request), request.params.id, request.params.questionId, request.body.summary),
  );
  r.post(
    '/consultations/:id/publish',
    { schema: { tags: ['consultations'], summary: 'Publicera svaren och remissammanställningen (efter sista svarsdag)', params: idParams } },
    async (request): Promise<ConsultationView> => publishConsultation(db, requireActor(request), request.params.id),
  );
  r.get(
    '/consultations/:id/plan-changes',
    { schema: { tags: ['consultations'], summary: 'Planens senaste ändringar, att länka en synpunkt till', params: idParams } },
    async (request): Promise<PlanChange[]> => {
      const c = await manageableConsultation(db, requireActor(request), request.params.id);
      if (c.plan_id === null) return [];
      return (await q.recentPlanChanges(db, c.plan_id)).map((x) => ({ id: x.id, objectType: x.object_type, objectId: x.object_id, action: x.action, at: x.at, title: x.title }));
    },
  );
  r.get(
    '/consultations/:id/attachments/:attachmentId',
    { schema: { tags: ['consultations'], summary: 'En bilaga till ett remissvar', params: idParams.extend({ attachmentId: z.coerce.number().int().positive() }) } },
    async (request, reply) => {
      await manageableConsultation(db, requireActor(request), request.params.id);
      const file = await q.readAttachment(db, request.params.id, request.params.attachmentId);
      if (!file || file.submitted_at === null) throw localizedError('not-found', MSG.notFound);
      reply.header('Content-Type', file.kind === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      reply.header('Content-Disposition', contentDisposition(file.file_name));
      reply.header('X-Content-Type-Options', 'nosniff');
      return Buffer.from(file.data);
    },
  );
  for (const format of ['docx', 'pdf'] as const) {
    r.get(
      `/consultations/:id/summary.${format}`,
      { schema: { tags: ['consultations'], summary: `Remissammanställningen (høringsnotat) som ${format.toUpperCase()}`, params: idParams, querystring: langQuery } },
      async (request, reply) => {
        const c = await manageableConsultation(db, requireActor(request), request.params.id);
        const doc = await renderNotes(db, c, format, request.query.lang ?? c.default_lang);
        reply.header('Content-Type', doc.contentType);
        reply.header('Content-Disposition', contentDisposition(doc.fileName));
        reply.header('Cache-Control', 'no-store');
        return doc.body;
      },
    );
  }
}
