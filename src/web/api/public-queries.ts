import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Publication, PublicPlan, PublicPlanSummary } from '../../shared/publication-types';
import { api } from './client';

const publicKeys = {
  plans: ['public', 'plans'] as const,
  plan: (planId: number) => ['public', 'plans', planId] as const,
  publication: (planId: number) => ['plans', planId, 'publication'] as const,
};

/** The published plans (no sign-in). */
export function usePublicPlans() {
  return useQuery({ queryKey: publicKeys.plans, queryFn: ({ signal }) => api.get<PublicPlanSummary[]>('/api/public/plans', { redirectOn401: false, signal }) });
}

/** A published plan (no sign-in); 404 when it is not published. */
export function usePublicPlan(planId: number) {
  return useQuery({
    queryKey: publicKeys.plan(planId),
    queryFn: ({ signal }) => api.get<PublicPlan>(`/api/public/plans/${planId}`, { redirectOn401: false, signal }),
    enabled: Number.isFinite(planId),
    retry: false,
  });
}

/** Whether and what of a plan is published (signed in). */
export function usePublication(planId: number) {
  return useQuery({ queryKey: publicKeys.publication(planId), queryFn: ({ signal }) => api.get<Publication>(`/api/plans/${planId}/publication`, { signal }) });
}

export function useSetPublication(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { published: boolean; periods: string[] }) => api.post<Publication>(`/api/plans/${planId}/publication`, body),
    onSuccess: (publication) => {
      client.setQueryData(publicKeys.publication(planId), publication);
      void client.invalidateQueries({ queryKey: ['public'] });
    },
  });
}

/** Sends a report of an accessibility problem (no sign-in). */
export function useReportAccessibilityProblem() {
  return useMutation({
    mutationFn: (body: { page: string; description: string; contact?: string }) =>
      api.post<{ id: number }>('/api/public/accessibility-reports', body, { redirectOn401: false }),
  });
}
