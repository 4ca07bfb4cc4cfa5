import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OidcFailure, OidcSettings, OidcSettingsInput, OidcSignInOption } from '../../../shared/oidc-schemas';
import { type ApiError, api } from '../../api/client';

/** Organisations with a sign-in service, for the sign-in page's buttons. */
export function useOidcSignInOptions() {
  return useQuery({
    queryKey: ['oidc', 'sign-in-options'],
    queryFn: ({ signal }) => api.get<OidcSignInOption[]>('/api/auth/oidc/organisations', { signal, redirectOn401: false }),
    staleTime: 5 * 60 * 1000,
  });
}

const settingsKey = (orgId: number) => ['oidc', 'settings', orgId] as const;

export function useOidcSettings(orgId: number) {
  return useQuery({
    queryKey: settingsKey(orgId),
    queryFn: ({ signal }) => api.get<OidcSettings | null>(`/api/organisations/${orgId}/oidc`, { signal }),
  });
}

export function useSaveOidcSettings(orgId: number) {
  const client = useQueryClient();
  return useMutation<OidcSettings, ApiError, OidcSettingsInput>({
    mutationFn: (input) => api.put<OidcSettings>(`/api/organisations/${orgId}/oidc`, input),
    onSuccess: (saved) => {
      client.setQueryData(settingsKey(orgId), saved);
      return client.invalidateQueries({ queryKey: ['oidc', 'sign-in-options'] });
    },
  });
}

export function useRemoveOidcSettings(orgId: number) {
  const client = useQueryClient();
  return useMutation<void, ApiError, void>({
    mutationFn: () => api.delete(`/api/organisations/${orgId}/oidc`),
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
