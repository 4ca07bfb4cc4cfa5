/**
 * The workshop's outputs as a draft shared plan: the målbild becomes the plan's vision, each
 * strategic focus area a goal, each activity of the hypothesis activity plan an item of the action
 * plan (under the focus area that holds it). Every goal and activity keeps the cards it came from,
 * and so the organisations, for traceability.
 */
export interface DraftCard {
  id: number;
  exercise: string;
  organisationId: number;
  text: string;
  who: string | null;
  whenText: string | null;
}

export interface DraftFocusArea {
  id: number;
  name: string;
  cardIds: readonly number[];
}

export interface DraftGoal {
  focusAreaId: number;
  name: string;
  description: string;
  cardIds: number[];
  organisationIds: number[];
}

export interface DraftActivity {
  cardId: number;
  title: string;
  ownerUnit: string;
  startDate: string;
  endDate: string;
  /** Index into `goals`, or null for an activity no focus area holds. */
  goalIndex: number | null;
  organisationIds: number[];
}

export interface DraftPlan {
  title: string;
  vision: string;
  startYear: number;
  endYear: number;
  goals: DraftGoal[];
  activities: DraftActivity[];
}

export type DraftProblem = { code: 'no-focus-areas' } | { code: 'unknown-card'; focusAreaId: number; cardId: number };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The period a "when" names: a year ("2027"), a span ("2027–2028"), a quarter ("Q2 2027",
 * "kv 3 2027"), a half ("vt 2027", "ht 2027", "H2 2027"). Without a year: the whole first year.
 */
export function periodOf(whenText: string | null, defaultYear: number): { start: string; end: string } {
  const text = (whenText ?? '').toLowerCase();
  const years = [...text.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  const first = years[0] ?? defaultYear;
  const last = years.length > 1 ? Math.max(...years) : first;
  const quarter = /\b(?:q|kv\.?\s?|kvartal\s)([1-4])\b/.exec(text);
  if (quarter && years.length <= 1) {
    const q = Number(quarter[1]);
    const m = (q - 1) * 3 + 1;
    return { start: `${first}-${pad(m)}-01`, end: `${first}-${pad(m + 2)}-${lastDay(first, m + 2)}` };
  }
  if (years.length <= 1 && (/\b(vt|h1)\b/.test(text) || /\bforår\b/.test(text))) return { start: `${first}-01-01`, end: `${first}-06-30` };
  if (years.length <= 1 && (/\b(ht|h2)\b/.test(text) || /\befterår\b/.test(text))) return { start: `${first}-07-01`, end: `${first}-12-31` };
  return { start: `${first}-01-01`, end: `${last}-12-31` };
}

/** Maps focus areas, cards and the målbild to a draft plan; a problem when there is nothing to map or a focus area names a card that does not exist. */
export function mapDraftPlan(input: {
  workshopTitle: string;
  targetPicture: string;
  startYear: number;
  years: number;
  focusAreas: readonly DraftFocusArea[];
  cards: readonly DraftCard[];
}): DraftPlan | DraftProblem {
  if (input.focusAreas.length === 0) return { code: 'no-focus-areas' };
  const cards = new Map(input.cards.map((c) => [c.id, c]));
  for (const area of input.focusAreas) {
    for (const cardId of area.cardIds) if (!cards.has(cardId)) return { code: 'unknown-card', focusAreaId: area.id, cardId };
  }
  const orgsOf = (ids: readonly number[]) => [...new Set(ids.map((id) => cards.get(id)!.organisationId))].sort((a, b) => a - b);
  const goals: DraftGoal[] = input.focusAreas.map((area) => {
    const sources = area.cardIds.map((id) => cards.get(id)!).filter((c) => c.exercise !== 'activities');
    return {
      focusAreaId: area.id,
      name: area.name.trim(),
      description: sources.map((c) => `– ${c.text.trim()}`).join('\n'),
      cardIds: [...area.cardIds],
      organisationIds: orgsOf(area.cardIds),
    };
  });
  const endYear = input.startYear + Math.max(1, input.years) - 1;
  const activities: DraftActivity[] = input.cards
    .filter((c) => c.exercise === 'activities')
    .map((c) => {
      const goalIndex = input.focusAreas.findIndex((a) => a.cardIds.includes(c.id));
      const period = periodOf(c.whenText, input.startYear);
      return {
        cardId: c.id,
        title: c.text.trim(),
        ownerUnit: (c.who ?? '').trim(),
        startDate: period.start,
        endDate: period.end,
        goalIndex: goalIndex < 0 ? null : goalIndex,
        organisationIds: [c.organisationId],
      };
    });
  const lastActivityYear = Math.max(endYear, ...activities.map((a) => Number(a.endDate.slice(0, 4))));
  return {
    title: input.workshopTitle.trim(),
    vision: input.targetPicture.trim(),
    startYear: input.startYear,
    endYear: lastActivityYear,
    goals,
    activities,
  };
}

export const isDraftProblem = (r: DraftPlan | DraftProblem): r is DraftProblem => 'code' in r;

/**
 * The model level that focus areas become: the first level that names goals (key "goal" or a
 * Swedish/Danish name with "mål"), else the top level. Levels may be skipped, so a goal level
 * can sit at the top of a plan.
 */
export function goalLevelKey(levels: readonly { key: string; name: { sv: string; da: string } }[]): string {
  const goal = levels.find((l) => /goal|mål/i.test(l.key) || /mål/i.test(l.name.sv) || /mål/i.test(l.name.da));
  return (goal ?? levels[0]!).key;
}
