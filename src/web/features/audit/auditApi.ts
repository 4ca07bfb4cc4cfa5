import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

/** The filters of the audit page, as the server's query takes them (empty: not filtered). */
export interface AuditFilter {
  objectType: string;
  action: string;
  actorUserId: string;
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { objectType: '', action: '', actorUserId: '', from: '', to: '' };
export const AUDIT_PAGE_SIZE = 50;

/** The query string of a filter (and a page's `beforeId`), leaving out what is empty. */
export function auditQuery(filter: AuditFilter, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v !== undefined && v !== '') params.set(k, String(v));
  return params.toString();
}

/** One page of the organisation's audit log, newest first: entries older than `beforeId` when given. */
export function useOrganisationAudit(orgId: number, filter: AuditFilter, beforeId: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', orgId, 'audit', filter, beforeId ?? null] as const,
    queryFn: ({ signal }) =>
      api.call(
        'GET /api/organisations/:orgId/audit',
        {
          params: { orgId },
          query: {
            objectType: filter.objectType || undefined,
            action: filter.action || undefined,
            actorUserId: filter.actorUserId || undefined,
            from: filter.from || undefined,
            to: filter.to || undefined,
            beforeId,
            limit: AUDIT_PAGE_SIZE,
          },
        },
        { signal },
      ),
    enabled: enabled && Number.isFinite(orgId),
    placeholderData: keepPreviousData,
  });
}
