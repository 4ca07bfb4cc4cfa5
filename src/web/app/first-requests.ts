import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { meQuery, scorecardFirstViewQuery, scorecardQuery } from '../api/queries';

/**
 * What the first page needs, asked for as soon as the app's script runs rather than after the
 * dictionary, the sign-in check and the page's chunk have arrived one after the other: who is
 * signed in, and on a plan's scorecard (/plans/7, the page most visits open at) its data (the
 * first view's form of it: features/scorecard/ScorecardPage.tsx), its chunk and, once the reader
 * is known to be signed in, the small answers the page shows with it.
 * The answers land in the query cache the page reads. The scorecard is asked for before anyone
 * knows whether the reader is signed in: if that fails (401) before the page reads it, it is
 * dropped, so that the page, shown after signing in, asks afresh instead of showing the old error
 * while it does.
 */
export function startFirstRequests(client: QueryClient, { pathname, search }: { pathname: string; search: string }): void {
  const me = client.fetchQuery(meQuery);
  me.catch(() => undefined);
  const plan = /^\/plans\/(\d+)\/?$/.exec(pathname);
  if (!plan) return;
  const planId = Number(plan[1]);
  const params = new URLSearchParams(search);
  const period = params.get('period');
  const dropRefused = (key: QueryKey) => () => {
    const query = client.getQueryCache().find({ queryKey: key, exact: true });
    if (query?.state.status === 'error' && query.getObserversCount() === 0) client.removeQueries({ queryKey: key, exact: true });
  };
  // The tree is first shown from its first view's form; the compact view shows every measure.
  if (params.get('view') === 'compact') {
    const scorecard = scorecardQuery(planId, period, false);
    void client.prefetchQuery(scorecard).then(dropRefused(scorecard.queryKey));
  } else {
    const scorecard = scorecardFirstViewQuery(planId, period, false);
    void client.prefetchQuery(scorecard).then(dropRefused(scorecard.queryKey));
  }
  import('../features/scorecard/ScorecardPage').catch(() => undefined);
  Promise.all([me, import('../api/plan-page-queries')]).then(
    ([, companions]) => companions.prefetchCompanions(client, planId),
    () => undefined,
  );
}
