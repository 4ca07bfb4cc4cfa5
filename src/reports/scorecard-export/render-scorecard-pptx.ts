/**
 * The PowerPoint writer, loaded on first use (scorecard-pptx-writer.ts): its library stays out of a server's memory
 * until someone downloads such a document.
 */
import type { ScorecardExport } from './types';

/** Rows a perspective's slide holds at the font size used; the rest are in the Excel file and the slide says how many. */
export const ROWS_PER_SLIDE = 16;

/**
 * The scorecard of a period as a deck for a board: a title slide with the measures per status,
 * then one slide per perspective with its status, its rule sentence and a table of its goals,
 * success factors and measures (status symbol and word, a colour cell beside it, value, target).
 */
export async function renderScorecardPptx(book: ScorecardExport): Promise<Buffer> {
  const writer = await import('./scorecard-pptx-writer');
  return writer.renderScorecardPptx(book);
}
