import { describe, expect, it } from 'vitest';
import { type ChainLink, checkChain } from './chain';

const chain = (n: number): ChainLink[] =>
  Array.from({ length: n }, (_, i) => ({ seq: i + 1, prevHash: i === 0 ? null : `h${i}`, hash: `h${i + 1}`, computed: `h${i + 1}` }));
const fresh = () => ({ lastSeq: 0, lastHash: null as string | null });

describe('checkChain', () => {
  it('accepts an unbroken chain, read in pages', () => {
    const links = chain(5);
    const state = fresh();
    expect(checkChain(links.slice(0, 2), state)).toBeNull();
    expect(checkChain(links.slice(2), state)).toBeNull();
    expect(state).toEqual({ lastSeq: 5, lastHash: 'h5' });
  });

  it('shows a removed entry as a gap at the place after it', () => {
    const links = chain(5).filter((l) => l.seq !== 3);
    expect(checkChain(links, fresh())).toEqual({ kind: 'gap', seq: 4, expectedSeq: 3 });
  });

  it('shows a removed last entry of a page boundary, and a removed first entry', () => {
    expect(checkChain(chain(3).slice(1), fresh())).toEqual({ kind: 'gap', seq: 2, expectedSeq: 1 });
  });

  it('shows a changed entry, and an entry naming the wrong predecessor', () => {
    const changed = chain(4);
    changed[1] = { ...changed[1]!, computed: 'other' };
    expect(checkChain(changed, fresh())).toEqual({ kind: 'changed', seq: 2 });
    const relinked = chain(4);
    relinked[2] = { ...relinked[2]!, prevHash: 'h9' };
    expect(checkChain(relinked, fresh())).toEqual({ kind: 'broken-link', seq: 3 });
  });
});
