import type { GovernanceModel, LevelDef } from '../model/governance';
import type { ProposedGovernanceModel } from './governance-proposal';
import { levelWords } from './level-words';

/** The heading kind a level term labels in a document ("Strategiska mål: …" → `label Strategiska mål`), as the readers name it. */
export function termKind(term: string): string {
  const t = term.trim();
  return `label ${t.charAt(0).toUpperCase()}${t.slice(1).toLowerCase()}`;
}

export interface ProposedLevelMatch {
  term: string;
  /** The heading kind the term labels, for the mapping. */
  kind: string;
  /** The organisation's level the term names, by its names or their words ("Målområde" → Perspektiv); null where none does. */
  levelKey: string | null;
}

/**
 * Each level a document's model proposes beside the organisation's level it names, in order: a
 * match is always below the one before it, so the tree keeps the document's order. Pure.
 */
export function matchProposedLevels(proposed: ProposedGovernanceModel, levels: readonly (Pick<LevelDef, 'key' | 'name'> & Partial<Pick<LevelDef, 'plural'>>)[]): ProposedLevelMatch[] {
  const words = levels.map(levelWords);
  let after = -1;
  return proposed.levels.map((l) => {
    const term = l.term.trim().toLowerCase();
    const find = (set: 'own' | 'all') => words.findIndex((w, i) => i > after && w[set].has(term));
    const own = find('own');
    const i = own >= 0 ? own : find('all');
    if (i >= 0) after = i;
    return { term: l.term, kind: termKind(l.term), levelKey: i >= 0 ? levels[i]!.key : null };
  });
}

/** The shipped model whose levels the proposed one names one for one, in order, by their own names (seed 004 → Skåne 2002); else null. */
export function shippedModelFor(proposed: ProposedGovernanceModel, templates: readonly GovernanceModel[]): GovernanceModel | null {
  return (
    templates.find(
      (t) => t.levels.length === proposed.levels.length && t.levels.every((l, i) => levelWords(l).own.has(proposed.levels[i]!.term.trim().toLowerCase())),
    ) ?? null
  );
}
