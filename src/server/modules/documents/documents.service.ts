import type { Db } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import { formatPeriod } from '../../../domain/periods';
import { buildFollowUpReport } from '../../../reports/follow-up/build-follow-up-report';
import { buildPlanDocument } from '../../../reports/plan-document/build-plan-document';
import { buildScorecardExport } from '../../../reports/scorecard-export/build-scorecard-export';
import { scorecardExportLabels } from '../../../reports/scorecard-export/labels';
import { DOCUMENT_CONTENT_TYPES } from '../../../shared/contracts/documents';
import type { DocumentFormat } from '../../../shared/documents-types';
import type { Actor } from '../../access/can';
import { getOrganisation } from '../organisations/organisations.queries';
import { getScorecard, readablePlan } from '../plans/plans.service';
import type { DocumentWriter } from './document-renderer';
import { loadFollowUp } from './load-follow-up';
import { loadMeasuresWorkbook, loadPlanDocument } from './load-plan-document';

/** A written document: its bytes, Content-Type and a Swedish file name. */
export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/** The Content-Type of each format (the documents' contracts name them in the OpenAPI document). */
export const CONTENT_TYPES: Record<DocumentFormat, string> = DOCUMENT_CONTENT_TYPES;

/** A file name without characters that file systems or headers refuse; Swedish letters stay. */
function fileName(base: string, format: DocumentFormat): string {
  return `${base.replace(/[\\/:*?"<>|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim()}.${format}`;
}

/** The plan as a Word or PDF document (written in a worker thread, kept until its data changes: document-renderer.ts), for anyone who may read the plan. */
export async function renderPlanDocument(
  db: Db,
  actor: Actor,
  planId: number,
  format: 'docx' | 'pdf',
  renderer: DocumentWriter,
  lang?: Lang,
): Promise<RenderedDocument> {
  const plan = await readablePlan(db, actor, planId);
  const language = lang ?? (await organisationLang(db, plan.organisation_id));
  // Identical requests at the same time share one read (document-renderer.ts): the model depends on the plan and language only.
  const model = await renderer.read(`plan:${plan.id}:${language}`, async () => buildPlanDocument(await loadPlanDocument(db, plan, language), language));
  const body = await renderer.render({ kind: format, model }, actor.id);
  return { body, contentType: CONTENT_TYPES[format], fileName: fileName(plan.title, format) };
}

/** The follow-up report for a period (without one: the latest period with values), as Word or PDF. */
export async function renderFollowUpReport(
  db: Db,
  actor: Actor,
  planId: number,
  format: 'docx' | 'pdf',
  renderer: DocumentWriter,
  period?: string,
  lang?: Lang,
): Promise<RenderedDocument> {
  const plan = await readablePlan(db, actor, planId);
  const language = lang ?? (await organisationLang(db, plan.organisation_id));
  const report = await loadFollowUp(db, actor, planId, period, language);
  const model = buildFollowUpReport(report, language);
  const body = await renderer.render({ kind: format, model }, actor.id);
  const word = { sv: 'Uppföljning', da: 'Opfølgning', en: 'Follow-up' }[language];
  return { body, contentType: CONTENT_TYPES[format], fileName: fileName(`${word} ${report.planTitle} ${formatPeriod(report.period, language).short}`, format) };
}

/** All measures and values as an Excel workbook, one sheet per perspective. */
export async function renderMeasuresWorkbook(db: Db, actor: Actor, planId: number, renderer: DocumentWriter, lang?: Lang): Promise<RenderedDocument> {
  const plan = await readablePlan(db, actor, planId);
  const language = lang ?? (await organisationLang(db, plan.organisation_id));
  const book = await renderer.read(`measures:${plan.id}:${language}`, () => loadMeasuresWorkbook(db, plan, language));
  const body = await renderer.render({ kind: 'xlsx', book, lang: language }, actor.id);
  const word = { sv: 'Mått och värden', da: 'Målinger og værdier', en: 'Measures and values' }[language];
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: fileName(`${word} ${plan.title}`, 'xlsx') };
}

/** The scorecard of a period (without one: the latest period with values) as Excel or a PowerPoint deck, for anyone who may read the plan. */
export async function renderScorecardExport(
  db: Db,
  actor: Actor,
  planId: number,
  format: 'xlsx' | 'pptx',
  renderer: DocumentWriter,
  period?: string,
  lang?: Lang,
): Promise<RenderedDocument> {
  const plan = await readablePlan(db, actor, planId);
  const language = lang ?? (await organisationLang(db, plan.organisation_id));
  const scorecard = await getScorecard(db, actor, planId, period);
  const organisation = (await getOrganisation(db, plan.organisation_id))?.name ?? '';
  const book = buildScorecardExport(scorecard, language, { organisation, generatedOn: new Date().toISOString().slice(0, 10) });
  const body = await renderer.render({ kind: format === 'xlsx' ? 'scorecard-xlsx' : 'scorecard-pptx', scorecard: book }, actor.id);
  const word = scorecardExportLabels(language).fileName;
  return { body, contentType: CONTENT_TYPES[format], fileName: fileName(`${word} ${plan.title} ${formatPeriod(scorecard.period, language).short}`, format) };
}

/** A document's default language: its organisation's. */
async function organisationLang(db: Db, organisationId: number): Promise<Lang> {
  return (await getOrganisation(db, organisationId))?.default_lang ?? 'sv';
}
