import type { QueryClient } from '@tanstack/react-query';
import { meQuery, scorecardQuery } from '../api/queries';

/**
 * What the first page needs, asked for as soon as the app's script runs rather than after the
 * dictionary, the sign-in check and the page's chunk have arrived one after the other: who is
 * signed in, and on a plan's scorecard (/plans/7, the page most visits open at) its data, its
 * chunk and, once the reader is known to be signed in, the small answers the page shows with it.
 * The answers land in the query cache the page reads; a failed one (not signed in) is asked for
 * again by the page if it is shown at all.
 */
export function startFirstRequests(client: QueryClient, { pathname, search }: { pathname: string; search: string }): void {
  const me = client.fetchQuery(meQuery);
  me.catch(() => undefined);
  const plan = /^\/plans\/(\d+)\/?$/.exec(pathname);
  if (!plan) return;
  const planId = Number(plan[1]);
  void client.prefetchQuery(scorecardQuery(planId, new URLSearchParams(search).get('period'), false));
  import('../features/scorecard/ScorecardPage').catch(() => undefined);
  Promise.all([me, import('../api/plan-page-queries')]).then(
    ([, companions]) => companions.prefetchCompanions(client, planId),
    () => undefined,
  );
}
