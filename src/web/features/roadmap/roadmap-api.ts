import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EdgeBody, LinkTarget, MilestoneBody, StatusReportBody } from '../../../shared/roadmap-types';
import { api } from '../../api/client';

export const roadmapKeys = {
  all: ['roadmap'] as const,
  list: ['roadmap', 'list'] as const,
  version: (id: number) => ['roadmap', 'version', id] as const,
  compare: (before: number, after: number) => ['roadmap', 'compare', before, after] as const,
};

export function useRoadmaps() {
  return useQuery({ queryKey: roadmapKeys.list, queryFn: ({ signal }) => api.call('GET /api/roadmaps', {}, { signal }) });
}

export function useRoadmapVersion(versionId: number) {
  return useQuery({
    queryKey: roadmapKeys.version(versionId),
    queryFn: ({ signal }) => api.call('GET /api/roadmap-versions/:versionId', { params: { versionId } }, { signal }),
    enabled: Number.isFinite(versionId),
  });
}

export function useVersionComparison(before: number, after: number) {
  return useQuery({
    queryKey: roadmapKeys.compare(before, after),
    queryFn: ({ signal }) => api.call('GET /api/roadmap-compare', { query: { before, after } }, { signal }),
    enabled: Number.isFinite(before) && Number.isFinite(after) && before !== after,
  });
}

/** Every roadmap change invalidates all roadmap queries: versions share follow-up history. */
function useRoadmapMutation<I, O = void>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: roadmapKeys.all }) });
}


export const useReportStatus = (milestoneId: number) =>
  useRoadmapMutation((body: StatusReportBody) => api.call('POST /api/roadmap-milestones/:milestoneId/status', { params: { milestoneId }, body }));

export const useAddEdge = (versionId: number) =>
  useRoadmapMutation((body: EdgeBody) => api.call('POST /api/roadmap-versions/:versionId/edges', { params: { versionId }, body }));

export const useDeleteEdge = () => useRoadmapMutation((edgeId: number) => api.call('DELETE /api/roadmap-edges/:edgeId', { params: { edgeId } }));

export const useSaveMilestone = (versionId: number, milestoneId: number | null) =>
  useRoadmapMutation((body: MilestoneBody) =>
    milestoneId === null
      ? api.call('POST /api/roadmap-versions/:versionId/milestones', { params: { versionId }, body }).then(() => undefined)
      : api.call('PUT /api/roadmap-milestones/:milestoneId', { params: { milestoneId }, body }),
  );

export const useDeleteMilestone = () => useRoadmapMutation((milestoneId: number) => api.call('DELETE /api/roadmap-milestones/:milestoneId', { params: { milestoneId } }));

export const useCreateVersion = (roadmapId: number) =>
  useRoadmapMutation((body: { year: number }) => api.call('POST /api/roadmaps/:roadmapId/versions', { params: { roadmapId }, body }));

/** The organisation's plans with their nodes and measures, for linking milestones (editors only, so fetched on demand). */
export function useLinkTargets(versionId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['roadmap', 'link-targets', versionId] as const,
    queryFn: ({ signal }) => api.call('GET /api/roadmap-versions/:versionId/link-targets', { params: { versionId } }, { signal }),
    enabled,
  });
}

export type { LinkTarget } from '../../../shared/roadmap-types';

export const useLinkMilestone = (milestoneId: number) => useRoadmapMutation((body: LinkTarget) => api.call('POST /api/roadmap-milestones/:milestoneId/links', { params: { milestoneId }, body }));

export const useUnlinkMilestone = (milestoneId: number) =>
  useRoadmapMutation((target: LinkTarget) =>
    api.call('DELETE /api/roadmap-milestones/:milestoneId/links', {
      params: { milestoneId },
      query: target.planNodeId ? { planNodeId: target.planNodeId } : { measureId: target.measureId },
    }),
  );

/** Names the milestone's responsible person (null: no one), who can then report its status. */
export const useAssignMilestoneOwner = (milestoneId: number) =>
  useRoadmapMutation((userId: number | null) => api.call('PUT /api/roadmap-milestones/:milestoneId/owner', { params: { milestoneId }, body: { userId } }));
