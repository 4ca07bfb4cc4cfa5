import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FILE_LIMITS } from '../../../importers/limits';
import type { AppDeps } from '../../app';
import { requireActor } from '../../http/session';
import { readUploadedFile } from '../../http/uploaded-file';
import type { WorkerPool } from '../../workers/pool';
import { jobIn, previewIn } from './value-import-language';
import { codeMappingsSchema, mappingSchema } from './value-import.schema';
import { getValueImportJob, mapValueCodes, previewValueImport, startValueImport, uploadValueFile } from './value-import.service';

/** Largest file the page may upload; bigger files go through `npx ledstjarna import-values`, which streams them. */
export const MAX_UPLOAD_BYTES = FILE_LIMITS.maxUploadBytes;

const importParams = z.object({ importId: z.coerce.number().int().positive() });

/** Upload, preview, import and progress of values from CSV and XLSX files. */
export async function valueImportRoutes(api: FastifyInstance, { db, config, workers, queue }: AppDeps & { workers: WorkerPool }): Promise<void> {
  // Multipart only for these routes: registered in their own scope.
  await api.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/plans/:planId/value-imports',
      {
        schema: {
          tags: ['value-import'],
          summary: 'Ladda upp en fil med värden: CSV, XLSX, DHIS2, SCB PxWebApi, Kolada eller Stratsys (multipart, fältet "file")',
          params: z.object({ planId: z.coerce.number().int().positive() }),
          consumes: ['multipart/form-data'],
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { fileName, bytes } = await readUploadedFile(scope, request, {
          tooLarge: `Filen är större än ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Dela upp den, eller importera den med kommandot npx ledstjarna import-values.`,
          fallbackName: 'fil',
        });
        const upload = await uploadValueFile(db, actor, { planId: request.params.planId, fileName, bytes }, workers, request.lang);
        reply.status(201);
        return upload;
      },
    );
  });

  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/value-imports/:importId/codes',
    {
      schema: {
        tags: ['value-import'],
        summary: 'Koppla koder i en uppladdad fil (DHIS2, SCB, Kolada, Stratsys) till mått och områden, en gång för organisationen',
        params: importParams,
        body: codeMappingsSchema,
      },
    },
    async (request) => mapValueCodes(db, requireActor(request), request.params.importId, request.body.mappings, workers, request.lang),
  );
  r.post(
    '/value-imports/:importId/preview',
    {
      schema: {
        tags: ['value-import'],
        summary: 'Förhandsgranska en uppladdad fil med ett kolumnval: de första värdena och varje avvisad rad',
        params: importParams,
        body: z.object({ mapping: mappingSchema }),
      },
    },
    async (request) => previewIn(await previewValueImport(db, requireActor(request), request.params.importId, request.body.mapping), request.lang),
  );
  r.post(
    '/value-imports/:importId/run',
    {
      schema: {
        tags: ['value-import'],
        summary: 'Importera en uppladdad fil (allt eller inget); följ förloppet med GET',
        params: importParams,
        body: z.object({ mapping: mappingSchema }),
      },
    },
    async (request, reply) => {
      const job = await startValueImport(db, requireActor(request), request.params.importId, request.body.mapping, (err) => request.log.error(err), queue, {
        retentionDays: config.uploadRetentionDays,
      });
      reply.status(202);
      return jobIn(job, request.lang);
    },
  );
  r.get(
    '/value-imports/:importId',
    { schema: { tags: ['value-import'], summary: 'En imports status, förlopp och resultat', params: importParams } },
    async (request) => jobIn(await getValueImportJob(db, requireActor(request), request.params.importId), request.lang),
  );
}
