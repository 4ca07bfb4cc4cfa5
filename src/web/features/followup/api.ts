/** The follow-up area's queries and mutations; a changed judgement refreshes the follow-up, the missing list and the scorecard marks. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FollowupNode, FollowupPeriod, PersonRef, SaveJudgementRequest } from '../../../shared/followup-types';
import type { MeasureForecast, SaveForecastRequest } from '../../../shared/forecast-types';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

export const followupKeys = {
  all: ['followup'] as const,
  view: (planId: number, period: string | null) => ['followup', 'view', planId, period] as const,
  missing: (planId: number, period: string | null) => ['followup', 'missing', planId, period] as const,
  approved: (planId: number, period: string) => ['followup', 'approved', planId, period] as const,
};

export function useFollowup(planId: number, period: string | null) {
  return useQuery({
    queryKey: followupKeys.view(planId, period),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/followup', { params: { planId }, query: { period: period ?? undefined } }, { signal }),
    enabled: Number.isFinite(planId),
    placeholderData: keepPreviousData,
  });
}

export function useMissing(planId: number, period: string | null) {
  return useQuery({
    queryKey: followupKeys.missing(planId, period),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/followup/missing', { params: { planId }, query: { period: period ?? undefined } }, { signal }),
    enabled: Number.isFinite(planId),
    placeholderData: keepPreviousData,
  });
}

/** Approved judgements by node for the scorecard; a reader who cannot see them simply sees none. */
export function useApprovedJudgements(planId: number, period: string | null) {
  return useQuery({
    queryKey: followupKeys.approved(planId, period ?? ''),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/followup/approved', { params: { planId }, query: { period: period ?? '' } }, { signal }),
    enabled: Number.isFinite(planId) && !!period,
  });
}

export type JudgementStep =
  | { kind: 'save'; body: SaveJudgementRequest }
  /** With content, the server saves and submits it at once, and a refused submit saves nothing. */
  | { kind: 'submit'; content?: SaveJudgementRequest }
  | { kind: 'approve' }
  | { kind: 'return'; comment: string };

/** Saves a draft or moves a judgement through the workflow. */
export function useJudgementStep(planId: number, period: string, nodeId: number) {
  const client = useQueryClient();
  return useMutation<FollowupNode, ApiError, JudgementStep>({
    mutationFn: (step) =>
      step.kind === 'save'
        ? api.call('PUT /api/plans/:planId/followup/:period/nodes/:nodeId/judgement', { params: { planId, period, nodeId }, body: step.body })
        : api.call('POST /api/plans/:planId/followup/:period/nodes/:nodeId/judgement/:action', {
            params: { planId, period, nodeId, action: step.kind },
            body: step.kind === 'return' ? { comment: step.comment } : step.kind === 'submit' && step.content ? { content: step.content } : {},
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

/** Sets a period's deadline for the plan (null: back to the default). */
export function useSetDeadline(planId: number, period: string) {
  const client = useQueryClient();
  return useMutation<FollowupPeriod[], ApiError, string | null>({
    mutationFn: (deadline) => api.call('PUT /api/plans/:planId/followup/periods/:period', { params: { planId, period }, body: { deadline } }),
    onSuccess: () => client.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

export function useAssignNodeOwner(nodeId: number) {
  const client = useQueryClient();
  return useMutation<{ nodeId: number; owner: PersonRef | null }, ApiError, number | null>({
    mutationFn: (userId) => api.call('PUT /api/plan-nodes/:nodeId/owner', { params: { nodeId }, body: { userId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

/** Saves a measure's full-year forecast and comment (DÅ 04/08); the scorecards and the follow-up show it after. */
export function useSaveForecast(measureId: number, period: string) {
  const client = useQueryClient();
  return useMutation<MeasureForecast, ApiError, SaveForecastRequest>({
    mutationFn: (body) => api.call('PUT /api/measures/:measureId/forecasts/:period', { params: { measureId, period }, body }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: keys.scorecards }), client.invalidateQueries({ queryKey: followupKeys.all })]),
  });
}
