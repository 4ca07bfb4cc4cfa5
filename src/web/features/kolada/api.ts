import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KoladaFetchRun, KoladaGender, KoladaMeasureLink } from '../../../shared/kolada-types';
import type { OrganisationSummary } from '../../../shared/api-types';
import { type ApiError, api } from '../../api/client';
import { keys } from '../../api/queries';

export const koladaKeys = {
  link: (measureId: number) => ['kolada', 'link', measureId] as const,
  comparison: (measureId: number, year: number | null, gender: KoladaGender) => ['kolada', 'comparison', measureId, year, gender] as const,
  kpis: (q: string) => ['kolada', 'kpis', q] as const,
  municipalities: ['kolada', 'municipalities'] as const,
};

/** The measure's Kolada link, organisation id and last fetch. */
export function useKoladaLink(measureId: number) {
  return useQuery({
    queryKey: koladaKeys.link(measureId),
    queryFn: ({ signal }) => api.call('GET /api/measures/:measureId/kolada', { params: { measureId } }, { signal }),
    enabled: Number.isFinite(measureId),
  });
}

/** KPIs of the catalogue matching a search (nothing until there is a query). */
export function useKpiSearch(query: string) {
  return useQuery({
    queryKey: koladaKeys.kpis(query),
    queryFn: ({ signal }) => api.call('GET /api/kolada/kpis', { query: { q: query } }, { signal }),
    enabled: query.trim() !== '',
    staleTime: Infinity,
  });
}

export function useKoladaMunicipalities() {
  return useQuery({
    queryKey: koladaKeys.municipalities,
    queryFn: ({ signal }) => api.call('GET /api/kolada/municipalities', {}, { signal }),
    staleTime: Infinity,
  });
}

export function useLinkKpi(measureId: number) {
  const client = useQueryClient();
  return useMutation<KoladaMeasureLink, ApiError, string | null>({
    mutationFn: (kpi) => api.call('PUT /api/measures/:measureId/kolada', { params: { measureId }, body: { kpi } }),
    onSuccess: (link) => {
      client.setQueryData(koladaKeys.link(measureId), link);
      return client.invalidateQueries({ queryKey: ['kolada', 'comparison', measureId] });
    },
  });
}

/** "Hämta nu": new values change the measure, every scorecard and the comparison; a failure changes only the last fetch. */
export function useFetchKolada(measureId: number) {
  const client = useQueryClient();
  return useMutation<KoladaFetchRun, ApiError, void>({
    mutationFn: () => api.call('POST /api/measures/:measureId/kolada/fetch', { params: { measureId } }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: koladaKeys.link(measureId) }),
        client.invalidateQueries({ queryKey: ['kolada', 'comparison', measureId] }),
        client.invalidateQueries({ queryKey: keys.measure(measureId) }),
        client.invalidateQueries({ queryKey: keys.scorecards }),
      ]),
  });
}

export function useSetOrganisationKoladaId(orgId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (koladaId: string | null) => api.call('PUT /api/organisations/:orgId/kolada', { params: { orgId }, body: { koladaId } }),
    onSuccess: ({ koladaId }) => {
      client.setQueryData<OrganisationSummary[]>(keys.organisations, (orgs) => orgs?.map((o) => (o.id === orgId ? { ...o, koladaId } : o)));
      return client.invalidateQueries({ queryKey: ['kolada'] });
    },
  });
}

export function useComparison(measureId: number, year: number | null, gender: KoladaGender) {
  return useQuery({
    queryKey: koladaKeys.comparison(measureId, year, gender),
    queryFn: ({ signal }) => api.call('GET /api/measures/:measureId/kolada/comparison', { params: { measureId }, query: { gender, year: year ?? undefined } }, { signal }),
    enabled: Number.isFinite(measureId),
  });
}
