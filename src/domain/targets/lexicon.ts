/**
 * The words targets are written with, in Swedish, Danish and plain English: direction verbs in
 * every form plans use them (`öka`, `ökas`, `ökar`, `ökad`; `øge`, `øges`, `øget`; `nedbringes`),
 * bound words, number words and the names of the national series. Kept apart from the readers so
 * that a new inflection is one word in one list.
 */
import type { Lang } from '../i18n/lang';

/** A regex source that matches any of `words` as whole words (letters on neither side), longest first. */
export function anyWord(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\p{L}\\d])(?:${sorted.join('|')})(?![\\p{L}\\d])`;
}

/** Modal and future auxiliaries after which the target itself is written: `X ska öka`, `X skal nedbringes`. */
export const MODALS = [
  'ska', 'skall', 'bör', 'måste', 'kommer att', 'skal', 'bør', 'må', 'skulle', 'vil', 'skal fortsat',
  'should', 'shall', 'must', 'will', 'is to', 'are to',
];

/** Verbs (all forms) that say the value should go up. */
export const INCREASE_VERBS = [
  'öka', 'ökas', 'ökar', 'ökad', 'ökat', 'ökade', 'ökning', 'höja', 'höjas', 'höjs', 'höjd', 'höjt', 'höjning', 'stiga', 'stiger',
  'växa', 'växer', 'utöka', 'utökas', 'utökad', 'stärka', 'stärkas', 'stärks', 'stärkt', 'stärkts', 'förstärkas', 'högre',
  'øge', 'øges', 'øget', 'øgning', 'øger', 'forøge', 'forøges', 'stige', 'stigning', 'hæve', 'hæves', 'hævet', 'løfte', 'løftes',
  'løftet', 'vokse', 'vokser', 'styrke', 'styrkes', 'styrket', 'højere', 'steget', 'øgede', 'forøget', 'hævede', 'ökats', 'höjts', 'stigit',
  'increase', 'increases', 'increased', 'rise', 'rises', 'raise', 'raised', 'grow', 'grows', 'higher',
];

/** Verbs (all forms) that say the value should go down. */
export const DECREASE_VERBS = [
  'minska', 'minskas', 'minskar', 'minskad', 'minskat', 'minskade', 'minskning', 'sänka', 'sänkas', 'sänks', 'sänkt', 'sänkning',
  'reducera', 'reduceras', 'reducerad', 'reducerat', 'sjunka', 'sjunker', 'korta', 'kortas', 'förkorta', 'förkortas', 'kortare',
  'lägre', 'mindske', 'mindskes', 'mindsket', 'mindskning', 'reducere', 'reduceres', 'reduceret', 'reduktion', 'nedbringe',
  'nedbringes', 'nedbragt', 'nedbringelse', 'sænke', 'sænkes', 'sænket', 'falde', 'falder', 'afkorte', 'afkortes', 'lavere',
  'nedsætte', 'nedsættes', 'begrænse', 'begrænses', 'kortere', 'forkorte', 'forkortes', 'forkortet', 'afkortet', 'nedbragt', 'nedbringes',
  'faldet', 'fald', 'reduceret', 'minskats', 'sänkts', 'reducerats', 'sjunkit', 'halveret',
  'decrease', 'decreases', 'decreased', 'reduce', 'reduces', 'reduced', 'fall', 'falls', 'lower', 'lowered', 'cut', 'shorten',
];

/** Verbs (all forms) that say the value should get better, in whatever direction better is. */
export const IMPROVE_VERBS = [
  'förbättra', 'förbättras', 'förbättrad', 'förbättrat', 'förbättrade', 'förbättring', 'bättre', 'utvecklas positivt',
  'forbedre', 'forbedres', 'forbedret', 'forbedring', 'bedre',
  'improve', 'improves', 'improved', 'improvement', 'better', 'positiv utveckling', 'positiv udvikling', 'positive development',
];

/** Halving and doubling: relative changes written as one word. */
export const HALVE_VERBS = ['halvera', 'halveras', 'halverad', 'halverat', 'halvering', 'halvere', 'halveres', 'halveret', 'halve', 'halved', 'halving'];
export const DOUBLE_VERBS = ['fördubbla', 'fördubblas', 'fördubblad', 'fordoble', 'fordobles', 'fordoblet', 'double', 'doubled'];

/** Subjects that carry the direction when the verb does not: `Fler …`, `Færre børn skal …`. */
export const MORE_WORDS = ['fler', 'flera', 'flere', 'more', 'mer', 'mera', 'mere'];
export const FEWER_WORDS = ['färre', 'færre', 'fewer', 'less', 'mindre'];

/** "Stays as it is": kept level, not worse than the reference. */
export const STABILITY_PHRASES = [
  'bibehålla', 'bibehållas', 'bibehålls', 'bibehållen', 'bibehållet', 'behålla', 'behållas', 'upprätthålla', 'upprätthållas',
  'oförändrad', 'oförändrat', 'ligga kvar', 'ingen försämring', 'inte försämras', 'ej försämras', 'inte minska', 'inte öka',
  'fastholde', 'fastholdes', 'fastholdt', 'bevare', 'bevares', 'bevaret', 'opretholde', 'opretholdes', 'uændret', 'uændrede',
  'ingen forringelse', 'ikke forringes', 'ikke forværres', 'ingen forværring', 'holde niveauet',
  'maintain', 'maintained', 'unchanged', 'no deterioration', 'not deteriorate', 'sustain',
  // "Inte sämre än föregående år", "Ingen ökning jämfört med 2023": no change past the reference, read like `ingen försämring`.
  'inte sämre än', 'ej sämre än', 'ikke dårligere end', 'ikke ringere end', 'no worse than', 'not worse than',
  'ingen ökning', 'ingen minskning', 'ingen stigning', 'intet fald', 'ingen øgning', 'no increase', 'no decrease',
];

/** Words for the national value, and the canonical name it is reported under in each language family. */
export const NATIONAL_SV = [
  'riket', 'hela riket', 'rikssnittet', 'rikssnitt', 'riksgenomsnittet', 'riksgenomsnitt', 'riksnivå', 'rikets', 'rikets nivå',
  'riksnivån', 'landet', 'hela landet', 'landet i övrigt', 'nationell nivå', 'nationella nivån', 'nationellt', 'sverige',
  'landets genomsnitt', 'genomsnittet för riket', 'snittet i riket', 'rikets genomsnitt', 'riket som helhet', 'nationella snittet',
  'det nationella snittet', 'riksgenomsnittet för regionerna',
];
export const NATIONAL_DA = [
  'landsgennemsnittet', 'landsgennemsnit', 'landsplan', 'hele landet', 'landsniveau', 'landsniveauet', 'landet som helhed',
  'resten af landet', 'landet', 'gennemsnittet for hele landet', 'gennemsnittet i hele landet', 'danmark', 'det nationale gennemsnit',
  'national', 'nationalt',
];
export const NATIONAL_EN = ['the national average', 'national average', 'the national value', 'the country', 'the national level', 'national level'];

/** Other regions or municipalities as a comparison group. */
export const OTHER_REGIONS = [
  'andra regioner', 'övriga regioner', 'andra regionerna', 'övriga regionerna', 'andre regioner', 'øvrige regioner', 'de øvrige regioner',
  'other regions', 'jämförbara regioner', 'sammenlignelige regioner',
];

const CARDINALS: Record<Lang, Record<string, number>> = {
  sv: { två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12, femton: 15, tjugo: 20, hundra: 100 },
  da: { to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, femten: 15, tyve: 20, hundrede: 100 },
  en: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 },
};

// `andra`/`anden` are left out: "andra regioner" means other regions far more often than second place.
const ORDINALS: Record<Lang, Record<string, number>> = {
  sv: { första: 1, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, sjunde: 7, åttonde: 8, nionde: 9, tionde: 10 },
  da: { første: 1, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8, niende: 9, tiende: 10 },
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
};

/** Ordinal words of a language, word -> value. */
export function ordinalWords(lang: Lang): Record<string, number> {
  return ORDINALS[lang];
}

/** Number words (cardinal and ordinal) of a language, word -> value. */
export function numberWords(lang: Lang): Record<string, number> {
  return { ...CARDINALS[lang], ...ORDINALS[lang] };
}

/** Number words of every language: the target parser does not know the language, and the lists barely overlap. */
export const ALL_NUMBER_WORDS: Record<string, number> = (() => {
  const out: Record<string, number> = {};
  for (const lang of ['en', 'da', 'sv'] as const) Object.assign(out, numberWords(lang));
  // Ambiguous across languages (sv "sex", da "to", "ni"): only read where the phrase needs a number.
  return out;
})();

/** The value of a number word in any language, or null. */
export function numberWordValue(word: string): number | null {
  return ALL_NUMBER_WORDS[word.toLowerCase()] ?? null;
}
