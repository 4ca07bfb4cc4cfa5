/**
 * The PowerPoint writer, loaded on first use (scorecard-pptx-writer.ts): its library stays out of a server's memory
 * until someone downloads such a document.
 */
import type { ScorecardExport } from './types';

/** Rows a perspective's slide holds at the font size used; a perspective with more continues on further slides ("(forts.)"). */
export const ROWS_PER_SLIDE = 16;

/** A perspective's rows cut into slides of at most ROWS_PER_SLIDE rows; a perspective without rows still gets its slide. */
export function slideChunks<T>(rows: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_SLIDE) chunks.push(rows.slice(i, i + ROWS_PER_SLIDE));
  return chunks.length > 0 ? chunks : [[]];
}

/**
 * The scorecard of a period as a deck for a board: a title slide with the measures per status,
 * then one slide per perspective with its status, its rule sentence and a table of its goals,
 * success factors and measures (status symbol and word, a colour cell beside it, value, target);
 * a perspective with more rows than a slide holds continues on further slides, titled "(forts.)".
 */
export async function renderScorecardPptx(book: ScorecardExport): Promise<Buffer> {
  const writer = await import('./scorecard-pptx-writer');
  return writer.renderScorecardPptx(book);
}
