import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../numbers';
import { describeTarget } from './describe';
import { parseTarget } from './parse-target';
import type { Target, Unit } from './types';

type Op = '<' | '<=' | '>' | '>=' | '=' | null;

const level = (value: number, unit: Unit = null, op: Op = null, text = '') => ({
  kind: 'level' as const,
  op,
  quantity: { value, unit },
  text,
});

describe('parseTarget: levels', () => {
  it.each([
    ['12', 12, null, null],
    ['14', 14, null, null],
    ['43 000', 43000, null, null],
    ['60 000', 60000, null, null],
    ['50%', 50, '%', null],
    ['40 %', 40, '%', null],
    ['95 %', 95, '%', null],
    ['270', 270, null, null],
    ['245', 245, null, null],
    ['350 kr', 350, 'kr', null],
    ['330 kr', 330, 'kr', null],
    ['1,0', 1, null, null],
    ['0,0', 0, null, null],
    ['Under 6,5 %', 6.5, '%', '<'],
    ['Under 5 %', 5, '%', '<'],
    ['under   5%', 5, '%', '<'],
    ['Högst 5 %', 5, '%', '<='],
    ['Max 10', 10, null, '<='],
    ['Minst 90 %', 90, '%', '>='],
    ['Mindst 90 %', 90, '%', '>='],
    ['Över 80 %', 80, '%', '>'],
    ['Mer än 3 st', 3, 'st', '>'],
    ['at least 90%', 90, '%', '>='],
    ['≤ 2,5 %', 2.5, '%', '<='],
    ['< 2,5 %', 2.5, '%', '<'],
    ['Lägre än 4', 4, null, '<'],
  ] as const)('%j is a level', (text, value, unit, op) => {
    expect(parseTarget(text)).toEqual(level(value, unit, op, text.trim()));
  });

  it('reads the month a level applies to', () => {
    expect(parseTarget('100 % i dec')).toEqual({ ...level(100, '%', null, '100 % i dec'), month: 12 });
    expect(parseTarget('Minst 80 % i april 2023')).toEqual({ ...level(80, '%', '>=', 'Minst 80 % i april 2023'), month: 4 });
  });

  it('reads a year written right after the amount as the year the level is for', () => {
    expect(parseTarget('Minska till under 5 % 2024')).toEqual({ ...level(5, '%', '<', 'Minska till under 5 % 2024'), year: 2024 });
    expect(parseTarget('Högst 10 dagar (2026)')).toEqual({ ...level(10, null, '<=', 'Högst 10 dagar (2026)'), noun: 'dagar', year: 2026 });
    // A year that is itself the amount, or the end of a span, is not peeled.
    expect(parseTarget('Minst 2019 2024').kind).toBe('qualitative');
    expect(parseTarget('minska med minst 70 % mellan åren 2010 och 2030')).toMatchObject({ kind: 'relative-change', percent: 70 });
  });

  it('reads a number with what it counts as a level, in any unit', () => {
    // Once qualitative: other regions write "minst 25 000 besök", "högst 14 dagars väntetid".
    expect(parseTarget('12 äpplen')).toEqual({ ...level(12, null, null, '12 äpplen'), noun: 'äpplen' });
  });

  it('reads fractions', () => {
    expect(parseTarget('6/25')).toEqual({ kind: 'fraction', numerator: 6, denominator: 25, text: '6/25' });
    expect(parseTarget('6 av 25')).toEqual({ kind: 'fraction', numerator: 6, denominator: 25, text: '6 av 25' });
    expect(parseTarget('3/0').kind).toBe('qualitative');
  });

  it('reads every number written the Swedish way, with or without an operator', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom<Unit>('%', 'kr', 'st', null),
        fc.constantFrom(['', null], ['Under ', '<'], ['Högst ', '<='], ['Minst ', '>='], ['Över ', '>']),
        (raw, unit, [prefix, op]) => {
          const n = formatNumber(raw, 'sv', { maximumFractionDigits: 2 });
          const text = `${prefix}${n}${unit ? ` ${unit}` : ''}`;
          const t = parseTarget(text);
          expect(t).toMatchObject({ kind: 'level', op, quantity: { unit } });
          expect(t.kind === 'level' && formatNumber(t.quantity.value, 'sv')).toBe(n);
        },
      ),
    );
  });
});

describe('parseTarget: directions and references', () => {
  const dir = (direction: string, reference: object, text: string) => ({ kind: 'direction', direction, reference, text });
  const baseline = { type: 'baseline' };

  it.each([
    ['Öka', 'increase', baseline],
    ['Minska', 'decrease', baseline],
    ['  öka ', 'increase', baseline],
    ['MINSKA', 'decrease', baseline],
    ['Förbättrat värde', 'improve', baseline],
    ['Øge', 'increase', baseline],
    ['Reducere', 'decrease', baseline],
    ['Mindske', 'decrease', baseline],
    ['Forbedret', 'improve', baseline],
    ['Increase', 'increase', baseline],
    ['Öka andelen', 'increase', baseline],
    ['Öka utifrån 202012', 'increase', { type: 'period', period: '2020-12' }],
    ['Minska jmf 2019', 'decrease', { type: 'period', period: '2019' }],
    ['Øge i forhold til 2021', 'increase', { type: 'period', period: '2021' }],
    ['Öka jmf motsvarande kvarta året innan', 'increase', { type: 'same-period-previous-year' }],
    ['Öka jmf motsvarande kvartal året innan', 'increase', { type: 'same-period-previous-year' }],
    ['Øge ift. samme kvartal året før', 'increase', { type: 'same-period-previous-year' }],
    ['Öka jämfört med riket', 'increase', { type: 'series', series: 'riket' }],
  ])('%j', (text, direction, reference) => {
    expect(parseTarget(text)).toEqual(dir(direction, reference, text.trim()));
  });

  it('reads relative changes', () => {
    expect(parseTarget('Minska med 50 % jmf 2020')).toEqual({
      kind: 'relative-change',
      direction: 'decrease',
      percent: 50,
      reference: { type: 'period', period: '2020' },
      text: 'Minska med 50 % jmf 2020',
    });
    expect(parseTarget('Öka med 10%')).toMatchObject({ kind: 'relative-change', direction: 'increase', percent: 10, reference: { type: 'baseline' } });
    expect(parseTarget('Reducere med 12,5 % ift. 2019')).toMatchObject({ kind: 'relative-change', direction: 'decrease', percent: 12.5, reference: { type: 'period', period: '2019' } });
  });

  it('reads same-as, gap and benchmark targets', () => {
    expect(parseTarget('Samma som 201912')).toEqual({ kind: 'same-as', reference: { type: 'period', period: '2019-12' }, text: 'Samma som 201912' });
    expect(parseTarget('Bibehålla nivån')).toEqual({ kind: 'same-as', reference: { type: 'baseline' }, text: 'Bibehålla nivån' });
    expect(parseTarget('Minskad skillnad jmf 2019')).toEqual({ kind: 'gap', direction: 'decrease', reference: { type: 'period', period: '2019' }, text: 'Minskad skillnad jmf 2019' });
    expect(parseTarget('Mindre forskel')).toEqual({ kind: 'gap', direction: 'decrease', reference: { type: 'baseline' }, text: 'Mindre forskel' });
    expect(parseTarget('I nivå med riket')).toEqual({ kind: 'benchmark', relation: 'equal', reference: { type: 'series', series: 'riket' }, text: 'I nivå med riket' });
    expect(parseTarget('Bättre än riket')).toMatchObject({ kind: 'benchmark', relation: 'better', reference: { type: 'series', series: 'riket' } });
    expect(parseTarget('Låg och stabil nivå jfr med andra regioner')).toEqual({
      kind: 'benchmark',
      relation: 'low-stable',
      reference: { type: 'series', series: 'other-regions' },
      text: 'Låg och stabil nivå jfr med andra regioner',
    });
  });
});

describe('parseTarget: per sex and per report period', () => {
  it.each([
    ['K 16,0 M 17,2', 16, 17.2, '16,0', '17,2'],
    ['K15,0 M15,5', 15, 15.5, '15,0', '15,5'],
    ['K: 16 M: 17', 16, 17, '16', '17'],
    ['Kvinnor 16, män 17', 16, 17, '16', '17'],
  ])('%j', (text, k, m, kText, mText) => {
    expect(parseTarget(text)).toEqual({ kind: 'per-sex', targets: { K: level(k, null, null, kText), M: level(m, null, null, mText) }, text });
  });

  it('keeps units and operators inside per-sex targets', () => {
    expect(parseTarget('K under 5 % M under 6 %')).toEqual({
      kind: 'per-sex',
      targets: { K: level(5, '%', '<', 'under 5 %'), M: level(6, '%', '<', 'under 6 %') },
      text: 'K under 5 % M under 6 %',
    });
  });

  it('reads report-period targets', () => {
    expect(parseTarget('DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %')).toEqual({
      kind: 'per-report-period',
      targets: { DÅ04: level(56, '%', null, '56 %'), DÅ08: level(57, '%', null, '57 %'), ÅR: level(58, '%', null, '58 %') },
      text: 'DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %',
    });
    expect(parseTarget('DÅ04: 65% DÅ08: 66%')).toMatchObject({ kind: 'per-report-period', targets: { DÅ04: { quantity: { value: 65 } }, DÅ08: { quantity: { value: 66 } } } });
  });

  it('does not accept a sex or report period twice, or a part it cannot read', () => {
    expect(parseTarget('K 16 K 17').kind).toBe('qualitative');
    expect(parseTarget('K 16 M Öka').kind).toBe('qualitative');
    expect(parseTarget('DÅ 04: 56 % DÅ 04: 57 %').kind).toBe('qualitative');
  });
});

describe('parseTarget: pending, qualitative, none', () => {
  it.each([
    ['Uppdateras 2022', { kind: 'pending', year: 2022 }],
    ['Uppdateras senare', { kind: 'pending', year: null }],
    ['Opdateres 2023', { kind: 'pending', year: 2023 }],
    ['Efter behov', { kind: 'qualitative' }],
    ['Handlingsplaner upprättas och progress fastställs', { kind: 'qualitative' }],
    ['Förflyttningsplaner har skett inom utpekade områden.', { kind: 'qualitative' }],
    ['Öka kraftigt', { kind: 'qualitative' }],
    ['I nivå med grannen', { kind: 'qualitative' }],
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    ['-', { kind: 'none' }],
    ['–', { kind: 'none' }],
  ])('%j', (text, expected) => {
    expect(parseTarget(text)).toEqual({ ...expected, text: text.trim() });
  });

  it('never throws, keeps the trimmed text and describes whatever it read', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const t: Target = parseTarget(text);
        expect(t.text).toBe(text.trim());
        for (const lang of ['sv', 'da', 'en'] as const) expect(describeTarget(t, lang)).not.toMatch(/undefined|NaN|^$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('describeTarget: what is aimed at → which way is better; when it is met', () => {
  const sp = '\u00A0';
  it.each([
    ['Under 6,5 %', 'sv', `Under 6,5${sp}% → lägre är bättre; uppfyllt om värdet < 6,5${sp}%`],
    ['Under 6,5 %', 'en', `Below 6.5% → lower is better; met if the value < 6.5%`],
    ['Högst 6,5 %', 'sv', `Högst 6,5${sp}% → lägre är bättre; uppfyllt om värdet ≤ 6,5${sp}%`],
    ['43 000', 'sv', `43${sp}000 → måttets riktning avgör vad som är bättre; uppfyllt om värdet ≥ 43${sp}000 när högre är bättre, ≤ 43${sp}000 när lägre är bättre`],
    ['43 000', 'en', `43,000 → the measure’s direction says what is better; met if the value ≥ 43,000 when higher is better, ≤ 43,000 when lower is better`],
    ['100 % i dec', 'sv', `100${sp}% i december → måttets riktning avgör vad som är bättre; uppfyllt om värdet ≥ 100${sp}% när högre är bättre, ≤ 100${sp}% när lägre är bättre`],
    ['6/25', 'da', `6 af 25 → højere er bedre; opfyldt hvis værdien ≥ 6`],
    ['Öka', 'sv', `Öka jämfört med ingångsvärdet → högre är bättre; uppfyllt om värdet > ingångsvärdet`],
    ['Öka', 'da', `Øge i forhold til udgangsværdien → højere er bedre; opfyldt hvis værdien > udgangsværdien`],
    ['Minska', 'en', `Decrease compared with the baseline → lower is better; met if the value < the baseline`],
    ['Förbättrat värde', 'sv', `Förbättra jämfört med ingångsvärdet → måttets riktning avgör vad som är bättre; uppfyllt om värdet är bättre än ingångsvärdet`],
    ['Öka utifrån 202012', 'sv', `Öka jämfört med december 2020 → högre är bättre; uppfyllt om värdet > värdet för december 2020`],
    ['Öka jmf motsvarande kvarta året innan', 'en', `Increase compared with the same period the year before → higher is better; met if the value > the value for the same period the year before`],
    ['Minska med 50 % jmf 2020', 'sv', `Minska med 50${sp}% jämfört med 2020 → lägre är bättre; uppfyllt om värdet ≤ värdet för 2020 − 50${sp}%`],
    ['Samma som 201912', 'en', `The same level as December 2019 → the measure’s direction says what is better; met if the value is at least as good as the value for December 2019`],
    ['Minskad skillnad jmf 2019', 'sv', `Minska skillnaden jämfört med 2019 → mindre skillnad är bättre; uppfyllt om skillnaden (kvinnor–män, annars mot riket) är mindre än vid 2019`],
    ['I nivå med riket', 'sv', `I nivå med riket → närmare är bättre; uppfyllt om värdet ligger inom ±5${sp}% från värdet för riket samma period eller är bättre`],
    ['Låg och stabil nivå jfr med andra regioner', 'da', `Lavt og stabilt niveau i forhold til andre regioner → lavere er bedre; vurderes af en person`],
    ['K 16,0 M 17,2', 'sv', `Kvinnor: 16 → måttets riktning avgör vad som är bättre; uppfyllt om värdet ≥ 16 när högre är bättre, ≤ 16 när lägre är bättre. Män: 17,2 → måttets riktning avgör vad som är bättre; uppfyllt om värdet ≥ 17,2 när högre är bättre, ≤ 17,2 när lägre är bättre`],
    ['DÅ 04: 56 % DÅ 08: 57 % ÅR: 58 %', 'en', `Interim April: 56% → the measure’s direction says what is better; met if the value ≥ 56% when higher is better, ≤ 56% when lower is better. Interim August: 57% → the measure’s direction says what is better; met if the value ≥ 57% when higher is better, ≤ 57% when lower is better. Full year: 58% → the measure’s direction says what is better; met if the value ≥ 58% when higher is better, ≤ 58% when lower is better`],
    ['Uppdateras 2022', 'sv', `Målet sätts 2022`],
    ['Efter behov', 'sv', `Bedöms av en person: ”Efter behov”`],
    ['Efter behov', 'da', `Vurderes af en person: »Efter behov«`],
    ['-', 'en', `No target`],
    ['Minst samma nivå som 2023', 'da', `Mindst samme niveau som 2023 → højere er bedre; opfyldt hvis værdien ≥ værdien for 2023`],
    ['Bland de fem bästa regionerna', 'en', `Among the top 5 regionerna → a higher place is better; met if the place is 5 or better; judged when a ranking is available`],
    ['Mellan 80 och 90 %', 'sv', `Minst 80${sp}% och högst 90${sp}% → inom intervallet är bättre; uppfyllt om värdet ≥ 80${sp}% och värdet ≤ 90${sp}%`],
    ['Öka med 300 platser', 'sv', `Öka med 300 platser jämfört med ingångsvärdet → högre är bättre; uppfyllt om värdet ≥ ingångsvärdet + 300`],
    ['Under riksgenomsnittet', 'da', `Under landsgennemsnittet → lavere er bedre; opfyldt hvis værdien < værdien for landsgennemsnittet samme periode`],
    ['Bättre än rikssnittet', 'sv', `Bättre än riket → måttets riktning avgör vad som är bättre; uppfyllt om värdet är bättre än värdet för riket samma period, delvis inom ±5${sp}%`],
    ['Närma sig riksgenomsnittet', 'en', `Approach the national value → closer is better; met if the value is within ±5% of the value of the national value for the period, partly if the distance has shrunk`],
    ['Resultatet ska i genomsnitt över planperioden uppgå till minst 2 procent', 'sv', `I genomsnitt över planperioden: minst 2${sp}% → högre är bättre; uppfyllt om genomsnittet ≥ 2${sp}%`],
  ] as const)('%j in %s', (text, lang, expected) => {
    expect(describeTarget(parseTarget(text), lang)).toBe(expected);
  });
});
