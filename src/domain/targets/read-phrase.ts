/**
 * Reads the predicate of a target sentence — what comes after "X ska …" — into a Target:
 * stability (`bibehålla`), ranks and comparisons (read-compare.ts), relative and absolute changes
 * (`öka med 300 platser`, `minst 80 procent lägre än år 1990`), levels and bands in any unit
 * (read-amount.ts) and directions (`nedbringes`, `öka andelen …`). Input is lowercased and squashed;
 * null when not understood.
 */
import { anyWord, DOUBLE_VERBS, HALVE_VERBS, STABILITY_PHRASES } from './lexicon';
import { AMOUNT, amountValue, OP_ANY, OP_SOURCE, readAmount, readLabelledLevel, readLevel, readRange, re, VERB, verbDirection } from './read-amount';
import { readBenchmark, readRank, readRelativeToPeriod, referenceOf, seriesOf, yearPhrase } from './read-compare';
import type { ChangeDirection, Reference, Target } from './types';

export { readAmount, verbDirection } from './read-amount';

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
  const same = (reference: Reference): Target => ({ kind: 'same-as', reference, text });
  if (rest === '') return same(named ? { type: 'baseline', named: true } : { type: 'baseline' });
  // "fastholdes på mindst 85 %", "behålla en sjukfrånvaro under 5 %": the bound is the target.
  const kept = rest.replace(/^(?:på|vid|at|on)\s+/u, '');
  const bounded = readLevel(kept, text) ?? readLabelledLevel(kept, text);
  if (bounded?.kind === 'level' && bounded.op !== null) return bounded;
  const level = yearPhrase(kept) ? null : readAmount(kept);
  if (level && level.rest === '' && level.unit !== 'pp') {
    const t: Target = { kind: 'level', op: '=', quantity: { value: level.value, unit: level.unit }, text };
    if (level.noun) t.noun = level.noun;
    return t;
  }
  const ref = referenceOf(rest) ?? referenceOf(`jämfört med ${kept}`);
  if (ref) return same(ref);
  // "bibehålla andelen nöjda patienter", "bibehållen hög nivå": what is kept, with no number or comparison of its own.
  if (!/\d/u.test(rest) && !re(`${VERB}|${OP_SOURCE}|${anyWord(['än', 'end', 'than', 'jämfört', 'forhold', 'förhållande'])}`).test(rest) && rest.split(' ').length <= 6) {
    return same({ type: 'baseline' });
  }
  return null;
}

/** `öka med 300 platser`, `minska med 2 procentenheter`, `nedbringes med seks dage`, `öka med minst 5 procent jmf 2019`. */
export function readChange(s: string, text: string): Target | null {
  // Up to eight words may name what changes: "reducere udledningen af drivhusgasser med 76%".
  const m = re(`^(${VERB}|${anyWord(HALVE_VERBS)}|${anyWord(DOUBLE_VERBS)})(?:\\s+[\\p{L}-]+){0,8}?\\s+(?:med|by)\\s+(?:(?:minst|mindst|at least|cirka|ca\\.?|omkring|ungefär)\\s+)?(.+)$`).exec(s);
  if (!m?.[1] || !m[2]) return null;
  const dir = verbDirection(m[1]);
  if (dir === null || dir === 'improve') return null;
  // "minskar jämfört med 2023": "med" belongs to the comparison, and a year is not an amount.
  if (re(`(?:jämfört|jämför|sammenlignet|sammenholdt|i jämförelse|compared)\\s+(?:med|by)\\s`).test(s.slice(0, s.length - m[2].length))) return null;
  const a = readAmount(m[2], re(`(?:^|\\s)(?:jmf|jfr|jämfört|i jämförelse|i förhållande|från|fra|ift|i forhold|sammenlignet|set i forhold|compared|relative|sammenholdt|from|mot|mod|per år|om året|årligen|årligt|till|til|to|mellan|mellem|between)(?:\\s|\\.|$)`));
  if (!a || (a.unit === null && a.noun === null && /^(?:19|20)\d{2}$/.test(String(a.value)))) return null;
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
  // "øges i forhold til 2022" compares; "öka till 2025" names a year, not a level.
  if (/(?:forhold|förhållande|relation)\s+(?:til|till|to)\s/u.test(s) || /^(?:år\s+)?(?:19|20)\d{2}$/u.test(rest)) return null;
  const benchmark = readBenchmark(`i nivå med ${rest.replace(/^(?:samma nivå som|samme niveau som|nivån för|niveauet for)\s+/u, '')}`, text);
  if (benchmark?.kind === 'benchmark' && dir !== 'improve' && dir !== null) {
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

export const DESCRIPTIVE = /(?:^|\s)(?:inom|inden for|inden|within|per|pr\.?|efter|after|i årskurs|årskurs)\s+\d[\d\s.,]*(?:\s*[\p{L}]+)?|(?:^|\s)\d+\+?\s*(?:årige|åringar|år och äldre|år eller äldre|år og derover)(?=\s|$)/gu;

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
  const [raw = '', compare] = rest.split(COMPARE_SPLIT);
  // "genindlæggelser inden for 30 dage", "per 100 000 invånare": numbers that say what is counted.
  const object = raw.replace(DESCRIPTIVE, ' ').trim();
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

/** `Riket`, `På landsniveau`, `i nivå`: a series named alone is the level to be at. */
function readBareSeries(s: string, text: string): Target | null {
  const reference = seriesOf(s);
  return reference ? { kind: 'benchmark', relation: 'equal', reference, text } : null;
}

/** Tries every predicate reader in turn; null when none understands `s`. */
export function readPredicate(raw: string, text: string): Target | null {
  const plain = raw.replace(/[.;:!*]+$/u, '').trim();
  // "nå riksgenomsnittet": the copula is the relation here.
  const reach = readBenchmark(plain, text) ?? readStability(plain, text) ?? readRange(plain, text) ?? readLevel(plain, text) ?? readBareSeries(plain, text);
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
    readRelativeToPeriod(s, text, OP_ANY) ??
    readChange(s, text) ??
    readChangeNoun(s, text) ??
    readHalveDouble(s, text) ??
    readDirectionToLevel(s, text) ??
    readRange(s, text) ??
    readLevel(s, text) ??
    readLabelledLevel(s, text) ??
    readDirectionPhrase(s, text)
  );
}
