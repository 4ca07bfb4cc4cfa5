import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoDate, periodHasEnded } from './local-date';

// Node reads TZ again when it changes, so each test can live in Stockholm or Los Angeles.
const original = process.env.TZ;
const inZone = (tz: string) => {
  process.env.TZ = tz;
};

describe('localIsoDate: the calendar day where the reader is', () => {
  beforeEach(() => inZone('Europe/Stockholm'));
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('is already tomorrow in Stockholm while UTC is still on today', () => {
    const halfPastMidnightFirstMay = new Date('2022-04-30T22:30:00Z'); // 00:30 CEST on 1 May
    expect(halfPastMidnightFirstMay.toISOString().slice(0, 10)).toBe('2022-04-30');
    expect(localIsoDate(halfPastMidnightFirstMay)).toBe('2022-05-01');
  });

  it('is still today in Los Angeles while UTC is on tomorrow', () => {
    inZone('America/Los_Angeles');
    const eveningThirtiethApril = new Date('2022-05-01T02:00:00Z'); // 19:00 PDT on 30 April
    expect(localIsoDate(eveningThirtiethApril)).toBe('2022-04-30');
  });

  it('pads months, days and early years', () => {
    expect(localIsoDate(new Date(2022, 0, 5, 12))).toBe('2022-01-05');
    expect(localIsoDate(new Date(2022, 11, 31, 23, 59))).toBe('2022-12-31');
  });
});

describe('periodHasEnded: from the day after its last day', () => {
  it('runs through its last day and has ended the next', () => {
    expect(periodHasEnded('2022-DÅ04', '2022-04-30')).toBe(false);
    expect(periodHasEnded('2022-DÅ04', '2022-05-01')).toBe(true);
    expect(periodHasEnded('2022', '2022-12-31')).toBe(false);
    expect(periodHasEnded('2022', '2023-01-01')).toBe(true);
    expect(periodHasEnded('2024-02', '2024-02-29')).toBe(false);
    expect(periodHasEnded('2024-02', '2024-03-01')).toBe(true);
  });

  it('never calls an unknown key ended', () => {
    expect(periodHasEnded('DÅ04', '2999-12-31')).toBe(false);
    expect(periodHasEnded('', '2022-05-01')).toBe(false);
  });
});
