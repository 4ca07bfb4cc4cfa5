import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from './i18n/lang';
import { NBSP, formatNumber, formatQuantity, parseNumber, parseQuantity } from './numbers';
import type { Unit } from './targets/types';

const SEPARATORS = [' ', '\u00A0', '\u2009', '\u202F'] as const;
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('formatNumber', () => {
  it.each([
    [43000, 'sv', `43${NBSP}000`],
    [6.5, 'sv', '6,5'],
    [43000, 'da', '43.000'],
    [6.5, 'da', '6,5'],
    [1234567.25, 'da', '1.234.567,25'],
    [43000, 'en', '43,000'],
    [6.5, 'en', '6.5'],
    [1234567.25, 'sv', `1${NBSP}234${NBSP}567,25`],
    [1234567.25, 'en', '1,234,567.25'],
    [999, 'sv', '999'],
    [-5, 'sv', '\u22125'],
    [-5, 'da', '-5'],
    [-5, 'en', '-5'],
    [0, 'sv', '0'],
    [-0, 'sv', '0'],
    [1e21, 'en', '1,000,000,000,000,000,000,000'],
    [1.5e-7, 'en', '0.00000015'],
  ] as const)('%d in %s is %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  it('rounds and pads fraction digits on request', () => {
    expect(formatNumber(6.456, 'sv', { maximumFractionDigits: 1 })).toBe('6,5');
    expect(formatNumber(1.005, 'sv', { maximumFractionDigits: 2 })).toBe('1,01');
    expect(formatNumber(-2.5, 'en', { maximumFractionDigits: 0 })).toBe('-3');
    expect(formatNumber(-0.04, 'sv', { maximumFractionDigits: 1 })).toBe('0');
    expect(formatNumber(5, 'sv', { minimumFractionDigits: 1 })).toBe('5,0');
    expect(formatNumber(43000, 'sv', { grouping: false })).toBe('43000');
  });

  it('shows a dash for values that are not numbers', () => {
    expect(formatNumber(Number.NaN, 'sv')).toBe('–');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('–');
  });

  it('reads back every finite number it writes, in every language', () => {
    fc.assert(
      fc.property(finite, fc.constantFrom(...LANGS), (value, lang) => {
        expect(parseNumber(formatNumber(value, lang), lang) === value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseNumber', () => {
  it.each([
    ['43 000', 43000],
    ['43\u00A0000', 43000],
    ['43\u2009000', 43000],
    ['43\u202F000', 43000],
    ['19600', 19600],
    ['6,5', 6.5],
    ['6.5', 6.5],
    ['−5', -5],
    ['-5', -5],
    ['+5,9', 5.9],
    ['  12  ', 12],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['43.000', 43000],
    ['1.234.567', 1234567],
    ['0.500', 0.5],
    ['0,0', 0],
    ['1 234,5', 1234.5],
    ['1 234.5', 1234.5],
  ])('reads %j as %d (sv)', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('lets the language decide a lone separator that could be either', () => {
    expect(parseNumber('43,000', 'en')).toBe(43000);
    expect(parseNumber('43,000', 'sv')).toBe(43);
    expect(parseNumber('6,5', 'en')).toBe(6.5);
    expect(parseNumber('43.000', 'da')).toBe(43000);
    expect(parseNumber('6.25', 'da')).toBe(6.25);
  });

  it('reads Danish numbers as Danes write them, and the ambiguous ones by the language', () => {
    expect(parseNumber('43.000', 'da')).toBe(43000);
    expect(parseNumber('1.234.567,25', 'da')).toBe(1234567.25);
    expect(parseNumber('1.234,5', 'da')).toBe(1234.5);
    expect(parseNumber('6,5', 'da')).toBe(6.5);
    // `4.5` cannot be a thousands group (one digit after the point): a decimal in every language.
    expect(parseNumber('4.5', 'da')).toBe(4.5);
    expect(parseNumber('4.5', 'sv')).toBe(4.5);
    expect(parseNumber('4.5', 'en')).toBe(4.5);
    // `4.500` can be either: Danish and Swedish read a thousands point, English a decimal point.
    expect(parseNumber('4.500', 'da')).toBe(4500);
    expect(parseNumber('4.500', 'sv')).toBe(4500);
    expect(parseNumber('4.500', 'en')).toBe(4.5);
    expect(parseNumber('0.500', 'da')).toBe(0.5);
    expect(parseNumber('-1.200', 'da')).toBe(-1200);
    expect(parseNumber('1.23.456', 'da')).toBeNull();
  });

  it.each(['', ' ', 'abc', '12 kr', '1 00', '1 2345', '12,', ',5', '1,2,3.4.5', '5-', '--5', '1e5', 'NaN'])(
    'rejects %j',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it('accepts any of the four thousands separators, mixed freely', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), fc.integer({ min: 0, max: 999 })), { minLength: 1, maxLength: 4 }),
        fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
        (head, groups, fraction) => {
          const digits = `${head}${groups.map(([, g]) => String(g).padStart(3, '0')).join('')}`;
          const text = `${head}${groups.map(([sep, g]) => `${sep}${String(g).padStart(3, '0')}`).join('')}${fraction === undefined ? '' : `,${fraction}`}`;
          const expected = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
          expect(parseNumber(text)).toBe(expected);
        },
      ),
    );
  });

  it('reads a decimal comma and a decimal point alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^\d{1,6}$/), fc.boolean(), (int, frac, negative) => {
        const expected = Number(`${negative ? '-' : ''}${int}.${frac}`);
        const sign = negative ? '\u2212' : '';
        expect(parseNumber(`${sign}${int},${frac}`)).toBe(expected);
        if (frac.length !== 3) expect(parseNumber(`${sign}${int}.${frac}`)).toBe(expected);
      }),
    );
  });
});

describe('numbers as the reader writes them (issue #16)', () => {
  it.each([
    ['1,000.5', 'en', 1000.5],
    ['1,000,000', 'en', 1000000],
    ['1,000,000.25', 'en', 1000000.25],
    ['1,000', 'en', 1000],
    ['1,000', 'sv', 1],
    ['1,000', 'da', 1],
    ['1 000,5', 'sv', 1000.5],
    ['1\u00A0000,5', 'sv', 1000.5],
    ['1.000,5', 'da', 1000.5],
    ['43.000', 'da', 43000],
  ] as const)('reads %j in %s as %d, alone and with a unit', (text, lang, expected) => {
    expect(parseNumber(text, lang)).toBe(expected);
    expect(parseQuantity(`${text} kr`, lang)).toEqual({ value: expected, unit: 'kr' });
    expect(parseQuantity(text, lang)).toEqual({ value: expected, unit: null });
  });

  it('reads English grouping with a decimal point, however many groups', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 4 }),
        fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
        (head, groups, fraction) => {
          const padded = groups.map((g) => String(g).padStart(3, '0'));
          const text = `${head},${padded.join(',')}${fraction === undefined ? '' : `.${fraction}`}`;
          const expected = Number(`${head}${padded.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
          expect(parseNumber(text, 'en')).toBe(expected);
          expect(parseQuantity(`${text}%`, 'en')).toEqual({ value: expected, unit: '%' });
        },
      ),
    );
  });

  it('reads one comma before three digits by the language: a decimal comma in sv and da, a thousands comma in en', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (head, tail) => {
        const three = String(tail).padStart(3, '0');
        const text = `${head},${three}`;
        expect(parseNumber(text, 'en')).toBe(head * 1000 + tail);
        expect(parseNumber(text, 'sv')).toBe(Number(`${head}.${three}`));
        expect(parseNumber(text, 'da')).toBe(Number(`${head}.${three}`));
      }),
    );
  });
});

describe('parseQuantity', () => {
  it.each([
    ['50%', { value: 50, unit: '%' }],
    ['40 %', { value: 40, unit: '%' }],
    ['6,5\u00A0%', { value: 6.5, unit: '%' }],
    ['350 kr', { value: 350, unit: 'kr' }],
    ['350kr', { value: 350, unit: 'kr' }],
    ['350 kr.', { value: 350, unit: 'kr' }],
    ['110 mnkr', { value: 110, unit: 'mnkr' }],
    ['110 mio. kr.', { value: 110, unit: 'mnkr' }],
    ['275 st', { value: 275, unit: 'st' }],
    ['275 stk.', { value: 275, unit: 'st' }],
    ['43 000', { value: 43000, unit: null }],
    ['+5,9 %', { value: 5.9, unit: '%' }],
  ])('reads %j', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it.each(['', '%', 'kr 5', '12 äpplen', '5 % %', 'Under 5 %'])('rejects %j', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });

  it('reads a percentage with or without a space before the sign', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.constantFrom('', ' ', NBSP, '\u202F', '\u2009'),
        (raw, space) => {
          const text = formatNumber(raw, 'sv', { maximumFractionDigits: 2 });
          const value = parseNumber(text);
          expect(parseQuantity(`${text}${space}%`)).toEqual({ value, unit: '%' });
        },
      ),
    );
  });
});

describe('formatQuantity', () => {
  it.each([
    [{ value: 6.5, unit: '%' as Unit }, 'sv', `6,5${NBSP}%`],
    [{ value: 6.5, unit: '%' as Unit }, 'da', `6,5${NBSP}%`],
    [{ value: 6.5, unit: '%' as Unit }, 'en', '6.5%'],
    [{ value: 350, unit: 'kr' as Unit }, 'sv', `350${NBSP}kr`],
    [{ value: 350, unit: 'kr' as Unit }, 'da', `350${NBSP}kr.`],
    [{ value: 43000, unit: 'kr' as Unit }, 'da', `43.000${NBSP}kr.`],
    [{ value: 2.5, unit: 'mnkr' as Unit }, 'da', `2,5${NBSP}mio. kr.`],
    [{ value: 110, unit: 'mnkr' as Unit }, 'sv', `110${NBSP}mnkr`],
    [{ value: 275, unit: 'st' as Unit }, 'sv', `275${NBSP}st`],
    [{ value: 275, unit: 'st' as Unit }, 'en', '275'],
    [{ value: 43000, unit: null }, 'en', '43,000'],
  ] as const)('%j in %s is %s', (q, lang, expected) => {
    expect(formatQuantity(q, lang)).toBe(expected);
  });

  it('reads back what it writes in sv and da', () => {
    fc.assert(
      fc.property(
        finite,
        fc.constantFrom<Unit>('%', 'kr', 'mnkr', 'st', null),
        fc.constantFrom('sv', 'da' as const),
        (value, unit, lang) => {
          const parsed = parseQuantity(formatQuantity({ value, unit }, lang), lang);
          expect(parsed?.unit).toBe(unit);
          expect(parsed?.value === value).toBe(true);
        },
      ),
    );
  });
});
