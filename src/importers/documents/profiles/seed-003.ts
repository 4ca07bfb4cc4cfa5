import type { ExtractionMapping } from '../../../domain/extraction/mapping';

/**
 * Region Midtjylland's Strategispor (seed 003) under the Midtjylland model: headings standing
 * alone and in capitals are overall goals (the health plan, the Sundhedsaftale's goals, the eight
 * national goals), SPOR are tracks, first-level bullets initiatives; the bold banner and the
 * second-level bullets stay text.
 */
export const SEED_003_PROFILE: ExtractionMapping = {
  levels: { plain: 'overall-goal', caps: 'overall-goal', bold: 'skip', 'label Spor': 'track', 'list 0': 'initiative', 'list 1': 'skip' },
  columns: {},
  skipRows: [],
  cellEdits: {},
};
