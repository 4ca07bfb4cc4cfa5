import type { Lang } from '../../../domain/i18n/lang';
import { renderDocx } from '../../../reports/docx/render-docx';
import { renderPdf } from '../../../reports/pdf/render-pdf';
import { buildWorkshopDocument } from '../../../reports/workshop/build-workshop-document';
import { slugOf } from '../organisations/organisations.service';
import { getOrganisation } from '../organisations/organisations.queries';
import type { Who } from './workshop-access';
import { getWorkshopState, type WorkshopDeps } from './workshops.service';

/** The workshop's documentation as DOCX or PDF, in `lang` or the federation's language, from the reader's view. */
export async function workshopDocument(deps: WorkshopDeps, who: Who, workshopId: number, format: 'docx' | 'pdf', lang?: Lang) {
  const state = await getWorkshopState(deps.db, who, workshopId);
  const federationOrg = await deps.db.query<{ organisation_id: number }>('SELECT organisation_id FROM federations WHERE id = $1', [state.federationId]);
  const language = lang ?? (await getOrganisation(deps.db, federationOrg[0]!.organisation_id))?.default_lang ?? 'sv';
  const model = buildWorkshopDocument(state, language, new Date().toISOString().slice(0, 10));
  const body = format === 'docx' ? await renderDocx(model) : await renderPdf(model);
  return {
    body,
    filename: `${slugOf(state.title)}.${format}`,
    contentType: format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf',
  };
}
