import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FILE_LIMITS } from '../../../importers/limits';
import { valueImportEndpoints as e } from '../../../shared/contracts/value-import';
import type { AppDeps } from '../../app';
import { endpointRoute } from '../../http/endpoint-route';
import { requireActor } from '../../http/session';
import { readUploadedFile } from '../../http/uploaded-file';
import type { WorkerPool } from '../../workers/pool';
import { jobIn, previewIn } from './value-import-language';
import { getValueImportJob, mapValueCodes, previewValueImport, startValueImport, uploadValueFile } from './value-import.service';

/** Largest file the page may upload; bigger files go through `npx ledstjarna import-values`, which streams them. */
export const MAX_UPLOAD_BYTES = FILE_LIMITS.maxUploadBytes;

/** Upload, preview, import and progress of values from CSV and XLSX files (contracts: src/shared/contracts/value-import.ts). */
export async function valueImportRoutes(api: FastifyInstance, { db, config, workers, queue }: AppDeps & { workers: WorkerPool }): Promise<void> {
  // Multipart only for the upload: registered in its own scope.
  await api.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
    endpointRoute(scope, e['POST /api/plans/:planId/value-imports'], async (request) => {
      const actor = requireActor(request);
      const { fileName, bytes } = await readUploadedFile(scope, request as unknown as FastifyRequest, {
        tooLarge: `Filen är större än ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Dela upp den, eller importera den med kommandot npx ledstjarna import-values.`,
        fallbackName: 'fil',
        maxBytes: MAX_UPLOAD_BYTES,
      });
      return uploadValueFile(db, actor, { planId: request.params.planId, fileName, bytes }, workers, request.lang);
    });
  });

  endpointRoute(api, e['POST /api/value-imports/:importId/codes'], async (request) =>
    mapValueCodes(db, requireActor(request), request.params.importId, request.body.mappings, workers, request.lang),
  );
  endpointRoute(api, e['POST /api/value-imports/:importId/preview'], async (request) =>
    previewIn(await previewValueImport(db, requireActor(request), request.params.importId, request.body.mapping), request.lang),
  );
  endpointRoute(api, e['POST /api/value-imports/:importId/run'], async (request) => {
    const job = await startValueImport(db, requireActor(request), request.params.importId, request.body.mapping, (err) => request.log.error(err), queue, {
      retentionDays: config.uploadRetentionDays,
    });
    return jobIn(job, request.lang);
  });
  endpointRoute(api, e['GET /api/value-imports/:importId'], async (request) => jobIn(await getValueImportJob(db, requireActor(request), request.params.importId), request.lang));
}
