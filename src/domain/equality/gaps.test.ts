import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapRatio, sexGap, spread } from './gaps';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true });
const direction = fc.constantFrom('increase' as const, 'decrease' as const, null);

describe('sexGap', () => {
  it('takes seed 001’s re-admissions 2019 (K 16,9 % M 18,0 %): men are worse off when lower is better', () => {
    const gap = sexGap(16.9, 18.0, 'decrease');
    expect(gap.absolute).toBeCloseTo(1.1, 10);
    expect(gap.signed).toBeCloseTo(-1.1, 10);
    expect(gap.ratio).toBeCloseTo(18.0 / 16.9, 10);
    expect(gap.relative).toBeCloseTo(0.0651, 3);
    expect(gap.worseOff).toBe('M');
  });
  it('takes the BUP waiting list T1 2019 (K 61 % M 42 %): men are worse off when higher is better', () => {
    const gap = sexGap(61, 42, 'increase');
    expect(gap.worseOff).toBe('M');
    expect(gap.relative).toBeCloseTo(19 / 42, 10);
  });
  it('names nobody worse off when the direction is unknown or the values are equal', () => {
    expect(sexGap(5, 6, null).worseOff).toBeNull();
    expect(sexGap(5, 5, 'increase').worseOff).toBeNull();
  });
  it('is symmetric: swapping the sexes keeps absolute gap and ratio and swaps who is worse off', () => {
    fc.assert(
      fc.property(value, value, direction, (k, m, d) => {
        const a = sexGap(k, m, d);
        const b = sexGap(m, k, d);
        expect(b.absolute).toBe(a.absolute);
        expect(b.signed).toBe(-a.signed === 0 ? 0 : -a.signed);
        expect(b.ratio).toBe(a.ratio);
        const swapped = { K: 'M', M: 'K' } as const;
        expect(b.worseOff).toBe(a.worseOff === null ? null : swapped[a.worseOff]);
      }),
    );
  });
  it('flips who is worse off when the better direction flips', () => {
    fc.assert(
      fc.property(value, value, (k, m) => {
        fc.pre(k !== m);
        expect(sexGap(k, m, 'increase').worseOff).not.toBe(sexGap(k, m, 'decrease').worseOff);
      }),
    );
  });
});

describe('gapRatio', () => {
  it('is at least 1 for two values of the same sign, and exactly 1 for equal ones', () => {
    fc.assert(
      fc.property(positive, positive, fc.boolean(), (a, b, negate) => {
        const s = negate ? -1 : 1;
        const r = gapRatio(s * a, s * b)!;
        expect(r).toBeGreaterThanOrEqual(1);
        expect(gapRatio(s * a, s * a)).toBe(1);
      }),
    );
  });
  it('is null for a zero or values of different signs', () => {
    expect(gapRatio(0, 5)).toBeNull();
    expect(gapRatio(-2, 5)).toBeNull();
  });
});

describe('spread', () => {
  const areas = [
    { name: 'Luleå', value: 15.2 },
    { name: 'Kiruna', value: 19.8 },
    { name: 'Piteå', value: 16.4 },
  ];
  it('finds the areas with the lowest and highest value and the worse one', () => {
    const s = spread(areas, 'T', 'decrease')!;
    expect(s.lowest).toEqual({ name: 'Luleå', value: 15.2 });
    expect(s.highest).toEqual({ name: 'Kiruna', value: 19.8 });
    expect(s.absolute).toBeCloseTo(4.6, 10);
    expect(s.count).toBe(3);
    expect(s.worst?.name).toBe('Kiruna');
    expect(spread(areas, 'T', 'increase')!.worst?.name).toBe('Luleå');
  });
  it('needs two areas', () => {
    expect(spread([{ name: 'Luleå', value: 1 }], 'T', null)).toBeNull();
  });
  it('does not depend on the order of the areas, and the gap is never negative', () => {
    const named = fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 6 }), value }), { minLength: 2, maxLength: 8, selector: (a) => a.name });
    fc.assert(
      fc.property(named, direction, (list, d) => {
        const a = spread(list, 'T', d)!;
        const b = spread([...list].reverse(), 'T', d)!;
        expect(b).toEqual(a);
        expect(a.absolute).toBeGreaterThanOrEqual(0);
        for (const x of list) {
          expect(x.value).toBeGreaterThanOrEqual(a.lowest.value);
          expect(x.value).toBeLessThanOrEqual(a.highest.value);
        }
      }),
    );
  });
});
