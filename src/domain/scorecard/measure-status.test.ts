import { describe, expect, it } from 'vitest';
import { type Series, measureStatus, parseMeasure } from './measure-status';

const measure = (valueNature: 'flow' | 'state') =>
  parseMeasure({ baselineText: '', targets: [{ year: 2022, text: 'Under 300' }], betterDirection: 'decrease', unit: null, valueNature });
const point = (value: number, source: string | null) => ({ sex: 'T' as const, ageBand: null, area: null, value, source });

describe('measureStatus: where the shown value came from', () => {
  it('says a value fetched from Kolada is from Kolada, and an entered one is not', () => {
    expect(measureStatus(measure('flow'), new Map([['2022', [point(281, 'Kolada')]]]) as Series, '2022').valueFromKolada).toBe(true);
    expect(measureStatus(measure('flow'), new Map([['2022', [point(281, null)]]]) as Series, '2022').valueFromKolada).toBe(false);
    expect(measureStatus(measure('flow'), new Map() as Series, '2022').valueFromKolada).toBe(false);
  });

  it('follows a state value read off its closing month, and a value entered for the report wins', () => {
    const december = new Map([['2022-12', [point(281, 'Kolada')]]]) as Series;
    expect(measureStatus(measure('state'), december, '2022').valueFromKolada).toBe(true);
    expect(measureStatus(measure('state'), new Map([...december, ['2022', [point(290, 'Manuell')]]]) as Series, '2022').valueFromKolada).toBe(false);
  });
});
