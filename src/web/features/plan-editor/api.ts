import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateNodeRequest, DeletionImpact, UpdateNodeRequest } from '../../../shared/authoring-schemas';
import { api } from '../../api/client';
import { contentKeys } from '../../api/plan-content-queries';
import { planInfoQuery } from '../../api/plan-page-queries';
import { keys } from '../../api/queries';

/** Query keys of the plan editor. */
export const editorKeys = {
  plan: (planId: number) => planInfoQuery(planId).queryKey,
  node: (nodeId: number) => ['plan-node', nodeId] as const,
  audit: ['audit'] as const,
};

/** The plan's status, revision and whether the signed-in user may edit it. */
export function usePlanInfo(planId: number) {
  return useQuery({ ...planInfoQuery(planId), enabled: Number.isFinite(planId) });
}

/** One node's responsible bodies and person, Agenda 2030 goals and cascade link. */
export function useNodeInfo(nodeId: number, enabled: boolean) {
  return useQuery({
    queryKey: editorKeys.node(nodeId),
    queryFn: ({ signal }) => api.call('GET /api/plan-nodes/:nodeId', { params: { nodeId } }, { signal }),
    enabled,
  });
}

/** After any change of the tree: the scorecards, the node, its Agenda 2030 chips and every history shown. Awaited, so focus can follow. */
function useRefreshAfterEdit(planId: number) {
  const client = useQueryClient();
  return (nodeId?: number) =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.scorecards }),
      client.invalidateQueries({ queryKey: editorKeys.audit }),
      client.invalidateQueries({ queryKey: contentKeys.agenda(planId) }),
      nodeId === undefined ? undefined : client.invalidateQueries({ queryKey: editorKeys.node(nodeId) }),
    ]);
}

export function useCreateNode(planId: number) {
  const refresh = useRefreshAfterEdit(planId);
  return useMutation({
    mutationFn: (input: CreateNodeRequest) => api.call('POST /api/plans/:planId/nodes', { params: { planId }, body: input }),
    onSuccess: () => refresh(),
  });
}

/** Any change of a node: texts, place, bodies, person, goals, cascade link (PATCH, with the version seen). */
export function useUpdateNode(planId: number) {
  const refresh = useRefreshAfterEdit(planId);
  return useMutation({
    mutationFn: ({ nodeId, body }: { nodeId: number; body: UpdateNodeRequest }) => api.call('PATCH /api/plan-nodes/:nodeId', { params: { nodeId }, body }),
    onSuccess: (_info, { nodeId }) => refresh(nodeId),
  });
}

/** What deleting the node would take with it, to say before anyone confirms. */
export function fetchDeletionImpact(nodeId: number): Promise<DeletionImpact> {
  return api.call('GET /api/plan-nodes/:nodeId/deletion-impact', { params: { nodeId } });
}

export function useDeleteNode(planId: number) {
  const refresh = useRefreshAfterEdit(planId);
  return useMutation({
    mutationFn: ({ nodeId, version }: { nodeId: number; version: number }) =>
      api.call('DELETE /api/plan-nodes/:nodeId', { params: { nodeId }, query: { version } }),
    onSuccess: () => refresh(),
  });
}

export function useRestoreDeletion(planId: number) {
  const refresh = useRefreshAfterEdit(planId);
  return useMutation({
    mutationFn: (deletionId: number) => api.call('POST /api/deletions/:deletionId/restore', { params: { deletionId } }),
    onSuccess: (restored) => refresh(restored.objectId),
  });
}
