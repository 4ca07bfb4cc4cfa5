import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CodeMappingInput, ValueImportJob, ValueMapping, ValuePreview, ValueUpload } from '../../../shared/value-import-types';
import { ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

/** Sends a file as multipart/form-data (the JSON client cannot); errors come back as ApiError like every other call. */
async function postFile(planId: number, file: File): Promise<ValueUpload> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/plans/${planId}/value-imports`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'sv' },
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  const body = (await response.json().catch(() => undefined)) as
    | ValueUpload
    | { error: { code: string; message: string; details?: { path: string; message: string }[] } }
    | undefined;
  if (!response.ok) {
    if (body && 'error' in body) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details ?? []);
    throw new ApiError(response.status, `http-${response.status}`, response.statusText);
  }
  return body as ValueUpload;
}

export function useUploadValueFile(planId: number) {
  return useMutation<ValueUpload, ApiError, File>({ mutationFn: (file) => postFile(planId, file) });
}

/** Maps codes of a coded file once, for the organisation; answers with the upload as it now reads. */
export function useMapValueCodes() {
  return useMutation<ValueUpload, ApiError, { importId: number; mappings: CodeMappingInput[] }>({
    mutationFn: ({ importId, mappings }) => api.post<ValueUpload>(`/api/value-imports/${importId}/codes`, { mappings }),
  });
}

export function usePreviewValueImport() {
  return useMutation<ValuePreview, ApiError, { importId: number; mapping: ValueMapping }>({
    mutationFn: ({ importId, mapping }) => api.post<ValuePreview>(`/api/value-imports/${importId}/preview`, { mapping }),
  });
}

export function useStartValueImport() {
  return useMutation<ValueImportJob, ApiError, { importId: number; mapping: ValueMapping }>({
    mutationFn: ({ importId, mapping }) => api.post<ValueImportJob>(`/api/value-imports/${importId}/run`, { mapping }),
  });
}

/** Polls a job twice a second while it runs; when it is done, every scorecard and measure is refreshed (statuses depend on values). */
export function useValueImportJob(importId: number | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: ['value-import', importId],
    queryFn: async ({ signal }) => {
      const job = await api.get<ValueImportJob>(`/api/value-imports/${importId}`, { signal });
      if (job.status === 'done') {
        await Promise.all([client.invalidateQueries({ queryKey: keys.scorecards }), client.invalidateQueries({ queryKey: keys.measures })]);
      }
      return job;
    },
    enabled: importId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 500),
  });
}
