import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Sex } from '../../../domain/targets/types';
import type { AreaComparisonResponse, Dashboard } from '../../../shared/dashboard-types';
import { api } from '../../api/client';

/** The plan's dashboard for a period (null: the latest with values). Refetched on every visit, since values change statuses. */
export function useDashboard(planId: number, period: string | null) {
  return useQuery({
    queryKey: ['dashboard', planId, period] as const,
    queryFn: ({ signal }) => api.get<Dashboard>(`/api/plans/${planId}/dashboard${period ? `?period=${encodeURIComponent(period)}` : ''}`, { signal }),
    enabled: Number.isFinite(planId),
    placeholderData: keepPreviousData,
  });
}

/** One measure's values by area, ranked; under the measure's key so that a saved value refreshes it. */
export function useAreaComparison(measureId: number | null, period: string | null, sex: Sex | null) {
  return useQuery({
    queryKey: ['measure', measureId, 'area-comparison', period, sex] as const,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (period) params.set('period', period);
      if (sex) params.set('sex', sex);
      const query = params.size ? `?${params}` : '';
      return api.get<AreaComparisonResponse>(`/api/measures/${measureId}/area-comparison${query}`, { signal });
    },
    enabled: measureId !== null,
    placeholderData: keepPreviousData,
  });
}
