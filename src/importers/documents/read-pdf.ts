import type { RawBlock } from '../../domain/extraction/blocks';
import { blocksOfPage, bodySize, linesOf, type PdfLine, type TextPiece } from './pdf-lines';

/**
 * A text-based PDF read with PDF.js: every piece of text with its position, size and font,
 * rebuilt into lines, then into headings (larger or bold type), paragraphs, list items and
 * tables (pdf-lines.ts). A page mark starts each page so repeated headers and footers can go.
 */
export async function readPdf(bytes: Uint8Array): Promise<RawBlock[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: PdfLine[][] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      // The operator list loads the fonts, whose real names tell bold type.
      await page.getOperatorList();
      const fontName = (id: string): string => {
        try {
          const f = page.commonObjs.get(id) as { name?: string } | undefined;
          return f?.name ?? '';
        } catch {
          return '';
        }
      };
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        const size = Math.round(Math.hypot(a, b) * 10) / 10 || item.height;
        pieces.push({ text: item.str, x, y, width: item.width, size, bold: /bold|black|heavy|semibold|demi/iu.test(fontName(item.fontName)) });
      }
      pages.push(linesOf(pieces));
      page.cleanup();
    }
    const all = pages.flat();
    if (all.length === 0) throw new Error('PDF-filen har ingen text (en inskannad bild kan inte läsas)');
    const body = bodySize(all);
    const headingSizes = [...new Set(all.filter((l) => l.size > body * 1.12 && l.text.length <= 200).map((l) => l.size))].sort((a, b) => b - a);
    const out: RawBlock[] = [];
    const labelLevels = new Map<string, number>();
    for (const [i, lines] of pages.entries()) {
      out.push({ kind: 'page', number: i + 1, page: i + 1 });
      out.push(...blocksOfPage(lines, body, headingSizes, i + 1, labelLevels));
    }
    return out;
  } finally {
    await doc.destroy();
  }
}
