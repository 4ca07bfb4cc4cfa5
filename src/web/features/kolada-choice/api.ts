import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KoladaChoiceRequest } from '../../../shared/kolada-choice-types';
import { type ApiError, api } from '../../api/client';

const differencesKey = (planId: number) => ['plans', planId, 'kolada-differences'] as const;

/** The plan's entered values that differ from Kolada's. */
export function useKoladaDifferences(planId: number) {
  return useQuery({
    queryKey: differencesKey(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/kolada/differences', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

/** Keeps the entered value or takes Kolada's; every view of values is refreshed after. */
export function useChooseKoladaValue(planId: number) {
  const client = useQueryClient();
  return useMutation<null, ApiError, { measureId: number } & KoladaChoiceRequest>({
    mutationFn: ({ measureId, ...choice }) => api.call('POST /api/measures/:measureId/kolada/choice', { params: { measureId }, body: choice }),
    onSettled: () => client.invalidateQueries({ queryKey: differencesKey(planId) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['measures'] }),
  });
}
