/**
 * Comparisons in a target phrase: what a value is compared with (`jämfört med 2019`, `ift. sidste år`,
 * `2019 års nivå`, `niveauet på landsplan`), the side of it the value should be on (`under
 * riksgenomsnittet`, `högre än 2022 års nivå`, `lavere end niveauet i 2019`, `minst samma nivå som
 * föregående år`) and places in a ranking (`bland de fem bästa`, `tredje plats`). Input is lowercased.
 */
import { NATIONAL_DA, NATIONAL_EN, NATIONAL_SV, OTHER_REGIONS, anyWord, numberWordValue } from './lexicon';
import { AMOUNT, amountValue, re } from './read-amount';
import { parsePeriodKey, parseReference } from './text';
import type { ChangeDirection, Reference, Target } from './types';

const NATIONAL = anyWord([...NATIONAL_SV, ...NATIONAL_DA, ...NATIONAL_EN]);
const OTHERS = anyWord(OTHER_REGIONS);

// Words before a series name that say nothing about it: "i riket", "niveauet på landsplan", "gennemsnittet for hele landet".
const SERIES_LEAD = /^(?:för|for|i|in|på|med|mot|mod|til|till|to|the|det|den|hela|niveauet|nivån|nivåen|niveau|nivå|gennemsnittet|genomsnittet|snittet|the level)\s+/u;

/** `riket`, `landsgennemsnittet`, `andra regioner` (with `för`, `i`, `niveauet på` before and `som helhet` after allowed). */
export function seriesOf(s: string): Reference | null {
  let t = s.trim();
  if (re(`^${NATIONAL}$`).test(t)) return { type: 'series', series: 'riket' };
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(SERIES_LEAD, '');
  }
  t = t.replace(/\s+(?:som helhet|i övrigt|som helhed)$/u, '');
  if (re(`^${NATIONAL}$`).test(t)) return { type: 'series', series: 'riket' };
  if (re(`^${OTHERS}$`).test(t)) return { type: 'series', series: 'other-regions' };
  return null;
}

const PREVIOUS_YEAR = /^(?:fjolåret|året innan|året före|föregående år|förra året|förra årets nivå|föregående års nivå|forrige år|sidste år|året før|året forinden|sidste års niveau|last year|the previous year)$/u;
const NAMED_BASELINE = /^(?:nuläget|dagens nivå|nuvarande nivå|utgångsläget|ingångsvärdet|det nuværende niveau|nuværende niveau|dagens niveau|udgangspunktet|udgangsniveauet|baseline|basår(?:et)?)$/u;

/** A compared-with phrase after a verb or bound: `jämfört med 2019`, `fra 2020`, `ift. sidste år`, `2019 års nivå`. */
export function referenceOf(rest: string): Reference | null {
  const s = rest.trim().replace(/[.,;]$/, '');
  if (/^(?:år for år|år efter år|år från år|year on year|year by year|hvert år|varje år|från år till år)$/u.test(s)) return { type: 'same-period-previous-year' };
  const between = /^(?:mellan|mellem|between)\s+(?:åren\s+|årene\s+|the years\s+)?((?:19|20)\d{2})\s+(?:och|og|and)\s+(?:19|20)\d{2}$/u.exec(s);
  if (between?.[1]) return { type: 'period', period: between[1] };
  const span = /^(?:fra|från|from)\s+(?:år\s+)?((?:19|20)\d{2})\s+(?:til|till|to)\s+(?:år\s+)?(?:19|20)\d{2}$/u.exec(s);
  if (span?.[1]) return { type: 'period', period: span[1] };
  const direct = parseReference(s);
  if (direct) return direct;
  const m = /^(?:jmf\.?|jfr\.?|jämfört med|i jämförelse med|i förhållande till|mot|från|ift\.?|i forhold til|sammenlignet med|sammenholdt med|set i forhold til|fra|compared (?:with|to)|relative to|from)\s+(.+)$/u.exec(s);
  const object = (m?.[1] ?? '').trim();
  return object === '' ? null : objectReference(object);
}

/** What a comparison object names: a year's level, the year before, the baseline or another series. */
export function objectReference(raw: string): Reference | null {
  const object = raw.trim().replace(/^(?:i|på|in)\s+/u, '');
  const period = yearPhrase(object);
  if (period) return { type: 'period', period };
  if (NAMED_BASELINE.test(object)) return { type: 'baseline', named: true };
  if (PREVIOUS_YEAR.test(object)) return { type: 'same-period-previous-year' };
  return seriesOf(raw);
}

/** `2019`, `år 2019`, `2019 års nivå`, `niveauet i 2019`, `2019-niveau`, `2019 års resultat` -> the period key. */
export function yearPhrase(s: string): string | null {
  const t = s
    .trim()
    .replace(/^(?:år|året|niveauet i|niveauet fra|niveauet for|niveau i|nivån för|nivån i|niveauet|the level of|the|i)\s+/u, '')
    .replace(/(?:\s+års|-)\s*(?:nivå|nivåer|nivån|värde|värdet|utfall|utfallet|resultat|resultatet|niveau|niveauet|andel|andelen)$/u, '')
    .replace(/\s+(?:nivå|nivåer|level|niveau)$/u, '');
  return parsePeriodKey(t);
}

type Relation = Extract<Target, { kind: 'benchmark' }>['relation'];

const RELATIONS: [string[], Relation][] = [
  [['i nivå med', 'på nivå med', 'på samma nivå som', 'samma nivå som', 'i paritet med', 'lika med', 'som', 'i niveau med', 'på niveau med', 'på samme niveau som', 'samme niveau som', 'niveau med', 'nivå med', 'på linje med', 'in line with', 'level with', 'on par with', 'at the same level as', 'the same level as', 'nå', 'når', 'opnå', 'uppnå', 'reach', 'matche', 'matcha'], 'equal'],
  [['bättre än', 'bedre end', 'better than'], 'better'],
  [['högre än', 'över', 'större än', 'mer än', 'ovanför', 'överträffa', 'överstiga', 'højere end', 'over', 'større end', 'mere end', 'overstige', 'overgå', 'above', 'higher than', 'exceed', 'beat'], 'above'],
  [['lägre än', 'under', 'mindre än', 'understiga', 'lavere end', 'mindre end', 'below', 'lower than', 'beneath'], 'below'],
  [['närma sig', 'närmare', 'nærme sig', 'tættere på', 'approach', 'closer to', 'minska avståndet till', 'minska gapet till', 'mindske afstanden til'], 'approach'],
  [['låg och stabil nivå jämfört med', 'låg och stabil nivå jfr med', 'lav og stabil'], 'low-stable'],
];

// Relation words that compare with a period, not only with a series.
const COMPARATIVE = /(?:än|end|than|som|med|as|with)$/u;

const AT_LEAST = /^(?:minst|mindst|lägst|at least)\s+/u;
const AT_MOST = /^(?:högst|højst|at most)\s+/u;

/**
 * `under riksgenomsnittet`, `bättre än rikssnittet`, `på niveau med hele landet`: against another series;
 * `högre än 2022 års nivå`, `lavere end niveauet i 2019`, `lägre än året innan`: a direction against that
 * period; `samma nivå som 2023`, `minst samma nivå som föregående år`: not worse than (at least, at most) it.
 */
export function readBenchmark(raw: string, text: string): Target | null {
  const least = AT_LEAST.exec(raw);
  const most = least ? null : AT_MOST.exec(raw);
  const s = raw.slice((least ?? most)?.[0].length ?? 0);
  // "Minst 2019 års nivå", "højst 2022-niveau": a bound on a year's level (a bare year is a number, not a level).
  const level = (least || most) && !/^\d+$/u.test(s.trim()) ? yearPhrase(s) : null;
  if (level) return { kind: 'same-as', reference: { type: 'period', period: level }, bound: least ? 'at-least' : 'at-most', text };
  for (const [words, relation] of RELATIONS) {
    const m = re(`^(${anyWord(words)})\\s+(.+)$`).exec(s);
    if (!m?.[1] || !m[2]) continue;
    const object = m[2].trim().replace(/^(?:än|end|than)\s+/u, '');
    const series = seriesOf(object);
    if (series && !least && !most) return { kind: 'benchmark', relation, reference: series, text };
    // A period is compared with only by an explicit comparison ("lägre än", "samma nivå som"): "under 2025" is a time.
    if (series || relation === 'approach' || relation === 'low-stable' || !COMPARATIVE.test(m[1])) continue;
    const reference = objectReference(object);
    if (!reference) continue;
    if (relation === 'equal') {
      const t: Target = { kind: 'same-as', reference, text };
      if (least || most) t.bound = least ? 'at-least' : 'at-most';
      return t;
    }
    if (least || most) continue;
    const direction = relation === 'above' ? 'increase' : relation === 'below' ? 'decrease' : 'improve';
    return { kind: 'direction', direction, reference, text };
  }
  return null;
}

/** `minst 80 procent lägre än år 1990`, `20 % højere end i 2019`: a relative change against a year. */
export function readRelativeToPeriod(s: string, text: string, opAny: string): Target | null {
  const m = re(`^(?:(${opAny})\\s+)?${AMOUNT}\\s*(?:%|procent|pct\\.?|percent)\\s+(lägre|högre|mindre|större|lavere|højere|færre|flere|lower|higher|less|more)\\s+(?:än|end|than)\\s+(?:i\\s+|in\\s+)?(.+)$`).exec(s);
  if (!m?.[2] || !m[3] || !m[4]) return null;
  const percent = amountValue(m[2]);
  const period = yearPhrase(m[4]);
  if (percent === null || !period) return null;
  const direction: ChangeDirection = /^(?:lägre|mindre|lavere|færre|lower|less)$/u.test(m[3]) ? 'decrease' : 'increase';
  return { kind: 'relative-change', direction, percent, reference: { type: 'period', period }, text };
}

const SUPERLATIVE = '\\p{L}+(?:ste|sta|este|aste|ast|est|bästa|bedste|främsta|fremmeste)';
export const ORDINAL = 'första|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|første|fjerde|sjette|syvende|ottende|niende|tiende|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
/** Nouns for a place in a ranking, after an ordinal: `tredje plats`, `femte plads`. */
export const PLACE_NOUN = 'plats|platsen|placering|placeringen|plads|pladsen|placeringen|place|position';

/** `bland de fem bästa regionerna`, `blandt de 10 bedste kommuner`, `topp tre`, `den tredje bästa`, `tredje plats bland regionerna`. */
export function readRank(raw: string, text: string): Target | null {
  const s = raw.replace(/^(?:placering|placeringen|placera sig|placere sig|plads|rankas|rangeres|ranking|rankning)\s+/u, '');
  let m = re(`^(?:bland|blandt|among|i toppen bland|i top blandt)\\s+(?:de|the)\\s+${AMOUNT}\\s+${SUPERLATIVE}\\s*(.*)$`).exec(s);
  if (!m) m = re(`^(?:topp|top|top-)\\s*${AMOUNT}\\s*(.*)$`).exec(s);
  if (!m) m = re(`^(?:\\p{L}+s\\s+)?(?:den\\s+|det\\s+|the\\s+|som\\s+)?(${ORDINAL}|\\d+:?e|\\d+\\.)\\s+${SUPERLATIVE}\\s*(.*)$`).exec(s);
  if (!m) m = re(`^(?:en\\s+|a\\s+)?(${ORDINAL}|\\d+:?e|\\d+\\.)\\s+(?:${PLACE_NOUN})\\s*(.*)$`).exec(s);
  // "Sveriges tryggaste kommun": first place.
  if (!m) {
    const first = re(`^\\p{L}+s\\s+(?:${SUPERLATIVE})\\s+(kommun|region|stad|by|kommune|municipality|region)$`).exec(s);
    if (first) return { kind: 'rank', top: 1, among: first[1] ?? null, text };
  }
  if (!m?.[1]) return null;
  const top = amountValue(m[1].replace(/:?e$|\.$/u, '')) ?? numberWordValue(m[1]);
  if (top === null || top < 1 || !Number.isInteger(top)) return null;
  const among = (m[2] ?? '').replace(/^(?:i|in|bland|blandt|among)\s+/u, '').trim();
  return { kind: 'rank', top, among: among === '' ? null : among, text };
}
