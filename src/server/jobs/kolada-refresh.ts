import type { Db } from '../../db/client';
import type { KoladaClient } from '../modules/kolada/kolada.client';
import { type RefreshSummary, refreshLinkedMeasures } from '../modules/kolada/kolada.service';

/** pg-boss queue of the nightly refresh. */
export const KOLADA_REFRESH_QUEUE = 'kolada-refresh';

/** Every night at 03:00 Swedish time, after Kolada's daytime publications. */
export const KOLADA_REFRESH_CRON = '0 3 * * *';

/** The job: refresh every measure linked to a Kolada KPI; failures are logged per measure in kolada_fetches. */
export function koladaRefreshHandler(db: Db, client: KoladaClient): () => Promise<RefreshSummary> {
  return () => refreshLinkedMeasures(db, client);
}
