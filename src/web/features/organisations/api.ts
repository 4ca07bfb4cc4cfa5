import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedOrganisation, CreateOrganisationRequest } from '../../../shared/authoring-schemas';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

export const organisationKeys = {
  installation: ['installation', 'organisations'] as const,
};

/** Every organisation of the installation (installation admins only; others get 403). */
export function useInstallationOrganisations(enabled = true) {
  return useQuery({
    queryKey: organisationKeys.installation,
    queryFn: ({ signal }) => api.call('GET /api/installation/organisations', {}, { signal }),
    enabled,
  });
}

/** Creating an organisation may make the signed-in user its admin, so their memberships are refreshed too. */
export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation<CreatedOrganisation, ApiError, CreateOrganisationRequest>({
    mutationFn: (input) => api.call('POST /api/organisations', { body: input }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: organisationKeys.installation }),
        client.invalidateQueries({ queryKey: keys.organisations, exact: true }),
        client.invalidateQueries({ queryKey: keys.me }),
      ]),
  });
}
