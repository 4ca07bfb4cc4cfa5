import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LANGS } from '../../../domain/i18n/lang';
import { type AttachmentView, answerBody, type ConsultationView, type InvitationView, type ResponseVersion } from '../../../shared/consultation-types';
import type { AppContext } from '../../app';
import { contentDisposition } from '../documents/documents.routes';
import { consultationView, publishedConsultation } from './consultations.service';
import { ATTACHMENT_LIMITS, addAttachment, invitationView, type OpenInvitation, openInvitation, saveAnswer } from './invitation.service';
import { renderNotes } from './notes.service';

declare module 'fastify' {
  interface FastifyRequest {
    invitation?: OpenInvitation;
  }
}

const tokenParams = z.object({ token: z.string().max(200) });
const FILE_TYPES = ['application/octet-stream', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

/**
 * Access without an account (design-round-2, kinds 1 and 2): a respondent's link, and the public
 * page of a published round. Rate-limited per client; the link is resolved before the body is
 * validated, so a wrong, withdrawn or expired link is 404 whatever was sent.
 */
export async function invitationRoutes(api: FastifyInstance, { db }: AppContext, limit = { max: 120, timeWindow: '1 minute' }): Promise<void> {
  await api.register(async (scope) => {
    await scope.register(rateLimit, { ...limit, errorResponseBuilder: (_req, ctx) => Object.assign(new Error('För många försök. Vänta en stund och försök igen.'), { statusCode: ctx.statusCode }) });
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMITS.bytes + 1 }, (_req, body, done) => done(null, body));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const resolve = async (request: FastifyRequest) => {
      request.invitation = await openInvitation(db, (request.params as { token: string }).token);
    };
    const opened = (request: FastifyRequest): OpenInvitation => request.invitation!;

    r.get(
      '/consultation-invitations/:token',
      { config: { public: true, access: 'token' as const }, preValidation: resolve, schema: { tags: ['consultations'], security: [], summary: 'Remissen för en remissinstans (utan konto)', params: tokenParams } },
      async (request): Promise<InvitationView> => invitationView(db, opened(request)),
    );
    r.put(
      '/consultation-invitations/:token/answer',
      { config: { public: true, access: 'token' as const }, preValidation: resolve, schema: { tags: ['consultations'], security: [], summary: 'Spara eller skicka in remissvaret (utan konto)', params: tokenParams, body: answerBody } },
      async (request): Promise<ResponseVersion> => saveAnswer(db, opened(request), request.body),
    );
    r.post(
      '/consultation-invitations/:token/attachments',
      {
        config: { public: true, access: 'token' as const },
        preValidation: resolve,
        bodyLimit: ATTACHMENT_LIMITS.bytes + 1,
        schema: {
          tags: ['consultations'],
          security: [],
          summary: 'Bifoga en PDF- eller Word-fil till utkastet (filen som request body, namnet i ?name=)',
          params: tokenParams,
          querystring: z.object({ name: z.string().max(300) }),
        },
      },
      async (request, reply): Promise<AttachmentView> => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const attachment = await addAttachment(db, opened(request), request.query.name, body);
        reply.status(201);
        return attachment;
      },
    );
    r.get(
      '/public/consultations/:id',
      { config: { public: true, access: 'published' as const }, schema: { tags: ['consultations'], security: [], summary: 'En publicerad remiss med remissvaren', params: z.object({ id: z.coerce.number().int().positive() }) } },
      async (request): Promise<Omit<ConsultationView, 'parties'> & { parties: Omit<ConsultationView['parties'][number], 'email'>[] }> => {
        const view = await consultationView(db, await publishedConsultation(db, request.params.id));
        return {
          ...view,
          parties: view.parties.map(({ email: _email, ...p }) => ({
            ...p,
            submitted: p.submitted && { ...p.submitted, respondent: { name: p.submitted.respondent.name, email: '' } },
          })),
        };
      },
    );
    for (const format of ['docx', 'pdf'] as const) {
      r.get(
        `/public/consultations/:id/summary.${format}`,
        {
          config: { public: true, access: 'published' as const },
          schema: {
            tags: ['consultations'],
            security: [],
            summary: `Den publicerade remissammanställningen som ${format.toUpperCase()}`,
            params: z.object({ id: z.coerce.number().int().positive() }),
            querystring: z.object({ lang: z.enum(LANGS).optional() }),
          },
        },
        async (request, reply) => {
          const c = await publishedConsultation(db, request.params.id);
          const doc = await renderNotes(db, c, format, request.query.lang ?? c.default_lang);
          reply.header('Content-Type', doc.contentType);
          reply.header('Content-Disposition', contentDisposition(doc.fileName));
          return doc.body;
        },
      );
    }
  });
}
