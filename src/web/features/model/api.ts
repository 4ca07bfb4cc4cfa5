import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { OrganisationSummary } from '../../../shared/api-types';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

export const modelKeys = {
  usage: (orgId: number) => ['organisations', orgId, 'model-usage'] as const,
};

/** How the plans of every organisation using the model use its levels and kinds, who owns it, and its version. */
export function useModelUsage(orgId: number, enabled = true) {
  return useQuery({
    queryKey: modelKeys.usage(orgId),
    queryFn: ({ signal }) => api.call('GET /api/organisations/:orgId/governance-model/usage', { params: { orgId } }, { signal }),
    enabled: enabled && Number.isFinite(orgId),
  });
}

/** Saves the whole model against the version it was edited from (If-Match); a stale version is refused with 409. */
export function useSaveModel(orgId: number) {
  const client = useQueryClient();
  return useMutation<GovernanceModel, ApiError, { model: GovernanceModel; version: number }>({
    mutationFn: ({ model, version }) =>
      api.call('PUT /api/organisations/:orgId/governance-model', { params: { orgId }, body: model }, { headers: { 'If-Match': `"${version}"` } }),
    onSuccess: (model) => {
      client.setQueryData<OrganisationSummary[]>(keys.organisations, (orgs) => orgs?.map((o) => (o.id === orgId ? { ...o, governanceModel: model } : o)));
      // Every organisation using the model sees the new names, and its scorecards use them.
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.organisations }),
        client.invalidateQueries({ queryKey: keys.scorecards }),
      ]);
    },
  });
}
