import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePlanRequest,
  DecidePlanRequest,
  PlanInfo,
  StartRevisionRequest,
  UpdatePlanRequest,
} from '../../../shared/authoring-schemas';
import { type ApiError, api } from '../../api/client';
import { keys as sharedKeys } from '../../api/queries';

export const planKeys = {
  info: (planId: number) => ['plan-info', planId] as const,
  versions: (planId: number) => ['plan-info', planId, 'versions'] as const,
  compare: (planId: number, from: string, to: string) => ['plan-info', planId, 'compare', from, to] as const,
};

/** A plan's facts: status, revision, version, who may edit. */
export function usePlanInfo(planId: number) {
  return useQuery({
    queryKey: planKeys.info(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

export function usePlanVersions(planId: number) {
  return useQuery({
    queryKey: planKeys.versions(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/versions', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

export function useVersionComparison(planId: number, from: string | null, to: string | null) {
  return useQuery({
    queryKey: planKeys.compare(planId, from ?? '', to ?? ''),
    queryFn: ({ signal }) =>
      api.call('GET /api/plans/:planId/versions/compare', { params: { planId }, query: { from: from ?? '', to: to ?? '' } }, { signal }),
    enabled: Number.isFinite(planId) && !!from && !!to && from !== to,
  });
}

export function useCreatePlan(orgId: number) {
  const client = useQueryClient();
  return useMutation<{ id: number }, ApiError, CreatePlanRequest>({
    mutationFn: (input) => api.call('POST /api/organisations/:orgId/plans', { params: { orgId }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: sharedKeys.plans(orgId) }),
  });
}

/** A decision, revision or settings change alters what may be edited, so the plan, its measures and scorecards are refreshed. */
function useRefreshPlan(planId: number) {
  const client = useQueryClient();
  return (info: PlanInfo) => {
    client.setQueryData(planKeys.info(planId), info);
    return Promise.all([
      client.invalidateQueries({ queryKey: ['plan-info', planId] }),
      client.invalidateQueries({ queryKey: sharedKeys.measures }),
      client.invalidateQueries({ queryKey: sharedKeys.scorecards }),
      client.invalidateQueries({ queryKey: sharedKeys.plans(info.organisationId) }),
    ]);
  };
}

export function useDecidePlan(planId: number) {
  const refresh = useRefreshPlan(planId);
  return useMutation<PlanInfo, ApiError, DecidePlanRequest>({
    mutationFn: (input) => api.call('POST /api/plans/:planId/decision', { params: { planId }, body: input }),
    onSuccess: refresh,
  });
}

export function useStartRevision(planId: number) {
  const refresh = useRefreshPlan(planId);
  return useMutation<PlanInfo, ApiError, StartRevisionRequest>({
    mutationFn: (input) => api.call('POST /api/plans/:planId/revisions', { params: { planId }, body: input }),
    onSuccess: refresh,
  });
}

export function useUpdatePlan(planId: number) {
  const refresh = useRefreshPlan(planId);
  return useMutation<PlanInfo, ApiError, UpdatePlanRequest>({
    mutationFn: (input) => api.call('PATCH /api/plans/:planId', { params: { planId }, body: input }),
    onSuccess: refresh,
  });
}
