/**
 * Reads the predicate of a target sentence — what comes after "X ska …" — into a Target:
 * stability (`bibehålla`), ranks (`bland de fem bästa`), benchmarks (`under riksgenomsnittet`),
 * relative and absolute changes (`öka med 300 platser`, `minst 80 procent lägre än år 1990`),
 * levels with bounds in any unit (`högst 14 dagars väntetid`, `mindst 80 pct.`) and directions
 * (`nedbringes`, `öka andelen …`). Input is lowercased and squashed; null when not understood.
 */
import { NUMBER_PATTERN, parseNumber } from '../numbers';
import {
  anyWord,
  DECREASE_VERBS,
  DOUBLE_VERBS,
  HALVE_VERBS,
  IMPROVE_VERBS,
  INCREASE_VERBS,
  NATIONAL_DA,
  NATIONAL_EN,
  NATIONAL_SV,
  numberWordValue,
  OTHER_REGIONS,
  STABILITY_PHRASES,
} from './lexicon';
import { parsePeriodKey, parseReference } from './text';
import type { ChangeDirection, ChangeUnit, Reference, Target, Unit } from './types';

type Op = '<' | '<=' | '>' | '>=' | '=';
type Dir = 'increase' | 'decrease' | 'improve';

const U = 'u';
const re = (src: string) => new RegExp(src, U);

const INCREASE = anyWord(INCREASE_VERBS);
const DECREASE = anyWord(DECREASE_VERBS);
const IMPROVE = anyWord(IMPROVE_VERBS);
const VERB = `(?:${INCREASE}|${DECREASE}|${IMPROVE})`;

/** The direction a verb form names, or null. */
export function verbDirection(word: string): Dir | null {
  if (re(`^${INCREASE}$`).test(word)) return 'increase';
  if (re(`^${DECREASE}$`).test(word)) return 'decrease';
  if (re(`^${IMPROVE}$`).test(word)) return 'improve';
  return null;
}

// A number written with digits or as a word ("seks", "fem").
const NUMBER_WORD = '(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|seks|syv|otte|ti|fire|tyve|two|three|four|five|six|seven|eight|nine|ten|twenty)';
const AMOUNT = `(${NUMBER_PATTERN}|${NUMBER_WORD}(?![\\p{L}]))`;

function amountValue(text: string): number | null {
  return parseNumber(text) ?? numberWordValue(text);
}

const UNIT_WORDS: [RegExp, ChangeUnit][] = [
  [/^(?:procentenheter|procentenhet|procentandelar|procentpoäng|pct\.?-?point|procentpoint|procent-point|%-?point|%-enheter|percentage points?|pp)(?![\p{L}])/u, 'pp'],
  [/^(?:%|procent|pct\.?|percent|prosent)(?![\p{L}])/u, '%'],
  [/^(?:mnkr|mkr|miljoner kronor|mio\.? ?kr\.?|mio\.? ?kroner|million kr)(?![\p{L}])/u, 'mnkr'],
  [/^(?:kr\.?|kronor|kroner|sek|dkk)(?![\p{L}])/u, 'kr'],
  [/^(?:st\.?|stk\.?|styck|stycken)(?![\p{L}])/u, 'st'],
];

/** A quantity at the start of `s`: number, unit and what is counted (`14 dagars väntetid`), with the rest. */
export interface ReadAmount {
  value: number;
  unit: ChangeUnit;
  noun: string | null;
  rest: string;
}

/** Reads `N [unit] [noun…]` at the start of `s`; the noun runs to the end unless `stopNoun` matches inside it. */
export function readAmount(s: string, stopNoun?: RegExp): ReadAmount | null {
  const m = re(`^${AMOUNT}\\s*`).exec(s);
  if (!m?.[1]) return null;
  const value = amountValue(m[1]);
  if (value === null) return null;
  let rest = s.slice(m[0].length);
  let unit: ChangeUnit = null;
  for (const [u, name] of UNIT_WORDS) {
    const um = u.exec(rest);
    if (um) {
      unit = name;
      rest = rest.slice(um[0].length).trim();
      break;
    }
  }
  let noun: string | null = null;
  const stop = stopNoun ? stopNoun.exec(rest) : null;
  const nounText = (stop ? rest.slice(0, stop.index) : rest).trim();
  if (nounText !== '' && /^\p{L}/u.test(nounText)) {
    noun = nounText.replace(/[.,;:]+$/, '');
    rest = stop ? rest.slice(stop.index).trim() : '';
  }
  return { value, unit, noun, rest: rest.trim() };
}

const NATIONAL = anyWord([...NATIONAL_SV, ...NATIONAL_DA, ...NATIONAL_EN]);
const OTHERS = anyWord(OTHER_REGIONS);

/** `riket`, `landsgennemsnittet`, `andra regioner` (with `för`, `i`, `det` before and `som helhet` after allowed). */
export function seriesOf(s: string): Reference | null {
  const t = s.replace(/^(?:för|for|i|in|med|mot|mod|til|till|to|the|det|den|hela)\s+/u, '').replace(/\s+(?:som helhet|i övrigt|som helhed)$/u, '');
  if (re(`^${NATIONAL}$`).test(t)) return { type: 'series', series: 'riket' };
  if (re(`^${OTHERS}$`).test(t)) return { type: 'series', series: 'other-regions' };
  return null;
}

// Words that may stand between the modal and the target and say nothing about it.
const COPULA = anyWord([
  'vara', 'vare', 'være', 'ligga', 'ligge', 'bli', 'blive', 'blir', 'bliver', 'hålla sig', 'holde sig', 'fortsätta att ligga',
  'fortsätta ligga', 'fortsätta att vara', 'fortsätta vara', 'fortsat ligge', 'fortsat være', 'forblive', 'fortsat', 'fortsatt',
  'befinna sig', 'befinde sig', 'uppgå till', 'uppgå', 'udgøre', 'utgöra', 'utgöras av', 'uppnå', 'opnå', 'nå upp till', 'nå', 'når',
  'komma upp till', 'komma upp i', 'reach', 'be', 'remain', 'stay', 'amount to', 'være på', 'vara på', 'ligga på', 'ligge på',
  'åtminstone', 'mindst på', 'att', 'at', 'to', 'årligen', 'årligt', 'per år', 'om året', 'under året', 'i år', 'bliver', 'blir',
  'bli', 'blive', 'være', 'gradvis', 'successivt', 'fortsatt', 'fortsat', 'ytterligare', 'yderligere', 'kontinuerligt', 'løbende',
]);

/** Drops leading copulas (`vara`, `ligge på`, `uppgå till`) that only lead up to the target. */
export function stripCopula(s: string): string {
  let prev = '';
  let out = s.trim();
  while (out !== prev) {
    prev = out;
    out = out.replace(re(`^${COPULA}\\s*`), '').trim();
  }
  return out;
}

const OPS: [string[], Op][] = [
  [['inte överstiger', 'ej överstiger', 'ikke overstiger', 'inte överstiga', 'ej överstiga', 'inte vara högre än', 'ikke overstige', 'ikke være over', 'ikke være højere end', 'not exceed', 'som mest', 'högst', 'max', 'max.', 'maximalt', 'maximum', 'maksimalt', 'maks', 'maks.', 'højst', 'at most', 'no more than', 'up to', '≤', '<='], '<='],
  [['inte understiger', 'ej understiger', 'ikke understiger', 'inte understiga', 'ej understiga', 'inte vara lägre än', 'ikke understige', 'ikke være under', 'ikke være lavere end', 'not fall below', 'minst', 'lägst', 'mindst', 'minimum', 'min.', 'at least', 'no less than', 'som minimum', 'som minst', '≥', '>='], '>='],
  [['understiga', 'lägre än', 'mindre än', 'färre än', 'under', 'lavere end', 'mindre end', 'færre end', 'below', 'less than', 'fewer than', 'lower than', '<'], '<'],
  [['överstiga', 'högre än', 'mer än', 'fler än', 'över', 'större än', 'overstige', 'højere end', 'mere end', 'flere end', 'over', 'større end', 'above', 'more than', 'higher than', 'exceed', '>'], '>'],
  [['exakt', 'præcis', 'exactly', '='], '='],
];

const OP_SOURCE = anyWord(OPS.flatMap(([w]) => w).filter((w) => /^\p{L}/u.test(w)));
const OP_ANY = `(?:${OP_SOURCE}|≤|≥|<=|>=|<|>|=)`;

function opOf(word: string): Op | null {
  const w = word.trim();
  return OPS.find(([words]) => words.includes(w))?.[1] ?? null;
}

/** `[op] N [unit] [noun]`: a level such as `högst 14 dagars väntetid`, `mindst 80 pct.`, `25 000 besök`. */
export function readLevel(s: string, text: string): Target | null {
  const m = re(`^(?:(${OP_ANY})\\s*)?`).exec(s);
  const opWord = m?.[1] ?? null;
  const after = s.slice(m?.[0].length ?? 0);
  // A trailing comparison ("… än riket", "jämfört med 2019") means something else is being said.
  const a = readAmount(after, re(`(?:^|\\s)(?:än|end|than|jämfört|sammenlignet|i forhold til|jmf|ift\\.?)(?:\\s|$)`));
  if (a?.rest !== '') return null;
  if (a.noun !== null && re(`${VERB}|${anyWord(['ska', 'skal', 'skall', 'bör', 'bør'])}`).test(a.noun)) return null;
  const op = opWord ? opOf(opWord) : null;
  if (opWord && op === null) return null;
  const unit: Unit = a.unit === 'pp' ? null : a.unit;
  const target: Target = { kind: 'level', op, quantity: { value: a.value, unit }, text };
  const noun = a.unit === 'pp' ? ['procentenheter', a.noun].filter(Boolean).join(' ') : a.noun;
  if (noun) target.noun = noun;
  return target;
}

/** A compared-with phrase after a verb or bound: `jämfört med 2019`, `fra 2020`, `ift. sidste år`, `2019 års nivå`. */
export function referenceOf(rest: string): Reference | null {
  const s = rest.trim().replace(/[.,;]$/, '');
  if (/^(?:år for år|år efter år|år från år|year on year|year by year|hvert år|varje år|från år till år)$/u.test(s)) return { type: 'same-period-previous-year' };
  const between = /^(?:mellan|mellem|between)\s+(?:åren\s+|årene\s+|the years\s+)?((?:19|20)\d{2})\s+(?:och|og|and)\s+(?:19|20)\d{2}$/u.exec(s);
  if (between?.[1]) return { type: 'period', period: between[1] };
  const direct = parseReference(s);
  if (direct) return direct;
  const m = /^(?:jmf\.?|jfr\.?|jämfört med|i jämförelse med|i förhållande till|mot|från|ift\.?|i forhold til|sammenlignet med|sammenholdt med|set i forhold til|fra|compared (?:with|to)|relative to|from)\s+(.+)$/u.exec(s);
  const object = (m?.[1] ?? '').trim();
  if (object === '') return null;
  const period = yearPhrase(object);
  if (period) return { type: 'period', period };
  if (/^(?:nuläget|dagens nivå|nuvarande nivå|utgångsläget|ingångsvärdet|det nuværende niveau|nuværende niveau|dagens niveau|udgangspunktet|baseline|basår(?:et)?)$/u.test(object)) {
    return { type: 'baseline', named: true };
  }
  if (/^(?:fjolåret|året innan|året före|föregående år|förra året|forrige år|sidste år|året før|året forinden|last year|the previous year)$/u.test(object)) {
    return { type: 'same-period-previous-year' };
  }
  return seriesOf(object);
}

/** `2019`, `år 2019`, `2019 års nivå`, `niveauet i 2019`, `2019-niveau` -> the period key. */
export function yearPhrase(s: string): string | null {
  const t = s
    .trim()
    .replace(/^(?:år|året|niveauet i|niveauet fra|niveau i|niveauet|the level of|the)\s+/u, '')
    .replace(/(?:\s+års|-)\s*(?:nivå|nivåer|nivån|värde|utfall|resultat|niveau|niveauet)$/u, '')
    .replace(/\s+(?:nivå|nivåer|level)$/u, '');
  return parsePeriodKey(t);
}

/** `bibehålla`, `fastholde niveauet`, `ingen försämring jämfört med 2019`, `vara oförändrad 21,56 kronor`. */
export function readStability(s: string, text: string): Target | null {
  const m = re(`^(?:${anyWord(STABILITY_PHRASES)})\\s*(.*)$`).exec(s);
  if (!m) return null;
  let rest = (m[1] ?? '').trim();
  let named = false;
  const own = /^(?:dagens nivå|nuvarande nivå|nuläget|den nuvarande nivån|det nuværende niveau|nuværende niveau|dagens niveau|the current level|current level)\s*/u.exec(rest);
  if (own) {
    named = true;
    rest = rest.slice(own[0].length);
  }
  rest = rest.replace(/^(?:nivån|nivå|niveauet|niveau|the level|level|värdet|værdien|resultatet|andelen|antallet|antalet|på samma nivå|på samme niveau)\s*/u, '').trim();
  if (rest === '') return { kind: 'same-as', reference: named ? { type: 'baseline', named: true } : { type: 'baseline' }, text };
  const level = readAmount(rest);
  if (level && level.rest === '' && level.unit !== 'pp') {
    const t: Target = { kind: 'level', op: '=', quantity: { value: level.value, unit: level.unit }, text };
    if (level.noun) t.noun = level.noun;
    return t;
  }
  const ref = referenceOf(rest) ?? (yearPhrase(rest) ? { type: 'period' as const, period: yearPhrase(rest)! } : null);
  return ref ? { kind: 'same-as', reference: ref, text } : null;
}

const SUPERLATIVE = '\\p{L}+(?:ste|sta|este|aste|ast|est|bästa|bedste|främsta|fremmeste)';
const ORDINAL = 'första|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|første|fjerde|sjette|syvende|ottende|niende|tiende|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';

/** `bland de fem bästa regionerna`, `blandt de 10 bedste kommuner`, `topp tre`, `den tredje bästa`. */
export function readRank(s: string, text: string): Target | null {
  let m = re(`^(?:bland|blandt|among|i toppen bland|i top blandt)\\s+(?:de|the)\\s+${AMOUNT}\\s+${SUPERLATIVE}\\s*(.*)$`).exec(s);
  if (!m) m = re(`^(?:topp|top|top-)\\s*${AMOUNT}\\s*(.*)$`).exec(s);
  if (!m) m = re(`^(?:\\p{L}+s\\s+)?(?:den\\s+|det\\s+|the\\s+|som\\s+)?(${ORDINAL}|\\d+:?e|\\d+\\.)\\s+${SUPERLATIVE}\\s*(.*)$`).exec(s);
  // "Sveriges tryggaste kommun": first place.
  if (!m) {
    const first = re(`^\\p{L}+s\\s+(?:${SUPERLATIVE})\\s+(kommun|region|stad|by|kommune|municipality|region)$`).exec(s);
    if (first) return { kind: 'rank', top: 1, among: first[1] ?? null, text };
  }
  if (!m?.[1]) return null;
  const top = amountValue(m[1].replace(/:?e$|\.$/u, '')) ?? numberWordValue(m[1]);
  if (top === null || top < 1 || !Number.isInteger(top)) return null;
  const among = (m[2] ?? '').replace(/^(?:i|in)\s+/u, '').trim();
  return { kind: 'rank', top, among: among === '' ? null : among, text };
}

const BENCHMARK_RELATIONS: [string[], Extract<Target, { kind: 'benchmark' }>['relation']][] = [
  [['i nivå med', 'på nivå med', 'på samma nivå som', 'samma nivå som', 'i paritet med', 'lika med', 'som', 'i niveau med', 'på niveau med', 'på samme niveau som', 'samme niveau som', 'på linje med', 'in line with', 'level with', 'on par with', 'at the same level as', 'the same level as', 'nå', 'når', 'opnå', 'uppnå', 'reach', 'matche', 'matcha'], 'equal'],
  [['bättre än', 'bedre end', 'better than'], 'better'],
  [['högre än', 'över', 'större än', 'mer än', 'ovanför', 'överträffa', 'överstiga', 'højere end', 'over', 'større end', 'mere end', 'overstige', 'overgå', 'above', 'higher than', 'exceed', 'beat'], 'above'],
  [['lägre än', 'under', 'mindre än', 'understiga', 'lavere end', 'mindre end', 'below', 'lower than', 'beneath'], 'below'],
  [['närma sig', 'närmare', 'nærme sig', 'tættere på', 'approach', 'closer to', 'minska avståndet till', 'minska gapet till', 'mindske afstanden til'], 'approach'],
  [['låg och stabil nivå jämfört med', 'låg och stabil nivå jfr med', 'lav og stabil'], 'low-stable'],
];

/** `under riksgenomsnittet`, `bättre än rikssnittet`, `på samma nivå som landet i övrigt`, `bedre end landsgennemsnittet`. */
export function readBenchmark(s: string, text: string): Target | null {
  for (const [words, relation] of BENCHMARK_RELATIONS) {
    const m = re(`^(?:${anyWord(words)})\\s+(.+)$`).exec(s);
    if (!m?.[1]) continue;
    const reference = seriesOf(m[1].trim());
    if (reference) return { kind: 'benchmark', relation, reference, text };
  }
  return null;
}

/** `minst 80 procent lägre än år 1990`, `20 % højere end i 2019`: a relative change against a year. */
export function readRelativeToPeriod(s: string, text: string): Target | null {
  const m = re(`^(?:(${OP_ANY})\\s+)?${AMOUNT}\\s*(?:%|procent|pct\\.?|percent)\\s+(lägre|högre|mindre|större|lavere|højere|færre|flere|lower|higher|less|more)\\s+(?:än|end|than)\\s+(?:i\\s+|in\\s+)?(.+)$`).exec(s);
  if (!m?.[2] || !m[3] || !m[4]) return null;
  const percent = amountValue(m[2]);
  const period = yearPhrase(m[4]);
  if (percent === null || !period) return null;
  const direction: ChangeDirection = /^(?:lägre|mindre|lavere|færre|lower|less)$/u.test(m[3]) ? 'decrease' : 'increase';
  return { kind: 'relative-change', direction, percent, reference: { type: 'period', period }, text };
}

/** `öka med 300 platser`, `minska med 2 procentenheter`, `nedbringes med seks dage`, `öka med minst 5 procent jmf 2019`. */
export function readChange(s: string, text: string): Target | null {
  // Up to eight words may name what changes: "reducere udledningen af drivhusgasser med 76%".
  const m = re(`^(${VERB}|${anyWord(HALVE_VERBS)}|${anyWord(DOUBLE_VERBS)})(?:\\s+[\\p{L}-]+){0,8}?\\s+(?:med|by)\\s+(?:(?:minst|mindst|at least|cirka|ca\\.?|omkring|ungefär)\\s+)?(.+)$`).exec(s);
  if (!m?.[1] || !m[2]) return null;
  const dir = verbDirection(m[1]);
  if (dir === null || dir === 'improve') return null;
  const a = readAmount(m[2], re(`(?:^|\\s)(?:jmf|jfr|jämfört|i jämförelse|i förhållande|från|fra|ift|i forhold|sammenlignet|set i forhold|compared|relative|sammenholdt|from|mot|mod|per år|om året|årligen|årligt|till|til|to|mellan|mellem|between)(?:\\s|\\.|$)`));
  if (!a) return null;
  const restRef = a.rest.replace(/^(?:per år|om året|årligen|årligt)\s*/u, '').replace(re(`^(?:till|til|to)\\s+${AMOUNT}.*$`), '').trim();
  const reference = restRef === '' ? ({ type: 'baseline' } as const) : referenceOf(restRef);
  if (!reference) return null;
  if (a.unit === '%') return { kind: 'relative-change', direction: dir, percent: a.value, reference, text };
  const t: Target = { kind: 'absolute-change', direction: dir, amount: a.value, unit: a.unit, reference, text };
  if (a.noun) t.noun = a.noun;
  return t;
}

const CHANGE_NOUN = anyWord(['reduktion', 'reduktionen', 'reduction', 'minskning', 'minskningen', 'sänkning', 'nedbringelse', 'ökning', 'ökningen', 'øgning', 'stigning', 'forøgelse', 'increase', 'fald']);

/** `en reduktion på 25 % i forhold til 2006`, `70% reduktion af drivhusgasudledningen i 2030 sammenlignet med 1990`. */
export function readChangeNoun(s: string, text: string): Target | null {
  const split = (body: string) => body.split(/\s+(?=(?:jmf\.?|jfr\.?|jämfört med|i forhold til|sammenlignet med|compared (?:with|to)|ift\.?)\s)/u);
  let m = re(`^(?:en\\s+|et\\s+|a\\s+)?(${CHANGE_NOUN})(?:\\s+(?:af|av|of)\\s+[^%]+?)?\\s+(?:på|med|of|by)\\s+${AMOUNT}\\s*(?:%|procent|pct\\.?|percent)\\s*(.*)$`).exec(s);
  let noun = m?.[1];
  let amount = m?.[2];
  let tail = m?.[3] ?? '';
  if (!m) {
    m = re(`^${AMOUNT}\\s*(?:%|procent|pct\\.?|percent)\\s+(${CHANGE_NOUN})(?:\\s+(?:af|av|of)\\s+.+?)?(?:\\s+(?=jmf|jfr|jämfört|i forhold|sammenlignet|compared|ift)|$)(.*)$`).exec(s);
    amount = m?.[1];
    noun = m?.[2];
    tail = m?.[3] ?? '';
  }
  if (!m || !amount || !noun) return null;
  const percent = amountValue(amount);
  if (percent === null) return null;
  const [, compare] = split(`x ${tail.trim()}`);
  const reference = compare === undefined ? ({ type: 'baseline' } as const) : referenceOf(compare);
  if (!reference) return null;
  const direction: ChangeDirection = /^(?:reduktion|reduktionen|reduction|minskning|minskningen|sänkning|nedbringelse|fald)$/u.test(noun) ? 'decrease' : 'increase';
  return { kind: 'relative-change', direction, percent, reference, text };
}

/** `halveras`, `fordobles`, `halveras jämfört med 2019`: a relative change written as one verb. */
export function readHalveDouble(s: string, text: string): Target | null {
  const m = re(`^(${anyWord(HALVE_VERBS)}|${anyWord(DOUBLE_VERBS)})\\s*(.*)$`).exec(s);
  if (!m?.[1]) return null;
  const reference = (m[2] ?? '').trim() === '' ? ({ type: 'baseline' } as const) : referenceOf(m[2] ?? '');
  if (!reference) return null;
  const halve = re(`^${anyWord(HALVE_VERBS)}$`).test(m[1]);
  return { kind: 'relative-change', direction: halve ? 'decrease' : 'increase', percent: halve ? 50 : 100, reference, text };
}

/** `öka till 10 000 medborgare`, `nedbringes til under 30 dage`: a direction that ends at a level. */
export function readDirectionToLevel(s: string, text: string): Target | null {
  const m = re(`^(${VERB})(?:\\s+[\\p{L}-]+){0,6}?\\s+(?:(?:från|fra|from)\\s+${AMOUNT}\\s*(?:%|procent|pct\\.?)?\\s+)?(?:till|til|to|ned till|ned til|op til|upp till|ner till)\\s+(.+)$`).exec(s);
  const restRaw = m?.[3] ?? m?.[2];
  if (!m?.[1] || !restRaw) return null;
  const dir = verbDirection(m[1]);
  const rest = restRaw.trim();
  const benchmark = readBenchmark(`i nivå med ${rest.replace(/^(?:samma nivå som|samme niveau som|nivån för|niveauet for)\s+/u, '')}`, text);
  if (benchmark && dir !== 'improve' && dir !== null) {
    return { kind: 'compound', parts: [{ kind: 'direction', direction: dir, reference: { type: 'baseline' }, text }, benchmark], text };
  }
  const period = yearPhrase(rest);
  if (period && !/^\d+$/.test(rest.replace(/\s/g, '')) ) return { kind: 'same-as', reference: { type: 'period', period }, text };
  const level = readLevel(rest, text);
  if (level?.kind !== 'level') return null;
  if (level.op === null && (dir === 'increase' || dir === 'decrease')) level.op = dir === 'increase' ? '>=' : '<=';
  return level;
}

// Words after a verb that only restate what is measured ("öka andelen", "minska antalet vårdskador").
const COMPARE_SPLIT = /\s+(?=(?:jmf\.?|jfr\.?|jämfört med|i jämförelse med|i förhållande till|ift\.?|i forhold til|sammenlignet med|set i forhold til|compared (?:with|to)|relative to)\s)/u;

/** `öka`, `nedbringes`, `forbedres`, `minska antalet vårdskador jämfört med 2019`. */
export function readDirectionPhrase(s: string, text: string): Target | null {
  const m = re(`^(${VERB})(?=[\\s,]|$),?\\s*(.*)$`).exec(s);
  if (!m?.[1]) return null;
  const dir = verbDirection(m[1]);
  if (dir === null) return null;
  const rest = (m[2] ?? '').trim();
  if (/^(?:hvilket|vilket|which|hvor|där)\s/u.test(rest)) return { kind: 'direction', direction: dir, reference: { type: 'baseline' }, text };
  if (rest === '') return { kind: 'direction', direction: dir, reference: { type: 'baseline' }, text };
  const direct = referenceOf(rest);
  if (direct) return { kind: 'direction', direction: dir, reference: direct, text };
  const [object = '', compare] = rest.split(COMPARE_SPLIT);
  // "öka och bidra till …", "øges, hvilket fremgår …": a clause of its own after the target, saying why or how.
  if (/^(?:och|og|and|samt|men|but|,)(?:\s|$)/u.test(object)) {
    const clause = object.replace(/^(?:,\s*)?(?:och|og|and|samt|men|but)?\s*/u, '');
    if (clause === '' || re(`${VERB}|\\d|${anyWord(HALVE_VERBS)}`).test(clause)) return null;
    return { kind: 'direction', direction: dir, reference: { type: 'baseline' }, text };
  }
  // "Öka kraftigt": how much is for a person to judge.
  if (re(`^${anyWord(['kraftigt', 'betydligt', 'markant', 'väsentligt', 'tydligt', 'avsevärt', 'rejält', 'betydeligt', 'mærkbart', 'væsentligt', 'significantly', 'substantially', 'greatly', 'drastiskt', 'drastisk'])}`).test(object)) return null;
  // An object with its own verb or number is another statement, not what is measured.
  if (re(`${VERB}|\\d|${anyWord(['ska', 'skal', 'skall', 'bör', 'bør', 'samt', 'men', 'men också'])}`).test(object)) return null;
  if (compare === undefined) return { kind: 'direction', direction: dir, reference: { type: 'baseline' }, text };
  const reference = referenceOf(compare);
  return reference ? { kind: 'direction', direction: dir, reference, text } : null;
}

/** Where a target phrase can start: a direction verb, a bound, a copula, a stability or return word. */
export const VERB_START = `(?:${VERB}|${anyWord(HALVE_VERBS)}|${anyWord(DOUBLE_VERBS)}|${anyWord(STABILITY_PHRASES)}|${OP_SOURCE}|${anyWord(['vara', 'være', 'ligga', 'ligge', 'uppgå', 'udgøre', 'nå', 'opnå', 'närma', 'nærme', 'återtas', 'återgå', 'bliver', 'blive', 'bli'])})`;

const RETURN = anyWord(['återtas', 'återgå', 'återställas', 'återvända', 'komma tillbaka', 'vende tilbage', 'genoprettes', 'bringes tilbage', 'return']);

/** `återtas till 2019 års nivåer`, `vende tilbage til niveauet i 2019`: back to a year's level. */
export function readReturn(s: string, text: string): Target | null {
  const m = re(`^${RETURN}\\s+(?:till|til|to)\\s+(.+)$`).exec(s);
  const period = m?.[1] ? yearPhrase(m[1]) : null;
  return period ? { kind: 'same-as', reference: { type: 'period', period }, text } : null;
}

/** Tries every predicate reader in turn; null when none understands `s`. */
export function readPredicate(raw: string, text: string): Target | null {
  const plain = raw.replace(/[.;:!*]+$/u, '').trim();
  // "nå riksgenomsnittet": the copula is the relation here.
  const reach = readBenchmark(plain, text) ?? readLevel(plain, text);
  if (reach) return reach;
  let s = stripCopula(plain);
  // "maximalt uppgå till 200 mnkr": the bound may come before the copula.
  const opFirst = re(`^(${OP_SOURCE})\\s+(.+)$`).exec(s);
  if (opFirst?.[1] && opFirst[2] && stripCopula(opFirst[2]) !== opFirst[2]) s = `${opFirst[1]} ${stripCopula(opFirst[2])}`;
  if (s === '') return null;
  return (
    readStability(s, text) ??
    readReturn(s, text) ??
    readRank(s, text) ??
    readBenchmark(s, text) ??
    readRelativeToPeriod(s, text) ??
    readChange(s, text) ??
    readChangeNoun(s, text) ??
    readHalveDouble(s, text) ??
    readDirectionToLevel(s, text) ??
    readLevel(s, text) ??
    readDirectionPhrase(s, text)
  );
}
