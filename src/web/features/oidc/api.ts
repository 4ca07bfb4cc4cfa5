import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OidcFailure, OidcSettings, OidcSettingsInput } from '../../../shared/oidc-schemas';
import { type ApiError, api } from '../../api/client';

/** Organisations with a sign-in service, for the sign-in page's buttons. */
export function useOidcSignInOptions() {
  return useQuery({
    queryKey: ['oidc', 'sign-in-options'],
    queryFn: ({ signal }) => api.call('GET /api/auth/oidc/organisations', {}, { signal, redirectOn401: false }),
    staleTime: 5 * 60 * 1000,
  });
}

const settingsKey = (orgId: number) => ['oidc', 'settings', orgId] as const;

export function useOidcSettings(orgId: number) {
  return useQuery({
    queryKey: settingsKey(orgId),
    queryFn: ({ signal }) => api.call('GET /api/organisations/:orgId/oidc', { params: { orgId } }, { signal }),
  });
}

export function useSaveOidcSettings(orgId: number) {
  const client = useQueryClient();
  return useMutation<OidcSettings, ApiError, OidcSettingsInput>({
    mutationFn: (input) => api.call('PUT /api/organisations/:orgId/oidc', { params: { orgId }, body: input }),
    onSuccess: (saved) => {
      client.setQueryData(settingsKey(orgId), saved);
      return client.invalidateQueries({ queryKey: ['oidc', 'sign-in-options'] });
    },
  });
}

export function useRemoveOidcSettings(orgId: number) {
  const client = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: async () => {
      await api.call('DELETE /api/organisations/:orgId/oidc', { params: { orgId } });
    },
    onSuccess: () => {
      client.setQueryData(settingsKey(orgId), null);
      return client.invalidateQueries({ queryKey: ['oidc', 'sign-in-options'] });
    },
  });
}

const FAILURES: readonly OidcFailure[] = [
  'state',
  'cancelled',
  'provider',
  'no-email',
  'email-unverified',
  'organisation',
  'role',
  'acr',
  'account-elsewhere',
  'deactivated',
  'not-configured',
];

/** The reason in `?sso=` when the callback sent the browser back to the sign-in page, if it is one we know. */
export function oidcFailureIn(search: string): OidcFailure | null {
  const reason = new URLSearchParams(search).get('sso');
  return FAILURES.find((f) => f === reason) ?? null;
}
