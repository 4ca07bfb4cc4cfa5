import { type QueryClient, useQueries } from '@tanstack/react-query';
import { agendaGoalsQuery } from '../../api/plan-content-queries';
import { assignmentsQuery } from '../../api/queries';
import { planGlossaryQuery } from '../../components/GlossaryText';
import { planInfoQuery } from '../plan-editor/api';

/**
 * The small answers that add lines to the scorecard page: the plan's status line and edit rights,
 * the toolbar's assignments link, each node's Agenda 2030 chips and glossary terms. Arriving after
 * the tree was shown, each pushed it down (Lighthouse counted a layout shift of 0,12), so the page
 * first shows once they are in; they are asked for beside the scorecard, before the page's chunk
 * has run (app/first-requests.ts).
 */
const companions = (planId: number) => [planInfoQuery(planId), assignmentsQuery(planId), agendaGoalsQuery(planId), planGlossaryQuery(planId)] as const;

/** Asks for the scorecard page's companions of `planId` (the reader is signed in). */
export function prefetchCompanions(client: QueryClient, planId: number): void {
  const [info, assignments, agenda, glossary] = companions(planId);
  void client.prefetchQuery(info);
  void client.prefetchQuery(assignments);
  void client.prefetchQuery(agenda);
  void client.prefetchQuery(glossary);
}

/** Whether every companion has answered or failed (a failed one shows nothing, as before, and does not hold the page). */
export function useCompanionsSettled(planId: number): boolean {
  return useQueries({ queries: companions(planId).map((q) => ({ ...q, enabled: Number.isFinite(planId) })) }).every((r) => !r.isPending);
}
