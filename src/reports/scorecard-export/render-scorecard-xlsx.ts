/**
 * The Excel writer, loaded on first use (scorecard-xlsx-writer.ts): its library stays out of a server's memory
 * until someone downloads such a document.
 */
import type { ScorecardExport } from './types';

/**
 * The scorecard of a period as a workbook: a summary sheet (measures per status, each perspective's
 * status), then one sheet per perspective with every goal, success factor and measure: status as
 * symbol and word, a colour cell beside it, the rule sentence, value, target and baseline.
 */
export async function renderScorecardXlsx(book: ScorecardExport): Promise<Buffer> {
  const writer = await import('./scorecard-xlsx-writer');
  return writer.renderScorecardXlsx(book);
}
