import { describe, expect, it } from 'vitest';
import { type AgendaStep, agendaBlocks, agendaPosition, NORRLANDSTINGEN_TEMPLATE } from './agenda';

const steps: AgendaStep[] = NORRLANDSTINGEN_TEMPLATE.agenda.map((a, i) => ({ ...a, id: 100 + i }));

describe('agenda navigation', () => {
  it('before the start there is no current step and the next is the first', () => {
    const p = agendaPosition(steps, null);
    expect(p.current).toBeNull();
    expect(p.previous).toBeNull();
    expect(p.next?.id).toBe(100);
    expect(p.index).toBe(0);
    expect(p.total).toBe(13);
  });

  it('a step in the middle has both neighbours; the last has no next', () => {
    const mid = agendaPosition(steps, 105);
    expect([mid.previous?.id, mid.current?.id, mid.next?.id, mid.index]).toEqual([104, 105, 106, 6]);
    const last = agendaPosition(steps, 112);
    expect(last.next).toBeNull();
    expect(last.previous?.id).toBe(111);
  });

  it('an id that is not on the agenda counts as not started', () => {
    expect(agendaPosition(steps, 9999).current).toBeNull();
  });

  it('groups seed 000 into its half-days: day 1 afternoon, day 2 morning and afternoon, day 3 morning', () => {
    const blocks = agendaBlocks(steps);
    expect(blocks.map((b) => `${b.day}${b.half}:${b.steps.length}`)).toEqual(['1pm:2', '2am:3', '2pm:5', '3am:3']);
    expect(blocks.flatMap((b) => b.steps).map((s) => s.id)).toEqual(steps.map((s) => s.id));
  });
});
