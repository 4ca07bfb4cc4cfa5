import type { BaselinePoint, Unit } from './types';

/** A baseline point for tests: total, no year, no split, unless `extra` says otherwise. */
export const pt = (value: number, unit: Unit, extra: Partial<BaselinePoint> = {}): BaselinePoint => ({
  quantity: { value, unit },
  year: null,
  subPeriod: null,
  sex: 'T',
  ageBand: null,
  label: null,
  ...extra,
});
