import { describe, expect, it } from 'vitest';
import { percentile } from './percentile';

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it('puts the p95 below the largest samples: one of 20, five of 100', () => {
    expect(percentile(upTo(20), 95)).toBe(19);
    expect(percentile(upTo(100), 95)).toBe(95);
    expect(percentile(upTo(1513), 95)).toBe(1438);
  });

  it('gives the median, the smallest and the largest sample', () => {
    expect(percentile(upTo(100), 50)).toBe(50);
    expect(percentile(upTo(5), 50)).toBe(3);
    expect(percentile(upTo(5), 0)).toBe(1);
    expect(percentile(upTo(5), 100)).toBe(5);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});
