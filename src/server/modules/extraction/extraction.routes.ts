import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_DOCUMENT_BYTES } from '../../../importers/documents/read-document';
import { createDraftSchema, proposalRequestSchema, saveProfileSchema } from '../../../shared/extraction-schemas';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { readUploadedFile } from '../../http/uploaded-file';
import type { WorkerPool } from '../../workers/pool';
import { createDraftPlan, getExtractionView, listExtractionProfiles, proposeWithMapping, saveExtractionProfile, uploadDocument } from './extraction.service';

const id = z.coerce.number().int().positive();
const orgParams = z.object({ orgId: id });
const extractionParams = z.object({ extractionId: id });

/** Plan documents in: upload and proposal, the mapped proposal, profiles, the draft plan. */
export async function extractionRoutes(api: FastifyInstance, { db, workers }: AppDeps & { workers: WorkerPool }): Promise<void> {
  await api.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 2 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/organisations/:orgId/extractions',
      {
        schema: {
          tags: ['extraction'],
          summary: 'Ladda upp ett plandokument (DOCX, PDF, XLSX, CSV, HTML, text; multipart, fältet "file") och få dess struktur som förslag',
          params: orgParams,
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { fileName, bytes } = await readUploadedFile(scope, request, {
          tooLarge: `Filen är större än ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
          fallbackName: 'dokument',
        });
        const view = await uploadDocument(db, actor, request.params.orgId, fileName, bytes, workers);
        reply.status(201);
        return view;
      },
    );
  });

  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get('/extractions/:extractionId', { schema: { tags: ['extraction'], summary: 'Ett inläst dokument och förslaget', params: extractionParams } }, async (request) =>
    getExtractionView(db, requireActor(request), request.params.extractionId),
  );
  r.post(
    '/extractions/:extractionId/proposal',
    { schema: { tags: ['extraction'], summary: 'Förslaget med användarens val av nivåer, kolumner, rader och celler', params: extractionParams, body: proposalRequestSchema } },
    async (request) => proposeWithMapping(db, requireActor(request), request.params.extractionId, request.body.mapping),
  );
  r.post(
    '/extractions/:extractionId/draft',
    { schema: { tags: ['extraction'], summary: 'Skapa ett planutkast av förslaget: allt eller inget', params: extractionParams, body: createDraftSchema } },
    async (request, reply) => {
      reply.status(201);
      return createDraftPlan(db, requireActor(request), request.params.extractionId, request.body);
    },
  );
  r.get('/organisations/:orgId/extraction-profiles', { schema: { tags: ['extraction'], summary: 'Organisationens sparade inläsningsprofiler', params: orgParams } }, async (request) =>
    listExtractionProfiles(db, requireActor(request), request.params.orgId),
  );
  r.post(
    '/organisations/:orgId/extraction-profiles',
    { schema: { tags: ['extraction'], summary: 'Spara valen som organisationens profil (samma namn: ny version)', params: orgParams, body: saveProfileSchema } },
    async (request) => saveExtractionProfile(db, requireActor(request), request.params.orgId, request.body),
  );
}
