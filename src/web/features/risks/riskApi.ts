import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RiskAssessment, RiskAssessmentInput, RiskThresholdsView } from '../../../shared/risks-types';
import { type ApiError, api } from '../../api/client';

/** Query keys of the risk page; every change invalidates them all, since counts, heat map and history move together. */
export const riskKeys = {
  all: ['risks'] as const,
  overview: (planId: number, year: number | null) => ['risks', planId, 'overview', year] as const,
  history: (planId: number) => ['risks', planId, 'history'] as const,
};

export function useRiskOverview(planId: number, year: number | null) {
  return useQuery({
    queryKey: riskKeys.overview(planId, year),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/risks', { params: { planId }, query: { year: year ?? undefined } }, { signal }),
    enabled: Number.isFinite(planId),
    placeholderData: keepPreviousData,
  });
}

export function useRiskHistory(planId: number) {
  return useQuery({
    queryKey: riskKeys.history(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/risks/history', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

function useInvalidateRisks() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: riskKeys.all });
}

export function useConfirmMatch() {
  const invalidate = useInvalidateRisks();
  return useMutation<RiskAssessment, ApiError, { riskId: number; nodeId: number; version: number }>({
    mutationFn: ({ riskId, nodeId, version }) => api.call('PUT /api/risks/:riskId/match', { params: { riskId }, body: { nodeId, version } }),
    onSuccess: () => invalidate(),
  });
}

/** Creates an assessment (no id) or changes one. */
export function useSaveRisk(planId: number) {
  const invalidate = useInvalidateRisks();
  return useMutation<RiskAssessment, ApiError, { id: number | null; input: RiskAssessmentInput }>({
    mutationFn: ({ id, input }) =>
      id === null
        ? api.call('POST /api/plans/:planId/risks', { params: { planId }, body: input })
        : api.call('PATCH /api/risks/:riskId', { params: { riskId: id }, body: input }),
    onSuccess: () => invalidate(),
  });
}

export function useSetThresholds(planId: number) {
  const invalidate = useInvalidateRisks();
  return useMutation<RiskThresholdsView, ApiError, { actionFrom: number }>({
    mutationFn: (input) => api.call('PUT /api/plans/:planId/risk-thresholds', { params: { planId }, body: input }),
    onSuccess: () => invalidate(),
  });
}
