import { describe, expect, it } from 'vitest';
import { parseTarget } from '../targets/parse-target';
import { entryPeriods } from './entry-periods';

describe('entryPeriods', () => {
  it('offers the plan’s follow-up periods, newest first, and those of the three years before', () => {
    const keys = entryPeriods(2022, 2024, []);
    expect(keys.slice(0, 3)).toEqual(['2024', '2024-DÅ08', '2024-DÅ04']);
    expect(keys).toContain('2019');
    expect(keys).toContain('2021-DÅ04');
    expect(keys).not.toContain('2018');
    expect(keys).toHaveLength(6 * 3);
  });
  it('adds the periods that targets name', () => {
    const keys = entryPeriods(2022, 2024, [parseTarget('Öka utifrån 202012'), parseTarget('Samma som 201912')]);
    expect(keys).toContain('2020-12');
    expect(keys).toContain('2019-12');
    expect(keys.indexOf('2020-12')).toBeLessThan(keys.indexOf('2020-DÅ08'));
  });
});
