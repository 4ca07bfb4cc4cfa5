import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMeasureRequest } from '../../../shared/authoring-schemas';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

/** One node of a plan (its plan, level and name), for the page that adds a measure to it. */
export function useNodeInfo(nodeId: number) {
  return useQuery({
    queryKey: ['plan-node', nodeId],
    queryFn: ({ signal }) => api.call('GET /api/plan-nodes/:nodeId', { params: { nodeId } }, { signal }),
    enabled: Number.isFinite(nodeId),
  });
}

export function useCreateMeasure(nodeId: number) {
  const client = useQueryClient();
  return useMutation<{ id: number }, ApiError, CreateMeasureRequest>({
    mutationFn: (input) => api.call('POST /api/plan-nodes/:nodeId/measures', { params: { nodeId }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.scorecards }),
  });
}
