import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoadmapMilestone } from '../../../shared/roadmap-types';
import { effectLines, filtersFromParams, matchesFilters, NO_FILTERS, parseEffectLines } from './filters';

const sdv = { key: 'd/sdv', focusAreaKey: 'digitalisering', year: null, status: 'planned', effects: [{ text: 'Lättare att få kontakt', tags: ['inv'] }] } as unknown as RoadmapMilestone;
const plan = { key: 'n/plan', focusAreaKey: 'nara-vard', year: 2025, status: 'late', effects: [{ text: 'Lärande', tags: ['sys'] }] } as unknown as RoadmapMilestone;

describe('matchesFilters', () => {
  it('passes everything without filters', () => {
    expect([sdv, plan].every((m) => matchesFilters(m, NO_FILTERS))).toBe(true);
  });
  it('filters by focus area, year (unscheduled too), status and effect tag', () => {
    expect(matchesFilters(sdv, { ...NO_FILTERS, year: 'unscheduled' })).toBe(true);
    expect(matchesFilters(plan, { ...NO_FILTERS, year: 'unscheduled' })).toBe(false);
    expect(matchesFilters(plan, { ...NO_FILTERS, year: '2025', status: 'late', focusArea: 'nara-vard' })).toBe(true);
    expect(matchesFilters(plan, { ...NO_FILTERS, tag: 'inv' })).toBe(false);
    expect(matchesFilters(sdv, { ...NO_FILTERS, tag: 'inv' })).toBe(true);
  });
  it('ignores filter values in the address that are not allowed', () => {
    expect(filtersFromParams(new URLSearchParams('status=klar&tag=xyz&year=2023'))).toEqual({ ...NO_FILTERS, year: '2023' });
  });
});

describe('effect lines', () => {
  it('reads tags at the end of a line', () => {
    expect(parseEffectLines('Tryggare patient (inv)\nEffektivare vård (vsh, sys)\n\nUtan tagg')).toEqual([
      { text: 'Tryggare patient', tags: ['inv'] },
      { text: 'Effektivare vård', tags: ['sys', 'vsh'] },
      { text: 'Utan tagg', tags: [] },
    ]);
  });
  it('round-trips effects through the textarea (property)', () => {
    const effect = fc.record({
      text: fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\n()]/g, 'x').trim()).filter((s) => s.length > 0),
      tags: fc.subarray(['inv', 'sys', 'vsh'] as const),
    });
    fc.assert(fc.property(fc.array(effect, { maxLength: 5 }), (effects) => {
        expect(parseEffectLines(effectLines(effects))).toEqual(effects);
      }),
    );
  });
});
