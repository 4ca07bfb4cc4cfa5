import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReminderSettings } from '../../../shared/followup-types';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

/** Removes a person's role in the organisation (their account and history stay); the last admin is refused with 409. */
export function useRemoveUser(orgId: number) {
  const client = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: async (userId) => {
      await api.call('DELETE /api/organisations/:orgId/users/:userId', { params: { orgId, userId } });
    },
    // Removing oneself changes one's own memberships.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.users(orgId) }),
        client.invalidateQueries({ queryKey: keys.me }),
        client.invalidateQueries({ queryKey: keys.organisations, exact: true }),
      ]),
  });
}

const reminderKey = (orgId: number) => ['reminder-settings', orgId] as const;

/** The organisation's reminder days, the installation's default, and which apply. */
export function useReminderSettings(orgId: number) {
  return useQuery({
    queryKey: reminderKey(orgId),
    queryFn: ({ signal }) => api.call('GET /api/organisations/:orgId/reminder-settings', { params: { orgId } }, { signal }),
  });
}

/** Sets the organisation's reminder days (null: follow the installation's setting); admins only. */
export function useSaveReminderSettings(orgId: number) {
  const client = useQueryClient();
  return useMutation<ReminderSettings, ApiError, number | null>({
    mutationFn: (reminderDays) => api.call('PUT /api/organisations/:orgId/reminder-settings', { params: { orgId }, body: { reminderDays } }),
    onSuccess: (saved) => client.setQueryData(reminderKey(orgId), saved),
  });
}
