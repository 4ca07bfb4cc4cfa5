import type { Db } from '../../../db/client';
import type { ScorecardNode } from '../../../shared/api-types';
import type { CascadeEntry, CascadeView } from '../../../shared/authoring-schemas';
import { type Actor, can } from '../../access/can';
import { AppError } from '../../http/errors';
import { authorize } from '../../http/session';
import { getOrganisation } from '../organisations/organisations.queries';
import { judgedTrees, planFacts } from '../plans/judged-trees';
import { getPlan, type PlanRow } from '../plans/plans.queries';
import { type CascadeNodeRow, cascadeNode, nodesBelow } from './plan-editor.queries';
import { planPeriods } from '../plans/plans.service';

/**
 * Everything under a node across plans and organisations: its own subtree, the nodes of lower
 * plans that serve it (a board's success factor serving a council goal), their subtrees, and
 * so on down — each with its status for the period. Nodes in plans the reader may not read
 * are counted, not shown.
 */
export async function getCascade(db: Db, actor: Actor, nodeId: number, period?: string): Promise<CascadeView> {
  const rootRow = await cascadeNode(db, nodeId);
  if (!rootRow) throw new AppError('not-found', `Noden ${nodeId} finns inte.`);
  const rootPlan = (await getPlan(db, rootRow.plan_id))!;
  authorize(actor, 'plan:read', { organisationId: rootPlan.organisation_id });

  const plans = new Map<number, { plan: PlanRow; orgName: string; status: Map<number, ScorecardNode>; period: string; levelNames: Map<string, CascadeEntry['levelName']> }>();
  const planView = async (planId: number) => {
    const known = plans.get(planId);
    if (known) return known;
    const plan = (await getPlan(db, planId))!;
    const org = (await getOrganisation(db, plan.organisation_id))!;
    const periods = planPeriods(plan);
    const chosen = period && periods.includes(period) ? period : ((await planFacts(db, plan, periods)).latest ?? periods[0]!);
    const [tree] = await judgedTrees(db, plan, org.definition, [chosen]);
    const status = new Map<number, ScorecardNode>();
    const walk = (nodes: readonly ScorecardNode[]) => {
      for (const n of nodes) {
        status.set(n.id, n);
        walk(n.children);
      }
    };
    walk(tree!);
    const view = { plan, orgName: org.name, status, period: chosen, levelNames: new Map(org.definition.levels.map((l) => [l.key, l.name])) };
    plans.set(planId, view);
    return view;
  };
  const entryOf = async (row: CascadeNodeRow, via: CascadeEntry['via'], depth: number): Promise<CascadeEntry> => {
    const v = await planView(row.plan_id);
    const judged = v.status.get(row.id);
    return {
      nodeId: row.id,
      name: row.title,
      levelKey: row.level_key,
      levelName: v.levelNames.get(row.level_key) ?? { sv: row.level_key, da: row.level_key, en: row.level_key },
      planId: row.plan_id,
      planTitle: v.plan.title,
      organisationId: v.plan.organisation_id,
      organisationName: v.orgName,
      via,
      depth,
      status: judged?.fulfilment.status ?? 'no-value',
      explanation: judged?.fulfilment.explanation ?? { sv: '', da: '', en: '' },
      period: v.period,
    };
  };

  const entries: CascadeEntry[] = [];
  let hidden = 0;
  const seen = new Set<number>([rootRow.id]);
  // Depth first, so each node's descendants follow it directly, as a tree is read.
  const visit = async (row: CascadeNodeRow, depth: number) => {
    const below = await nodesBelow(db, row.id);
    for (const child of below) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      const plan = child.plan_id === row.plan_id ? undefined : await getPlan(db, child.plan_id);
      if (plan && !can(actor, 'plan:read', { organisationId: plan.organisation_id })) {
        hidden++;
        continue;
      }
      entries.push(await entryOf(child, child.parent_id === row.id ? 'child' : 'serves', depth + 1));
      await visit(child, depth + 1);
    }
  };
  await visit(rootRow, 0);
  return { root: await entryOf(rootRow, 'child', 0), entries, hidden };
}
