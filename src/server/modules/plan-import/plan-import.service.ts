import type { Db } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import type { GovernanceModel } from '../../../domain/model/governance';
import { deriveMeasureAttributes } from '../../../domain/measures/derive-attributes';
import { parsePlanText } from '../../../importers/plan-text/parse-plan-text';
import { summarizePlan } from '../../../importers/plan-text/summary';
import type { ImportSummary } from '../../../shared/api-types';
import { AppError } from '../../http/errors';
import { getOrganisation } from '../organisations/organisations.queries';
import type { Who } from '../audit/audit';
import { recordDecision } from '../plan-editor/plans-write.service';
import { storeImportedPlan } from './store-imported-plan';

export interface ImportPlanInput {
  organisationId: number;
  text: string;
  sourceName: string;
  dryRun: boolean;
  lang?: Lang;
  /** Who imports (null: the first start). */
  who?: Who;
  /** The document is a decided plan: record its decision (the first start's seed plan is). */
  decided?: { body: string; date: string | null };
}

/** Parses a plan document with a governance model, or throws one error listing every problem with its line. */
export function readPlan(text: string, model: GovernanceModel, sourceName: string, lang: Lang) {
  const result = parsePlanText(text, model);
  if ('errors' in result) {
    throw new AppError(
      'import-rejected',
      `${sourceName} kunde inte läsas (${result.errors.length} fel). Inget har importerats.`,
      result.errors.map((e) => ({ path: `line.${e.line}`, message: e.message })),
    );
  }
  return { result, lines: summarizePlan(result.plan, model, lang) };
}

/**
 * Reads a plan document into the organisation's governance model. All or nothing: any error
 * rejects the whole document with every problem and its line number, and nothing is stored.
 */
export async function importPlanText(db: Db, input: ImportPlanInput): Promise<ImportSummary> {
  const org = await getOrganisation(db, input.organisationId);
  if (!org) throw new AppError('not-found', `Organisationen ${input.organisationId} finns inte.`);
  const model = org.definition;
  const { result, lines } = readPlan(input.text, model, input.sourceName, input.lang ?? org.default_lang);
  if (input.dryRun) return { dryRun: true, planId: null, lines, warnings: result.warnings };
  const ownerBody = model.bodies[0]?.code ?? null;
  const who = input.who ?? { userId: null };
  const planId = await db.transaction(async (tx) => {
    const id = await storeImportedPlan(tx, who, { organisationId: org.id, model }, result.plan, input.sourceName, ownerBody, (m) =>
      deriveMeasureAttributes({ name: m.name, baselineText: m.baselineText, targetTexts: m.targets.map((t) => t.text), periodsText: m.periodsText, footnotes: m.footnotes }),
    );
    if (input.decided) await recordDecision(tx, who, id, input.decided);
    return id;
  });
  return { dryRun: false, planId, lines, warnings: result.warnings };
}
