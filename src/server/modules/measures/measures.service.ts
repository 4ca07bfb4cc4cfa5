import type { Db } from '../../../db/client';
import { type Lang, LANGS, type Localized } from '../../../domain/i18n/lang';
import { NATIONAL_AREAS, nationalSeries } from '../../../domain/fulfilment/national';
import { parseNumber } from '../../../domain/numbers';
import { parsePeriodKey } from '../../../domain/periods';
import { entryPeriods } from '../../../domain/scorecard/entry-periods';
import { measureStatus, parseMeasure } from '../../../domain/scorecard/measure-status';
import { describeBaseline, describeTarget } from '../../../domain/targets';
import type { EnterValueRequest, MeasureDetail, MeasureValue } from '../../../shared/api-types';
import { type Actor, can } from '../../access/can';
import { formatNumber } from '../../../domain/numbers';
import { audit } from '../audit/audit';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { continueSeries } from '../plans/continued-series';
import { allTotalValues, getMeasure, nationalValues, predecessorChains } from '../plans/plans.queries';
import { periodLabel, planPeriods, readablePlan } from '../plans/plans.service';
import { seriesByMeasure } from '../plans/series';
import * as q from './measures.queries';

const inAllLangs = (f: (lang: 'sv' | 'da' | 'en') => string): Localized =>
  Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Localized;

function toValue(v: Awaited<ReturnType<typeof q.measureValues>>[number]): MeasureValue {
  return {
    id: v.id,
    period: v.period,
    sex: v.sex,
    ageBand: v.age_band,
    area: v.area,
    value: v.value,
    status: v.status,
    source: v.source,
    enteredBy: v.entered_by,
    enteredAt: v.entered_at,
    version: v.version ?? 1,
  };
}

/** Everything the measure page shows: definition, baseline and targets as understood, values, status per period. */
export async function getMeasureDetail(db: Db, actor: Actor, measureId: number): Promise<MeasureDetail> {
  const m = await getMeasure(db, measureId);
  if (!m) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  const plan = await readablePlan(db, actor, m.plan_id);
  const [values, path] = await Promise.all([q.measureValues(db, measureId), q.nodePath(db, m.node_id)]);
  // A measure copied from an earlier plan is judged on its predecessors' values too (its series continues).
  const chains = new Map([[measureId, (await predecessorChains(db, m.plan_id)).get(measureId) ?? []]]);
  const own = values.filter((v) => !v.age_band && !v.area);
  const earlier = chains.get(measureId)!.length > 0 ? await allTotalValues(db, chains.get(measureId)!) : [];
  const series = seriesByMeasure(continueSeries([...own, ...earlier], chains)).get(measureId) ?? new Map();
  const parsed = parseMeasure({ name: m.name, baselineText: m.baseline_text, targets: m.targets, betterDirection: m.better_direction, unit: m.unit, valueNature: m.value_nature });
  const { baseline } = parsed;
  // The national value, for targets such as "Bättre än riket" (fulfilment/national.ts), and the plan's years.
  const periods = planPeriods(plan);
  const national = await nationalValues(db, { measureIds: periods.map(() => measureId), periods }, NATIONAL_AREAS);
  const context = {
    benchmarks: nationalSeries(national.map((r) => ({ period: r.period, value: Number(r.value), from: r.from }))),
    planYears: { from: plan.start_year, to: plan.end_year },
    targetBetweenYears: plan.target_between_years,
  };
  return {
    id: m.id,
    planId: m.plan_id,
    name: m.name,
    kindKey: m.kind_key,
    definition: m.definition,
    unit: m.unit,
    betterDirection: m.better_direction,
    valueNature: m.value_nature,
    baselineText: m.baseline_text,
    baseline,
    baselineDescription: inAllLangs((l) => describeBaseline(baseline, l)),
    targets: parsed.targets.map(({ year, target }) => ({
      year,
      text: target.text,
      target,
      description: inAllLangs((l) => describeTarget(target, l)),
      needsRevision: m.targets.find((t) => t.year === year)?.needs_revision ?? false,
    })),
    method: m.method,
    breakdowns: { sex: m.breakdowns.sex ?? false, ageBands: m.breakdowns.ageBands ?? [], areas: m.breakdowns.areas ?? [] },
    koladaKpi: m.kolada_kpi,
    version: m.version,
    structureOpen: plan.status !== 'decided',
    targetBetweenYears: plan.target_between_years,
    source: m.source,
    periodsText: m.periods_text,
    reportingPeriods: m.reporting_periods,
    footnotes: m.footnotes,
    path: path.map((p) => ({ id: p.id, levelKey: p.level_key, title: p.title })),
    values: values.map(toValue),
    fulfilment: periods.map((period) => {
      const s = measureStatus(parsed, series, period, context);
      return { period, label: periodLabel(period), fulfilment: { status: s.status, explanation: s.explanation } };
    }),
    entryPeriods: entryPeriods(plan.start_year, plan.end_year, parsed.targets.map((t) => t.target)).map((key) => ({ key, label: periodLabel(key) })),
    owner: m.owner_user_id === null ? null : { id: m.owner_user_id, name: (await q.userName(db, m.owner_user_id)) ?? '' },
    canEnterValues: can(actor, 'value:enter', { organisationId: plan.organisation_id, ownerUserId: m.owner_user_id }),
    canEdit: can(actor, 'plan:edit', { organisationId: plan.organisation_id }),
  };
}

/**
 * Checks a typed value and stores it; a value for the same period and breakdown is replaced. A typed
 * value is read in the reader's language (`1,000` is a thousand in English, one in Swedish and Danish).
 */
export async function enterValue(db: Db, actor: Actor, measureId: number, input: EnterValueRequest, lang: Lang = 'sv'): Promise<MeasureValue> {
  const owner = await q.measureOrganisation(db, measureId);
  if (!owner) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  authorize(actor, 'value:enter', { organisationId: owner.organisation_id, ownerUserId: owner.owner_user_id });
  const period = input.period.trim();
  if (!parsePeriodKey(period)) {
    throw fieldError('period', `Okänd period "${input.period}". Använd t.ex. 2022-DÅ04, 2022-DÅ08, 2022, 2022-T1 eller 2022-03.`);
  }
  const value = typeof input.value === 'number' ? input.value : parseNumber(input.value, lang);
  if (value === null || !Number.isFinite(value)) {
    throw fieldError('value', `"${input.value}" är inget tal. Skriv t.ex. 6,5 eller 43 000.`);
  }
  const key = { measureId, period, sex: input.sex, ageBand: input.ageBand?.trim() ?? '', area: input.area?.trim() ?? '' };
  const id = await db.transaction(async (tx) => {
    const before = await q.valueForUpdate(tx, key);
    const seen = input.version;
    if (seen !== undefined && seen !== (before?.version ?? 0)) throw staleValue(period, seen, before);
    const saved = await q.upsertValue(tx, { ...key, value, status: input.status, source: null, enteredBy: actor.id });
    await audit(tx, { userId: actor.id }, {
      organisationId: owner.organisation_id, planId: null, objectType: 'value', objectId: saved, action: before ? 'update' : 'create',
      before: before ? { value: before.value, version: before.version, source: before.source } : null,
      after: { ...key, value, status: input.status, version: (before?.version ?? 0) + 1 },
    });
    return saved;
  });
  const stored = (await q.measureValue(db, measureId, id))!;
  return toValue(stored);
}

/** The 409 for a value entered against an old version: who changed it to what, and when. */
function staleValue(period: string, seen: number, now: { value: number; version: number; entered_by: string | null; entered_at: string; source: string | null } | undefined): AppError {
  const what = now
    ? `${now.entered_by ?? now.source ?? 'någon'} skrev ${formatNumber(now.value, 'sv')} ${now.entered_at.slice(0, 16)} (version ${now.version})`
    : 'värdet har tagits bort';
  const message = `Värdet för ${period} har ändrats efter din version ${seen}: ${what}. Ladda om och välj vilket värde som ska gälla.`;
  return new AppError('conflict', message, [{ path: 'version', message }]);
}

/** Removes one value of a measure. */
export async function removeValue(db: Db, actor: Actor, measureId: number, valueId: number): Promise<void> {
  const owner = await q.measureOrganisation(db, measureId);
  if (!owner) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
  authorize(actor, 'value:enter', { organisationId: owner.organisation_id, ownerUserId: owner.owner_user_id });
  if (!(await q.deleteValue(db, measureId, valueId))) throw new AppError('not-found', `Värdet ${valueId} finns inte.`);
}
