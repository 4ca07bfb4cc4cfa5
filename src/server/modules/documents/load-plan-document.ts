import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import type { PlanDocument, PlanMeasureTable, PlanNodeSection } from '../../../reports/plan-document/types';
import type { MeasuresWorkbook, MeasureValueRow } from '../../../reports/xlsx/types';
import { comparePeriodKeys, formatPeriod } from '../../../domain/periods';
import { getOrganisation } from '../organisations/organisations.queries';
import * as plans from '../plans/plans.queries';
import { planPeriods } from '../plans/plans.service';
import { planValuesAllBreakdowns } from './documents.queries';
import { planTree, type TreeNode } from './plan-tree';

const today = () => new Date().toISOString().slice(0, 10);

/** The measure tables under a node: one per kind of measure, in the model's order of kinds. */
function measureTables(model: GovernanceModel, t: TreeNode, targetYears: number[]): PlanMeasureTable[] {
  const kinds = [...model.measureKinds.map((k) => k.key), ...t.measures.map((m) => m.kind_key)];
  return [...new Set(kinds)]
    .map((key) => ({
      kindName: model.measureKinds.find((k) => k.key === key)?.name.sv ?? key,
      rows: t.measures
        .filter((m) => m.kind_key === key)
        .map((m) => ({
          name: m.name,
          baseline: m.baseline_text,
          targets: targetYears.map((y) => m.targets.find((x) => x.year === y)?.text ?? ''),
          source: m.source,
          period: m.periods_text,
          footnotes: m.footnotes,
        })),
    }))
    .filter((table) => table.rows.length > 0);
}

function section(model: GovernanceModel, t: TreeNode, targetYears: number[]): PlanNodeSection {
  return {
    levelName: t.levelName,
    title: t.node.title,
    description: t.node.description,
    longTermGoals: t.node.long_term_goals,
    bodies: t.node.bodies,
    measureTables: measureTables(model, t, targetYears),
    children: t.children.map((c) => section(model, c, targetYears)),
  };
}

/** What the plan document shows, from the plan as stored today (chapters, risks and budget tables are added as they are stored). */
export async function loadPlanDocument(db: Db, plan: plans.PlanRow): Promise<PlanDocument> {
  const org = (await getOrganisation(db, plan.organisation_id))!;
  const model = org.definition;
  const [nodes, measures, assignments] = await Promise.all([plans.planNodes(db, plan.id), plans.planMeasures(db, plan.id), plans.planAssignments(db, plan.id)]);
  const measureLevel = model.levels.find((l) => l.carriesMeasures) ?? model.levels.at(-1);
  const kind = model.measureKinds[0];
  return {
    title: plan.title,
    organisation: org.name,
    startYear: plan.start_year,
    endYear: plan.end_year,
    generatedOn: today(),
    vision: plan.vision,
    targetYears: plan.target_years,
    assignmentName: model.assignmentName.sv,
    assignments: assignments.map((a) => ({ text: a.text, bodies: a.bodies })),
    measuresHeading: `${measureLevel?.plural.sv ?? ''} och ${(kind?.plural.sv ?? '').toLowerCase()}`.trim(),
    perspectives: planTree(model, nodes, measures).map((t) => section(model, t, plan.target_years)),
  };
}

const SEX_NAME: Record<string, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };
const SEX_ORDER = ['T', 'K', 'M'];

/** All measures with all their values, one sheet per top-level node (perspective). */
export async function loadMeasuresWorkbook(db: Db, plan: plans.PlanRow): Promise<MeasuresWorkbook> {
  const org = (await getOrganisation(db, plan.organisation_id))!;
  const model = org.definition;
  const [nodes, measures, values] = await Promise.all([plans.planNodes(db, plan.id), plans.planMeasures(db, plan.id), planValuesAllBreakdowns(db, plan.id)]);
  const periodKeys = [...new Set([...planPeriods(plan), ...values.map((v) => v.period)])].sort(comparePeriodKeys);
  const col = new Map(periodKeys.map((p, i) => [p, i]));
  const rowsOf = (m: plans.MeasureRow, path: string[]): MeasureValueRow[] => {
    const groups = new Map<string, { sex: string; ageBand: string; area: string; values: (number | null)[] }>();
    for (const v of values.filter((x) => x.measure_id === m.id)) {
      const key = `${v.age_band}\u0000${v.area}\u0000${SEX_ORDER.indexOf(v.sex)}`;
      const g = groups.get(key) ?? { sex: SEX_NAME[v.sex] ?? v.sex, ageBand: v.age_band, area: v.area, values: periodKeys.map(() => null) };
      g.values[col.get(v.period)!] = v.value;
      groups.set(key, g);
    }
    const base = {
      path,
      measure: m.name,
      baseline: m.baseline_text,
      targets: plan.target_years.map((y) => m.targets.find((t) => t.year === y)?.text ?? ''),
      source: m.source,
      unit: m.unit,
    };
    if (groups.size === 0) return [{ ...base, sex: '', ageBand: '', area: '', values: periodKeys.map(() => null) }];
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => ({ ...base, ...g }));
  };
  const walk = (t: TreeNode, path: string[]): MeasureValueRow[] => [
    ...t.measures.flatMap((m) => rowsOf(m, path)),
    ...t.children.flatMap((c) => walk(c, [...path, c.node.title])),
  ];
  const tree = planTree(model, nodes, measures);
  const depth = model.levels.findIndex((l) => l.carriesMeasures);
  return {
    planTitle: plan.title,
    measureHeader: model.measureKinds[0]?.name.sv ?? 'Mått',
    pathHeaders: model.levels.slice(1, depth < 1 ? undefined : depth + 1).map((l) => l.name.sv),
    targetYears: plan.target_years,
    periods: periodKeys.map((key) => ({ key, label: formatPeriod(key, 'sv').short })),
    sheets: tree.map((t) => ({ name: t.node.title, rows: walk(t, []) })),
  };
}
