/** Which nodes are judged in follow-up. */
import type { GovernanceModel } from '../model/governance';

/**
 * The levels whose nodes get a judgement: every level below the top one. The top level groups
 * the plan (Norrbotten's perspectives); its goals and success factors are what is judged
 * ("Vid uppföljning av de strategiska målen används framgångsfaktorerna …", seed 001).
 * A model with a single level has that level judged.
 */
export function judgedLevelKeys(model: Pick<GovernanceModel, 'levels'>): string[] {
  const keys = model.levels.map((l) => l.key);
  return keys.length > 1 ? keys.slice(1) : keys;
}
