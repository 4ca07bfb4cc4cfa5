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
