import type { ExtractionMapping } from '../../../domain/extraction/mapping';

/**
 * Region Norrbotten's board plan (seed 001) as a profile over the generic blocks: the three
 * labelled heading kinds are the model's three levels, chapter headings and the assignment lists
 * are not plan nodes. The seed-001 importer's tree and measures come out of the generic path with it.
 */
export const SEED_001_PROFILE: ExtractionMapping = {
  levels: {
    'label perspektiv': 'perspective',
    'label Strategiskt mål': 'goal',
    'label Framgångsfaktor': 'success-factor',
    plain: 'skip',
    'list 0': 'skip',
    'list 1': 'skip',
  },
  levelOrder: ['perspective', 'goal', 'success-factor'],
  columns: {},
  skipRows: [],
  cellEdits: {},
};
