import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pt } from '../../test-support/fixtures/target-points.fixtures';
import { formatNumber } from '../numbers';
import { describeBaseline } from './describe';
import { parseBaseline } from './parse-baseline';
import type { BaselinePoint } from './types';


const values = (text: string, points: BaselinePoint[], flags: { uncertain?: boolean; forecast?: boolean } = {}) => ({
  kind: 'values',
  points,
  uncertain: flags.uncertain ?? false,
  forecast: flags.forecast ?? false,
  text,
});

describe('parseBaseline: kinds without numbers', () => {
  it.each([
    ['2021', { kind: 'reference-period', year: 2021, subPeriod: null }],
    ['2021 års antal', { kind: 'reference-period', year: 2021, subPeriod: null }],
    ['202012:', { kind: 'reference-period', year: 2020, subPeriod: '12' }],
    ['2020 T1, T2, ÅR', { kind: 'reference-period', year: 2020, subPeriod: null }],
    ['2019 T1 T2 T3', { kind: 'reference-period', year: 2019, subPeriod: null }],
    ['2021 T2', { kind: 'reference-period', year: 2021, subPeriod: 'T2' }],
    ['2021: Nybesök Återbesök', { kind: 'reference-period', year: 2021, subPeriod: null }],
    ['Kostnad/DRG 2020 per kv', { kind: 'reference-period', year: 2020, subPeriod: null }],
    ['Nytt mått', { kind: 'new-measure' }],
    ['nytt  mått', { kind: 'new-measure' }],
    ['Senast tidigare mätning', { kind: 'previous-measurement' }],
    ['Tidigare mätning', { kind: 'previous-measurement' }],
    ['Tidligere måling', { kind: 'previous-measurement' }],
    ['-', { kind: 'none' }],
    ['', { kind: 'none' }],
    ['Ingen uppgift', { kind: 'qualitative' }],
    ['2019: 45 % enligt enkät', { kind: 'qualitative' }],
    ['Uppdateras 2022', { kind: 'qualitative' }],
  ])('%j', (text, expected) => {
    expect(parseBaseline(text)).toEqual({ ...expected, text: text.trim() });
  });
});

describe('parseBaseline: numbers', () => {
  it.each([
    ['2019: 6 kommuner', [pt(6, null, { year: 2019 })]],
    ['2021: 30%', [pt(30, '%', { year: 2021 })]],
    ['2020: 0', [pt(0, null, { year: 2020 })]],
    ['2019: 73,4%', [pt(73.4, '%', { year: 2019 })]],
    ['2019 9,9%', [pt(9.9, '%', { year: 2019 })]],
    ['2019: 78 %', [pt(78, '%', { year: 2019 })]],
    ['2021: 1', [pt(1, null, { year: 2021 })]],
    ['2019: 275 st', [pt(275, 'st', { year: 2019 })]],
    ['2019: 7,0 %', [pt(7, '%', { year: 2019 })]],
    ['2020: 19,2', [pt(19.2, null, { year: 2020 })]],
    ['2021 T1 68 %', [pt(68, '%', { year: 2021, subPeriod: 'T1' })]],
    ['2020: 0/6', [pt(0, null, { year: 2020, denominator: 6 })]],
    ['dec 2020: 45 %', [pt(45, '%', { year: 2020, subPeriod: '12' })]],
    ['202012: 45', [pt(45, null, { year: 2020, subPeriod: '12' })]],
    ['2019: K 50 % M 47 %', [pt(50, '%', { year: 2019, sex: 'K' }), pt(47, '%', { year: 2019, sex: 'M' })]],
    ['2019: K: 63 % M: 63 %', [pt(63, '%', { year: 2019, sex: 'K' }), pt(63, '%', { year: 2019, sex: 'M' })]],
    ['2019: ¹⁰ K 16,9 % M 18,0 %', [pt(16.9, '%', { year: 2019, sex: 'K' }), pt(18, '%', { year: 2019, sex: 'M' })]],
    ['2019 K: 8 520 M: 4 458', [pt(8520, null, { year: 2019, sex: 'K' }), pt(4458, null, { year: 2019, sex: 'M' })]],
    [
      '2019: 207 K 82, M 125',
      [pt(207, null, { year: 2019 }), pt(82, null, { year: 2019, sex: 'K' }), pt(125, null, { year: 2019, sex: 'M' })],
    ],
    [
      '2019: T1 87,0 % T2 87,4 % T3 87,1 %',
      [pt(87, '%', { year: 2019, subPeriod: 'T1' }), pt(87.4, '%', { year: 2019, subPeriod: 'T2' }), pt(87.1, '%', { year: 2019, subPeriod: 'T3' })],
    ],
    [
      '2019: T1 56 st, T2 40 st, T3 57 st. Fr.o.m 2020 könsuppdelat.',
      [pt(56, 'st', { year: 2019, subPeriod: 'T1' }), pt(40, 'st', { year: 2019, subPeriod: 'T2' }), pt(57, 'st', { year: 2019, subPeriod: 'T3' })],
    ],
    [
      '2019: T1 K 89,7% M 89,2% T1 K 91,8% M 91,7% T2 K91,8% M 91,9%',
      [
        pt(89.7, '%', { year: 2019, subPeriod: 'T1', sex: 'K' }),
        pt(89.2, '%', { year: 2019, subPeriod: 'T1', sex: 'M' }),
        pt(91.8, '%', { year: 2019, subPeriod: 'T1', sex: 'K' }),
        pt(91.7, '%', { year: 2019, subPeriod: 'T1', sex: 'M' }),
        pt(91.8, '%', { year: 2019, subPeriod: 'T2', sex: 'K' }),
        pt(91.9, '%', { year: 2019, subPeriod: 'T2', sex: 'M' }),
      ],
    ],
    [
      '2019: T1 K 60%, M 65% T2 K 56%, M 63% T3 K 57% M 64%',
      [
        pt(60, '%', { year: 2019, subPeriod: 'T1', sex: 'K' }),
        pt(65, '%', { year: 2019, subPeriod: 'T1', sex: 'M' }),
        pt(56, '%', { year: 2019, subPeriod: 'T2', sex: 'K' }),
        pt(63, '%', { year: 2019, subPeriod: 'T2', sex: 'M' }),
        pt(57, '%', { year: 2019, subPeriod: 'T3', sex: 'K' }),
        pt(64, '%', { year: 2019, subPeriod: 'T3', sex: 'M' }),
      ],
    ],
    [
      '2019 40 år K:16% M:13% 50 år K:29% M:18% 60 år K:32% M 22%',
      [
        pt(16, '%', { year: 2019, ageBand: '40', sex: 'K' }),
        pt(13, '%', { year: 2019, ageBand: '40', sex: 'M' }),
        pt(29, '%', { year: 2019, ageBand: '50', sex: 'K' }),
        pt(18, '%', { year: 2019, ageBand: '50', sex: 'M' }),
        pt(32, '%', { year: 2019, ageBand: '60', sex: 'K' }),
        pt(22, '%', { year: 2019, ageBand: '60', sex: 'M' }),
      ],
    ],
    [
      '2019: Som vård 47,6 % Psykiatrisk vård 48,0 %',
      [pt(47.6, '%', { year: 2019, label: 'Som vård' }), pt(48, '%', { year: 2019, label: 'Psykiatrisk vård' })],
    ],
    [
      'Som vård 2019 SV = +5,9 % ÖV = +6,3 % Psykiatri (exkl rättspsykiatri) 2019 SV = +7,6 % ÖV = +9,5 % Primärvård 2019 Nytt mått',
      [
        pt(5.9, '%', { year: 2019, label: 'Som vård, SV' }),
        pt(6.3, '%', { year: 2019, label: 'Som vård, ÖV' }),
        pt(7.6, '%', { year: 2019, label: 'Psykiatri (exkl rättspsykiatri), SV' }),
        pt(9.5, '%', { year: 2019, label: 'Psykiatri (exkl rättspsykiatri), ÖV' }),
      ],
    ],
  ] as const)('%j', (text, points) => {
    expect(parseBaseline(text)).toEqual(values(text, [...points]));
  });

  it('marks uncertain values', () => {
    expect(parseBaseline('78?')).toEqual(values('78?', [pt(78, null)], { uncertain: true }));
    expect(parseBaseline('80 ?')).toEqual(values('80 ?', [pt(80, null)], { uncertain: true }));
    expect(parseBaseline('2019: ca 30 %')).toEqual(values('2019: ca 30 %', [pt(30, '%', { year: 2019 })], { uncertain: true }));
  });

  it('marks forecasts, point by point', () => {
    const f = { forecast: true } as const;
    expect(parseBaseline('Årsprognos aug 2020: 6,4%')).toEqual(
      values('Årsprognos aug 2020: 6,4%', [pt(6.4, '%', { year: 2020, ...f })], f),
    );
    expect(parseBaseline('Årsprognos aug 2020, 110 mnkr')).toEqual(
      values('Årsprognos aug 2020, 110 mnkr', [pt(110, 'mnkr', { year: 2020, ...f })], f),
    );
    expect(parseBaseline('Årsprognos aug 2020, 55 %')).toEqual(
      values('Årsprognos aug 2020, 55 %', [pt(55, '%', { year: 2020, ...f })], f),
    );
    expect(parseBaseline('2018: 458 kr Prognos 2020 aug 274 kr')).toEqual(
      values('2018: 458 kr Prognos 2020 aug 274 kr', [pt(458, 'kr', { year: 2018 }), pt(274, 'kr', { year: 2020, ...f })], f),
    );
    expect(parseBaseline('19600 tom T2 2021, prognos 35 000 2021')).toEqual(
      values(
        '19600 tom T2 2021, prognos 35 000 2021',
        [pt(19600, null, { year: 2021, subPeriod: 'T2' }), pt(35000, null, { year: 2021, ...f })],
        f,
      ),
    );
  });

  it('reads any year and Swedish-formatted percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom('', ' '), (year, raw, space) => {
        const n = formatNumber(raw, 'sv', { maximumFractionDigits: 1 });
        const b = parseBaseline(`${year}: ${n}${space}%`);
        expect(b.kind).toBe('values');
        if (b.kind !== 'values') return;
        expect(b.points).toHaveLength(1);
        expect(b.points[0]?.year).toBe(year);
        expect(b.points[0]?.quantity.unit).toBe('%');
        expect(formatNumber(b.points[0]?.quantity.value ?? Number.NaN, 'sv')).toBe(n);
      }),
    );
  });

  it('never throws, keeps the trimmed text and describes whatever it read', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const b = parseBaseline(text);
        expect(b.text).toBe(text.trim());
        for (const lang of ['sv', 'da', 'en'] as const) expect(describeBaseline(b, lang)).not.toMatch(/undefined|NaN|^$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on text built from its own vocabulary', () => {
    const word = fc.constantFrom('2019', '2020:', 'T1', 'K', 'M:', '40 år', '12,5 %', '8 520', 'prognos', 'tom', '?', ',', '.', '=', 'SV', 'Nytt mått', 'aug', '0/6');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const b = parseBaseline(text);
        expect(b.text).toBe(text.trim());
        if (b.kind === 'values') for (const p of b.points) expect(Number.isFinite(p.quantity.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('describeBaseline', () => {
  const sp = '\u00A0';
  it.each([
    ['2019: K 50 % M 47 %', 'sv', `2019 kvinnor: 50${sp}%; 2019 män: 47${sp}%`],
    ['2019: K 50 % M 47 %', 'en', '2019 women: 50%; 2019 men: 47%'],
    ['2019 40 år K:16% M:13%', 'da', `2019 40 år kvinder: 16${sp}%; 2019 40 år mænd: 13${sp}%`],
    ['78?', 'sv', '78 (osäkert)'],
    ['2018: 458 kr Prognos 2020 aug 274 kr', 'sv', `2018: 458${sp}kr; 2020: 274${sp}kr (prognos)`],
    ['2020: 0/6', 'en', '2020: 0 of 6'],
    ['2019: Som vård 47,6 %', 'sv', `Som vård 2019: 47,6${sp}%`],
    ['2021', 'sv', 'Värdet för 2021'],
    ['202012:', 'en', 'The value for December 2020'],
    ['2021 T2', 'sv', 'Värdet för 2021 T2'],
    ['Nytt mått', 'sv', 'Nytt mått, inget tidigare värde'],
    ['Tidigare mätning', 'en', 'The value from the latest earlier measurement'],
    ['Ingen uppgift', 'sv', 'Fritext: ”Ingen uppgift”'],
    ['-', 'da', 'Ingen udgangsværdi'],
  ] as const)('%j in %s', (text, lang, expected) => {
    expect(describeBaseline(parseBaseline(text), lang)).toBe(expected);
  });
});
