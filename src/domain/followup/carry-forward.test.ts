import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportPeriodsForYears } from '../periods/reporting-periods';
import { carryForward, carryText, previousPeriod } from './carry-forward';

describe('carrying the previous period forward', () => {
  const periods = reportPeriodsForYears(2022, 2024);

  it('finds the previous follow-up period across years', () => {
    expect(previousPeriod(periods, '2022-DÅ08')).toBe('2022-DÅ04');
    expect(previousPeriod(periods, '2022')).toBe('2022-DÅ08');
    expect(previousPeriod(periods, '2023-DÅ04')).toBe('2022');
    expect(previousPeriod(periods, '2022-DÅ04')).toBeNull();
  });

  it('fills empty fields and keeps what is written', () => {
    const previous = { analysis: 'Vårdskadorna ökade under sommaren.', actions: 'Punktprevalensmätning i september.' };
    expect(carryForward({ analysis: '', actions: '' }, previous)).toEqual(previous);
    expect(carryForward({ analysis: 'Ny analys.', actions: '' }, previous)).toEqual({
      analysis: 'Ny analys.\n\nVårdskadorna ökade under sommaren.',
      actions: 'Punktprevalensmätning i september.',
    });
  });

  it('is idempotent and never loses what was written', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (current, previous) => {
        const once = carryText(current, previous);
        expect(carryText(once, previous)).toBe(once);
        if (current.trim() !== '') expect(once.startsWith(current.trimEnd())).toBe(true);
        if (previous.trim() !== '') expect(once).toContain(previous.trim());
      }),
    );
  });
});
