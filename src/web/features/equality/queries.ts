import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EqualityThresholdsView, UpdateEqualityThresholdsRequest } from '../../../shared/equality-types';
import { type ApiError, api } from '../../api/client';

/** The plan-wide equality view for a period (null: each measure's latest). */
export function usePlanEquality(planId: number, period: string | null) {
  return useQuery({
    queryKey: ['equality', planId, period] as const,
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/equality', { params: { planId }, query: { period: period ?? undefined } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

/** A measure's gaps per period; under the measure's key so that a saved value refreshes it too. */
export function useMeasureEquality(measureId: number) {
  return useQuery({
    queryKey: ['measure', measureId, 'equality'] as const,
    queryFn: ({ signal }) => api.call('GET /api/measures/:measureId/equality', { params: { measureId } }, { signal }),
    enabled: Number.isFinite(measureId),
  });
}

/** New thresholds change every flag: the plan view and every measure's panel are refetched. */
export function useSaveThresholds(planId: number) {
  const client = useQueryClient();
  return useMutation<EqualityThresholdsView, ApiError, UpdateEqualityThresholdsRequest>({
    mutationFn: (input) => api.call('PUT /api/plans/:planId/equality/thresholds', { params: { planId }, body: input }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['equality', planId] }), client.invalidateQueries({ queryKey: ['measure'] })]),
  });
}
