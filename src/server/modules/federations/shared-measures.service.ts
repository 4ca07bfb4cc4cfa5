import type { Db } from '../../../db/client';
import { compareMembers, comparisonPeriods } from '../../../domain/federation/compare-members';
import type { ScorecardMeasure, ScorecardNode } from '../../../shared/api-types';
import type { SharedMeasureComparison } from '../../../shared/workshop-types';
import type { Actor } from '../../access/can';
import { localizedError } from '../../http/errors';
import { koladaReference } from '../kolada/kolada.catalogue';
import { getOrganisation } from '../organisations/organisations.queries';
import { judgedTrees } from '../plans/judged-trees';
import { getPlan } from '../plans/plans.queries';
import { planPeriods } from '../plans/plans.service';
import * as q from './federations.queries';
import { federationFor } from './federations.service';
import * as sq from './shared-measures.queries';

/**
 * The shared plan's measures compared across the members for one period, ranked. A member's
 * value is its own measure's (the measure it follows the shared one with), else Kolada's; its
 * status is the one its own plan judges (with that rule's explanation), never one made up here.
 * A member's own measure is linked only for readers of that member's plans.
 */
export async function compareSharedMeasures(db: Db, actor: Actor, federationId: number, period?: string): Promise<SharedMeasureComparison> {
  const f = await federationFor(db, actor, federationId, 'federation:read');
  const members = await q.federationMembers(db, f.id);
  if (f.shared_plan_id === null) return { period: null, periods: [], members: members.map((m) => ({ id: m.id, name: m.name })), measures: [] };
  const shared = await sq.sharedMeasures(db, f.shared_plan_id);
  const pairs = await sq.counterparts(db, f.shared_plan_id, members.map((m) => m.id));
  const own = await sq.totalValues(db, pairs.map((p) => p.measure_id));
  const kpis = [...new Set(shared.map((m) => m.kolada_kpi).filter((k): k is string => k !== null))];
  const kolada = await sq.koladaTotals(db, kpis, members.map((m) => m.kolada_id).filter((id): id is string => id !== null));
  const periods = comparisonPeriods([...new Set(own.map((v) => v.period))], [...new Set(kolada.map((v) => v.year))]);
  if (period !== undefined && !periods.includes(period)) {
    throw localizedError(
      'validation',
      { sv: `Det finns inga värden för perioden ${period}.`, da: `Der er ingen værdier for perioden ${period}.`, en: `There are no values for the period ${period}.` },
      'period',
    );
  }
  const chosen = period ?? periods[0] ?? null;
  const statuses = chosen === null ? new Map<number, ScorecardMeasure>() : await judgedMeasures(db, [...new Set(pairs.map((p) => p.plan_id))], chosen);
  const ref = await koladaReference();
  return {
    period: chosen,
    periods,
    members: members.map((m) => ({ id: m.id, name: m.name })),
    measures: shared.map((s) => {
      const inputs = members.map((m) => {
        const pair = pairs.find((p) => p.shared_id === s.id && p.organisation_id === m.id);
        const ownValue = pair ? (own.find((v) => v.measure_id === pair.measure_id && v.period === chosen)?.value ?? null) : null;
        const year = chosen !== null && /^\d{4}$/.test(chosen) ? Number(chosen) : null;
        const koladaValue =
          s.kolada_kpi && m.kolada_id && year !== null ? (kolada.find((v) => v.kpi === s.kolada_kpi && v.municipality_id === m.kolada_id && v.year === year)?.value ?? null) : null;
        return { organisationId: m.id, own: ownValue, kolada: koladaValue };
      });
      return {
        id: s.id,
        name: s.name,
        unit: s.unit,
        betterDirection: s.better_direction,
        kpi: s.kolada_kpi ? { id: s.kolada_kpi, title: ref.kpiById.get(s.kolada_kpi)?.title ?? s.kolada_kpi } : null,
        rows: compareMembers(inputs, s.better_direction).map((r) => {
          const pair = pairs.find((p) => p.shared_id === s.id && p.organisation_id === r.organisationId);
          const judged = pair ? statuses.get(pair.measure_id) : undefined;
          return {
            ...r,
            organisationName: members.find((m) => m.id === r.organisationId)!.name,
            status: judged ? judged.fulfilment : null,
            measureId: pair && actor.roles.has(r.organisationId) ? pair.measure_id : null,
            planId: pair && actor.roles.has(r.organisationId) ? pair.plan_id : null,
          };
        }),
      };
    }),
  };
}

/** Each measure of the plans as its own plan judges it for the period (plans without that period are skipped). */
async function judgedMeasures(db: Db, planIds: number[], period: string): Promise<Map<number, ScorecardMeasure>> {
  const out = new Map<number, ScorecardMeasure>();
  for (const id of planIds) {
    const plan = await getPlan(db, id);
    if (!plan || !planPeriods(plan).includes(period)) continue;
    const org = await getOrganisation(db, plan.organisation_id);
    if (!org) continue;
    const [tree] = await judgedTrees(db, plan, org.definition, [period]);
    const walk = (nodes: readonly ScorecardNode[]) => {
      for (const n of nodes) {
        for (const m of n.measures) out.set(m.id, m);
        walk(n.children);
      }
    };
    walk(tree!);
  }
  return out;
}
