import { describe, expect, it } from 'vitest';
import { type BenchMeasure, valueCount, valueCsv } from './generate';
import { SIZES } from './sizes';

const size = { ...SIZES.tiny!, years: 2, areas: 2 };
const measures: BenchMeasure[] = [{ id: 7, flow: true }, { id: 8, flow: false }];
const rows = (format: 'copy' | 'upload') => [...valueCsv(measures, size, format)].join('').trimEnd().split('\n');

describe('the benchmark data set', () => {
  it('writes as many values as it counts, monthly for every measure and per report for flows', () => {
    const copy = rows('copy');
    expect(copy).toHaveLength(valueCount(measures, size));
    // 24 months + 6 reports × 3 sexes × 2 areas for the flow, 24 months for the state.
    expect(copy).toHaveLength((24 + 6) * 6 + 24 * 6);
    const periodsOf = (id: number) => new Set(copy.filter((r) => r.startsWith(`${id},`)).map((r) => r.split(',')[1]));
    expect([...periodsOf(7)].filter((p) => !/^\d{4}-\d\d$/.test(p!)).sort()).toEqual(['2023', '2023-DÅ04', '2023-DÅ08', '2024', '2024-DÅ04', '2024-DÅ08']);
    expect([...periodsOf(8)].every((p) => /^\d{4}-\d\d$/.test(p!))).toBe(true);
  });

  it('writes the upload format with a header and the same rows', () => {
    const upload = rows('upload');
    expect(upload[0]).toBe('measure,period,sex,area,value');
    expect(upload).toHaveLength(valueCount(measures, size) + 1);
    expect(new Set(upload.slice(1))).toHaveProperty('size', upload.length - 1);
  });
});
