import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from '../../domain/numbers';
import { detectNumberFormat, isMissing, normaliseName, parseSexCell, parseValueCell } from './cells';

describe('value cells', () => {
  it.each([
    ['6,5', 'sv', 6.5],
    ['43 000', 'sv', 43000],
    ['43\u00a0000,25', 'sv', 43000.25],
    ['−2,5', 'sv', -2.5],
    ['6,5 %', 'sv', 6.5],
    ['1,234.5', 'en', 1234.5],
    ['43,000', 'en', 43000],
    ['43,000', 'sv', 43],
    ['6.5', 'en', 6.5],
    ['6.5', 'sv', 6.5],
  ] as const)('%j (%s) -> %d', (text, format, value) => {
    expect(parseValueCell(text, format)).toBe(value);
  });

  it.each(['sex', '6,5,5', '1 2', 'abc 5', '#N/A'])('%j is not a number', (text) => {
    expect(parseValueCell(text, 'sv')).toBeNull();
  });

  it('keeps numbers from XLSX as they are', () => {
    expect(parseValueCell(0.065, 'sv')).toBe(0.065);
    expect(parseValueCell(Number.NaN, 'sv')).toBeNull();
  });

  it('reads back every number as Swedish and English write it', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), (n) => {
        const rounded = Math.round(n * 1000) / 1000;
        expect(parseValueCell(formatNumber(rounded, 'sv'), 'sv')).toBe(rounded === 0 ? 0 : rounded);
        expect(parseValueCell(formatNumber(rounded, 'en'), 'en')).toBe(rounded === 0 ? 0 : rounded);
      }),
    );
  });

  it('treats empty cells, .. and dashes as missing', () => {
    for (const c of ['', '  ', '..', '-', '–', undefined]) expect(isMissing(c)).toBe(true);
    for (const c of ['0', 0, '6,5']) expect(isMissing(c)).toBe(false);
  });
});

describe('detectNumberFormat', () => {
  it('sees Swedish and English files', () => {
    expect(detectNumberFormat(['6,5', '43 000', '12'])).toBe('sv');
    expect(detectNumberFormat(['6.5', '1,234.5', '12'])).toBe('en');
    expect(detectNumberFormat(['1.234,5'])).toBe('sv');
    expect(detectNumberFormat(['12', 13, '43,000'])).toBe('sv');
  });

  it('leaves a file that reads either way (`1,000`) to the reader’s own style, and a telling file to its evidence', () => {
    expect(detectNumberFormat(['12', '1,000'], 'en')).toBe('en');
    expect(detectNumberFormat(['12', '1,000'], 'sv')).toBe('sv');
    expect(parseValueCell('1,000', detectNumberFormat(['1,000'], 'en'))).toBe(1000);
    expect(parseValueCell('1,000', detectNumberFormat(['1,000'], 'sv'))).toBe(1);
    expect(detectNumberFormat(['6,5', '1,000'], 'en')).toBe('sv');
    expect(detectNumberFormat(['1,000.5', '1,000'], 'sv')).toBe('en');
    expect(parseValueCell('1,000,000', 'en')).toBe(1000000);
    expect(parseValueCell('1,000.5', 'en')).toBe(1000.5);
    expect(parseValueCell('1.000,5', 'sv')).toBe(1000.5);
    expect(parseValueCell('43.000', 'sv')).toBe(43000);
  });

  it('recognises any file of English decimals with a fraction not of three digits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })), { minLength: 1, maxLength: 5 }), (pairs) => {
        expect(detectNumberFormat(pairs.map(([i, f]) => `${i}.${f}`))).toBe('en');
        expect(detectNumberFormat(pairs.map(([i, f]) => `${i},${f}`))).toBe('sv');
      }),
    );
  });
});

describe('parseSexCell', () => {
  it.each([
    ['T', 'T'], ['Totalt', 'T'], ['total', 'T'], ['', 'T'], ['I alt', 'T'],
    ['K', 'K'], ['Kvinnor', 'K'], ['Women', 'K'], ['kvinder', 'K'],
    ['M', 'M'], ['Män', 'M'], ['men', 'M'], ['Mænd', 'M'],
  ] as const)('%j -> %s', (text, sex) => {
    expect(parseSexCell(text)).toBe(sex);
  });

  it('reads every code and word regardless of case and spacing, and nothing else', () => {
    const words = ['T', 'K', 'M', 'Totalt', 'Kvinnor', 'Män', 'Women', 'Men', 'Total'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.boolean(), fc.nat(3), (word, upper, pad) => {
        const text = `${' '.repeat(pad)}${upper ? word.toUpperCase() : word.toLowerCase()}${' '.repeat(pad)}`;
        expect(parseSexCell(text)).not.toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => /\p{L}{4}/u.test(s)), (text) => {
        const sex = parseSexCell(text);
        if (sex !== null) expect(['T', 'K', 'M']).toContain(sex);
      }),
    );
  });
});

describe('normaliseName', () => {
  it('ignores case, spacing and Unicode composition', () => {
    expect(normaliseName('  Andel  vårdskador,\tsluten somatisk vård ')).toBe(normaliseName('andel va\u030Ardskador, sluten somatisk vård'));
  });
});

describe('parseValueCell fast paths', () => {
  it('agree with the domain parser on every plain and decimal number', () => {
    const numeric = fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,8}$/), fc.constantFrom('', ',', '.'), fc.stringMatching(/^\d{0,6}$/));
    fc.assert(
      fc.property(numeric, fc.constantFrom<'sv' | 'en'>('sv', 'en'), ([negative, int, mark, frac], format) => {
        const text = `${negative ? '-' : ''}${int}${mark}${frac}`;
        expect(parseValueCell(text, format)).toBe(parseNumber(text, format));
      }),
    );
  });
});

describe('Danish value files', () => {
  it('are read by the Swedish/Danish format: a point groups thousands, the comma is the decimal', () => {
    expect(detectNumberFormat(['43.000', '1.234,5', '6,5'])).toBe('sv');
    expect(parseValueCell('43.000', 'sv')).toBe(43000);
    expect(parseValueCell('1.234,5', 'sv')).toBe(1234.5);
    expect(parseValueCell('6,5 %', 'sv')).toBe(6.5);
    expect(parseValueCell('4.5', 'sv')).toBe(4.5);
  });
});
