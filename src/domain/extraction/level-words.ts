import type { LevelDef } from '../model/governance';

/**
 * The words plans use for a model's levels beyond the model's own names: a "Målområde" or a
 * "Fokusområde" is the model's Perspektiv, a "Målsætning" or "Pejlemærke" a goal, "Insatser" the
 * Danish "Indsatser". Swedish, Danish and English, singular and plural, lower case. A level takes
 * the words of every group that one of its own names belongs to; nothing else is guessed.
 */
const GROUPS: { singular: string[]; plural: string[] }[] = [
  {
    singular: ['perspektiv', 'perspective', 'målområde', 'fokusområde', 'focus area'],
    plural: ['perspektiv', 'perspektiver', 'perspectives', 'målområden', 'målområder', 'fokusområden', 'fokusområder', 'focus areas'],
  },
  {
    singular: ['mål', 'strategiskt mål', 'strategisk mål', 'övergripande mål', 'overordnet mål', 'målsætning', 'pejlemærke', 'goal', 'objective', 'strategic goal', 'overall goal'],
    plural: ['mål', 'strategiska mål', 'strategiske mål', 'övergripande mål', 'overordnede mål', 'målsætninger', 'pejlemærker', 'goals', 'objectives', 'strategic goals', 'overall goals'],
  },
  {
    singular: ['spor', 'spår', 'strategispor', 'strategispår', 'track', 'strategy track'],
    plural: ['spor', 'spår', 'strategispor', 'strategispår', 'tracks', 'strategy tracks'],
  },
  {
    singular: ['indsats', 'insats', 'initiativ', 'initiative', 'indsatsområde', 'insatsområde', 'tiltag'],
    plural: ['indsatser', 'insatser', 'initiativer', 'initiativ', 'initiatives', 'indsatsområder', 'insatsområden', 'tiltag'],
  },
  {
    singular: ['framgångsfaktor', 'kritisk framgångsfaktor', 'succesfaktor', 'success factor', 'critical success factor'],
    plural: ['framgångsfaktorer', 'kritiska framgångsfaktorer', 'succesfaktorer', 'success factors', 'critical success factors'],
  },
  {
    singular: ['mätbart mål', 'målbart mål', 'measurable goal', 'delmål', 'resultatmål'],
    plural: ['mätbara mål', 'målbare mål', 'measurable goals', 'delmål', 'resultatmål'],
  },
  { singular: ['vision'], plural: ['visioner', 'visions'] },
];

export interface LevelWords {
  /** The level's own names, every language, singular and plural. */
  own: Set<string>;
  /** Its own names and the words of their groups. */
  all: Set<string>;
  /** The forms that name several of it ("Overordnede mål", "Indsatser", "Spor"). */
  plural: Set<string>;
}

const lower = (s: string) => s.trim().toLowerCase();

/** The words that name a level in a document. */
export function levelWords(level: Pick<LevelDef, 'name'> & Partial<Pick<LevelDef, 'plural'>>): LevelWords {
  const singular = Object.values(level.name).map(lower);
  const plurals = Object.values(level.plural ?? {}).map(lower);
  const own = new Set([...singular, ...plurals]);
  const all = new Set(own);
  const plural = new Set(plurals);
  for (const g of GROUPS) {
    if (![...g.singular, ...g.plural].some((w) => own.has(w))) continue;
    for (const w of [...g.singular, ...g.plural]) all.add(w);
    for (const w of g.plural) plural.add(w);
  }
  return { own, all, plural };
}

/** The longest of `phrases` that `text` ends with, as whole words, or null. */
export function endingPhrase(text: string, phrases: Iterable<string>): string | null {
  const t = lower(text);
  let best: string | null = null;
  for (const p of phrases) {
    if (!t.endsWith(p) || (best !== null && best.length >= p.length)) continue;
    const before = t.charAt(t.length - p.length - 1);
    if (before === '' || !/[\p{L}\p{N}]/u.test(before)) best = p;
  }
  return best;
}

const AFTER_LABEL = /^(?:\s+(?:\d+(?:\.\d+)*|[ivx]+)\b\s*[:.–—-]?|\s*[:–—-])/u;

/**
 * The longest of `phrases` a heading opens with as its label: followed by a number ("Spor 3",
 * "Mål 1.2") or a colon or dash ("Målområde: Hälsa", "Indsats – …"); "Mål är att …" has none.
 */
export function leadingLabel(text: string, phrases: Iterable<string>): string | null {
  const t = lower(text);
  let best: string | null = null;
  for (const p of phrases) {
    if (!t.startsWith(p) || (best !== null && best.length >= p.length)) continue;
    if (AFTER_LABEL.test(t.slice(p.length))) best = p;
  }
  return best;
}
