import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

/** Removes a person's role in the organisation (their account and history stay); the last admin is refused with 409. */
export function useRemoveUser(orgId: number) {
  const client = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: (userId) => api.delete(`/api/organisations/${orgId}/users/${userId}`),
    // Removing oneself changes one's own memberships.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.users(orgId) }),
        client.invalidateQueries({ queryKey: keys.me }),
        client.invalidateQueries({ queryKey: keys.organisations, exact: true }),
      ]),
  });
}
