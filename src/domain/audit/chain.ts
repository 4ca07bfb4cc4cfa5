/** One audit entry as the chain check sees it: its place, the hash it names as its predecessor's, its own. */
export interface ChainLink {
  seq: number;
  prevHash: string | null;
  hash: string;
  /** The hash recomputed from the entry's stored content now. */
  computed: string;
}

export type ChainBreak =
  | { kind: 'gap'; seq: number; expectedSeq: number }
  | { kind: 'changed'; seq: number }
  | { kind: 'broken-link'; seq: number };

/**
 * Follows the chain through links read in `seq` order (a page at a time: `state` carries the last
 * link over) and returns the first break: an entry missing before `seq` (a gap), an entry whose
 * content no longer gives its hash (changed), or an entry that does not name its predecessor's hash.
 */
export function checkChain(links: readonly ChainLink[], state: { lastSeq: number; lastHash: string | null }): ChainBreak | null {
  for (const link of links) {
    if (link.seq !== state.lastSeq + 1) return { kind: 'gap', seq: link.seq, expectedSeq: state.lastSeq + 1 };
    if (link.computed !== link.hash) return { kind: 'changed', seq: link.seq };
    if ((link.prevHash ?? null) !== state.lastHash) return { kind: 'broken-link', seq: link.seq };
    state.lastSeq = link.seq;
    state.lastHash = link.hash;
  }
  return null;
}
