import { useMutation } from '@tanstack/react-query';
import type { ExtractionMapping } from '../../../domain/extraction/mapping';
import { api } from '../../api/client';

/** Reading a plan document: each call goes through its contract (src/shared/contracts/extraction.ts). */
export function useUploadDocument(orgId: number) {
  return useMutation({ mutationFn: (file: File) => api.upload('POST /api/organisations/:orgId/extractions', { params: { orgId } }, file) });
}

export function useProposal() {
  return useMutation({
    mutationFn: ({ id, mapping }: { id: number; mapping: ExtractionMapping }) =>
      api.call('POST /api/extractions/:extractionId/proposal', { params: { extractionId: id }, body: { mapping } }),
  });
}

export function useSaveProfile(orgId: number) {
  return useMutation({
    mutationFn: (body: { name: string; mapping: ExtractionMapping }) => api.call('POST /api/organisations/:orgId/extraction-profiles', { params: { orgId }, body }),
  });
}

export function useCreateDraft() {
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; mapping: ExtractionMapping; title: string; startYear: number; endYear: number }) =>
      api.call('POST /api/extractions/:extractionId/draft', { params: { extractionId: id }, body }),
  });
}
