import type { Db } from '../../../db/client';
import type { ValueRow } from '../plans/plans.queries';

/**
 * Every value of every measure in a plan, in every breakdown (sex, age band, area): what the
 * measures workbook lists. The scorecard's own query (plans.queries planTotalValues) keeps only
 * whole-population values, which is what statuses are judged on.
 */
export async function planValuesAllBreakdowns(db: Db, planId: number): Promise<ValueRow[]> {
  return db.query<ValueRow>(
    `SELECT v.id::int AS id, v.measure_id, v.period, v.sex, v.age_band, v.area, v.value, v.status, v.source,
            NULL AS entered_by, v.entered_at::text AS entered_at
       FROM measure_values v JOIN measures m ON m.id = v.measure_id
      WHERE m.plan_id = $1
      ORDER BY v.measure_id, v.age_band, v.area, v.sex, v.period`,
    [planId],
  );
}
