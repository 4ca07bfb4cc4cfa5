/**
 * The strategic map's downloads: this service reads the version the actor may see; the documents
 * are written by src/reports/strategic-map like every other document. The PDF and Word writers are
 * loaded on the first download, so a server that never exports a map never holds pdfmake or docx.
 */
import type { Db } from '../../../db/client';
import type { Lang } from '../../../domain/i18n/lang';
import { strategicMapSvg } from '../../../reports/strategic-map/map-svg';
import type { Actor } from '../../access/can';
import { getRoadmapVersion } from './roadmap.service';

/** The SVG download. */
export async function exportSvg(db: Db, actor: Actor, versionId: number, lang: Lang = 'sv'): Promise<string> {
  return strategicMapSvg(await getRoadmapVersion(db, actor, versionId), lang);
}

/** The map as one PDF page. */
export async function exportPdf(db: Db, actor: Actor, versionId: number, lang: Lang = 'sv'): Promise<Buffer> {
  const view = await getRoadmapVersion(db, actor, versionId);
  const { renderStrategicMapPdf } = await import('../../../reports/strategic-map/render-map-pdf');
  return renderStrategicMapPdf(view, lang);
}

/** Tabell 1 as a Word document. */
export async function exportDocx(db: Db, actor: Actor, versionId: number, lang: Lang = 'sv'): Promise<Buffer> {
  const view = await getRoadmapVersion(db, actor, versionId);
  const { renderTable1Docx } = await import('../../../reports/strategic-map/render-table-1-docx');
  return renderTable1Docx(view, lang);
}
