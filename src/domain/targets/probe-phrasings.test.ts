/**
 * interpretTarget against the third, probe table (probe-phrasings.fixtures.ts): phrasings written after the
 * parser had been fitted to the first two tables, to measure again how it reads text nobody here has seen.
 * Rows the parser still misreads are listed in KNOWN_MISSES with the reason, never weakened.
 */
import { describe, expect, it } from 'vitest';
import { interpretTarget } from './interpret';
import { HELD_OUT_PHRASINGS } from '../../test-support/fixtures/held-out-phrasings.fixtures';
import { PROBE_PHRASINGS } from '../../test-support/fixtures/probe-phrasings.fixtures';
import { REAL_PHRASINGS, type RealPhrasing } from '../../test-support/fixtures/real-phrasings.fixtures';

/** Texts the parser still reads differently from a person, with why. */
const KNOWN_MISSES: Record<string, string> = {
  'Högst 1:4': 'a ratio has two numbers and no single value a level can hold; kept for a person to judge',
};

/**
 * The share read fully correctly before the parser was changed for this table: 147 of 169 (87.0 %), the honest
 * estimate of how the parser read unseen text then. The grammar was widened by general rules since (commit log).
 */
const FIRST_MEASURED_SHARE = 147 / 169;

const reading = (r: RealPhrasing) => {
  const got = interpretTarget(r.text, r.lang);
  return { understood: got.understood, better: got.better, numbers: got.numbers, reference: got.reference };
};
const expected = (r: RealPhrasing) => ({ understood: r.understood, better: r.better, numbers: r.numbers, reference: r.reference });
const correct = (r: RealPhrasing) => JSON.stringify(reading(r)) === JSON.stringify(expected(r));

describe('probe phrasings', () => {
  it('has at least 120 rows and 20 that must not be understood, each with a source, none repeated and none from the other tables', () => {
    expect(PROBE_PHRASINGS.length).toBeGreaterThanOrEqual(120);
    expect(PROBE_PHRASINGS.filter((r) => !r.understood).length).toBeGreaterThanOrEqual(20);
    for (const r of PROBE_PHRASINGS) expect(r.source).toMatch(/https?:\/\//);
    expect(new Set(PROBE_PHRASINGS.map((r) => r.text)).size).toBe(PROBE_PHRASINGS.length);
    const earlier = new Set([...REAL_PHRASINGS, ...HELD_OUT_PHRASINGS].map((r) => r.text.toLowerCase()));
    expect(PROBE_PHRASINGS.filter((r) => earlier.has(r.text.toLowerCase())).map((r) => r.text)).toEqual([]);
  });

  it('reads at least 95 % of the rows fully correctly, and the known misses are exactly the misses', () => {
    const misses = PROBE_PHRASINGS.filter((r) => !correct(r));
    const share = 1 - misses.length / PROBE_PHRASINGS.length;
    console.log(`probe phrasings: ${PROBE_PHRASINGS.length - misses.length} of ${PROBE_PHRASINGS.length} read fully correctly (${(share * 100).toFixed(1)} %)`);
    expect(misses.map((r) => r.text).sort()).toEqual(Object.keys(KNOWN_MISSES).sort());
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(share).toBeGreaterThan(FIRST_MEASURED_SHARE);
  });

  it.each(PROBE_PHRASINGS.filter((r) => !(r.text in KNOWN_MISSES)).map((r) => [r.text, r] as const))('%s', (_text, r) => {
    const got = interpretTarget(r.text, r.lang);
    expect({ understood: got.understood, better: got.better, numbers: got.numbers, reference: got.reference }).toEqual(expected(r));
    expect(got.sentence).not.toMatch(/undefined|NaN|\[object/);
  });
});
