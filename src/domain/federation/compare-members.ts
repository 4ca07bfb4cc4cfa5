/**
 * A shared measure compared across the federation's members for one period. A member's value is
 * its own measure's (the one it follows the shared measure with), else Kolada's for the member
 * when the shared measure is linked to a KPI and the period is a year; members are ranked best
 * first by the measure's better direction (rankByValue: ties share a rank, no value no rank).
 */
import { rankByValue } from '../kolada/rank-regions';

export interface MemberInput {
  organisationId: number;
  /** The member's own value for the period (its own measure), if any. */
  own: number | null;
  /** Kolada's value for the member, if the shared measure is linked and Kolada has one. */
  kolada: number | null;
}

export interface MemberComparison {
  organisationId: number;
  value: number | null;
  /** Where the value comes from: the member's own follow-up, Kolada, or nowhere. */
  source: 'own' | 'kolada' | null;
  rank: number | null;
}

/** Members best first, then those without a value in the given order. */
export function compareMembers(members: readonly MemberInput[], betterDirection: 'increase' | 'decrease' | null): MemberComparison[] {
  const items = members.map((m) => {
    const source: MemberComparison['source'] = m.own !== null ? 'own' : m.kolada !== null ? 'kolada' : null;
    return { id: String(m.organisationId), organisationId: m.organisationId, value: m.own ?? m.kolada, source };
  });
  return rankByValue(items, betterDirection).map(({ item, rank }) => ({ organisationId: item.organisationId, value: item.value, source: item.source, rank }));
}

/** The periods to choose from, newest first: every period with a value, Kolada's years as year periods. */
export function comparisonPeriods(ownPeriods: readonly string[], koladaYears: readonly number[]): string[] {
  const all = new Set([...ownPeriods, ...koladaYears.map(String)]);
  return [...all].sort((a, b) => periodOrder(b) - periodOrder(a) || b.localeCompare(a, 'sv'));
}

/** A period's place in time: the year's report (`2024`) after its delår (`2024-DÅ04`, `2024-DÅ08`). */
function periodOrder(period: string): number {
  const year = Number.parseInt(period.slice(0, 4), 10) || 0;
  const kind = period.slice(5);
  return year * 10 + (kind === '' ? 9 : kind === 'DÅ08' ? 8 : kind === 'DÅ04' ? 4 : 1);
}
