import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ancestors, checkEdge, describeRefusal, descendants, goalsReached, topologicalOrder } from './graph';
import type { MapEdge, MapMilestone } from './types';

// A slice of seed 002's map (figure 1b): steps towards "Handlingsplan för God och Nära Vård är genomförd".
const M = (key: string, title: string, year: number | null, focusAreaKey = 'nara'): MapMilestone => ({ key, title, year, focusAreaKey });
const milestones = [
  M('lpo', 'Lokala Programområden (LPO) och ett Lokalt Primärvårdsråd (LPR) är inrättade', 2022),
  M('plattform', 'Gemensam plattform för kompetenssamverkan', 2023, 'medarbetare'),
  M('lakare', 'Uppnått målet med läkarmedverkan i den kommunala hälso- och sjukvården', 2023),
  M('handlingsplan', 'Handlingsplan för God och Nära Vård är genomförd', 2025),
  M('sdv', 'SDV infört', null, 'digital'),
];
const edges: MapEdge[] = [
  { from: 'lpo', to: 'plattform', kind: 'enables' },
  { from: 'plattform', to: 'handlingsplan', kind: 'enables' },
  { from: 'lakare', to: 'handlingsplan', kind: 'enables' },
  { from: 'handlingsplan', to: 'halsa', toGoal: true, kind: 'leads-to' },
];

describe('checkEdge', () => {
  it('accepts an edge that closes no loop', () => {
    expect(checkEdge(milestones, edges, { from: 'lpo', to: 'lakare', kind: 'enables' })).toBeNull();
  });
  it('refuses a cycle and names it by the milestones’ titles', () => {
    const refusal = checkEdge(milestones, edges, { from: 'handlingsplan', to: 'lpo', kind: 'leads-to' });
    expect(refusal).toEqual({
      reason: 'cycle',
      cycle: [
        'Handlingsplan för God och Nära Vård är genomförd',
        'Lokala Programområden (LPO) och ett Lokalt Primärvårdsråd (LPR) är inrättade',
        'Gemensam plattform för kompetenssamverkan',
        'Handlingsplan för God och Nära Vård är genomförd',
      ],
    });
    expect(describeRefusal(refusal!)).toBe(
      'Pilen skulle skapa en cirkel: Handlingsplan för God och Nära Vård är genomförd → Lokala Programområden (LPO) och ett Lokalt Primärvårdsråd (LPR) är inrättade → Gemensam plattform för kompetenssamverkan → Handlingsplan för God och Nära Vård är genomförd.',
    );
  });
  it('refuses a self-loop, a duplicate and an unknown end', () => {
    expect(checkEdge(milestones, edges, { from: 'sdv', to: 'sdv', kind: 'enables' })?.reason).toBe('self');
    expect(checkEdge(milestones, edges, { from: 'lpo', to: 'plattform', kind: 'enables' })?.reason).toBe('duplicate');
    expect(checkEdge(milestones, edges, { from: 'lpo', to: 'nowhere', kind: 'enables' })).toEqual({ reason: 'unknown', key: 'nowhere' });
    expect(checkEdge(milestones, edges, { from: 'sdv', to: 'nope', toGoal: true, kind: 'leads-to' }, ['halsa'])?.reason).toBe('unknown');
  });
  it('lets any milestone point to a goal (goals end every path)', () => {
    expect(checkEdge(milestones, edges, { from: 'sdv', to: 'halsa', toGoal: true, kind: 'leads-to' }, ['halsa'])).toBeNull();
  });
  it('never lets a sequence of accepted edges form a cycle (property)', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const nodes = keys.map((k) => M(k, k.toUpperCase(), 2022));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys)), { maxLength: 40 }), (pairs) => {
        const accepted: MapEdge[] = [];
        for (const [from, to] of pairs) {
          const e: MapEdge = { from, to, kind: 'enables' };
          if (!checkEdge(nodes, accepted, e)) accepted.push(e);
        }
        expect(() => topologicalOrder(nodes, accepted)).not.toThrow();
        for (const e of accepted) expect(descendants(e.to, accepted).has(e.from)).toBe(false);
      }),
    );
  });
});

describe('paths to and from a milestone', () => {
  it('finds every milestone on the way to one', () => {
    expect([...ancestors('handlingsplan', edges)].sort()).toEqual(['lakare', 'lpo', 'plattform']);
    expect([...ancestors('lpo', edges)]).toEqual([]);
  });
  it('finds every milestone one enables, and the goals it leads to', () => {
    expect([...descendants('lpo', edges)].sort()).toEqual(['handlingsplan', 'plattform']);
    expect([...goalsReached('lpo', edges)]).toEqual(['halsa']);
    expect([...descendants('sdv', edges)]).toEqual([]);
  });
});

describe('topologicalOrder', () => {
  it('puts every milestone after those leading to it, then by year, unscheduled last', () => {
    const order = topologicalOrder(milestones, edges).map((m) => m.key);
    expect(order).toEqual(['lpo', 'plattform', 'lakare', 'handlingsplan', 'sdv']);
    for (const e of edges.filter((x) => !x.toGoal)) expect(order.indexOf(e.from)).toBeLessThan(order.indexOf(e.to));
  });
  it('throws on a cycle', () => {
    expect(() => topologicalOrder(milestones, [...edges, { from: 'handlingsplan', to: 'lpo', kind: 'enables' }])).toThrow(/cycle/);
  });
});
