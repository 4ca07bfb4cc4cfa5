import type { Db } from '../../../db/client';
import { deriveMeasureAttributes } from '../../../domain/measures/derive-attributes';
import { REPORT_KINDS } from '../../../domain/periods/reporting-periods';
import type { CreateMeasureRequest, UpdateMeasureRequest } from '../../../shared/authoring-schemas';
import type { Actor } from '../../access/can';
import { AppError, fieldError } from '../../http/errors';
import { authorize } from '../../http/session';
import { staleEdit } from '../../http/versions';
import { audit } from '../audit/audit';
import { getMeasure } from '../plans/plans.queries';
import { organisationUsers } from '../users/users.queries';
import * as q from './plan-editor.queries';
import { lockPlanScope, requireOpen } from './plan-scope';
import { columnsOf, measureAuditState, writeNewMeasure } from './plan-writes';

type TargetsInput = Record<string, string>;

/** Targets as the request writes them (`{ "2025": "Under 6,5 %" }`), empty texts dropped. */
function targetRows(targets: TargetsInput, keep: Map<number, boolean> = new Map()) {
  return Object.entries(targets)
    .map(([year, text]) => ({ year: Number(year), text: text.trim() }))
    .filter((t) => t.text !== '')
    .map((t) => ({ ...t, needsRevision: keep.get(t.year) ?? false }))
    .sort((a, b) => a.year - b.year);
}

async function checkOwner(tx: Db, organisationId: number, ownerUserId: number | null | undefined) {
  if (ownerUserId == null) return;
  const members = await organisationUsers(tx, organisationId);
  if (!members.some((u) => u.id === ownerUserId)) throw fieldError('ownerUserId', 'Personen har ingen roll i organisationen.');
}

/**
 * Adds a measure to a node. What the person leaves out is worked out from what they wrote
 * (unit and better direction from the targets), and a measure without reporting periods is
 * reported in every follow-up period of its plan.
 */
export async function createMeasure(db: Db, actor: Actor, nodeId: number, input: CreateMeasureRequest): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    const node = await q.getNode(tx, nodeId);
    if (!node) throw new AppError('not-found', `Noden ${nodeId} finns inte.`);
    const scope = await lockPlanScope(tx, node.plan_id);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    const kindKey = input.kindKey ?? scope.model.measureKinds[0]!.key;
    requireOpen(scope, ['create'], 'measure', scope.model.measureKinds.find((k) => k.key === kindKey));
    await checkOwner(tx, scope.organisationId, input.ownerUserId);
    const targets = targetRows(input.targets ?? {});
    const derived = deriveMeasureAttributes({ name: input.name, baselineText: input.baseline ?? '', targetTexts: targets.map((t) => t.text), periodsText: input.periodsText ?? '', footnotes: input.footnotes ?? [] });
    const reportingPeriods = input.reportingPeriods ?? (input.periodsText?.trim() ? derived.reportingPeriods : [...REPORT_KINDS]);
    const id = await writeNewMeasure(tx, { userId: actor.id }, scope, {
      nodeId,
      nodeLevelKey: node.level_key,
      columns: {
        kind_key: kindKey,
        name: input.name.trim(),
        definition: input.definition ?? '',
        method: input.method ?? '',
        unit: input.unit === undefined ? derived.unit : input.unit,
        better_direction: input.betterDirection === undefined ? derived.betterDirection : input.betterDirection,
        value_nature: input.valueNature ?? derived.valueNature,
        baseline_text: input.baseline ?? '',
        source: input.source ?? '',
        periods_text: input.periodsText ?? '',
        reporting_periods: reportingPeriods,
        breakdowns: JSON.stringify(input.breakdowns ?? {}),
        footnotes: JSON.stringify(input.footnotes ?? []),
        owner_user_id: input.ownerUserId ?? null,
        kolada_kpi: input.koladaKpi ?? null,
      },
      targets,
    });
    if (input.position !== undefined) await placeMeasure(tx, scope.planId, nodeId, id, input.position);
    await q.refreshTargetYears(tx, scope.planId);
    return { id };
  });
}

/** Puts a measure at `index` among its node's measures, keeping the plan-wide positions they already use. */
async function placeMeasure(tx: Db, planId: number, nodeId: number, measureId: number, index: number) {
  const rows = await q.nodeMeasurePositions(tx, planId, nodeId);
  const order = rows.map((r) => r.id).filter((id) => id !== measureId);
  order.splice(Math.max(0, Math.min(index, order.length)), 0, measureId);
  const slots = rows.map((r) => r.position).sort((a, b) => a - b);
  await q.setMeasurePositions(tx, order, slots);
}

/**
 * Changes any field of a measure, its targets included. In a decided plan, the name, kind,
 * place and targets of a measure whose kind needs a decision change only in a revision;
 * everything else may change at any time.
 */
export async function updateMeasureFields(db: Db, actor: Actor, measureId: number, input: UpdateMeasureRequest, seenVersion?: number): Promise<void> {
  await db.transaction(async (tx) => {
    const existing = await getMeasure(tx, measureId);
    if (!existing) throw new AppError('not-found', `Måttet ${measureId} finns inte.`);
    const scope = await lockPlanScope(tx, existing.plan_id);
    authorize(actor, 'plan:edit', { organisationId: scope.organisationId });
    const m = (await q.lockMeasure(tx, measureId))!;
    if (seenVersion !== undefined && seenVersion !== m.version) throw await staleEdit(tx, 'measure', measureId, `Måttet «${m.name}»`, seenVersion, m.version);

    const oldTargets = Object.fromEntries(m.targets.map((t) => [String(t.year), t.text]));
    const newTargets = input.targets === undefined ? undefined : targetRows(input.targets, new Map(m.targets.map((t) => [t.year, t.needs_revision && input.targets![String(t.year)]?.trim() === t.text])));
    const targetsChanged = newTargets !== undefined && JSON.stringify(Object.fromEntries(newTargets.map((t) => [String(t.year), t.text]))) !== JSON.stringify(oldTargets);
    const changed = [
      ...(input.name !== undefined && input.name.trim() !== m.name ? ['name'] : []),
      ...(targetsChanged ? ['targets'] : []),
      ...(input.kindKey !== undefined && input.kindKey !== m.kind_key ? ['kindKey'] : []),
      ...(input.nodeId !== undefined && input.nodeId !== m.node_id ? ['nodeId'] : []),
      ...(input.position !== undefined ? ['position'] : []),
    ];
    requireOpen(scope, changed, 'measure', scope.model.measureKinds.find((k) => k.key === m.kind_key));
    if (input.kindKey !== undefined && !scope.model.measureKinds.some((k) => k.key === input.kindKey)) {
      throw fieldError('kindKey', `Styrmodellen har inget måttslag "${input.kindKey}".`);
    }
    await checkOwner(tx, scope.organisationId, input.ownerUserId);
    let nodeId: number | undefined;
    if (input.nodeId !== undefined && input.nodeId !== m.node_id) {
      const node = await q.getNode(tx, input.nodeId);
      if (!node || node.plan_id !== m.plan_id) throw fieldError('nodeId', `Noden ${input.nodeId} finns inte i planen.`);
      if (!scope.model.levels.find((l) => l.key === node.level_key)?.carriesMeasures) throw fieldError('nodeId', 'Mått kan inte hänga på den nivån.');
      nodeId = node.id;
    }
    const columns = {
      name: input.name?.trim(),
      kind_key: input.kindKey,
      definition: input.definition,
      method: input.method,
      unit: input.unit,
      better_direction: input.betterDirection,
      value_nature: input.valueNature,
      baseline_text: input.baseline,
      source: input.source,
      periods_text: input.periodsText,
      reporting_periods: input.reportingPeriods,
      breakdowns: input.breakdowns === undefined ? undefined : JSON.stringify(input.breakdowns),
      footnotes: input.footnotes === undefined ? undefined : JSON.stringify(input.footnotes),
      owner_user_id: input.ownerUserId,
      kolada_kpi: input.koladaKpi,
    };
    const version = await q.updateMeasureColumns(tx, measureId, { ...columns, node_id: nodeId });
    if (newTargets !== undefined) await q.replaceTargets(tx, measureId, newTargets);
    if (nodeId !== undefined || input.position !== undefined) {
      await placeMeasure(tx, scope.planId, nodeId ?? m.node_id, measureId, input.position ?? Number.MAX_SAFE_INTEGER);
    }
    if (newTargets !== undefined) await q.refreshTargetYears(tx, scope.planId);
    const before = { ...measureAuditState(columnsOf(m)), nodeId: m.node_id, targets: oldTargets, version: m.version };
    const changedOnly = Object.fromEntries(Object.entries({ ...measureAuditState(columns), nodeId }).filter(([, v]) => v !== undefined));
    await audit(tx, { userId: actor.id }, {
      organisationId: scope.organisationId,
      planId: scope.planId,
      objectType: 'measure',
      objectId: measureId,
      action: 'update',
      before,
      after: { ...before, ...changedOnly, ...(newTargets ? { targets: Object.fromEntries(newTargets.map((t) => [String(t.year), t.text])) } : {}), version },
    });
  });
}
