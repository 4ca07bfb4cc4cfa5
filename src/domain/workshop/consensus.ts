/**
 * Shared definitions: each member organisation agrees, disagrees or comments on a proposed
 * definition. A term is agreed when every member organisation agrees and none disagrees; only
 * agreed terms enter the federation's glossary.
 */
export type DefinitionPosition = 'agree' | 'disagree' | 'comment';

export interface PositionRow {
  organisationId: number;
  position: DefinitionPosition;
  comment: string;
}

export interface Consensus {
  state: 'agreed' | 'disputed' | 'open';
  agree: number[];
  disagree: number[];
  comment: number[];
  /** Member organisations that have not taken a position yet. */
  missing: number[];
}

export function consensusOf(positions: readonly PositionRow[], memberOrganisationIds: readonly number[]): Consensus {
  const members = new Set(memberOrganisationIds);
  const of = (p: DefinitionPosition) => positions.filter((r) => r.position === p && members.has(r.organisationId)).map((r) => r.organisationId).sort((a, b) => a - b);
  const agree = of('agree');
  const disagree = of('disagree');
  const comment = of('comment');
  const answered = new Set([...agree, ...disagree, ...comment]);
  const missing = memberOrganisationIds.filter((id) => !answered.has(id));
  const state = disagree.length > 0 ? 'disputed' : members.size > 0 && agree.length === members.size ? 'agreed' : 'open';
  return { state, agree, disagree, comment, missing };
}
