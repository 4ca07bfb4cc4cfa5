import { beforeAll, describe, expect, it } from 'vitest';
import type { MeasureDetail, MeasureValue } from '../../../shared/api-types';
import { ApiError } from '../../api/client';
import { placeErrors } from '../../lib/formErrors';
import { buildChartData, isWholePopulation } from './chartData';
import { loadLang } from '../../i18n';
import { breakdownText, compareValues, groupText } from './values';

let nextId = 1;
function value(period: string, sex: MeasureValue['sex'], v: number, ageBand = '', area = ''): MeasureValue {
  return { id: nextId++, period, sex, ageBand, area, value: v, status: 'final', source: null, enteredBy: null, enteredAt: '2023-01-01T00:00:00Z', version: 1 };
}

function measure(values: MeasureValue[]): MeasureDetail {
  return { values, targets: [], fulfilment: [] } as unknown as MeasureDetail;
}

// Dictionaries are loaded one at a time in the app; these tests read all three.
beforeAll(async () => {
  await Promise.all((['sv', 'da', 'en'] as const).map(loadLang));
});

describe('breakdowns by age group and area', () => {
  it('counts only values without age group and area as the whole population, as the server does', () => {
    expect(isWholePopulation({ ageBand: '', area: '' })).toBe(true);
    expect(isWholePopulation({ ageBand: '  ', area: '' })).toBe(true);
    expect(isWholePopulation({ ageBand: '40 år', area: '' })).toBe(false);
    expect(isWholePopulation({ ageBand: '', area: 'Kiruna' })).toBe(false);
    expect(isWholePopulation({ ageBand: 'Alla', area: '' })).toBe(false);
  });

  it('leaves breakdowns out of the chart, even when there is nothing else', () => {
    const data = buildChartData(
      measure([value('2022', 'K', 16), value('2022', 'K', 17.5, '40 år'), value('2023', 'K', 20, '', 'Kiruna'), value('2023', 'M', 13, '50 år')]),
    );
    expect(data.periods).toEqual(['2022']);
    expect(data.series).toEqual([{ sex: 'K', points: [{ period: '2022', value: 16 }] }]);
    expect(buildChartData(measure([value('2022', 'K', 17.5, '40 år')])).series).toEqual([]);
  });

  it('names the group a value is for', () => {
    expect(groupText('sv', { sex: 'K', ageBand: '', area: '' })).toBe('Kvinnor');
    expect(groupText('sv', { sex: 'K', ageBand: '40 år', area: '' })).toBe('Kvinnor, åldersgrupp 40 år');
    expect(groupText('sv', { sex: 'T', ageBand: ' 65+ ', area: 'Kiruna' })).toBe('Totalt, åldersgrupp 65+, område Kiruna');
    expect(groupText('en', { sex: 'M', ageBand: '', area: 'Luleå' })).toBe('Men, area Luleå');
    expect(breakdownText('sv', { ageBand: '', area: '' })).toBe('');
  });

  it('sorts by period, whole population first, age groups by number, areas alphabetically, then sex', () => {
    const values = [
      value('2023', 'T', 1),
      value('2022', 'M', 2, '40 år'),
      value('2022', 'K', 3, '65+'),
      value('2022', 'K', 4, '7 år'),
      value('2022', 'M', 5),
      value('2022', 'K', 6, '', 'Älvsbyn'),
      value('2022', 'K', 7, '', 'Luleå'),
      value('2022', 'K', 8),
      value('2022', 'K', 9, '40 år'),
    ];
    const order = [...values].sort(compareValues('sv')).map((v) => v.value);
    expect(order).toEqual([8, 5, 7, 6, 4, 9, 2, 3, 1]);
  });
});

describe('placing a failed request’s messages', () => {
  const messages = { network: 'Nätverksfel', fallback: 'Kunde inte spara' };

  it('puts field messages next to their fields and nothing on the form', () => {
    const error = new ApiError(400, 'validation', 'Ogiltigt', [{ path: 'ageBand', message: 'För lång' }]);
    expect(placeErrors(error, ['ageBand', 'area'] as const, messages)).toEqual({ byField: { ageBand: 'För lång' }, formError: null });
  });

  it('gives the form a message when a detail fits no field, or there is none', () => {
    const error = new ApiError(400, 'validation', 'Ogiltigt', [
      { path: 'value.0', message: 'Inget tal' },
      { path: 'other', message: 'Okänt' },
    ]);
    expect(placeErrors(error, ['value'] as const, messages)).toEqual({ byField: { value: 'Inget tal' }, formError: 'Ogiltigt' });
    expect(placeErrors(new ApiError(0, 'network', ''), ['value'] as const, messages).formError).toBe('Nätverksfel');
    expect(placeErrors(new ApiError(500, 'internal', ''), ['value'] as const, messages).formError).toBe('Kunde inte spara');
  });
});
