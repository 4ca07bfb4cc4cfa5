import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EdgeKind, Effect, LinkTargetPlan, MilestoneStatus, RoadmapSummary, RoadmapVersionSummary, RoadmapVersionView, VersionComparison } from '../../../shared/roadmap-types';
import { api } from '../../api/client';

export const roadmapKeys = {
  all: ['roadmap'] as const,
  list: ['roadmap', 'list'] as const,
  version: (id: number) => ['roadmap', 'version', id] as const,
  compare: (before: number, after: number) => ['roadmap', 'compare', before, after] as const,
};

export function useRoadmaps() {
  return useQuery({ queryKey: roadmapKeys.list, queryFn: ({ signal }) => api.get<RoadmapSummary[]>('/api/roadmaps', { signal }) });
}

export function useRoadmapVersion(versionId: number) {
  return useQuery({
    queryKey: roadmapKeys.version(versionId),
    queryFn: ({ signal }) => api.get<RoadmapVersionView>(`/api/roadmap-versions/${versionId}`, { signal }),
    enabled: Number.isFinite(versionId),
  });
}

export function useVersionComparison(before: number, after: number) {
  return useQuery({
    queryKey: roadmapKeys.compare(before, after),
    queryFn: ({ signal }) => api.get<VersionComparison>(`/api/roadmap-compare?before=${before}&after=${after}`, { signal }),
    enabled: Number.isFinite(before) && Number.isFinite(after) && before !== after,
  });
}

/** Every roadmap change invalidates all roadmap queries: versions share follow-up history. */
function useRoadmapMutation<I, O = void>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: roadmapKeys.all }) });
}

export interface MilestoneBody {
  focusAreaKey: string;
  title: string;
  year: number | null;
  description: string;
  criterion: string;
  effects: Effect[];
}

export const useReportStatus = (milestoneId: number) =>
  useRoadmapMutation((body: { period: string; status: MilestoneStatus; reachedOn: string | null; comment: string }) => api.post<void>(`/api/roadmap-milestones/${milestoneId}/status`, body));

export const useAddEdge = (versionId: number) =>
  useRoadmapMutation((body: { from: string; to: string; toGoal: boolean; kind: EdgeKind; because: string }) => api.post<{ id: number }>(`/api/roadmap-versions/${versionId}/edges`, body));

export const useDeleteEdge = () => useRoadmapMutation((edgeId: number) => api.delete(`/api/roadmap-edges/${edgeId}`));

export const useSaveMilestone = (versionId: number, milestoneId: number | null) =>
  useRoadmapMutation((body: MilestoneBody) =>
    milestoneId === null ? api.post<{ id: number; key: string }>(`/api/roadmap-versions/${versionId}/milestones`, body).then(() => undefined) : api.put<void>(`/api/roadmap-milestones/${milestoneId}`, body),
  );

export const useDeleteMilestone = () => useRoadmapMutation((milestoneId: number) => api.delete(`/api/roadmap-milestones/${milestoneId}`));

export const useCreateVersion = (roadmapId: number) =>
  useRoadmapMutation((body: { year: number }) => api.post<RoadmapVersionSummary>(`/api/roadmaps/${roadmapId}/versions`, body));

/** The organisation's plans with their nodes and measures, for linking milestones (editors only, so fetched on demand). */
export function useLinkTargets(versionId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['roadmap', 'link-targets', versionId] as const,
    queryFn: ({ signal }) => api.get<LinkTargetPlan[]>(`/api/roadmap-versions/${versionId}/link-targets`, { signal }),
    enabled,
  });
}

export interface LinkTarget {
  planNodeId: number | null;
  measureId: number | null;
}

export const useLinkMilestone = (milestoneId: number) => useRoadmapMutation((body: LinkTarget) => api.post<void>(`/api/roadmap-milestones/${milestoneId}/links`, body));

export const useUnlinkMilestone = (milestoneId: number) =>
  useRoadmapMutation((target: LinkTarget) =>
    api.delete(`/api/roadmap-milestones/${milestoneId}/links?${target.planNodeId ? `planNodeId=${target.planNodeId}` : `measureId=${target.measureId}`}`),
  );

/** Names the milestone's responsible person (null: no one), who can then report its status. */
export const useAssignMilestoneOwner = (milestoneId: number) =>
  useRoadmapMutation((userId: number | null) => api.put<void>(`/api/roadmap-milestones/${milestoneId}/owner`, { userId }));
