import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

const publicKeys = {
  plans: ['public', 'plans'] as const,
  plan: (planId: number) => ['public', 'plans', planId] as const,
  publication: (planId: number) => ['plans', planId, 'publication'] as const,
};

/** The published plans (no sign-in). */
export function usePublicPlans() {
  return useQuery({ queryKey: publicKeys.plans, queryFn: ({ signal }) => api.call('GET /api/public/plans', {}, { redirectOn401: false, signal }) });
}

/** A published plan (no sign-in); 404 when it is not published. */
export function usePublicPlan(planId: number) {
  return useQuery({
    queryKey: publicKeys.plan(planId),
    queryFn: ({ signal }) => api.call('GET /api/public/plans/:planId', { params: { planId } }, { redirectOn401: false, signal }),
    enabled: Number.isFinite(planId),
    retry: false,
  });
}

/** Whether and what of a plan is published (signed in). */
export function usePublication(planId: number) {
  return useQuery({ queryKey: publicKeys.publication(planId), queryFn: ({ signal }) => api.call('GET /api/plans/:planId/publication', { params: { planId } }, { signal }) });
}

export function useSetPublication(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { published: boolean; periods: string[] }) => api.call('POST /api/plans/:planId/publication', { params: { planId }, body }),
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
      api.call('POST /api/public/accessibility-reports', { body }, { redirectOn401: false }),
  });
}
