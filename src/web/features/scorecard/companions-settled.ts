import { useQueries } from '@tanstack/react-query';
import { scorecardCompanions } from '../../api/plan-page-queries';

/**
 * Whether the scorecard page's companions (api/plan-page-queries.ts: the plan's status line and
 * edit rights, the toolbar's assignments link, each node's Agenda 2030 chips and glossary terms)
 * have answered or failed. Arriving after the tree was shown, each pushed it down (Lighthouse
 * counted a layout shift of 0,12 at national size), so the page first shows once they are in;
 * they are asked for beside the scorecard as the app starts (app/first-requests.ts). A failed one
 * shows nothing, as before, and does not hold the page.
 */
export function useCompanionsSettled(planId: number): boolean {
  return useQueries({ queries: scorecardCompanions(planId).map((q) => ({ ...q, enabled: Number.isFinite(planId) })) }).every((r) => !r.isPending);
}
