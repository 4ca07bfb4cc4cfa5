import PdfPrinter from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { robotoFonts } from './fonts';

let printer: PdfPrinter | undefined;

/** A pdfmake document definition printed with the embedded Roboto fonts, as the bytes of the PDF. */
export function printPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  printer ??= new PdfPrinter(robotoFonts());
  const doc = printer.createPdfKitDocument(definition);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
