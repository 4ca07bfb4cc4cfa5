import { describe, expect, it } from 'vitest';
import { formatNumber, formatQuantity, parseNumber } from './numbers';
import { formatPeriodKey, sortPeriods } from './periods';
import { targetLevel } from './targets';

describe('numbers', () => {
  it('formats in Swedish with decimal comma and space-grouped thousands', () => {
    expect(formatNumber(6.5, 'sv')).toBe('6,5');
    expect(formatNumber(43000, 'sv').replace(/\s/g, ' ')).toBe('43 000');
    expect(formatQuantity(6.5, '%', 'sv').replace(/\s/g, ' ')).toBe('6,5 %');
    expect(formatQuantity(6.5, '%', 'en')).toBe('6.5%');
  });

  it('reads numbers as people type them', () => {
    expect(parseNumber('6,5')).toBe(6.5);
    expect(parseNumber('6.5')).toBe(6.5);
    expect(parseNumber('43 000')).toBe(43000);
    expect(parseNumber('43\u00a0000,5')).toBe(43000.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('75 %')).toBe(75);
    expect(parseNumber('43.000', 'da')).toBe(43000);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('periods', () => {
  it('sorts the delår cycle with the full year last', () => {
    expect(sortPeriods(['2022', '2022-DÅ08', '2021', '2022-DÅ04'])).toEqual(['2021', '2022-DÅ04', '2022-DÅ08', '2022']);
  });
  it('labels keys the server gave no label for', () => {
    expect(formatPeriodKey('2022-DÅ04', 'sv')).toBe('DÅ 04 2022');
    expect(formatPeriodKey('2022', 'en')).toBe('Year 2022');
  });
});

describe('target levels for the chart', () => {
  it('reads levels, per-sex and per-report-period targets', () => {
    const level = { kind: 'level', op: '<', quantity: { value: 6.5, unit: '%' }, text: 'Under 6,5 %' } as const;
    expect(targetLevel(level, 'T', '2022')).toBe(6.5);
    const perSex = {
      kind: 'per-sex',
      targets: {
        K: { kind: 'level', op: null, quantity: { value: 16, unit: null }, text: '16,0' },
        M: { kind: 'level', op: null, quantity: { value: 17.2, unit: null }, text: '17,2' },
      },
      text: 'K 16,0 M 17,2',
    } as const;
    expect(targetLevel(perSex, 'M', '2022-DÅ04')).toBe(17.2);
    expect(targetLevel({ kind: 'direction', direction: 'increase', reference: { type: 'baseline' }, text: 'Öka' }, 'T', '2022')).toBeNull();
  });
});
