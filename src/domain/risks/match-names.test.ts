import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchName, matchNames, nameMatcher, nameSimilarity, normaliseName } from './match-names';

const PLAN = [
  'En god vård med hög tillgänglighet och kontinuitet',
  'Den nära vården utformas med primärvården som nav',
  'Ett hälsofrämjande och personcentrerat förhållningssätt där patientens kraft tas till vara',
  'En sammanhållen och samordnad vård utifrån individens behov',
  'En hållbar verksamhet med hög säkerhet',
  'Hållbar arbetsmiljö',
].map((title, key) => ({ key, title }));

describe('nameSimilarity', () => {
  it('is 1 exactly for names equal after normalising, symmetric, and within 0–1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = nameSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(nameSimilarity(b, a)).toBeCloseTo(s, 10);
        expect(s === 1).toBe(normaliseName(a) === normaliseName(b));
      }),
    );
  });

  it('ignores case, punctuation and spacing', () => {
    expect(nameSimilarity('Ansvarsfullt chefs- och  medarbetarskap.', 'ansvarsfullt chefs och medarbetarskap')).toBe(1);
  });
});

describe('matchName on the seed’s differing names', () => {
  it('confirms an exact name without asking', () => {
    expect(matchName('Hållbar arbetsmiljö', PLAN)).toMatchObject({ status: 'confirmed', best: { key: 5, score: 1 } });
  });

  it('proposes "… och kontinuitet" for "En god vård med hög tillgänglighet", to be confirmed', () => {
    const m = matchName('En god vård med hög tillgänglighet', PLAN);
    expect(m.status).toBe('needs-confirmation');
    expect(m.best?.key).toBe(0);
    expect(m.best!.score).toBeGreaterThan(0.7);
    expect(m.best!.score).toBeLessThan(1);
  });

  it('proposes the person-centred success factor despite the misspelling and other words', () => {
    const m = matchName('Ett personcentrerat förhållningsätt där patienten är en aktiv och självklar partner', PLAN);
    expect(m).toMatchObject({ status: 'needs-confirmation', best: { key: 2 } });
  });

  it('reports no match rather than a far-fetched one', () => {
    expect(matchName('Digital infrastruktur i glesbygd', PLAN)).toEqual({ status: 'unmatched', best: null, candidates: [] });
  });
});

describe('matchNames', () => {
  it('does not propose a success factor that another name matches exactly', () => {
    const [first, second] = matchNames(['Hållbar arbetsmiljö', 'Hållbar arbetsmiljö i vården'], PLAN);
    expect(first).toMatchObject({ status: 'confirmed', best: { key: 5 } });
    expect(second!.candidates.some((c) => c.key === 5)).toBe(false);
  });

  it('matches many names against one list of candidates, prepared once: the candidates are those scored by nameSimilarity, best first', () => {
    const match = nameMatcher(PLAN);
    const expected = (name: string) =>
      PLAN.map((c) => ({ ...c, score: nameSimilarity(name, c.title) }))
        .filter((c) => c.score >= 0.4)
        .sort((a, b) => b.score - a.score)
        .slice(0, 3);
    for (const name of ['En god vård med hög tillgänglighet', 'Ansvarsfullt chefs- och ledarskap', 'Hållbar arbetsmiljö', 'Något helt annat', '']) {
      expect(match(name).candidates).toEqual(expected(name));
    }
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(match(name).candidates).toEqual(expected(name));
      }),
    );
  });
});
