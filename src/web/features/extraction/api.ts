import { useMutation } from '@tanstack/react-query';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import type { DraftCreated, ExtractionProfileInfo, ExtractionView } from '../../../shared/extraction-schemas';
import { type ApiError, api, postFile } from '../../api/client';

export function useUploadDocument(orgId: number) {
  return useMutation<ExtractionView, ApiError, File>({ mutationFn: (file) => postFile<ExtractionView>(`/api/organisations/${orgId}/extractions`, file) });
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
