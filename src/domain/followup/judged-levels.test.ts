import { describe, expect, it } from 'vitest';
import { getTemplate } from '../model/templates';
import { judgedLevelKeys } from './judged-levels';

describe('judged levels', () => {
  it('judges Norrbotten’s strategic goals and success factors, not its perspectives', () => {
    expect(judgedLevelKeys(getTemplate('norrbotten'))).toEqual(['goal', 'success-factor']);
  });
  it('judges every level of a one-level model', () => {
    const one = { levels: [getTemplate('norrbotten').levels[0]!] };
    expect(judgedLevelKeys(one)).toEqual([one.levels[0]!.key]);
  });
});
