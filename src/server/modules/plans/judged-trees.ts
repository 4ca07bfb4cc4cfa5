/**
 * Judged scorecard trees, kept until the plan's data changes. Judging a national-scale plan
 * (2 000 measures, three languages of explanations) takes hundreds of milliseconds, and every
 * reader of a plan sees the same statuses, so each (plan, period) tree is built once per data
 * version and shared: by the scorecard, the dashboard, "Vad saknas" and the documents.
 *
 * `plans.data_version` is bumped by triggers (migration 0010) on every statement that changes
 * the plan's nodes, measures, targets, values or governance model, in any process. The version
 * is read with the plan, before the data, so a tree can at worst be newer than its key (and is
 * then built once more), never older. Keys carry the version, so stale entries are never read
 * and age out of the LRU. Each database (and each transaction, which sees its own writes) has
 * caches of its own: tests open many databases in one process, with the same plan ids.
 *
 * What depends on the reader (whether they may enter a measure's values) is not in the tree:
 * callers apply it per request from `planFacts(...).measureOwners`.
 */
import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import { buildScorecard } from '../../../domain/scorecard/build-scorecard';
import type { ScorecardNode } from '../../../shared/api-types';
import { Lru } from './lru';
import * as q from './plans.queries';
import { judgingData, latestPeriodWithValues, scorecardMeasureInputs, scorecardNodeInputs } from './scorecard-inputs';
import { seriesByMeasure } from './series';

/** Trees kept: a full-size tree (2 000 measures) holds about 3 MiB, so at most about 150 MiB. */
const MAX_TREES = 48;
const MAX_PLANS = 64;

/** What the scorecard needs of a plan besides its trees, at one data version. */
export interface PlanFacts {
  /** The latest of the plan's periods with any value, or null. */
  latest: string | null;
  /** Each measure's owner (the reporter who may enter its values). */
  measureOwners: Map<number, number | null>;
}

interface Kept {
  trees: Lru<Promise<readonly ScorecardNode[]>>;
  facts: Lru<Promise<unknown>>;
}
const keptPerDb = new WeakMap<Db, Kept>();

function keptFor(db: Db): Kept {
  let kept = keptPerDb.get(db);
  if (!kept) keptPerDb.set(db, (kept = { trees: new Lru(MAX_TREES), facts: new Lru(MAX_PLANS) }));
  return kept;
}

/** The plan at its current data version; the plan's years are part of it because they decide its periods. */
const versionKey = (plan: q.PlanRow) => `${plan.id}@${String(plan.data_version)}:${plan.start_year}-${plan.end_year}`;

/**
 * Keeps `promise` under `key` in `cache` and lets a failure be retried: a rejected entry is
 * dropped. Returns the promise, which callers await (and so see the failure).
 */
function keep<T>(cache: Lru<Promise<T>>, key: string, promise: Promise<T>): Promise<T> {
  cache.set(key, promise);
  promise.catch(() => {
    if (cache.peek(key) === promise) cache.delete(key);
  });
  return promise;
}

/**
 * What `compute` finds out about `plan`, computed once per data version of the plan: for facts
 * that read much of the plan's data, such as which measures have values by area. `what` names
 * the fact; every caller asking for a `what` must compute the same thing.
 */
export function perDataVersion<T>(db: Db, plan: q.PlanRow, what: string, compute: () => Promise<T>): Promise<T> {
  const key = `${versionKey(plan)}|${what}`;
  const { facts } = keptFor(db);
  return (facts.get(key) as Promise<T> | undefined) ?? keep(facts as Lru<Promise<T>>, key, compute());
}

/** The latest period with values and the measures' owners of `plan` (whose periods are `periods`). */
export function planFacts(db: Db, plan: q.PlanRow, periods: string[]): Promise<PlanFacts> {
  return perDataVersion(db, plan, 'facts', async () => {
    const [latest, owners] = await Promise.all([latestPeriodWithValues(db, plan.id, periods), q.measureOwners(db, plan.id)]);
    return { latest, measureOwners: new Map(owners.map((o) => [o.id, o.owner_user_id])) };
  });
}

/**
 * The plan's judged trees for `periods`, in that order, under `model` (the plan's organisation's,
 * read with the plan); the trees not kept yet are built together, on one read of the values they
 * need. Measures say `canEnterValues: false`. The trees are shared and frozen: copy what you change.
 */
export async function judgedTrees(db: Db, plan: q.PlanRow, model: GovernanceModel, periods: string[]): Promise<(readonly ScorecardNode[])[]> {
  const version = versionKey(plan);
  const { trees } = keptFor(db);
  const found = new Map<string, Promise<readonly ScorecardNode[]>>();
  for (const p of periods) {
    const hit = trees.get(`${version}|${p}`);
    if (hit !== undefined) found.set(p, hit);
  }
  const missing = [...new Set(periods.filter((p) => !found.has(p)))];
  if (missing.length > 0) {
    const built = buildTrees(db, plan, model, missing);
    for (const p of missing) found.set(p, keep(trees, `${version}|${p}`, built.then((byPeriod) => byPeriod.get(p)!)));
  }
  return Promise.all(periods.map((p) => found.get(p)!));
}

async function buildTrees(db: Db, plan: q.PlanRow, model: GovernanceModel, periods: string[]): Promise<Map<string, readonly ScorecardNode[]>> {
  const [nodes, measures] = await Promise.all([q.planNodes(db, plan.id), q.planMeasures(db, plan.id)]);
  const { values, benchmarks } = await judgingData(db, measures, periods);
  const series = seriesByMeasure(values);
  const nodeInputs = scorecardNodeInputs(nodes);
  const measureInputs = scorecardMeasureInputs(measures);
  // Benchmark targets ("Bättre än riket") read the national value; "i snitt över planperioden" the plan's years.
  const context = { benchmarksByMeasure: benchmarks, planYears: { from: plan.start_year, to: plan.end_year } };
  return new Map(periods.map((p) => [p, deepFreeze(buildScorecard(model, p, nodeInputs, measureInputs, series, context))]));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A judged tree as `reader` sees it: `canEnterValues` set per measure by `mayEnter`. */
export function withEntryRights(tree: readonly ScorecardNode[], mayEnter: (measureId: number) => boolean): ScorecardNode[] {
  return tree.map((n) => ({
    ...n,
    measures: n.measures.map((m) => ({ ...m, canEnterValues: mayEnter(m.id) })),
    children: withEntryRights(n.children, mayEnter),
  }));
}
