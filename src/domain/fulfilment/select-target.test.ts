import { describe, expect, it } from 'vitest';
import type { Target } from '../targets/types';
import { selectTarget } from './select-target';

const t = (text: string): Target => ({ kind: 'qualitative', text });
const none: Target = { kind: 'none', text: '' };
const seed = [
  { year: 2022, target: t('2022') },
  { year: 2024, target: t('2024') },
];

describe('selectTarget', () => {
  it.each([
    [2020, '2022'],
    [2022, '2022'],
    [2023, '2024'],
    [2024, '2024'],
    [2026, '2024'],
  ])('period year %i uses the %s target', (year, text) => {
    expect(selectTarget(seed, year)?.target.text).toBe(text);
    expect(selectTarget([...seed].reverse(), year)?.target.text).toBe(text);
  });

  it('returns the year with the target', () => {
    expect(selectTarget(seed, 2023)).toEqual({ year: 2024, target: t('2024') });
  });

  it('skips blank target cells', () => {
    const blank2024 = [{ year: 2022, target: t('Öka') }, { year: 2024, target: none }];
    expect(selectTarget(blank2024, 2023)).toEqual({ year: 2022, target: t('Öka') });
    expect(selectTarget(blank2024, 2021)).toEqual({ year: 2022, target: t('Öka') });
    const blank2022 = [{ year: 2022, target: none }, { year: 2024, target: t('100 %') }];
    expect(selectTarget(blank2022, 2022)).toEqual({ year: 2024, target: t('100 %') });
  });

  it('returns a blank target only when all are blank, and null when there are none', () => {
    expect(selectTarget([{ year: 2022, target: none }, { year: 2024, target: none }], 2023)).toEqual({ year: 2024, target: none });
    expect(selectTarget([], 2022)).toBeNull();
  });
});
