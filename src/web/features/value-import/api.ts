import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CodeMappingInput, ValueMapping, ValuePreview, ValueUpload } from '../../../shared/value-import-types';
import { type ApiError, api, postFile } from '../../api/client';
import { keys } from '../../api/queries';

/** Uploads a file (multipart, which `api.call` does not send); the answer is the contract's `POST /api/plans/:planId/value-imports`. */
export function useUploadValueFile(planId: number) {
  return useMutation<ValueUpload, ApiError, File>({ mutationFn: (file) => postFile<ValueUpload>(`/api/plans/${planId}/value-imports`, file) });
}

/** Maps codes of a coded file once, for the organisation; answers with the upload as it now reads. */
export function useMapValueCodes() {
  return useMutation<ValueUpload, ApiError, { importId: number; mappings: CodeMappingInput[] }>({
    mutationFn: ({ importId, mappings }) => api.call('POST /api/value-imports/:importId/codes', { params: { importId }, body: { mappings } }),
  });
}

export function usePreviewValueImport() {
  return useMutation<ValuePreview, ApiError, { importId: number; mapping: ValueMapping }>({
    mutationFn: ({ importId, mapping }) => api.call('POST /api/value-imports/:importId/preview', { params: { importId }, body: { mapping } }),
  });
}

export function useStartValueImport() {
  return useMutation({
    mutationFn: ({ importId, mapping }: { importId: number; mapping: ValueMapping }) => api.call('POST /api/value-imports/:importId/run', { params: { importId }, body: { mapping } }),
  });
}

/** Polls a job twice a second while it runs; when it is done, every scorecard and measure is refreshed (statuses depend on values). */
export function useValueImportJob(importId: number | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['value-import', importId],
    queryFn: async ({ signal }) => {
      const job = await api.call('GET /api/value-imports/:importId', { params: { importId: importId! } }, { signal });
      if (job.status === 'done') {
        await Promise.all([client.invalidateQueries({ queryKey: keys.scorecards }), client.invalidateQueries({ queryKey: keys.measures })]);
      }
      return job;
    },
    enabled: importId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 500),
  });
}
