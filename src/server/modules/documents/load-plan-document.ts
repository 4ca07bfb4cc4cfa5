import type { Db } from '../../../db/client';
import type { GovernanceModel } from '../../../domain/model/governance';
import { parseRichText } from '../../../domain/plan-content/rich-text';
import type { Lang } from '../../../domain/i18n/lang';
import { documentLabels } from '../../../reports/labels';
import type { PlanChapter, PlanDocument, PlanMeasureTable, PlanNodeSection } from '../../../reports/plan-document/types';
import type { Chapter } from '../../../shared/plan-content-types';
import { listAdvocacyIssues, listChapters, planAgendaGoals } from '../plan-content/plan-document';
import type { MeasuresWorkbook, MeasureValueRow } from '../../../reports/xlsx/types';
import { comparePeriodKeys, formatPeriod } from '../../../domain/periods';
import { getOrganisation } from '../organisations/organisations.queries';
import * as plans from '../plans/plans.queries';
import { planPeriods } from '../plans/plans.service';
import { planValuesAllBreakdowns } from './documents.queries';
import { planTree, type TreeNode } from './plan-tree';
import { listBudgetTables } from '../budget/budget.service';
import { listRiskAssessments } from '../risks/risks.service';
import type { RiskAssessment } from '../../../shared/risks-types';
import { toBudgetTable, toRiskSection } from './area-sections';

/** The assessments of one year: the wanted year's, else the latest assessed year's (the plan prints the latest). */
export function riskYear(assessments: RiskAssessment[], wanted?: number): { year: number; rows: RiskAssessment[] } | undefined {
  const years = [...new Set(assessments.map((a) => a.year))].sort((a, b) => a - b);
  const year = wanted !== undefined && years.includes(wanted) ? wanted : years.at(-1);
  return year === undefined ? undefined : { year, rows: assessments.filter((a) => a.year === year) };
}

const today = () => new Date().toISOString().slice(0, 10);

/** The measure tables under a node: one per kind of measure, in the model's order of kinds. */
function measureTables(model: GovernanceModel, t: TreeNode, targetYears: number[], lang: Lang): PlanMeasureTable[] {
  const kinds = [...model.measureKinds.map((k) => k.key), ...t.measures.map((m) => m.kind_key)];
  return [...new Set(kinds)]
    .map((key) => ({
      kindName: model.measureKinds.find((k) => k.key === key)?.name[lang] ?? key,
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

function section(model: GovernanceModel, t: TreeNode, targetYears: number[], lang: Lang): PlanNodeSection {
  return {
    levelName: t.levelName,
    title: t.node.title,
    description: t.node.description,
    longTermGoals: t.node.long_term_goals,
    bodies: t.node.bodies,
    measureTables: measureTables(model, t, targetYears, lang),
    children: t.children.map((c) => section(model, c, targetYears, lang)),
  };
}

/**
 * The plan's chapters placed as the plan places them: those before the chapter that heads the
 * measures, that chapter's text as the measures' introduction, and the rest (Bilaga 1, 2 …) after
 * the measures. The assignments follow the chapter that introduces them ("… följande uppdrag …").
 */
export function placeChapters(chapters: Chapter[], measuresHeading: string): Pick<PlanDocument, 'chapters' | 'assignmentsAfterChapter' | 'measuresIntro' | 'appendices'> {
  if (chapters.length === 0) return {};
  const toChapter = (c: Chapter): PlanChapter => ({ title: c.title, paragraphs: [], richText: parseRichText(c.body).doc });
  const at = chapters.findIndex((c) => c.title.trim().toLowerCase() === measuresHeading.toLowerCase());
  const before = at < 0 ? chapters : chapters.slice(0, at);
  const introducing = before.findIndex((c) => /följande uppdrag/i.test(c.body));
  return {
    chapters: before.map(toChapter),
    assignmentsAfterChapter: introducing < 0 ? undefined : introducing,
    measuresIntro: at < 0 ? undefined : parseRichText(chapters[at]!.body).doc,
    appendices: at < 0 ? [] : chapters.slice(at + 1).map(toChapter),
  };
}

/** What the plan document shows, from the plan as stored: the tree and measures, chapters, assignments and advocacy issues. */
export async function loadPlanDocument(db: Db, plan: plans.PlanRow, lang: Lang = 'sv'): Promise<PlanDocument> {
  const LABELS = documentLabels(lang);
  const org = (await getOrganisation(db, plan.organisation_id))!;
  const model = org.definition;
  const [nodes, measures, assignments, chapters, advocacy, agenda, risks, budget] = await Promise.all([
    plans.planNodes(db, plan.id),
    plans.planMeasures(db, plan.id),
    plans.planAssignments(db, plan.id),
    listChapters(db, plan.id),
    listAdvocacyIssues(db, plan.id),
    planAgendaGoals(db, plan.id),
    listRiskAssessments(db, plan.id),
    listBudgetTables(db, plan.id),
  ]);
  const assessed = riskYear(risks);
  const measureLevel = model.levels.find((l) => l.carriesMeasures) ?? model.levels.at(-1);
  const kind = model.measureKinds[0];
  const headingIn = (l: Lang) => `${measureLevel?.plural[l] ?? ''} ${{ sv: 'och', da: 'og', en: 'and' }[l]} ${(kind?.plural[l] ?? '').toLowerCase()}`.trim();
  const measuresHeading = headingIn(lang);
  return {
    // The plan's chapters are in its own language: they are placed by the heading in that language.
    ...placeChapters(chapters, headingIn(org.default_lang)),
    // The plan's own chapters already name its Agenda 2030 goals in their words; a plan without chapters gets the list.
    agenda2030: chapters.length === 0 && agenda.length > 0 ? { intro: '', goals: agenda.map((g) => ({ number: g.goal, name: g.name[lang], dimension: g.dimension })) } : undefined,
    advocacy: advocacy
      .filter((a) => a.kind === 'issue')
      .map((a) => ({ area: a.area, text: a.text, arena: a.arena ? LABELS.arenas[a.arena] : '', decisionMaker: a.decisionMaker })),
    title: plan.title,
    organisation: org.name,
    startYear: plan.start_year,
    endYear: plan.end_year,
    generatedOn: today(),
    vision: plan.vision,
    targetYears: plan.target_years,
    assignmentName: model.assignmentName[lang],
    assignments: assignments.map((a) => ({ text: a.text, bodies: a.bodies })),
    measuresHeading,
    perspectives: planTree(model, nodes, measures, lang).map((t) => section(model, t, plan.target_years, lang)),
    budgetTables: budget.map(toBudgetTable),
    risks: assessed ? toRiskSection(assessed.year, assessed.rows, LABELS.risk.appendixTitle(assessed.year), lang) : undefined,
  };
}

const SEX_NAME: Record<Lang, Record<string, string>> = {
  sv: { T: 'Totalt', K: 'Kvinnor', M: 'Män' },
  da: { T: 'I alt', K: 'Kvinder', M: 'Mænd' },
  en: { T: 'Total', K: 'Women', M: 'Men' },
};
const SEX_ORDER = ['T', 'K', 'M'];

/** All measures with all their values, one sheet per top-level node (perspective). */
export async function loadMeasuresWorkbook(db: Db, plan: plans.PlanRow, lang: Lang = 'sv'): Promise<MeasuresWorkbook> {
  const org = (await getOrganisation(db, plan.organisation_id))!;
  const model = org.definition;
  const [nodes, measures, values] = await Promise.all([plans.planNodes(db, plan.id), plans.planMeasures(db, plan.id), planValuesAllBreakdowns(db, plan.id)]);
  const periodKeys = [...new Set([...planPeriods(plan), ...values.map((v) => v.period)])].sort(comparePeriodKeys);
  const col = new Map(periodKeys.map((p, i) => [p, i]));
  const rowsOf = (m: plans.MeasureRow, path: string[]): MeasureValueRow[] => {
    const groups = new Map<string, { sex: string; ageBand: string; area: string; values: (number | null)[] }>();
    for (const v of values.filter((x) => x.measure_id === m.id)) {
      const key = `${v.age_band}\u0000${v.area}\u0000${SEX_ORDER.indexOf(v.sex)}`;
      const g = groups.get(key) ?? { sex: SEX_NAME[lang][v.sex] ?? v.sex, ageBand: v.age_band, area: v.area, values: periodKeys.map(() => null) };
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
  const tree = planTree(model, nodes, measures, lang);
  const depth = model.levels.findIndex((l) => l.carriesMeasures);
  return {
    planTitle: plan.title,
    measureHeader: model.measureKinds[0]?.name[lang] ?? documentLabels(lang).followUp.measure,
    pathHeaders: model.levels.slice(1, depth < 1 ? undefined : depth + 1).map((l) => l.name[lang]),
    targetYears: plan.target_years,
    periods: periodKeys.map((key) => ({ key, label: formatPeriod(key, lang).short })),
    sheets: tree.map((t) => ({ name: t.node.title, rows: walk(t, []) })),
  };
}
