import type { Lang } from '../../domain/i18n/lang';
import type { GovernanceModel } from '../../domain/model/governance';
import type { ImportedNode, ImportedPlan } from './imported-plan';
import { summarizePlanContent } from './plan-content';

/**
 * What an import found, in the model's own words and the reader's language, e.g.
 * `Perspektiv: 5`, `Strategiskt mål: 5`, `Framgångsfaktor: 17`, `Styrmått: 58`, `Uppdrag: 40`.
 * Every level is listed, also an empty one, because a zero there shows a mismatch between the
 * document and the model; a measure kind only when the plan has measures of it, because plan
 * documents leave out kinds such as kontrollmått by design.
 */
export function summarizePlan(plan: ImportedPlan, model: GovernanceModel, lang: Lang): string[] {
  const nodesPerLevel = new Map<string, number>();
  const measuresPerKind = new Map<string, number>();
  const visit = (node: ImportedNode): void => {
    nodesPerLevel.set(node.levelKey, (nodesPerLevel.get(node.levelKey) ?? 0) + 1);
    for (const measure of node.measures) {
      measuresPerKind.set(measure.kindKey, (measuresPerKind.get(measure.kindKey) ?? 0) + 1);
    }
    node.children.forEach(visit);
  };
  plan.nodes.forEach(visit);

  const lines = model.levels.map((level) => `${level.name[lang]}: ${nodesPerLevel.get(level.key) ?? 0}`);
  for (const kind of model.measureKinds) {
    const count = measuresPerKind.get(kind.key) ?? 0;
    if (count > 0) lines.push(`${kind.name[lang]}: ${count}`);
  }
  lines.push(`${model.assignmentName[lang]}: ${plan.assignments.length}`);
  lines.push(...summarizePlanContent(plan.content, lang));
  return lines;
}
