import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { MAX_DOCUMENT_BYTES } from '../../../importers/documents/read-document';
import { extractionEndpoints as e } from '../../../shared/contracts/extraction';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { readUploadedFile } from '../../http/uploaded-file';
import type { WorkerPool } from '../../workers/pool';
import { draftCreatedIn, extractionViewIn } from './extraction-language';
import { createDraftPlan, getExtractionView, listExtractionProfiles, proposeWithMapping, saveExtractionProfile, uploadDocument } from './extraction.service';

/** Plan documents in: upload and proposal, the mapped proposal, profiles, the draft plan (contracts: src/shared/contracts/extraction.ts). */
export async function extractionRoutes(api: FastifyInstance, { db, workers }: AppDeps & { workers: WorkerPool }): Promise<void> {
  await api.register(async (scope) => {
    // The upload alone reads multipart; the other routes stay JSON only.
    await scope.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 2 } });
    endpointRoute(scope, e['POST /api/organisations/:orgId/extractions'], async (request) => {
      const actor = requireActor(request);
      const { fileName, bytes } = await readUploadedFile(scope, request, {
        tooLarge: `Filen är större än ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
        maxBytes: MAX_DOCUMENT_BYTES,
        fallbackName: 'dokument',
      });
      return extractionViewIn(await uploadDocument(db, actor, request.params.orgId, fileName, bytes, workers), request.lang);
    });
  });

  endpointRoute(api, e['GET /api/extractions/:extractionId'], async (request) =>
    extractionViewIn(await getExtractionView(db, requireActor(request), request.params.extractionId), request.lang),
  );
  endpointRoute(api, e['POST /api/extractions/:extractionId/proposal'], async (request) =>
    extractionViewIn(await proposeWithMapping(db, requireActor(request), request.params.extractionId, request.body.mapping), request.lang),
  );
  endpointRoute(api, e['POST /api/extractions/:extractionId/draft'], async (request) =>
    draftCreatedIn(await createDraftPlan(db, requireActor(request), request.params.extractionId, request.body), request.lang),
  );
  endpointRoute(api, e['GET /api/organisations/:orgId/extraction-profiles'], async (request) => listExtractionProfiles(db, requireActor(request), request.params.orgId));
  endpointRoute(api, e['POST /api/organisations/:orgId/extraction-profiles'], async (request) =>
    saveExtractionProfile(db, requireActor(request), request.params.orgId, request.body),
  );
}
