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
 * After a change, a tree is not judged anew when it need not be: the newest kept tree of the same
 * plan and period is the base, and when every data version since it changed only some measures'
 * values or targets (the log of migration 0020 says which), only those measures are judged again
 * and the nodes above them rolled up again (domain/scorecard/rejudge.ts); the rest of the tree is
 * shared with the base. Any other change (nodes, measure rows, the model, a national value), or a
 * gap in the log, judges the whole plan as before. rejudge.test.ts and judged-trees.int.test.ts
 * check that both ways give the same tree.
 *
 * A request that read the plan at an older version than the newest kept tree (it read the plan before
 * other requests saw later changes) gets that newer tree: it holds every change the request could
 * have seen, and judging the old version in full, with no older tree to start from, would make every
 * reader wait for data already out of date.
 *
 * What depends on the reader (whether they may enter a measure's values) is not in the tree:
 * callers apply it per request from `planFacts(...).measureOwners`.
 */
import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import { buildScorecard, judgeMeasure, type ScorecardContext } from '../../../domain/scorecard/build-scorecard';
import { rejudgeScorecard } from '../../../domain/scorecard/rejudge';
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
  /** Each measure's owner (the reporter who may enter its values). Shared between data versions with the same owners: do not change. */
  measureOwners: ReadonlyMap<number, number | null>;
  /** How many measures each owner (null: none) has: whether a reader may enter all, some or no values depends only on these. */
  measuresPerOwner: ReadonlyMap<number | null, number>;
}

/** A plan's measure owners as last read, with the digest they were read at (measureOwnersDigest). */
interface Owners {
  digest: string;
  measureOwners: ReadonlyMap<number, number | null>;
  measuresPerOwner: ReadonlyMap<number | null, number>;
}

/** A tree at a data version: the base a later version's tree may be judged from. */
interface Newest {
  version: bigint;
  tree: Promise<readonly ScorecardNode[]>;
}

interface Kept {
  trees: Lru<Promise<readonly ScorecardNode[]>>;
  facts: Lru<Promise<unknown>>;
  /** Per plan: its measures' owners, read again only when their digest changes. */
  owners: Lru<Owners>;
  /** The newest tree per plan, years and period (lineKey). */
  newest: Lru<Newest>;
}
const keptPerDb = new WeakMap<Db, Kept>();

function keptFor(db: Db): Kept {
  let kept = keptPerDb.get(db);
  if (!kept) keptPerDb.set(db, (kept = { trees: new Lru(MAX_TREES), facts: new Lru(MAX_PLANS), owners: new Lru(MAX_PLANS), newest: new Lru(MAX_TREES) }));
  return kept;
}

/**
 * The plan at its current data version; the plan's years are part of it because they decide its periods,
 * and how it judges years between target years because that decides their statuses (a change of it also
 * moves the data version, migration 0024).
 */
const versionKey = (plan: q.PlanRow) => `${plan.id}@${String(plan.data_version)}:${plan.start_year}-${plan.end_year}:${plan.target_between_years}`;
/** The plan and period at every data version: where the newest tree is looked up. A tree judged the other way between target years is never a base. */
const lineKey = (plan: q.PlanRow, period: string) => `${plan.id}:${plan.start_year}-${plan.end_year}:${plan.target_between_years}|${period}`;
const versionOf = (plan: q.PlanRow) => BigInt(String(plan.data_version));

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

/**
 * The latest period with values and the measures' owners of `plan` (whose periods are `periods`).
 * Most new data versions are values entered, which leave the owners as they were: the owners are
 * read again only when their digest differs from the one they were last read at (a deadline day
 * made a new version every 50 ms, and reading 2 000 owners for each was a good part of the
 * server's garbage).
 */
export function planFacts(db: Db, plan: q.PlanRow, periods: string[]): Promise<PlanFacts> {
  return perDataVersion(db, plan, 'facts', async () => {
    const [latest, { measureOwners, measuresPerOwner }] = await Promise.all([latestPeriodWithValues(db, plan.id, periods), ownersOf(db, plan.id)]);
    return { latest, measureOwners, measuresPerOwner };
  });
}

async function ownersOf(db: Db, planId: number): Promise<Owners> {
  const { owners } = keptFor(db);
  const digest = await q.measureOwnersDigest(db, planId);
  const known = owners.get(String(planId));
  if (known?.digest === digest) return known;
  const rows = await q.measureOwners(db, planId);
  const measureOwners = new Map(rows.map((o) => [o.id, o.owner_user_id]));
  const measuresPerOwner = new Map<number | null, number>();
  for (const owner of measureOwners.values()) measuresPerOwner.set(owner, (measuresPerOwner.get(owner) ?? 0) + 1);
  // Read after the digest: should the owners have changed in between, the digest kept is older than the rows and they are read once more next time.
  const read = { digest, measureOwners, measuresPerOwner };
  owners.set(String(planId), read);
  return read;
}

/**
 * The plan's judged trees for `periods`, in that order, under `model` (the plan's organisation's,
 * read with the plan); the trees not kept yet are built together, on one read of the values they
 * need. Measures say `canEnterValues: false`. The trees are shared and frozen: copy what you change.
 */
export async function judgedTrees(db: Db, plan: q.PlanRow, model: GovernanceModel, periods: string[]): Promise<(readonly ScorecardNode[])[]> {
  const version = versionKey(plan);
  const kept = keptFor(db);
  const { trees } = kept;
  const found = new Map<string, Promise<readonly ScorecardNode[]>>();
  for (const p of periods) {
    // A newer tree than the plan row read (another request read the plan after more changes) is served as it is: judging the older
    // version from nothing, because no kept tree is older, would cost the whole plan's judging for data already out of date.
    const newer = kept.newest.peek(lineKey(plan, p));
    const hit = trees.get(`${version}|${p}`) ?? (newer && newer.version > versionOf(plan) ? newer.tree : undefined);
    if (hit !== undefined) found.set(p, hit);
  }
  const missing = [...new Set(periods.filter((p) => !found.has(p)))];
  if (missing.length > 0) {
    const built = buildTrees(db, plan, model, missing, kept.newest);
    for (const p of missing) {
      const tree = keep(trees, `${version}|${p}`, built.then((byPeriod) => byPeriod.get(p)!));
      found.set(p, tree);
      remember(kept.newest, lineKey(plan, p), { version: versionOf(plan), tree });
    }
  }
  return Promise.all(periods.map((p) => found.get(p)!));
}

/** Keeps `entry` as the newest tree of its line unless a newer one is kept; forgets it if it fails. */
function remember(newest: Lru<Newest>, key: string, entry: Newest): void {
  const current = newest.peek(key);
  if (current && current.version > entry.version) return;
  newest.set(key, entry);
  entry.tree.catch(() => {
    if (newest.peek(key) === entry) newest.delete(key);
  });
}

/** Trees for `periods`: judged from a kept base where the change log allows, the rest in full. */
async function buildTrees(db: Db, plan: q.PlanRow, model: GovernanceModel, periods: string[], newest: Lru<Newest>): Promise<Map<string, readonly ScorecardNode[]>> {
  const version = versionOf(plan);
  const bases = new Map<string, Newest>();
  for (const p of periods) {
    const base = newest.peek(lineKey(plan, p));
    if (base && base.version < version) bases.set(p, base);
  }
  const out = new Map<string, readonly ScorecardNode[]>();
  if (bases.size > 0) {
    for (const [p, tree] of await rejudgedTrees(db, plan, model, version, bases)) out.set(p, tree);
  }
  const rest = periods.filter((p) => !out.has(p));
  if (rest.length > 0) for (const [p, tree] of await fullTrees(db, plan, model, rest)) out.set(p, tree);
  return out;
}

/**
 * The trees of the periods in `bases` at `version`, each judged from its base by judging again only
 * the measures the change log names since the base's version; a period whose log has a gap, whose
 * base failed, or whose changed measures are not all in its tree is left out (judged in full).
 */
async function rejudgedTrees(db: Db, plan: q.PlanRow, model: GovernanceModel, version: bigint, bases: Map<string, Newest>): Promise<Map<string, readonly ScorecardNode[]>> {
  const oldest = [...bases.values()].reduce((min, b) => (b.version < min ? b.version : min), version);
  const log = await q.measureChanges(db, plan.id, oldest, version);
  const changedAt = new Map<bigint, number[]>();
  for (const r of log) {
    const v = BigInt(String(r.data_version));
    changedAt.set(v, [...(changedAt.get(v) ?? []), Number(r.measure_id)]);
  }
  /** The measures changed after `from`, or null when a version after it is not in the log. */
  const changedSince = (from: bigint): Set<number> | null => {
    const ids = new Set<number>();
    for (let v = from + 1n; v <= version; v++) {
      const at = changedAt.get(v);
      if (!at) return null;
      for (const id of at) ids.add(id);
    }
    return ids;
  };
  // Periods with the same changed measures are judged on one read of their values.
  const groups = new Map<string, { ids: number[]; periods: string[] }>();
  for (const [p, base] of bases) {
    const ids = changedSince(base.version);
    if (!ids) continue;
    const sorted = [...ids].sort((a, b) => a - b);
    const key = sorted.join(',');
    const group = groups.get(key) ?? { ids: sorted, periods: [] };
    group.periods.push(p);
    groups.set(key, group);
  }
  const out = new Map<string, readonly ScorecardNode[]>();
  for (const { ids, periods } of groups.values()) {
    const measures = ids.length > 0 ? await q.planMeasuresByIds(db, plan.id, ids) : [];
    if (measures.length !== ids.length) continue;
    const { values, benchmarks } = await judgingData(db, measures, periods);
    const series = seriesByMeasure(values);
    const inputs = scorecardMeasureInputs(measures);
    const context = judgingContext(plan, benchmarks);
    for (const p of periods) {
      const base = await bases.get(p)!.tree.catch(() => null);
      if (!base) continue;
      const tree = rejudgeScorecard(model, base, new Map(inputs.map((m) => [m.id, judgeMeasure(m, p, series, context)])));
      if (tree) out.set(p, deepFreeze(tree));
    }
  }
  return out;
}

async function fullTrees(db: Db, plan: q.PlanRow, model: GovernanceModel, periods: string[]): Promise<Map<string, readonly ScorecardNode[]>> {
  const [nodes, measures] = await Promise.all([q.planNodes(db, plan.id), q.planMeasures(db, plan.id)]);
  const { values, benchmarks } = await judgingData(db, measures, periods);
  const series = seriesByMeasure(values);
  const nodeInputs = scorecardNodeInputs(nodes);
  const measureInputs = scorecardMeasureInputs(measures);
  const context = judgingContext(plan, benchmarks);
  return new Map(periods.map((p) => [p, deepFreeze(buildScorecard(model, p, nodeInputs, measureInputs, series, context))]));
}

/** Benchmark targets ("Bättre än riket") read the national value; "i snitt över planperioden" the plan's years; years between target years the plan's choice. */
function judgingContext(plan: q.PlanRow, benchmarks: ScorecardContext['benchmarksByMeasure']): ScorecardContext {
  return {
    ...(benchmarks ? { benchmarksByMeasure: benchmarks } : {}),
    planYears: { from: plan.start_year, to: plan.end_year },
    targetBetweenYears: plan.target_between_years ?? 'next-target',
  };
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
