/**
 * The Word writer, loaded on first use (docx-writer.ts): its library stays out of a server's memory
 * until someone downloads such a document.
 */
import type { DocumentModel } from '../document-model';

/** Writes the document as a Word file: real heading styles, a TOC field filled with the headings, repeating table headers. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const writer = await import('./docx-writer');
  return writer.renderDocx(model);
}
