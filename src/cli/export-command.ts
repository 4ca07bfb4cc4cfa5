import { writeFileSync } from 'node:fs';
import type { Db } from '../db/client';
import { isLang, type Lang } from '../domain/i18n/lang';
import { formatNumber } from '../domain/numbers';
import type { Actor } from '../server/access/can';
import { inThread } from '../server/modules/documents/document-renderer';
import { renderFollowUpReport, renderMeasuresWorkbook, renderPlanDocument, type RenderedDocument } from '../server/modules/documents/documents.service';
import { findOrganisationBySlug } from '../server/modules/organisations/organisations.queries';
import { listPlans, planOrganisation } from '../server/modules/plans/plans.queries';

export interface ExportOptions {
  what: string | undefined;
  format: string | undefined;
  plan: string | undefined;
  period: string | undefined;
  out: string | undefined;
  org: string;
  /** sv, da or en; without it the organisation's language. */
  lang?: string | undefined;
}

const FORMATS: Record<string, string[]> = { plan: ['docx', 'pdf'], 'follow-up': ['docx', 'pdf'], values: ['xlsx'] };

/**
 * Writes one document to a file; returns the exit code. The command line reads as the organisation's
 * administrator would; `out` words the catalogue's Swedish texts in the reader's `readerLang`.
 */
export async function runExport(db: Db, o: ExportOptions, out: (line: string) => void, readerLang: Lang = 'sv'): Promise<number> {
  const formats = o.what ? FORMATS[o.what] : undefined;
  if (!formats) {
    out(`Okänt dokument "${o.what ?? ''}". Välj plan, follow-up eller values.`);
    return 2;
  }
  const format = o.format ?? formats[0]!;
  if (!formats.includes(format)) {
    out(`Formatet "${format}" finns inte för ${o.what}. Välj en av: ${formats.join(', ')}.`);
    return 2;
  }
  if (o.lang !== undefined && !isLang(o.lang)) {
    out(`Okänt språk "${o.lang}". Välj sv, da eller en.`);
    return 2;
  }
  const lang = o.lang;
  const planId = o.plan ? Number(o.plan) : await latestPlan(db, o.org);
  if (!planId || !Number.isInteger(planId)) {
    out(o.plan ? `Ogiltigt plan-id "${o.plan}".` : `Organisationen "${o.org}" har ingen plan.`);
    return 1;
  }
  const organisationId = await planOrganisation(db, planId);
  if (organisationId === undefined) {
    out(`Planen ${planId} finns inte.`);
    return 1;
  }
  const actor: Actor = { id: 0, roles: new Map([[organisationId, 'admin']]) };
  let doc: RenderedDocument;
  if (o.what === 'values') doc = await renderMeasuresWorkbook(db, actor, planId, inThread, lang);
  else if (o.what === 'plan') doc = await renderPlanDocument(db, actor, planId, format as 'docx' | 'pdf', inThread, lang);
  else doc = await renderFollowUpReport(db, actor, planId, format as 'docx' | 'pdf', inThread, o.period, lang);
  const file = o.out ?? doc.fileName;
  writeFileSync(file, doc.body);
  out(`Skrev ${file} (${formatNumber(doc.body.length, readerLang).replace(/\u00a0/g, ' ')} byte).`);
  return 0;
}

async function latestPlan(db: Db, slug: string): Promise<number | undefined> {
  const org = await findOrganisationBySlug(db, slug);
  return org ? (await listPlans(db, org.id))[0]?.id : undefined;
}
