import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMeasureRequest, NodeInfo } from '../../../shared/authoring-schemas';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

/** One node of a plan (its plan, level and name), for the page that adds a measure to it. */
export function useNodeInfo(nodeId: number) {
  return useQuery({
    queryKey: ['plan-node', nodeId],
    queryFn: ({ signal }) => api.get<NodeInfo>(`/api/plan-nodes/${nodeId}`, { signal }),
    enabled: Number.isFinite(nodeId),
  });
}

export function useCreateMeasure(nodeId: number) {
  const client = useQueryClient();
  return useMutation<{ id: number }, ApiError, CreateMeasureRequest>({
    mutationFn: (input) => api.post<{ id: number }>(`/api/plan-nodes/${nodeId}/measures`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.scorecards }),
  });
}
