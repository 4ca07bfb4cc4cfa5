import { describe, expect, it } from 'vitest';
import { parseBaseline } from '../targets/parse-baseline';
import { parseTarget } from '../targets/parse-target';
import { SEED_001_MEASURE_CELLS } from '../../test-support/fixtures/seed-001-measure-cells.fixtures';
import { inferBetterDirection, nameDirection } from './better-direction';

const infer = (name: string, baseline: string, t2022: string, t2024 = '') =>
  inferBetterDirection({ name, baseline: parseBaseline(baseline), targets: [{ year: 2022, target: parseTarget(t2022) }, { year: 2024, target: parseTarget(t2024) }] });

describe('inferBetterDirection on seed 001', () => {
  it.each([
    // The target says it.
    ['Andel vårdskador, sluten somatisk vård', '2020: 7,9 %', 'Under 6,5 %', 'Under 5 %', 'decrease', 'target'],
    ['Antal besök på filialer och servicepunkter', '2021', 'Öka', 'Öka', 'increase', 'target'],
    // The name says it: a share of those who waited at most N days rises; a wait long enough to be a discharge delay falls.
    ['Andel av patienter som står på väntelista, som väntat 90 dagar eller kortare till första besök i specialiserad vård ⁶', '2019: T1 K 60%, M 65% T2 K 56%, M 63% T3 K 57% M 64%', '100 % i dec', '100 %', 'increase', 'name'],
    ['Andel patienter som får kontakt med hälsocentralen via telefon inom 4 timmar eller digitalt samma dag ⁴', '2019: T1 87,0 % T2 87,4 % T3 87,1 %', '95 %', '95 %', 'increase', 'name'],
    ['Andel av vårdtillfällen där patienter varit utskrivningsklara >1 dygn (vtf i primärvård, psykiatri, somatik) (%)', '2019 9,9%', '7%', '', 'decrease', 'name'],
    ['Antibiotikarecept per tusen invånare och år', '2019: 275 st', '270', '245', 'decrease', 'name'],
    // The targets over the years say it.
    ['Andel av norrbottningarna som känner till Digitalen.', '2021: 30%', '50%', '80%', 'increase', 'target-path'],
    ['Andel digitala vårdbesök ³ , nybesök respektive återbesök av totala besök', '2021: Nybesök Återbesök', '40 %', '50 %', 'increase', 'target-path'],
    // "återinskrivningar" (down) and "inom 30 dagar" (up) contradict each other: the per-sex targets over the years decide.
    ['Oplanerade återinskrivningar inom 30 dagar för personer 65 år eller äldre (%)', '2019: ¹⁰ K 16,9 % M 18,0 %', 'K 16,0 M 17,2', 'K15,0 M15,5', 'decrease', 'target-path'],
    // Only the baseline: both targets above it.
    ['Antal kommuner med medborgardialoger ⁸', '2020: 0', '14', '14', 'increase', 'baseline'],
  ])('%s', (name, baseline, t22, t24, direction, from) => {
    expect(infer(name, baseline, t22, t24)).toEqual({ direction, from });
  });

  it.each([
    // A forecast is no outcome to compare with, and the name says nothing.
    ['Regionens balanskravsresultat i förhållande till skatt, utjämning och generella statsbidrag, %', 'Årsprognos aug 2020: 6,4%', '1,0', '1,0'],
    ['Antal chefer som gått utbildning i arbetsgivarrollen', 'Tidigare mätning', '50 %', ''],
    ['Andel genomförda upphandlingar enligt upphandlingsplan', 'Nytt mått', '90 %', ''],
  ])('leaves %s without a direction', (name, baseline, t22, t24) => {
    expect(infer(name, baseline, t22, t24)).toBeNull();
  });

  it('sets a direction for all but 10 of the 58 measures (33 had none before issue 12)', () => {
    const none = SEED_001_MEASURE_CELLS.filter((c) => infer(c.name, c.baseline, c.target2022, c.target2024) === null);
    expect(none).toHaveLength(10);
  });
});

describe('nameDirection', () => {
  it.each([
    ['Väntetid till första besök', 'decrease'],
    ['Andel som väntat mer än 90 dagar', 'decrease'],
    ['Andel som väntat 30 dagar eller kortare', 'increase'],
    ['Sygefravær blandt medarbejdere', 'decrease'],
    ['Antal besök', null],
  ])('%s -> %s', (name, direction) => {
    expect(nameDirection(name)).toBe(direction);
  });
});
