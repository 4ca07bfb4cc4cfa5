import { useMutation } from '@tanstack/react-query';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import type { DraftCreated, ExtractionProfileInfo, ExtractionView } from '../../../shared/extraction-schemas';
import { ApiError, api } from '../../api/client';

/** Sends the document as multipart/form-data; errors come back as ApiError like every other call. */
async function postDocument(orgId: number, file: File): Promise<ExtractionView> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/organisations/${orgId}/extractions`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'sv' },
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  const body = (await response.json().catch(() => undefined)) as
    | ExtractionView
    | { error: { code: string; message: string; details?: { path: string; message: string }[] } }
    | undefined;
  if (!response.ok) {
    if (body && 'error' in body) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details ?? []);
    throw new ApiError(response.status, `http-${response.status}`, response.statusText);
  }
  return body as ExtractionView;
}

export function useUploadDocument(orgId: number) {
  return useMutation<ExtractionView, ApiError, File>({ mutationFn: (file) => postDocument(orgId, file) });
}

export function useProposal() {
  return useMutation<ExtractionView, ApiError, { id: number; mapping: ExtractionMapping }>({
    mutationFn: ({ id, mapping }) => api.post<ExtractionView>(`/api/extractions/${id}/proposal`, { mapping }),
  });
}

export function useSaveProfile(orgId: number) {
  return useMutation<ExtractionProfileInfo, ApiError, { name: string; mapping: ExtractionMapping }>({
    mutationFn: (body) => api.post<ExtractionProfileInfo>(`/api/organisations/${orgId}/extraction-profiles`, body),
  });
}

export function useCreateDraft() {
  return useMutation<DraftCreated, ApiError, { id: number; mapping: ExtractionMapping; title: string; startYear: number; endYear: number }>({
    mutationFn: ({ id, ...body }) => api.post<DraftCreated>(`/api/extractions/${id}/draft`, body),
  });
}
