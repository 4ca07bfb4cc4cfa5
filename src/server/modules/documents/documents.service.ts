import type { Db } from '../../../db/client';
import { formatPeriod } from '../../../domain/periods';
import { buildFollowUpReport } from '../../../reports/follow-up/build-follow-up-report';
import { buildPlanDocument } from '../../../reports/plan-document/build-plan-document';
import type { DocumentFormat } from '../../../shared/documents-types';
import type { Actor } from '../../access/can';
import { readablePlan } from '../plans/plans.service';
import type { DocumentWriter } from './document-renderer';
import { loadFollowUp } from './load-follow-up';
import { loadMeasuresWorkbook, loadPlanDocument } from './load-plan-document';

/** A written document: its bytes, Content-Type and a Swedish file name. */
export interface RenderedDocument {
  body: Buffer;
  contentType: string;
  fileName: string;
}

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file name without characters that file systems or headers refuse; Swedish letters stay. */
function fileName(base: string, format: DocumentFormat): string {
  return `${base.replace(/[\\/:*?"<>|\r\n]+/g, ' ').replace(/\s+/g, ' ').trim()}.${format}`;
}

/** The plan as a Word or PDF document (written in a worker thread, kept until its data changes: document-renderer.ts), for anyone who may read the plan. */
export async function renderPlanDocument(db: Db, actor: Actor, planId: number, format: 'docx' | 'pdf', renderer: DocumentWriter): Promise<RenderedDocument> {
  const plan = await readablePlan(db, actor, planId);
  const model = buildPlanDocument(await loadPlanDocument(db, plan));
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
): Promise<RenderedDocument> {
  const report = await loadFollowUp(db, actor, planId, period);
  const model = buildFollowUpReport(report);
  const body = await renderer.render({ kind: format, model }, actor.id);
  return { body, contentType: CONTENT_TYPES[format], fileName: fileName(`Uppföljning ${report.planTitle} ${formatPeriod(report.period, 'sv').short}`, format) };
}

/** All measures and values as an Excel workbook, one sheet per perspective. */
export async function renderMeasuresWorkbook(db: Db, actor: Actor, planId: number, renderer: DocumentWriter): Promise<RenderedDocument> {
  const plan = await readablePlan(db, actor, planId);
  const body = await renderer.render({ kind: 'xlsx', book: await loadMeasuresWorkbook(db, plan) }, actor.id);
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: fileName(`Mått och värden ${plan.title}`, 'xlsx') };
}
