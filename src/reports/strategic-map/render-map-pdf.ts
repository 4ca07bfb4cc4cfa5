import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Lang } from '../../domain/i18n/lang';
import type { RoadmapVersionView } from '../../shared/roadmap-types';
import { printPdf } from '../pdf/print-pdf';
import { MAP_LABELS } from './labels';
import { strategicMapSvg } from './map-svg';

/** The map as a PDF page (pdfmake's svg node draws the same SVG), A3 turned to the map's shape, with the title above. */
export async function renderStrategicMapPdf(view: RoadmapVersionView, lang: Lang = 'sv'): Promise<Buffer> {
  const svg = strategicMapSvg(view, lang);
  const [w, h] = (/viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg) ?? ['', '1', '1']).slice(1).map(Number) as [number, number];
  const landscape = w >= h;
  const page = landscape ? [1190.55, 841.89] : [841.89, 1190.55];
  const doc: TDocumentDefinitions = {
    pageSize: 'A3',
    pageOrientation: landscape ? 'landscape' : 'portrait',
    pageMargins: [28, 28, 28, 28],
    info: { title: view.roadmap.title },
    content: [
      { text: view.roadmap.title, fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      { text: MAP_LABELS[lang].caption.replace('{year}', String(view.version.year)), fontSize: 9, margin: [0, 0, 0, 8] },
      { svg, fit: [page[0]! - 56, page[1]! - 56 - 50] },
    ],
    defaultStyle: { font: 'Roboto' },
  };
  return printPdf(doc);
}

