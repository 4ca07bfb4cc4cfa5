import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityRequest, AssignmentFollowUp, Chapter, SetFollowUpRequest, WorkStatus } from '../../shared/plan-content-types';
import { type ApiError, api } from './client';
import { agendaGoalsQuery } from './plan-page-queries';

/** Query keys of the plan's content, in one place so that invalidation cannot miss one. */
export const contentKeys = {
  assignmentStatus: (planId: number) => ['plans', planId, 'assignment-status'] as const,
  assignmentStatusIn: (planId: number, period: string | null) => ['plans', planId, 'assignment-status', period] as const,
  activities: (planId: number) => ['plans', planId, 'activities'] as const,
  chapters: (planId: number) => ['plans', planId, 'chapters'] as const,
  advocacy: (planId: number) => ['plans', planId, 'advocacy'] as const,
  agenda: (planId: number) => agendaGoalsQuery(planId).queryKey,
  units: (orgId: number) => ['organisations', orgId, 'units'] as const,
};

/** The assignments' status in a period (the latest followed up when null) with the overview per body × status. */
export function useAssignmentStatus(planId: number, period: string | null) {
  return useQuery({
    queryKey: contentKeys.assignmentStatusIn(planId, period),
    queryFn: ({ signal }) =>
      api.call('GET /api/plans/:planId/assignment-status', { params: { planId }, query: { period: period ?? undefined } }, { signal }),
    enabled: Number.isFinite(planId),
    placeholderData: keepPreviousData,
  });
}

export function useSetFollowUp(planId: number, assignmentId: number) {
  const client = useQueryClient();
  return useMutation<AssignmentFollowUp, ApiError, SetFollowUpRequest>({
    mutationFn: (input) => api.call('PUT /api/assignments/:assignmentId/follow-up', { params: { assignmentId }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: contentKeys.assignmentStatus(planId) }),
  });
}

export function useActivities(planId: number) {
  return useQuery({
    queryKey: contentKeys.activities(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/activities', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

/** Creates an activity (no id) or replaces one (with its id). */
export function useSaveActivity(planId: number) {
  const client = useQueryClient();
  return useMutation<Activity, ApiError, { id: number | null; input: ActivityRequest }>({
    mutationFn: ({ id, input }) =>
      id === null
        ? api.call('POST /api/plans/:planId/activities', { params: { planId }, body: input })
        : api.call('PUT /api/activities/:activityId', { params: { activityId: id }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: contentKeys.activities(planId) }),
  });
}

/** The responsible person's (or an editor's) report of an activity's status and progress, against the version read (409 if stale). */
export function useReportActivityStatus(planId: number) {
  const client = useQueryClient();
  return useMutation<Activity, ApiError, { id: number; status: WorkStatus; progress: number; version: string }>({
    mutationFn: ({ id, ...body }) => api.call('PUT /api/activities/:activityId/status', { params: { activityId: id }, body }),
    onSettled: () => client.invalidateQueries({ queryKey: contentKeys.activities(planId) }),
  });
}

export function useDeleteActivity(planId: number) {
  const client = useQueryClient();
  return useMutation<null, ApiError, number>({
    mutationFn: (id) => api.call('DELETE /api/activities/:activityId', { params: { activityId: id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: contentKeys.activities(planId) }),
  });
}

export function useChapters(planId: number) {
  return useQuery({
    queryKey: contentKeys.chapters(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/chapters', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

export function useSaveChapter(planId: number, chapterId: number) {
  const client = useQueryClient();
  return useMutation<Chapter, ApiError, { title: string; body: string; version?: number }>({
    mutationFn: (input) => api.call('PUT /api/chapters/:chapterId', { params: { chapterId }, body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: contentKeys.chapters(planId) }),
  });
}

export function useAdvocacyIssues(planId: number) {
  return useQuery({
    queryKey: contentKeys.advocacy(planId),
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/advocacy-issues', { params: { planId } }, { signal }),
    enabled: Number.isFinite(planId),
  });
}

export function useOrganisationUnits(orgId: number | undefined) {
  return useQuery({
    queryKey: contentKeys.units(orgId ?? Number.NaN),
    queryFn: ({ signal }) => api.call('GET /api/organisations/:orgId/units', { params: { orgId: orgId! } }, { signal }),
    enabled: orgId !== undefined && Number.isFinite(orgId),
  });
}

export function useAgendaGoals(planId: number) {
  return useQuery({ ...agendaGoalsQuery(planId), enabled: Number.isFinite(planId) });
}

export function useSetNodeAgendaGoals(planId: number) {
  const client = useQueryClient();
  return useMutation<{ nodeId: number; goals: number[] }, ApiError, { nodeId: number; goals: number[] }>({
    mutationFn: ({ nodeId, goals }) => api.call('PUT /api/nodes/:nodeId/agenda-goals', { params: { nodeId }, body: { goals } }),
    onSuccess: () => client.invalidateQueries({ queryKey: contentKeys.agenda(planId) }),
  });
}
