import { useQuery } from '@tanstack/react-query';
import type { OutboxEntry } from '../../../shared/mail-types';
import { api } from '../../api/client';

/** The organisation's outbox, newest first (admins and editors). */
export function useOutbox(orgId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', orgId, 'outbox'] as const,
    queryFn: ({ signal }) => api.get<OutboxEntry[]>(`/api/organisations/${orgId}/outbox`, { signal }),
    enabled: enabled && Number.isFinite(orgId),
  });
}
