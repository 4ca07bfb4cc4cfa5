import type { Tx } from '../../../db/client';
import type { MeasureAttributes } from '../../../domain/measures/derive-attributes';
import type { ImportedMeasure, ImportedNode, ImportedPlan } from '../../../importers/plan-text/imported-plan';
import type { Who } from '../audit/audit';
import { insertImportedBudgetTables } from '../budget/budget.queries';
import { insertPlanContent } from '../plan-content/plan-content.queries';
import { type PlanScope, writeNewMeasure, writeNewNode, writeNewPlan } from '../plan-editor/plan-writes';
import { insertImportedRisks } from '../risks/risks.queries';
import { insertAssignment } from './plan-import.queries';

/**
 * Stores a parsed plan document. The plan, its nodes and measures go through the plan
 * editor's write path (the model's rules, the audit log), like everything typed in the editor;
 * the rest of the document (assignments, risks, budget, chapters) is stored by its own area.
 */
export async function storeImportedPlan(
  tx: Tx,
  who: Who,
  scope: Omit<PlanScope, 'planId'>,
  plan: ImportedPlan,
  sourceDocument: string,
  ownerBody: string | null,
  attributesOf: (m: ImportedMeasure) => MeasureAttributes,
): Promise<number> {
  const planId = await writeNewPlan(tx, who, {
    organisationId: scope.organisationId,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    vision: plan.vision,
    ownerBody,
    parentPlanId: null,
    copyOfPlanId: null,
    sourceDocument,
    targetYears: plan.targetYears,
  });
  const planScope: PlanScope = { ...scope, planId };
  const storeNode = async (node: ImportedNode, parentId: number | null, parentLevelKey: string | null): Promise<void> => {
    const nodeId = await writeNewNode(tx, who, planScope, {
      parentId,
      parentLevelKey,
      levelKey: node.levelKey,
      name: node.title,
      description: node.description,
      longTermGoals: node.longTermGoals,
      bodies: node.bodies,
      sourceLine: node.line,
    });
    for (const m of node.measures) {
      const a = attributesOf(m);
      await writeNewMeasure(tx, who, planScope, {
        nodeId,
        nodeLevelKey: node.levelKey,
        columns: {
          kind_key: m.kindKey,
          name: m.name,
          definition: '',
          method: '',
          unit: a.unit,
          better_direction: a.betterDirection,
          value_nature: a.valueNature,
          baseline_text: m.baselineText,
          source: m.source,
          periods_text: m.periodsText,
          reporting_periods: a.reportingPeriods,
          breakdowns: '{}',
          footnotes: JSON.stringify(m.footnotes),
          owner_user_id: null,
          kolada_kpi: null,
        },
        targets: m.targets.map((t) => ({ year: t.year, text: t.text, needsRevision: false })),
        sourceLine: m.line,
      });
    }
    for (const child of node.children) await storeNode(child, nodeId, node.levelKey);
  };
  for (const node of plan.nodes) await storeNode(node, null, null);
  for (const [i, a] of plan.assignments.entries()) await insertAssignment(tx, planId, i, a);
  await insertImportedRisks(tx, planId, plan.risks);
  await insertImportedBudgetTables(tx, planId, plan.budgetTables);
  await insertPlanContent(tx, planId, scope.organisationId, plan.content);
  return planId;
}
