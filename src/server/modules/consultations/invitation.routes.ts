import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { consultationEndpoints as e } from '../../../shared/contracts/consultations';
import type { AppContext } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { contentDisposition } from '../documents/documents.routes';
import { consultationView, publishedConsultation } from './consultations.service';
import { ATTACHMENT_LIMITS, addAttachment, invitationView, type OpenInvitation, openInvitation, saveAnswer } from './invitation.service';
import { renderNotes } from './notes.service';

declare module 'fastify' {
  interface FastifyRequest {
    invitation?: OpenInvitation;
  }
}

/** The request body types an attachment may come as (contract: `consumes`). */
const FILE_TYPES = e['POST /api/consultation-invitations/:token/attachments'].consumes;

/**
 * Access without an account (design-round-2, kinds 1 and 2): a respondent's link, and the public
 * page of a published round. Rate-limited per client; the link is resolved before the body is
 * validated, so a wrong, withdrawn or expired link is 404 whatever was sent.
 * Contracts: src/shared/contracts/consultations.ts.
 */
export async function invitationRoutes(api: FastifyInstance, { db }: AppContext, limit = { max: 120, timeWindow: '1 minute' }): Promise<void> {
  await api.register(async (scope) => {
    await scope.register(rateLimit, { ...limit, errorResponseBuilder: (_req, ctx) => Object.assign(new Error('För många försök. Vänta en stund och försök igen.'), { statusCode: ctx.statusCode }) });
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMITS.bytes + 1 }, (_req, body, done) => done(null, body));

    // The link's routes: the invitation is opened before validation, so a dead link is 404 first.
    await scope.register(async (linked) => {
      const token = { public: true, access: 'token' } as const;
      linked.addHook('preValidation', async (request: FastifyRequest) => {
        request.invitation = await openInvitation(db, (request.params as { token: string }).token);
      });
      const opened = (request: { invitation?: OpenInvitation }): OpenInvitation => request.invitation!;
      endpointRoute(linked, e['GET /api/consultation-invitations/:token'], token, async (request) => invitationView(db, opened(request)));
      endpointRoute(linked, e['PUT /api/consultation-invitations/:token/answer'], token, async (request) => saveAnswer(db, opened(request), request.body));
      endpointRoute(linked, e['POST /api/consultation-invitations/:token/attachments'], token, async (request) => {
        const body: unknown = request.body;
        return addAttachment(db, opened(request), request.query.name, Buffer.isBuffer(body) ? body : Buffer.alloc(0));
      });
    });

    const published = { public: true, access: 'published' } as const;
    endpointRoute(scope, e['GET /api/public/consultations/:id'], published, async (request) => {
      const view = await consultationView(db, await publishedConsultation(db, request.params.id));
      return {
        ...view,
        parties: view.parties.map(({ email: _email, ...p }) => ({
          ...p,
          submitted: p.submitted && { ...p.submitted, respondent: { name: p.submitted.respondent.name, email: '' } },
        })),
      };
    });
    for (const format of ['docx', 'pdf'] as const) {
      endpointRoute(scope, e[`GET /api/public/consultations/:id/summary.${format}`], published, async (request, reply) => {
        const c = await publishedConsultation(db, request.params.id);
        const doc = await renderNotes(db, c, format, request.query.lang ?? c.default_lang);
        reply.header('Content-Type', doc.contentType);
        reply.header('Content-Disposition', contentDisposition(doc.fileName));
        return reply.send(doc.body);
      });
    }
  });
}
