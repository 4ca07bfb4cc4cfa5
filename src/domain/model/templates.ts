import { DEFAULT_ROLLUP, type BodyDef, type GovernanceModel, type LevelDef } from './governance';

/**
 * Built-in governance models that an organisation starts from. Each one mirrors a seed
 * document; the names are the words the organisation itself uses, so the Swedish (or, for
 * Midtjylland, Danish) text is the source and the other languages are translations.
 */

const level = (key: string, name: LevelDef['name'], plural: LevelDef['plural'], carriesMeasures = false): LevelDef => ({
  key,
  name,
  plural,
  carriesMeasures,
});

const REGIONSTYRELSEN: BodyDef = {
  code: 'RS',
  name: { sv: 'Regionstyrelsen', da: 'Regionsstyrelsen', en: 'Regional Executive Board' },
};
const REGIONFULLMAKTIGE: BodyDef = {
  code: 'RF',
  name: { sv: 'Regionfullmäktige', da: 'Regionsfuldmægtige', en: 'Regional Council' },
};
const PERSPECTIVE = level(
  'perspective',
  { sv: 'Perspektiv', da: 'Perspektiv', en: 'Perspective' },
  { sv: 'Perspektiv', da: 'Perspektiver', en: 'Perspectives' },
);
const STRATEGIC_GOAL = level(
  'goal',
  { sv: 'Strategiskt mål', da: 'Strategisk mål', en: 'Strategic goal' },
  { sv: 'Strategiska mål', da: 'Strategiske mål', en: 'Strategic goals' },
);
const SUCCESS_FACTOR_NAMES = {
  name: { sv: 'Framgångsfaktor', da: 'Succesfaktor', en: 'Success factor' },
  plural: { sv: 'Framgångsfaktorer', da: 'Succesfaktorer', en: 'Success factors' },
};
const ASSIGNMENT = { sv: 'Uppdrag', da: 'Opgave', en: 'Assignment' };

/** Seed 001: the board's plan of Region Norrbotten; styrmått and kontrollmått as defined in its Bilaga 1. */
const NORRBOTTEN: GovernanceModel = {
  key: 'norrbotten',
  name: { sv: 'Region Norrbottens styrmodell', da: 'Region Norrbottens styringsmodel', en: 'Region Norrbotten governance model' },
  levels: [
    PERSPECTIVE,
    STRATEGIC_GOAL,
    level('success-factor', SUCCESS_FACTOR_NAMES.name, SUCCESS_FACTOR_NAMES.plural, true),
  ],
  measureKinds: [
    {
      key: 'styrmatt',
      name: { sv: 'Styrmått', da: 'Styringsindikator', en: 'Steering measure' },
      plural: { sv: 'Styrmått', da: 'Styringsindikatorer', en: 'Steering measures' },
      decidedBy: REGIONSTYRELSEN.name,
      targeted: true,
    },
    {
      // Bilaga 1: not decided politically and may change during the year, so never judged against targets.
      key: 'kontrollmatt',
      name: { sv: 'Kontrollmått', da: 'Kontrolindikator', en: 'Control measure' },
      plural: { sv: 'Kontrollmått', da: 'Kontrolindikatorer', en: 'Control measures' },
      decidedBy: { sv: 'Regiondirektören', da: 'Regionsdirektøren', en: 'Regional Director' },
      targeted: false,
      changeWithoutRevision: true,
    },
  ],
  assignmentName: ASSIGNMENT,
  bodies: [
    REGIONSTYRELSEN,
    {
      code: 'RUN',
      name: { sv: 'Regionala utvecklingsnämnden', da: 'Det regionale udviklingsudvalg', en: 'Regional Development Committee' },
    },
    { code: 'PN', name: { sv: 'Patientnämnden', da: 'Patientnævnet', en: 'Patients’ Advisory Committee' } },
    REGIONFULLMAKTIGE,
  ],
  rollup: { ...DEFAULT_ROLLUP },
  starterNodes: [
    { levelKey: 'perspective', name: { sv: 'Samhällsperspektivet', da: 'Samfundsperspektivet', en: 'Community perspective' } },
    { levelKey: 'perspective', name: { sv: 'Medborgarperspektivet', da: 'Borgerperspektivet', en: 'Citizen perspective' } },
    { levelKey: 'perspective', name: { sv: 'Verksamhetsperspektivet', da: 'Driftsperspektivet', en: 'Operations perspective' } },
    { levelKey: 'perspective', name: { sv: 'Medarbetarperspektivet', da: 'Medarbejderperspektivet', en: 'Employee perspective' } },
    { levelKey: 'perspective', name: { sv: 'Ekonomiperspektivet', da: 'Økonomiperspektivet', en: 'Financial perspective' } },
  ],
};

/**
 * Seed 004: Region Skåne's balanced scorecard of 2002. Hälsa, Kund, Process, Utveckling and
 * Ekonomi are titles of perspective nodes, not levels. The action plan (who does what, how,
 * when) is not a level of the tree: it belongs to the separate action-plan capability.
 */
const SKANE_2002: GovernanceModel = {
  key: 'skane-2002',
  name: {
    sv: 'Balanserad styrning, Region Skåne 2002',
    da: 'Balanceret styring, Region Skåne 2002',
    en: 'Balanced scorecard, Region Skåne 2002',
  },
  levels: [
    PERSPECTIVE,
    STRATEGIC_GOAL,
    level('success-factor', SUCCESS_FACTOR_NAMES.name, SUCCESS_FACTOR_NAMES.plural),
    level(
      'measurable-goal',
      { sv: 'Mätbart mål', da: 'Målbart mål', en: 'Measurable goal' },
      { sv: 'Mätbara mål', da: 'Målbare mål', en: 'Measurable goals' },
      true,
    ),
  ],
  measureKinds: [
    {
      key: 'matetal',
      name: { sv: 'Mätetal', da: 'Måletal', en: 'Metric' },
      plural: { sv: 'Mätetal', da: 'Måletal', en: 'Metrics' },
      // Seed 004: measurable goals are decided in HSB and then by the regional board.
      decidedBy: REGIONSTYRELSEN.name,
      targeted: true,
      methodName: { sv: 'Mätmetod', da: 'Målemetode', en: 'Measurement method' },
    },
  ],
  assignmentName: ASSIGNMENT,
  bodies: [
    REGIONSTYRELSEN,
    {
      code: 'HSB',
      name: { sv: 'Hälso- och sjukvårdsberedningen', da: 'Sundhedsudvalget', en: 'Health and Medical Care Committee' },
    },
    REGIONFULLMAKTIGE,
  ],
  rollup: { ...DEFAULT_ROLLUP },
  starterNodes: [
    { levelKey: 'perspective', name: { sv: 'Hälsa', da: 'Sundhed', en: 'Health' } },
    { levelKey: 'perspective', name: { sv: 'Kund', da: 'Kunde', en: 'Customer' } },
    { levelKey: 'perspective', name: { sv: 'Process', da: 'Proces', en: 'Process' } },
    { levelKey: 'perspective', name: { sv: 'Utveckling', da: 'Udvikling', en: 'Development' } },
    { levelKey: 'perspective', name: { sv: 'Ekonomi', da: 'Økonomi', en: 'Finance' } },
  ],
};

/** Seed 003: Region Midtjylland's strategy tracks (spor); Danish is the source language. */
const MIDTJYLLAND: GovernanceModel = {
  key: 'midtjylland',
  name: {
    da: 'Region Midtjyllands strategispor',
    sv: 'Region Midtjyllands strategispår',
    en: 'Region Midtjylland strategy tracks',
  },
  levels: [
    level(
      'overall-goal',
      { da: 'Overordnet mål', sv: 'Övergripande mål', en: 'Overall goal' },
      { da: 'Overordnede mål', sv: 'Övergripande mål', en: 'Overall goals' },
    ),
    level('track', { da: 'Spor', sv: 'Spår', en: 'Track' }, { da: 'Spor', sv: 'Spår', en: 'Tracks' }),
    level(
      'initiative',
      { da: 'Indsats', sv: 'Insats', en: 'Initiative' },
      { da: 'Indsatser', sv: 'Insatser', en: 'Initiatives' },
      true,
    ),
  ],
  measureKinds: [
    {
      key: 'indikator',
      name: { da: 'Indikator', sv: 'Indikator', en: 'Indicator' },
      plural: { da: 'Indikatorer', sv: 'Indikatorer', en: 'Indicators' },
      decidedBy: { da: 'Regionsrådet', sv: 'Regionrådet', en: 'Regional Council' },
      targeted: true,
    },
  ],
  assignmentName: { da: 'Opgave', sv: 'Uppdrag', en: 'Assignment' },
  bodies: [{ code: 'RR', name: { da: 'Regionsrådet', sv: 'Regionrådet', en: 'Regional Council' } }],
  rollup: { ...DEFAULT_ROLLUP },
};

/** The textbook balanced scorecard; its bodies are left to the organisation that adopts it. */
const KAPLAN_NORTON: GovernanceModel = {
  key: 'kaplan-norton',
  name: {
    sv: 'Balanserat styrkort (Kaplan–Norton)',
    da: 'Balanced scorecard (Kaplan–Norton)',
    en: 'Balanced scorecard (Kaplan–Norton)',
  },
  levels: [
    PERSPECTIVE,
    level(
      'objective',
      { sv: 'Mål', da: 'Mål', en: 'Objective' },
      { sv: 'Mål', da: 'Mål', en: 'Objectives' },
      true,
    ),
  ],
  measureKinds: [
    {
      key: 'measure',
      name: { sv: 'Mått', da: 'Måling', en: 'Measure' },
      plural: { sv: 'Mått', da: 'Målinger', en: 'Measures' },
      decidedBy: { sv: 'Styrelsen', da: 'Bestyrelsen', en: 'The board' },
      targeted: true,
    },
  ],
  assignmentName: ASSIGNMENT,
  bodies: [],
  rollup: { ...DEFAULT_ROLLUP },
  starterNodes: [
    { levelKey: 'perspective', name: { sv: 'Ekonomi', da: 'Økonomi', en: 'Financial' } },
    { levelKey: 'perspective', name: { sv: 'Kund', da: 'Kunde', en: 'Customer' } },
    { levelKey: 'perspective', name: { sv: 'Interna processer', da: 'Interne processer', en: 'Internal process' } },
    { levelKey: 'perspective', name: { sv: 'Lärande och utveckling', da: 'Læring og vækst', en: 'Learning and growth' } },
  ],
};

export const TEMPLATE_KEYS = ['norrbotten', 'skane-2002', 'midtjylland', 'kaplan-norton'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

// DEFAULT_ROLLUP is copied into each template above so that freezing never reaches another module's export.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The built-in templates, frozen because they are shared by every organisation that starts from them. */
export const GOVERNANCE_TEMPLATES: readonly GovernanceModel[] = deepFreeze([
  NORRBOTTEN,
  SKANE_2002,
  MIDTJYLLAND,
  KAPLAN_NORTON,
]);

/** Whether a key names a built-in template. */
export function isTemplateKey(key: string): key is TemplateKey {
  return (TEMPLATE_KEYS as readonly string[]).includes(key);
}

/**
 * A fresh, mutable copy of a built-in template, so an organisation can adapt it without touching
 * the original. An unknown key throws: it comes from a person's choice, and guessing would
 * import a plan into the wrong model.
 */
export function getTemplate(key: string): GovernanceModel {
  const template = GOVERNANCE_TEMPLATES.find((t) => t.key === key);
  if (template === undefined) {
    throw new Error(`Okänd mall för styrmodell "${key}"; välj en av: ${TEMPLATE_KEYS.join(', ')}`);
  }
  return structuredClone(template);
}
