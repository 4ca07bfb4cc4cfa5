import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang';
import { sentence, sourceLabel, statusLabel, statusPhrase, tr } from './explain';
import { formatNumber, formatPair, formatQuantity, formatShare } from './format';
import { FULFILMENT_STATUSES } from './types';

const sp = (s: string) => s.replace(/\u00A0/g, ' ');

describe('statusLabel', () => {
  it.each([
    ['met', 'Uppfyllt', 'Opfyldt', 'Met'],
    ['partly-met', 'Delvis uppfyllt', 'Delvist opfyldt', 'Partly met'],
    ['not-met', 'Ej uppfyllt', 'Ikke opfyldt', 'Not met'],
    ['no-value', 'Inget värde ännu', 'Ingen værdi endnu', 'No value yet'],
    ['not-measurable', 'Ej mätbart', 'Ikke målbart', 'Not measurable'],
  ] as const)('%s', (status, sv, da, en) => {
    expect([statusLabel(status, 'sv'), statusLabel(status, 'da'), statusLabel(status, 'en')]).toEqual([sv, da, en]);
    expect(statusPhrase(status, 'sv')).toBe(sv.charAt(0).toLowerCase() + sv.slice(1));
  });

  it('gives every status a distinct label in every language', () => {
    for (const lang of LANGS) expect(new Set(FULFILMENT_STATUSES.map((s) => statusLabel(s, lang))).size).toBe(FULFILMENT_STATUSES.length);
  });
});

describe('sentence and source labels', () => {
  it('starts with the target text, or capitalises the core without one', () => {
    expect(sentence('Öka', tr('12 > 10', '12 > 10', '12 > 10'), 'met').sv).toBe('Öka: 12 > 10 – uppfyllt');
    expect(sentence('  ', tr('inget mål', 'intet mål', 'no target'), 'not-measurable').en).toBe('No target – not measurable');
  });

  it.each([
    ['baseline', null, 2019, false, 'ingångsvärdet 2019', 'the baseline 2019'],
    ['baseline', null, null, false, 'ingångsvärdet', 'the baseline'],
    ['baseline', null, 2020, true, 'ingångsvärdet (prognos 2020)', 'the baseline (forecast 2020)'],
    ['baseline', '2021', null, false, 'ingångsvärdet (ÅR 2021)', 'the baseline (FY 2021)'],
    ['period', '2020-12', null, false, 'värdet för dec 2020', 'the value for Dec 2020'],
    ['same-period-previous-year', '2021-DÅ04', null, false, 'samma period året innan (DÅ 04 2021)', 'the same period a year earlier (Interim Apr 2021)'],
    ['previous-measurement', '2021', null, false, 'föregående mätning (ÅR 2021)', 'the previous measurement (FY 2021)'],
    ['benchmark', '2022', null, false, 'riket', 'the national value'],
  ] as const)('%s %s', (source, period, year, forecast, sv, en) => {
    expect(sourceLabel(source, period, year, forecast, 'sv')).toBe(sv);
    expect(sourceLabel(source, period, year, forecast, 'en')).toBe(en);
    expect(sourceLabel(source, period, year, forecast, 'da')).not.toBe('');
  });
});

describe('format', () => {
  it.each([
    [43000, 'sv', '43 000'],
    [43000, 'da', '43.000'],
    [43000, 'en', '43,000'],
    [5.8, 'sv', '5,8'],
    [5.8, 'en', '5.8'],
    [1234567.891, 'sv', '1 234 567,89'],
    [1 / 3, 'sv', '0,33'],
    [-2.5, 'sv', '\u22122,5'],
    [-2.5, 'da', '-2,5'],
    [-0.001, 'sv', '0'],
    [0, 'en', '0'],
    [Number.NaN, 'sv', '–'],
  ] as const)('formatNumber(%d, %s) = %s', (v, lang, out) => {
    expect(sp(formatNumber(v, lang))).toBe(out);
  });

  it('uses a no-break space in sv groups and before units', () => {
    expect(formatNumber(43000, 'sv')).toBe('43\u00A0000');
    expect(formatQuantity(5.8, '%', 'sv')).toBe('5,8\u00A0%');
  });

  it.each([
    [5.8, '%', 'sv', '5,8 %'],
    [5.8, '%', 'en', '5.8%'],
    [350, 'kr', 'sv', '350 kr'],
    [350, 'kr', 'da', '350 kr.'],
    [110, 'mnkr', 'sv', '110 mnkr'],
    [12, 'st', 'sv', '12 st'],
    [12, 'st', 'da', '12 stk.'],
    [12, 'st', 'en', '12'],
    [12, null, 'sv', '12'],
  ] as const)('formatQuantity(%d %s, %s) = %s', (v, unit, lang, out) => {
    expect(sp(formatQuantity(v, unit, lang))).toBe(out);
  });

  it('keeps different values apart and equal values equal', () => {
    expect(formatPair(5.804, 5.8, '%', 'sv').map(sp)).toEqual(['5,804 %', '5,8 %']);
    expect(formatPair(0.1 + 0.2, 0.3, null, 'en')).toEqual(['0.3', '0.3']);
    expect(formatPair(43000, 42999.5, null, 'en')).toEqual(['43,000', '42,999.5']);
  });

  it('formats shares as percentages, with decimals only to differ from a threshold', () => {
    expect(sp(formatShare(2.5 / 3, 'sv'))).toBe('83 %');
    expect(sp(formatShare(0.745, 'sv', 0.75))).toBe('74,5 %');
    expect(sp(formatShare(0.75, 'sv', 0.75))).toBe('75 %');
    expect(formatShare(0.5, 'en')).toBe('50%');
  });
});
