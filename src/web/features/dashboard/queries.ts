import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Sex } from '../../../domain/targets/types';
import { api } from '../../api/client';

/** The plan's dashboard for a period (null: the latest with values). Refetched on every visit, since values change statuses. */
export function useDashboard(planId: number, period: string | null) {
  return useQuery({
    queryKey: ['dashboard', planId, period] as const,
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/dashboard', { params: { planId }, query: { period: period ?? undefined } }, { signal }),
    enabled: Number.isFinite(planId),
    placeholderData: keepPreviousData,
  });
}

/** One measure's values by area, ranked; under the measure's key so that a saved value refreshes it. */
export function useAreaComparison(measureId: number | null, period: string | null, sex: Sex | null) {
  return useQuery({
    queryKey: ['measure', measureId, 'area-comparison', period, sex] as const,
    queryFn: ({ signal }) =>
      api.call('GET /api/measures/:measureId/area-comparison', { params: { measureId: measureId! }, query: { period: period || undefined, sex: sex ?? undefined } }, { signal }),
    enabled: measureId !== null,
    placeholderData: keepPreviousData,
  });
}
