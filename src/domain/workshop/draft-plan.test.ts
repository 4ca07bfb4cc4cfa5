import { describe, expect, it } from 'vitest';
import { goalLevelKey, isDraftProblem, mapDraftPlan, periodOf } from './draft-plan';

const cards = [
  { id: 1, exercise: 'swot', organisationId: 10, text: 'Lång erfarenhet av distansvård', who: null, whenText: null },
  { id: 2, exercise: 'brainstorm', organisationId: 20, text: 'Gemensam rekrytering', who: null, whenText: null },
  { id: 3, exercise: 'activities', organisationId: 30, text: 'Starta gemensamt rekryteringsteam', who: 'HR-direktörerna', whenText: 'Q2 2027' },
  { id: 4, exercise: 'activities', organisationId: 10, text: 'Kartlägg digitala vårdmöten', who: 'Region Norrbotten', whenText: '2027–2028' },
  { id: 5, exercise: 'gap', organisationId: 40, text: 'Idag: fyra journalsystem', who: null, whenText: null },
];

describe('mapDraftPlan', () => {
  const base = { workshopTitle: ' Strategiworkshop ', targetPicture: ' Världsledande glesbygdsvård ', startYear: 2027, years: 1, cards };
  it('makes each focus area a goal with its cards and organisations, activities under the area that holds them', () => {
    const plan = mapDraftPlan({ ...base, focusAreas: [{ id: 7, name: 'Kompetensförsörjning', cardIds: [2, 3, 1] }, { id: 8, name: 'Digitalisering', cardIds: [5] }] });
    if (isDraftProblem(plan)) throw new Error(plan.code);
    expect(plan.title).toBe('Strategiworkshop');
    expect(plan.vision).toBe('Världsledande glesbygdsvård');
    expect(plan.goals).toEqual([
      { focusAreaId: 7, name: 'Kompetensförsörjning', description: '– Gemensam rekrytering\n– Lång erfarenhet av distansvård', cardIds: [2, 3, 1], organisationIds: [10, 20, 30] },
      { focusAreaId: 8, name: 'Digitalisering', description: '– Idag: fyra journalsystem', cardIds: [5], organisationIds: [40] },
    ]);
    expect(plan.activities).toEqual([
      { cardId: 3, title: 'Starta gemensamt rekryteringsteam', ownerUnit: 'HR-direktörerna', startDate: '2027-04-01', endDate: '2027-06-30', goalIndex: 0, organisationIds: [30] },
      { cardId: 4, title: 'Kartlägg digitala vårdmöten', ownerUnit: 'Region Norrbotten', startDate: '2027-01-01', endDate: '2028-12-31', goalIndex: null, organisationIds: [10] },
    ]);
    // The plan runs as long as its activities do.
    expect([plan.startYear, plan.endYear]).toEqual([2027, 2028]);
  });
  it('refuses to map without focus areas, or a focus area naming a card that does not exist', () => {
    expect(mapDraftPlan({ ...base, focusAreas: [] })).toEqual({ code: 'no-focus-areas' });
    expect(mapDraftPlan({ ...base, focusAreas: [{ id: 7, name: 'X', cardIds: [99] }] })).toEqual({ code: 'unknown-card', focusAreaId: 7, cardId: 99 });
  });
});

describe('periodOf', () => {
  it('reads years, spans, quarters and halves, defaulting to the first year', () => {
    expect(periodOf('2028', 2027)).toEqual({ start: '2028-01-01', end: '2028-12-31' });
    expect(periodOf('kv 4 2027', 2026)).toEqual({ start: '2027-10-01', end: '2027-12-31' });
    expect(periodOf('Q1', 2027)).toEqual({ start: '2027-01-01', end: '2027-03-31' });
    expect(periodOf('ht 2027', 2026)).toEqual({ start: '2027-07-01', end: '2027-12-31' });
    expect(periodOf('vt 2028', 2026)).toEqual({ start: '2028-01-01', end: '2028-06-30' });
    expect(periodOf('snart', 2027)).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(periodOf(null, 2027)).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });
});

describe('goalLevelKey', () => {
  const l = (key: string, sv: string) => ({ key, name: { sv, da: sv } });
  it('picks the level that names goals, else the top level', () => {
    expect(goalLevelKey([l('perspective', 'Perspektiv'), l('goal', 'Strategiskt mål'), l('sf', 'Framgångsfaktor')])).toBe('goal');
    expect(goalLevelKey([l('vision', 'Vision'), l('ovr', 'Övergripande mål')])).toBe('ovr');
    expect(goalLevelKey([l('spor', 'Spor'), l('indsats', 'Indsats')])).toBe('spor');
  });
});
