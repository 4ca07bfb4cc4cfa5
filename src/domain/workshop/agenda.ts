/**
 * Seed 000's agenda as a template: three days lunch to lunch, work packages per half-day, and the
 * exercise each one runs. Its three strategic perspectives are the SWOT's and the brainstorm's.
 */
export type Exercise = 'definitions' | 'conditions' | 'brainstorm' | 'swot' | 'gap' | 'activities';
export const EXERCISES: readonly Exercise[] = ['definitions', 'conditions', 'brainstorm', 'swot', 'gap', 'activities'];
export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];

export interface AgendaItem {
  day: number;
  half: 'am' | 'pm';
  title: string;
  exercise: Exercise | null;
}

export interface WorkshopTemplate {
  key: string;
  perspectives: string[];
  agenda: AgendaItem[];
}

export const NORRLANDSTINGEN_TEMPLATE: WorkshopTemplate = {
  key: 'norrlandstingen-000',
  perspectives: ['Vårdproduktionsmatris', 'Ekosystem', 'Attraktiv region'],
  agenda: [
    { day: 1, half: 'pm', title: 'Nå samsyn kring hälso- och sjukvårdsdefinitioner', exercise: 'definitions' },
    { day: 1, half: 'pm', title: 'Skapa gemensamma förutsättningar ur de ekonomiska, geografiska och demografiska utmaningar som Norrlandstingen delar', exercise: 'conditions' },
    { day: 2, half: 'am', title: 'Likvärdig, patientcentrerad vård', exercise: 'brainstorm' },
    { day: 2, half: 'am', title: 'Ett fungerande ekosystem', exercise: 'brainstorm' },
    { day: 2, half: 'am', title: 'Attraktiv region, Norrlandstingens varumärke', exercise: 'brainstorm' },
    { day: 2, half: 'pm', title: '”Marknads”potentialen, Norrlandstingens varumärke', exercise: 'brainstorm' },
    { day: 2, half: 'pm', title: 'Från utmaning till framgångsfaktor', exercise: 'swot' },
    { day: 2, half: 'pm', title: 'Nya produktionsmetoder, digitalisering, försörjning', exercise: 'brainstorm' },
    { day: 2, half: 'pm', title: 'Testbed för andra regioner', exercise: 'brainstorm' },
    { day: 2, half: 'pm', title: 'Vårdterapi', exercise: 'brainstorm' },
    { day: 3, half: 'am', title: 'Framtagning av strategiska fokusområden', exercise: null },
    { day: 3, half: 'am', title: 'Gap- och SWOT-analys', exercise: 'gap' },
    { day: 3, half: 'am', title: 'Hypotes till aktivitetsplan', exercise: 'activities' },
  ],
};

/** One agenda step as stored: the template item with its id. */
export interface AgendaStep extends AgendaItem {
  id: number;
}

export interface AgendaPosition {
  /** The current step, or null before the facilitator starts the agenda. */
  current: AgendaStep | null;
  previous: AgendaStep | null;
  /** The next step; before the start, the first. */
  next: AgendaStep | null;
  /** 1-based place of the current step, 0 before the start. */
  index: number;
  total: number;
}

/** Where the room is on the agenda: the current step and its neighbours (an unknown id counts as not started). */
export function agendaPosition(steps: readonly AgendaStep[], currentId: number | null): AgendaPosition {
  const at = currentId === null ? -1 : steps.findIndex((s) => s.id === currentId);
  return {
    current: at >= 0 ? steps[at]! : null,
    previous: at > 0 ? steps[at - 1]! : null,
    next: steps[at + 1] ?? null,
    index: at + 1,
    total: steps.length,
  };
}

export interface AgendaBlock {
  day: number;
  half: 'am' | 'pm';
  steps: AgendaStep[];
}

/** The agenda grouped by day and half-day, in agenda order (a day's afternoon after its morning as written). */
export function agendaBlocks(steps: readonly AgendaStep[]): AgendaBlock[] {
  const blocks: AgendaBlock[] = [];
  for (const s of steps) {
    const last = blocks[blocks.length - 1];
    if (last && last.day === s.day && last.half === s.half) last.steps.push(s);
    else blocks.push({ day: s.day, half: s.half, steps: [s] });
  }
  return blocks;
}
