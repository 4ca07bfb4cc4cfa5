/**
 * The other areas' data in the documents' shapes: budget tables (budget area), the risk
 * assessment (risk area) and people's judgements (follow-up area). Each area computes and
 * queries its own data; these functions only map shapes, so the SQL and sums stay there.
 */
import type { JudgementRow } from '../followup/followup.queries';
import type { Lang } from '../../../domain/i18n/lang';
import { documentLabels } from '../../../reports/labels';
import type { Judgement } from '../../../reports/follow-up/types';
import type { BudgetTable, RiskSection } from '../../../reports/plan-document/types';
import type { BudgetTableView } from '../../../shared/budget-types';
import type { RiskAssessment } from '../../../shared/risks-types';

/** Decimals the table's own amounts are written with: 8 406,5 → 1, Budgetminskning → 0. */
const decimalsOf = (amounts: (number | null)[]): number =>
  Math.min(2, Math.max(0, ...amounts.map((a) => (a === null ? 0 : (String(a).split('.')[1]?.length ?? 0)))));

/** A budget table as the plan prints it, with every stated total checked against the computed sum. */
export function toBudgetTable(t: BudgetTableView): BudgetTable {
  const where = (row: number, column: number) => `${t.rows[row]?.label ?? ''}, ${t.columns[column]?.label ?? ''}`;
  return {
    title: t.title,
    labelHeader: t.labelHeader || t.unit,
    columns: t.columns.map((c) => c.label),
    rows: t.rows.map((r) => ({ label: r.label, values: r.amounts, sum: r.kind === 'total' })),
    decimals: decimalsOf(t.rows.flatMap((r) => r.amounts)),
    footnotes: t.columns.flatMap((c) => c.notes.map((text) => ({ mark: '', text: `${c.label}: ${text}` }))),
    // The grand total is checked both across and down; the reader needs to see it once.
    checks: t.checks
      .filter((c, i) => t.checks.findIndex((d) => d.row === c.row && d.column === c.column && d.computed === c.computed) === i)
      .map((c) => ({ label: where(c.row, c.column), computed: c.computed, stated: c.stated, ok: c.ok })),
  };
}

/** One year's risk assessment as the plan's Bilaga 5: one row per assessed success factor, in table order. */
export function toRiskSection(year: number, assessments: RiskAssessment[], title?: string, lang: Lang = 'sv'): RiskSection {
  const L = documentLabels(lang).risk;
  return {
    title: title ?? L.title(year),
    intro: L.intro,
    rows: assessments.map((a) => ({
      // A row a person added has no number in the plan.
      number: a.sourceNumber === null ? '' : String(a.sourceNumber),
      perspective: a.perspectiveText,
      goal: a.goalText,
      // The plan's own words where the row came from the plan; the matched node's title for rows added since.
      successFactor: a.sourceSuccessFactor || a.successFactor?.title || '',
      whatCanHappen: a.whatCouldHappen,
      consequence: a.consequenceText,
      consequenceScore: a.consequence,
      probability: a.probability,
      probabilityInferred: a.probabilityInferred,
      risk: a.risk,
      cause: a.cause,
      action: a.action,
      controlMethod: a.controlMethod,
    })),
  };
}

/** A judgement of the follow-up area for the report; its workflow state travels with it, so that a draft is never shown as the organisation's word. */
export function toJudgement(j: JudgementRow): Judgement {
  const approved = j.status === 'approved';
  return {
    code: j.judgement,
    analysis: j.analysis,
    actions: j.actions,
    workflow: j.status,
    by: (approved ? j.approved_by_name : (j.submitted_by_name ?? j.updated_by_name ?? j.created_by_name)) ?? undefined,
    approvedOn: approved && j.approved_at ? j.approved_at.slice(0, 10) : undefined,
  };
}
