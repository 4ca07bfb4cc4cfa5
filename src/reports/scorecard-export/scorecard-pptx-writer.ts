import PptxGenJS from 'pptxgenjs';
import { formatLongDate } from '../../domain/i18n/plural';
import { scorecardExportLabels } from './labels';
import { slideChunks } from './render-scorecard-pptx';
import type { ExportStatus, ScorecardExport, ScorecardExportRow } from './types';

const FONT = 'Arial';

type Cell = PptxGenJS.TableCell;

function colourCell(s: ExportStatus): Cell {
  return { text: '', options: s.colour ? { fill: { color: s.colour } } : {} };
}

function rowCells(r: ScorecardExportRow): Cell[] {
  const bold = r.kind === 'node';
  const indent = '  '.repeat(r.depth + (r.kind === 'measure' ? 1 : 0));
  return [
    { text: `${r.status.symbol} ${r.status.word}`, options: { bold } },
    colourCell(r.status),
    { text: `${indent}${r.kind === 'node' ? `${r.levelName}: ` : ''}${r.title}`, options: { bold } },
    { text: r.value },
    { text: r.target },
  ];
}

/**
 * The scorecard of a period as a deck for a board: a title slide with the measures per status,
 * then one slide per perspective with its status, its rule sentence and a table of its goals,
 * success factors and measures (status symbol and word, a colour cell beside it, value, target);
 * a perspective with more rows than a slide holds continues on further slides, titled "(forts.)".
 */
export async function renderScorecardPptx(book: ScorecardExport): Promise<Buffer> {
  const L = scorecardExportLabels(book.lang);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = L.title(book.planTitle);
  pptx.company = book.organisation;
  pptx.author = 'Ledstjärna';

  const title = pptx.addSlide();
  title.addText(L.title(book.planTitle), { x: 0.6, y: 1.2, w: 12, h: 1, fontSize: 32, bold: true, fontFace: FONT });
  title.addText(`${book.organisation} – ${book.periodLabel}`, { x: 0.6, y: 2.2, w: 12, h: 0.6, fontSize: 20, fontFace: FONT });
  title.addTable(
    [
      [{ text: L.measures, options: { bold: true } }, { text: '' }, { text: L.count, options: { bold: true, align: 'right' } }],
      ...book.summary.filter((s) => s.count > 0).map((s): Cell[] => [{ text: `${s.status.symbol} ${s.status.word}` }, colourCell(s.status), { text: String(s.count), options: { align: 'right' } }]),
    ],
    { x: 0.6, y: 3.1, w: 6, colW: [4.2, 0.3, 1.5], fontSize: 14, fontFace: FONT, border: { type: 'solid', pt: 0.5, color: 'BFBFBF' } },
  );
  title.addText(L.generated(formatLongDate(book.generatedOn, book.lang)), { x: 0.6, y: 6.8, w: 12, h: 0.4, fontSize: 11, color: '595959', fontFace: FONT });

  const head: Cell[] = [L.status, '', L.name, L.value, L.target].map((text) => ({ text, options: { bold: true, fill: { color: 'DCE6F0' } } }));
  for (const p of book.perspectives) {
    slideChunks(p.rows).forEach((rows, i) => {
      const slide = pptx.addSlide();
      const heading = i === 0 ? p.title : `${p.title} ${L.continued}`;
      slide.addText(`${heading} – ${p.status.symbol} ${p.status.word}`, { x: 0.4, y: 0.25, w: 12.5, h: 0.6, fontSize: 24, bold: true, fontFace: FONT });
      if (i === 0) slide.addText(`${L.perspectiveStatus}: ${p.status.rule}${p.countsText ? `  (${p.countsText})` : ''}`, { x: 0.4, y: 0.85, w: 12.5, h: 0.5, fontSize: 11, fontFace: FONT });
      slide.addTable([head, ...rows.map(rowCells)], {
        x: 0.4,
        y: i === 0 ? 1.45 : 1.0,
        w: 12.5,
        colW: [2.0, 0.2, 6.5, 1.6, 2.2],
        fontSize: 9,
        fontFace: FONT,
        border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
        valign: 'top',
      });
    });
  }
  const out = await pptx.write({ outputType: 'nodebuffer' });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
