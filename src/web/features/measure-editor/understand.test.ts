import { describe, expect, it } from 'vitest';
import { understandBaseline, understandTarget } from './understand';

const sp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('understandTarget', () => {
  it('reads "Under 6,5 %" as a strict upper limit where lower is better', () => {
    const u = understandTarget('Under 6,5 %', 'sv', null);
    expect(u.state).toBe('understood');
    if (u.state !== 'understood') return;
    expect(sp(u.sentence)).toBe('Under 6,5 % → lägre är bättre; uppfyllt om värdet < 6,5 %');
    expect(u.aim && sp(u.aim)).toBe('Under 6,5 %');
    expect(u.better).toBe('lower');
    expect(u.betterFromMeasure).toBe(false);
    expect(u.rule && { ...u.rule, value: sp(u.rule.value) }).toEqual({ op: '<', value: '6,5 %' });
    expect(u.needsDirection).toBe(false);
  });

  it('judges a bare number by the measure’s direction, and says when the measure has none', () => {
    const up = understandTarget('43 000', 'sv', 'increase');
    expect(up.state === 'understood' && up.rule?.op).toBe('≥');
    expect(up.state === 'understood' && up.betterFromMeasure).toBe(true);
    const none = understandTarget('43 000', 'sv', null);
    expect(none.state === 'understood' && none.needsDirection).toBe(true);
    expect(none.state === 'understood' && none.rule).toBeNull();
  });

  it('understands directions against a reference without a level rule', () => {
    const u = understandTarget('Minska med 50 % jmf 2020', 'sv', null);
    expect(u.state).toBe('understood');
    if (u.state !== 'understood') return;
    expect(u.better).toBe('lower');
    expect(u.rule).toBeNull();
    expect(u.sentence).toContain('2020');
    expect(u.describedRule && sp(u.describedRule)).toBe('uppfyllt om värdet ≤ värdet för 2020 − 50 %');
  });

  it('says plainly when a text is not a measurable target, and nothing for an empty one', () => {
    expect(understandTarget('Handlingsplaner upprättas och progress fastställs', 'sv', 'increase').state).toBe('not-understood');
    expect(understandTarget('   ', 'sv', null).state).toBe('empty');
  });

  it('reads a lower bound as at least, higher being better', () => {
    const u = understandTarget('Minst 90 %', 'sv', null);
    expect(u.state === 'understood' && u.better).toBe('higher');
    expect(u.state === 'understood' && u.rule && { ...u.rule, value: sp(u.rule.value) }).toEqual({ op: '≥', value: '90 %' });
  });

  it('speaks the language asked for', () => {
    const u = understandTarget('Under 6,5 %', 'en', null);
    expect(u.state === 'understood' && sp(u.sentence)).toBe('Below 6.5% → lower is better; met if the value < 6.5%');
  });
});

describe('understandBaseline', () => {
  it('reads numbers per year and sex', () => {
    const u = understandBaseline('2019 K: 8 520 M: 4 458', 'sv');
    expect(u.state).toBe('understood');
    expect(u.state === 'understood' && sp(u.sentence)).toContain('8 520');
  });
  it('keeps a new measure and free text apart', () => {
    expect(understandBaseline('Nytt mått', 'sv').state).toBe('understood');
    expect(understandBaseline('', 'sv').state).toBe('empty');
  });
});
