import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { api } from './client';
import { assignmentsQuery } from './queries';

/**
 * The small answers the scorecard page shows with its tree, as queries: the plan's status and the
 * reader's rights, its Agenda 2030 goals, its federation glossary (and its assignments, from
 * queries.ts). A module of its own with nothing but the API client, so that the app's first
 * requests (app/first-requests.ts) can ask for them as soon as the reader is known, without
 * waiting for the page's chunks.
 */
export function planInfoQuery(planId: number) {
  return queryOptions({
    queryKey: ['plans', planId, 'info'] as const,
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId', { params: { planId } }, { signal }),
  });
}

/** The plan's Agenda 2030 goals and each node's. */
export function agendaGoalsQuery(planId: number) {
  return queryOptions({
    queryKey: ['plans', planId, 'agenda-goals'] as const,
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/agenda-goals', { params: { planId } }, { signal }),
    staleTime: 60_000,
  });
}

/** The plan's federation glossary (no terms outside a federation). */
export function planGlossaryQuery(planId: number) {
  return queryOptions({
    queryKey: ['plans', planId, 'glossary'] as const,
    queryFn: ({ signal }) => api.call('GET /api/plans/:planId/glossary', { params: { planId } }, { signal }),
    staleTime: 60_000,
  });
}

/** The scorecard page's companions of `planId`, in the order first-view.ts reads them. */
export const scorecardCompanions = (planId: number) => [planInfoQuery(planId), assignmentsQuery(planId), agendaGoalsQuery(planId), planGlossaryQuery(planId)] as const;

/** Asks for the scorecard page's companions (the reader is signed in). */
export function prefetchCompanions(client: QueryClient, planId: number): void {
  const [info, assignments, agenda, glossary] = scorecardCompanions(planId);
  void client.prefetchQuery(info);
  void client.prefetchQuery(assignments);
  void client.prefetchQuery(agenda);
  void client.prefetchQuery(glossary);
}
