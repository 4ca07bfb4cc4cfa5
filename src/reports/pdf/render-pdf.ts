/**
 * The PDF writer, loaded on first use (pdf-writer.ts): its library stays out of a server's memory
 * until someone downloads such a document.
 */
import type { DocumentModel } from '../document-model';

/** Writes the document as a PDF with embedded Roboto, a table of contents with page numbers, repeating table headers and page numbers. */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const writer = await import('./pdf-writer');
  return writer.renderPdf(model);
}
