import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heatMapCells } from './heat-map';
import { riskHistory } from './history';
import {
  checkLevel,
  classifyRisk,
  classRanges,
  DEFAULT_THRESHOLDS,
  inferProbability,
  isRiskLevel,
  riskScore,
  validateRisk,
  validateThresholds,
  type RiskLevel,
} from './score';

const level = fc.constantFrom<RiskLevel>(1, 2, 3, 4);

describe('risk score', () => {
  it('is consequence × probability, always 1–16, and valid', () => {
    fc.assert(
      fc.property(level, level, (c, p) => {
        const r = riskScore(c, p);
        expect(r).toBe(c * p);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(16);
        expect(validateRisk({ consequence: c, probability: p, risk: r })).toEqual([]);
      }),
    );
  });

  it('rejects a stated risk that is not the product, naming the numbers', () => {
    expect(validateRisk({ consequence: 3, probability: 2, risk: 5 })).toEqual([
      { path: 'risk', message: 'Risken 5 stämmer inte med konsekvens 3 × sannolikhet 2 = 6.' },
    ]);
  });

  it('rejects values outside 1–4 on either axis with the field path', () => {
    expect(validateRisk({ consequence: 5, probability: 2 })).toEqual([
      { path: 'consequence', message: 'Konsekvensen ska vara ett heltal 1–4 (1 = låg, 4 = hög), inte "5".' },
    ]);
    expect(validateRisk({ consequence: 2, probability: 0 })[0]).toMatchObject({ path: 'probability', message: expect.stringContaining('inte "0"') });
    expect(checkLevel('probability', 2.5)?.path).toBe('probability');
    expect(checkLevel('consequence', undefined)?.message).toContain('saknas');
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 5 }), fc.double({ noInteger: true })), (bad) => {
        expect(isRiskLevel(bad)).toBe(false);
        expect(validateRisk({ consequence: bad, probability: 1 }).map((e) => e.path)).toEqual(['consequence']);
      }),
    );
  });

  it('rejects a risk outside 1–16', () => {
    expect(validateRisk({ consequence: 4, probability: 4, risk: 17 })[0]?.path).toBe('risk');
  });
});

describe('inferProbability', () => {
  it('recovers the probability from consequence and their product', () => {
    fc.assert(
      fc.property(level, level, (c, p) => {
        expect(inferProbability(c, c * p)).toEqual({ probability: p });
      }),
    );
  });

  it('infers the seed rows that give only consequence and risk', () => {
    expect(inferProbability(3, 6)).toEqual({ probability: 2 });
    expect(inferProbability(3, 12)).toEqual({ probability: 4 });
    expect(inferProbability(3, 9)).toEqual({ probability: 3 });
    expect(inferProbability(2, 4)).toEqual({ probability: 2 });
  });

  it('refuses to guess when risk / consequence is not a whole number 1–4', () => {
    expect(inferProbability(3, 7)).toEqual({
      error: { path: 'probability', message: 'Sannolikheten saknas och kan inte härledas: risk 7 / konsekvens 3 är inget heltal 1–4.' },
    });
    expect(inferProbability(1, 8)).toMatchObject({ error: { path: 'probability' } });
    expect(inferProbability(5, 10)).toMatchObject({ error: { path: 'consequence' } });
    expect(inferProbability(2, 0)).toMatchObject({ error: { path: 'risk' } });
    fc.assert(
      fc.property(level, fc.integer({ min: 1, max: 16 }), (c, r) => {
        const result = inferProbability(c, r);
        if ('probability' in result) expect(result.probability * c).toBe(r);
        else expect(r % c !== 0 || r / c > 4).toBe(true);
      }),
    );
  });
});

describe('thresholds', () => {
  it('default: 1–8 needs no special action, 9–16 needs action', () => {
    expect(classifyRisk(8)).toBe('no-action');
    expect(classifyRisk(9)).toBe('action-needed');
    expect(classRanges()).toEqual({ 'no-action': { from: 1, to: 8 }, 'action-needed': { from: 9, to: 16 } });
  });

  it('classifies by any configured threshold, monotonically', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: 16 }), (actionFrom, risk) => {
        expect(validateThresholds({ actionFrom })).toEqual([]);
        expect(classifyRisk(risk, { actionFrom })).toBe(risk >= actionFrom ? 'action-needed' : 'no-action');
        if (risk < 16) {
          const higher = classifyRisk(risk + 1, { actionFrom });
          if (classifyRisk(risk, { actionFrom }) === 'action-needed') expect(higher).toBe('action-needed');
        }
      }),
    );
  });

  it('rejects a threshold outside 2–16', () => {
    expect(validateThresholds({ actionFrom: 1 })[0]?.path).toBe('actionFrom');
    expect(validateThresholds({ actionFrom: 17 })[0]?.message).toContain('2–16');
    expect(validateThresholds({ actionFrom: '9' })).toHaveLength(1);
  });
});

describe('heat map', () => {
  it('has 16 cells, highest consequence on top, and counts every assessment once', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ consequence: level, probability: level }), { maxLength: 40 }), (list) => {
        const rows = heatMapCells(list, DEFAULT_THRESHOLDS);
        expect(rows.map((r) => r[0]!.consequence)).toEqual([4, 3, 2, 1]);
        expect(rows.every((r) => r.map((c) => c.probability).join() === '1,2,3,4')).toBe(true);
        expect(rows.flat().reduce((n, c) => n + c.count, 0)).toBe(list.length);
        for (const cell of rows.flat()) expect(cell.risk).toBe(cell.consequence * cell.probability);
      }),
    );
  });

  it('colours cells by the thresholds', () => {
    const cells = heatMapCells([], { actionFrom: 12 }).flat();
    expect(cells.filter((c) => c.riskClass === 'action-needed').map((c) => c.risk).sort((a, b) => a - b)).toEqual([12, 12, 16]);
  });
});

describe('riskHistory', () => {
  it('orders each success factor’s years and shows the change since the year before', () => {
    const h = riskHistory(
      [
        { node: 7, year: 2023, consequence: 3, probability: 3, risk: 9 },
        { node: 7, year: 2022, consequence: 3, probability: 4, risk: 12 },
        { node: 8, year: 2022, consequence: 2, probability: 2, risk: 4 },
      ],
      (a) => a.node,
    );
    expect(h).toEqual([
      { key: 7, entries: [{ year: 2022, consequence: 3, probability: 4, risk: 12, change: null }, { year: 2023, consequence: 3, probability: 3, risk: 9, change: -3 }] },
      { key: 8, entries: [{ year: 2022, consequence: 2, probability: 2, risk: 4, change: null }] },
    ]);
  });
});
