import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../../domain/targets';
import type { MeasureDetail } from '../../../shared/api-types';
import { buildChartData } from './chartData';

/** A measure with targets 40 % for 2022 and 50 % for 2024, followed up 2022–2024, under the plan's choice. */
function measure(targetBetweenYears: MeasureDetail['targetBetweenYears'], texts: Record<number, string> = { 2022: 'Minst 40 %', 2024: 'Minst 50 %' }): MeasureDetail {
  const targets = Object.entries(texts).map(([year, text]) => ({ year: Number(year), text, target: parseTarget(text) }));
  const fulfilment = ['2022', '2023', '2024'].map((period) => ({ period }));
  return { values: [], targets, fulfilment, targetBetweenYears } as unknown as MeasureDetail;
}

const line = (m: MeasureDetail) => buildChartData(m).targets.map((t) => [t.period, t.value]);

describe('the chart’s target line follows the plan’s choice between target years', () => {
  it('draws the next target year’s level between target years by default', () => {
    expect(line(measure('next-target'))).toEqual([
      ['2022', 40],
      ['2023', 50],
      ['2024', 50],
    ]);
  });

  it('draws the straight line between the targets around the year when the plan asks for it, as the status is judged', () => {
    expect(line(measure('straight-line'))).toEqual([
      ['2022', 40],
      ['2023', 45],
      ['2024', 50],
    ]);
  });

  it('falls back to the next target when the targets around the year are not two numbers of the same kind', () => {
    expect(line(measure('straight-line', { 2022: 'Öka', 2024: 'Minst 50 %' }))).toEqual([
      ['2023', 50],
      ['2024', 50],
    ]);
  });
});
