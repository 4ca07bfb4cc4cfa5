/** The phrase families of issue 10, one example each, through interpretTarget and the parser's structure. */
import { describe, expect, it } from 'vitest';
import { interpretTarget } from './interpret';
import { parseTarget } from './parse-target';

type Row = [string, 'sv' | 'da' | 'en', boolean, 'higher' | 'lower' | 'equal' | null, number[], string | null, string];

describe('phrase families other regions write', () => {
  it.each<Row>([
    ['Kvaliteten ska förbättras', 'sv', true, null, [], null, 'direction'],
    ['Antalet ska halveras', 'sv', true, 'lower', [], null, 'relative-change'],
    ['Ventetiden skal nedbringes', 'da', true, 'lower', [], null, 'direction'],
    ['Antalet bör minska', 'sv', true, 'lower', [], null, 'direction'],
    ['öka med 300 platser', 'sv', true, 'higher', [300], null, 'absolute-change'],
    ['minska med 2 procentenheter', 'sv', true, 'lower', [2], null, 'absolute-change'],
    ['Minska med 2 pct.-point', 'da', true, 'lower', [2], null, 'absolute-change'],
    ['högst 14 dagars väntetid', 'sv', true, 'lower', [14], null, 'level'],
    ['Maksimalt 30 dage', 'da', true, 'lower', [30], null, 'level'],
    ['minst 25 000 besök', 'sv', true, 'higher', [25000], null, 'level'],
    ['lägst 95 procent', 'sv', true, 'higher', [95], null, 'level'],
    ['max 5 %', 'sv', true, 'lower', [5], null, 'level'],
    ['mindst 80 pct.', 'da', true, 'higher', [80], null, 'level'],
    ['43.000 besøg', 'da', true, null, [43000], null, 'level'],
    ['bättre än rikssnittet', 'sv', true, null, [], 'riket', 'benchmark'],
    ['på samma nivå som landet i övrigt', 'sv', true, 'equal', [], 'riket', 'benchmark'],
    ['bedre end landsgennemsnittet', 'da', true, null, [], 'landsgennemsnittet', 'benchmark'],
    ['bland de fem bästa regionerna', 'sv', true, null, [5], null, 'rank'],
    ['blandt de fem bedste regioner', 'da', true, null, [5], null, 'rank'],
    ['den tredje bästa regionen', 'sv', true, null, [3], null, 'rank'],
    ['minst 2 procent i snitt över planperioden', 'sv', true, 'higher', [2], 'planperioden', 'average'],
    ['öka och överträffa rikssnittet', 'sv', true, 'higher', [], 'riket', 'compound'],
    ['ingen försämring', 'sv', true, 'equal', [], null, 'same-as'],
    ['bibehålla dagens nivå', 'sv', true, 'equal', [], 'baseline', 'same-as'],
    ['fastholde', 'da', true, 'equal', [], null, 'same-as'],
    ['12 000 anställda år 2027', 'sv', true, null, [12000], null, 'level'],
    ['Öka jämfört med fjolåret', 'sv', true, 'higher', [], 'föregående år', 'direction'],
    ['Øge i forhold til sidste år', 'da', true, 'higher', [], 'föregående år', 'direction'],
    ['at least 80% by 2025', 'en', true, 'higher', [80], null, 'level'],
    ['Increase by 5 percentage points', 'en', true, 'higher', [5], null, 'absolute-change'],
    ['Efter behov', 'sv', false, null, [], null, 'qualitative'],
    // Dates with a month name, digit ordinals, a share that shall be something, a country named alone.
    ['Senest 30. juni 2025 skal 90 % være screenet', 'da', true, 'higher', [90], null, 'level'],
    ['Andelen af 8. klasses elever, der ryger, falder', 'da', true, 'lower', [], null, 'direction'],
    ['Danmark', 'da', true, 'equal', [], 'landsgennemsnittet', 'benchmark'],
  ])('%j (%s)', (text, lang, understood, better, numbers, reference, kind) => {
    const r = interpretTarget(text, lang);
    expect({ understood: r.understood, better: r.better, numbers: r.numbers, reference: r.reference }).toEqual({ understood, better, numbers, reference });
    expect(parseTarget(text).kind).toBe(kind);
  });

  it('describes how each new kind is judged, in every language', () => {
    expect(interpretTarget('Under riksgenomsnittet', 'sv').sentence).toBe('Under riket → lägre är bättre; uppfyllt om värdet < värdet för riket samma period');
    expect(interpretTarget('Under landsgennemsnittet', 'da').sentence).toBe(
      'Under landsgennemsnittet → lavere er bedre; opfyldt hvis værdien < værdien for landsgennemsnittet samme periode',
    );
    expect(interpretTarget('öka med 300 platser', 'en').sentence).toBe('Increase by 300 platser compared with the baseline → higher is better; met if the value ≥ the baseline + 300');
    expect(interpretTarget('bland de fem bästa regionerna', 'sv').sentence).toBe('Bland de 5 bästa regionerna → en plats längre upp är bättre; uppfyllt om platsen är 5 eller bättre; bedöms när en rangordning finns');
    // Every part must be met: the rules are joined with "and".
    expect(interpretTarget('öka och överträffa rikssnittet', 'en').sentence).toBe(
      'Increase compared with the baseline and above the national value → higher is better; met if the value > the baseline and the value > the value of the national value for the period',
    );
  });
});
