/**
 * The editors' list "Mått utan riktning" (issue 12, item 4): the plan's measures whose targets need
 * a better direction ("40 %", "Förbättra", "bättre än riket") that neither a person nor the row's
 * own words state. The scorecard says "riktning saknas" to editors for the same measures; the list
 * leads each one to the measure editor, where the direction is set.
 */
import type { Db } from '../../../db/client';
import { parseMeasure } from '../../../domain/scorecard/measure-status';
import type { MeasuresWithoutDirection } from '../../../shared/api-types';
import type { Actor } from '../../access/can';
import { authorize } from '../../http/session';
import * as q from './plans.queries';
import { readablePlan } from './plans.service';

/** The plan's measures without a better direction where a target needs one, in the plan's order, for its editors. */
export async function measuresWithoutDirection(db: Db, actor: Actor, planId: number): Promise<MeasuresWithoutDirection> {
  const plan = await readablePlan(db, actor, planId);
  authorize(actor, 'plan:edit', { organisationId: plan.organisation_id });
  const [nodes, measures] = await Promise.all([q.planNodes(db, planId), q.planMeasures(db, planId)]);
  const byNode = new Map<number, q.MeasureRow[]>();
  for (const m of measures) byNode.set(m.node_id, [...(byNode.get(m.node_id) ?? []), m]);
  const children = new Map<number | null, q.NodeRow[]>();
  for (const n of nodes) children.set(n.parent_id, [...(children.get(n.parent_id) ?? []), n]);

  const out: MeasuresWithoutDirection['measures'] = [];
  const walk = (parentId: number | null, path: string[]) => {
    for (const n of children.get(parentId) ?? []) {
      const here = [...path, n.title];
      for (const m of byNode.get(n.id) ?? []) {
        const parsed = parseMeasure({ name: m.name, baselineText: m.baseline_text, targets: m.targets, betterDirection: m.better_direction, unit: m.unit });
        if (!parsed.directionMissing) continue;
        out.push({ id: m.id, name: m.name, nodePath: here, targets: m.targets.map((t) => ({ year: t.year, text: t.text })), version: m.version });
      }
      walk(n.id, here);
    }
  };
  walk(null, []);
  return { planId, measures: out };
}
