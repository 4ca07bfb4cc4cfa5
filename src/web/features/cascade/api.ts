import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** Every node under one node, across plans and organisations, with its status in a period (the latest when none is given). */
export function useCascade(nodeId: number, period: string | null) {
  return useQuery({
    queryKey: ['cascade', nodeId, period],
    queryFn: ({ signal }) =>
      api.call('GET /api/plan-nodes/:nodeId/cascade', { params: { nodeId }, query: { period: period ?? undefined } }, { signal }),
    enabled: Number.isFinite(nodeId),
    placeholderData: keepPreviousData,
  });
}
