import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GovernanceModel } from '../../domain/model/governance';
import type {
  EnterValueRequest,
  MeasureDetail,
  MeasureValue,
  Me,
  OrganisationSummary,
  Role,
  ScorecardNode,
  UpdateMeasureRequest,
} from '../../shared/api-types';
import type { ApiEndpoints } from '../../shared/contracts';
import type { EndpointInput, EndpointResponse } from '../../shared/endpoint';
import { type ApiError, api } from './client';

/** Query keys in one place, so that invalidation after a change cannot miss one. */
export const keys = {
  me: ['me'] as const,
  organisations: ['organisations'] as const,
  plans: (orgId: number) => ['organisations', orgId, 'plans'] as const,
  users: (orgId: number) => ['organisations', orgId, 'users'] as const,
  scorecards: ['scorecard'] as const,
  scorecard: (planId: number, period: string | null) => ['scorecard', planId, period] as const,
  /** Not under `scorecard`: a change that refreshes the scorecard need not ask for the first view's form again. */
  scorecardFirstView: (planId: number, period: string | null) => ['scorecard-first-view', planId, period] as const,
  assignments: (planId: number) => ['plans', planId, 'assignments'] as const,
  measures: ['measure'] as const,
  measure: (id: number) => ['measure', id] as const,
  templates: ['governance-templates'] as const,
};

/** The signed-in user. A 401 is returned as an error (no redirect) so that callers decide. */
export function useMe() {
  return useQuery(meQuery);
}

/** The signed-in user's query, also asked for before the first render (app/first-requests.ts). */
export const meQuery = queryOptions({
  queryKey: keys.me,
  queryFn: ({ signal }) => api.call('GET /api/me', {}, { redirectOn401: false, signal }),
  retry: false,
  // Signed out, the answer is a 401 (an error in the browser's console): not asked again by each part of the page that
  // reads it. Signing in sets the answer; a change to the person asks again.
  retryOnMount: false,
  staleTime: 5 * 60_000,
});

export function useOrganisations(enabled = true) {
  return useQuery({
    queryKey: keys.organisations,
    queryFn: ({ signal }) => api.call('GET /api/organisations', {}, { signal }),
    enabled,
  });
}

export function usePlans(orgId: number) {
  return useQuery({
    queryKey: keys.plans(orgId),
    queryFn: ({ signal }) => api.call('GET /api/organisations/:orgId/plans', { params: { orgId } }, { signal }),
  });
}

/** The organisation's people and roles (admins and editors may list them; others get 403). */
export function useOrganisationUsers(orgId: number, enabled = true) {
  return useQuery({
    queryKey: keys.users(orgId),
    queryFn: ({ signal }) => api.call('GET /api/organisations/:orgId/users', { params: { orgId } }, { signal }),
    enabled: enabled && Number.isFinite(orgId),
  });
}

export function useScorecard(planId: number, period: string | null, enabled = true) {
  return useQuery({ ...scorecardQuery(planId, period), enabled: enabled && Number.isFinite(planId), placeholderData: keepPreviousData });
}

/**
 * A plan's scorecard for a period (null: the server's choice). `redirectOn401: false` for the
 * request made before anyone knows whether the reader is signed in (app/first-requests.ts): the
 * sign-in check decides where to go, and the page asks again once shown.
 */
export function scorecardQuery(planId: number, period: string | null, redirectOn401 = true) {
  return queryOptions({
    queryKey: keys.scorecard(planId, period),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/scorecard', { params: { planId }, query: { period: period ?? undefined } }, { signal, redirectOn401 }),
  });
}

const leavesOut = (nodes: readonly ScorecardNode[]): boolean => nodes.some((n) => n.measuresLeftOut !== undefined || leavesOut(n.children));

/**
 * The scorecard in its first view's form (domain/scorecard/first-view.ts: every node, the measures
 * of the nodes the page first shows closed left out and counted), which the page shows until the
 * whole scorecard is in. The server names its address in the page (http/page-hints.ts).
 */
export function scorecardFirstViewQuery(planId: number, period: string | null, redirectOn401 = true) {
  return queryOptions({
    queryKey: keys.scorecardFirstView(planId, period),
    queryFn: async ({ signal, client }) => {
      const answer = await api.call('GET /api/plans/:planId/scorecard', { params: { planId }, query: { period: period ?? undefined, form: 'first-view' } }, { signal, redirectOn401 });
      // A plan that opens whole is sent whole: it is the scorecard itself, not to be asked for again.
      if (!leavesOut(answer.nodes)) client.setQueryData(keys.scorecard(planId, period), answer);
      return answer;
    },
  });
}

/** The council's assignments (uppdrag) in the plan, each with the bodies it is given to. */
export function useAssignments(planId: number) {
  return useQuery({ ...assignmentsQuery(planId), enabled: Number.isFinite(planId) });
}

/** The plan's assignments as a query (also asked for before the scorecard page is shown). */
export function assignmentsQuery(planId: number) {
  return queryOptions({
    queryKey: keys.assignments(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/assignments', { params: { planId } }, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useMeasure(id: number) {
  return useQuery({
    queryKey: keys.measure(id),
    queryFn: ({ signal }) => api.call('GET /api/measures/:measureId', { params: { measureId: id } }, { signal }),
    enabled: Number.isFinite(id),
  });
}

export function useGovernanceTemplates() {
  return useQuery({
    queryKey: keys.templates,
    queryFn: ({ signal }) => api.call('GET /api/governance-templates', {}, { signal }),
    staleTime: Infinity,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EndpointInput<ApiEndpoints['POST /api/auth/login']>['body']) => api.call('POST /api/auth/login', { body: input }, { redirectOn401: false }),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      client.setQueryData(keys.me, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.call('POST /api/auth/logout', {}, { redirectOn401: false }),
    onSettled: () => {
      client.clear();
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EndpointInput<ApiEndpoints['POST /api/auth/password']>['body']) =>
      // A wrong current password may come back as 401: show it on the form, do not sign out.
      api.call('POST /api/auth/password', { body: input }, { redirectOn401: false }),
    onSuccess: () => {
      client.setQueryData<Me>(keys.me, (me) => (me ? { ...me, mustChangePassword: false } : me));
      void client.invalidateQueries({ queryKey: keys.me });
    },
  });
}

/** Statuses depend on values, so a saved or removed value refreshes the measure and every scorecard. */
function useInvalidateAfterValueChange(measureId: number) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: keys.measure(measureId) }),
      client.invalidateQueries({ queryKey: keys.scorecards }),
    ]);
}

export function useEnterValue(measureId: number) {
  const invalidate = useInvalidateAfterValueChange(measureId);
  return useMutation<MeasureValue, ApiError, EnterValueRequest>({
    mutationFn: (input) => api.call('POST /api/measures/:measureId/values', { params: { measureId }, body: input }),
    onSuccess: () => invalidate(),
  });
}

export function useDeleteValue(measureId: number) {
  const invalidate = useInvalidateAfterValueChange(measureId);
  return useMutation<void, ApiError, number>({
    mutationFn: (valueId) => api.call('DELETE /api/measures/:measureId/values/:valueId', { params: { measureId, valueId } }).then(() => undefined),
    onSuccess: () => invalidate(),
  });
}

export function useSaveGovernanceModel(orgId: number) {
  const client = useQueryClient();
  return useMutation<GovernanceModel, ApiError, GovernanceModel>({
    mutationFn: (model) => api.call('PUT /api/organisations/:orgId/governance-model', { params: { orgId }, body: model }),
    onSuccess: (model) => {
      client.setQueryData<OrganisationSummary[]>(keys.organisations, (orgs) =>
        orgs?.map((o) => (o.id === orgId ? { ...o, governanceModel: model } : o)),
      );
      return Promise.all([
        client.invalidateQueries({ queryKey: keys.organisations }),
        client.invalidateQueries({ queryKey: keys.scorecards }),
      ]);
    },
  });
}

export function useAddUser(orgId: number) {
  const client = useQueryClient();
  return useMutation<EndpointResponse<ApiEndpoints['POST /api/organisations/:orgId/users']>, ApiError, { email: string; name: string; role: Role }>({
    mutationFn: (input) => api.call('POST /api/organisations/:orgId/users', { params: { orgId }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.users(orgId) }),
  });
}

/** A changed role may be the signed-in user's own, so memberships and what they may do are refreshed too. */
export function useChangeRole(orgId: number) {
  const client = useQueryClient();
  return useMutation<void, ApiError, { userId: number; role: Role }>({
    mutationFn: async ({ userId, role }) => {
      await api.call('PATCH /api/organisations/:orgId/users/:userId', { params: { orgId, userId }, body: { role } });
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.users(orgId) }),
        client.invalidateQueries({ queryKey: keys.me }),
        client.invalidateQueries({ queryKey: keys.organisations, exact: true }),
        client.invalidateQueries({ queryKey: keys.measures }),
        client.invalidateQueries({ queryKey: keys.scorecards }),
      ]),
  });
}

/** Direction and value nature change statuses, so the measure and every scorecard are refreshed. */
export function useUpdateMeasure(measureId: number) {
  const client = useQueryClient();
  const invalidate = useInvalidateAfterValueChange(measureId);
  return useMutation<MeasureDetail, ApiError, UpdateMeasureRequest>({
    mutationFn: (input) => api.call('PATCH /api/measures/:measureId', { params: { measureId }, body: input }),
    onSuccess: (detail) => {
      client.setQueryData(keys.measure(measureId), detail);
      return invalidate();
    },
  });
}
