/**
 * Quantities and bounds, the smallest pieces of a target phrase: a number with its unit and what it
 * counts (`14 dagars väntetid`, `80 mio. kr.`), a bound before it (`högst`, `mindst`, `inte mer än`,
 * `ikke over`) or after it (`eller mer`, `eller derunder`), a level with a label before it
 * (`Ventetid på højst 4 uger`), and a band (`mellan 80 och 90 %`, `80–90 %`). Also the direction verbs
 * as regex sources, shared by every reader. Input is lowercased and squashed.
 */
import { NUMBER_PATTERN, parseNumber } from '../numbers';
import { anyWord, DECREASE_VERBS, IMPROVE_VERBS, INCREASE_VERBS, numberWordValue } from './lexicon';
import type { ChangeUnit, Target, Unit } from './types';

export type Op = '<' | '<=' | '>' | '>=' | '=';
export type Dir = 'increase' | 'decrease' | 'improve';

export const re = (src: string) => new RegExp(src, 'u');

export const INCREASE = anyWord(INCREASE_VERBS);
export const DECREASE = anyWord(DECREASE_VERBS);
export const IMPROVE = anyWord(IMPROVE_VERBS);
export const VERB = `(?:${INCREASE}|${DECREASE}|${IMPROVE})`;

/** The direction a verb form names, or null. */
export function verbDirection(word: string): Dir | null {
  if (re(`^${INCREASE}$`).test(word)) return 'increase';
  if (re(`^${DECREASE}$`).test(word)) return 'decrease';
  if (re(`^${IMPROVE}$`).test(word)) return 'improve';
  return null;
}

// A number written with digits or as a word ("seks", "fem").
const NUMBER_WORD = '(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|seks|syv|otte|ti|fire|tyve|two|three|four|five|six|seven|eight|nine|ten|twenty)';
export const AMOUNT = `(${NUMBER_PATTERN}|${NUMBER_WORD}(?![\\p{L}]))`;

export function amountValue(text: string): number | null {
  return parseNumber(text) ?? numberWordValue(text);
}

const UNIT_WORDS: [RegExp, ChangeUnit][] = [
  [/^(?:procentenheter|procentenhet|procentandelar|procentpoäng|pct\.?-?point|procentpoint|procentpoints|procent-point|%-?point|%-enheter|percentage points?|pp)(?![\p{L}])/u, 'pp'],
  [/^(?:%|procent|pct\.?|percent|prosent)(?![\p{L}])/u, '%'],
  [/^(?:mnkr|mkr|miljoner kronor|mio\.? ?kr\.?|mio\.? ?kroner|mill\.? ?kr\.?|million kr)(?![\p{L}])/u, 'mnkr'],
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

/** Bound words before a quantity, longest first when matched; negated bounds (`inte mer än`) included. */
export const OPS: [string[], Op][] = [
  [['inte överstiger', 'ej överstiger', 'ikke overstiger', 'inte överstiga', 'ej överstiga', 'inte vara högre än', 'inte vara mer än', 'inte mer än', 'ej mer än', 'inte fler än', 'ej fler än', 'inte över', 'ej över', 'inte högre än', 'ikke overstige', 'ikke være over', 'ikke være højere end', 'ikke være mere end', 'ikke mere end', 'ikke flere end', 'ikke over', 'ikke højere end', 'not exceed', 'not more than', 'not above', 'som mest', 'högst', 'max', 'max.', 'maximalt', 'maximum', 'maksimalt', 'maksimum', 'maks', 'maks.', 'højst', 'at most', 'no more than', 'up to', '≤', '<='], '<='],
  [['inte understiger', 'ej understiger', 'ikke understiger', 'inte understiga', 'ej understiga', 'inte vara lägre än', 'inte vara mindre än', 'inte mindre än', 'ej mindre än', 'inte färre än', 'inte under', 'ej under', 'inte lägre än', 'ikke understige', 'ikke være under', 'ikke være lavere end', 'ikke være mindre end', 'ikke mindre end', 'ikke færre end', 'ikke under', 'ikke lavere end', 'not fall below', 'not less than', 'not below', 'minst', 'lägst', 'mindst', 'minimum', 'min.', 'at least', 'no less than', 'som minimum', 'som minst', '≥', '>='], '>='],
  [['understiga', 'understiger', 'lägre än', 'mindre än', 'färre än', 'under', 'lavere end', 'mindre end', 'færre end', 'below', 'less than', 'fewer than', 'lower than', '<'], '<'],
  [['överstiga', 'överstiger', 'högre än', 'mer än', 'fler än', 'över', 'större än', 'overstige', 'overstiger', 'højere end', 'mere end', 'flere end', 'over', 'større end', 'above', 'more than', 'higher than', 'exceed', '>'], '>'],
  [['exakt', 'præcis', 'exactly', '='], '='],
];

export const OP_SOURCE = anyWord(OPS.flatMap(([w]) => w).filter((w) => /^\p{L}/u.test(w)));
export const OP_ANY = `(?:${OP_SOURCE}|≤|≥|<=|>=|<|>|=)`;

export function opOf(word: string): Op | null {
  const w = word.trim();
  return OPS.find(([words]) => words.includes(w))?.[1] ?? null;
}

// "90 % eller mer", "30 dage eller derunder": a bound written after the quantity.
const POST_BOUND = /\s+(?:eller|or)\s+(mer|mera|fler|högre|större|däröver|mere|flere|højere|større|derover|over|more|higher|above|mindre|färre|lägre|kortare|därunder|färre|lavere|færre|kortere|derunder|under|less|fewer|lower|below)$/u;
const POST_MORE = /^(?:mer|mera|fler|högre|större|däröver|mere|flere|højere|større|derover|over|more|higher|above)$/u;

// "cirka 6,5 procent", "ca. 30 dage": an approximate level has no bound.
const APPROX = /^(?:cirka|ca\.?|circa|omkring|ungefär|runt|kring|approximately|about|around|omtrent|ungefær)\s+/u;

/** `[op] N [unit] [noun]`: a level such as `högst 14 dagars väntetid`, `mindst 80 pct.`, `25 000 besök`, `90 % eller mer`. */
export function readLevel(raw: string, text: string): Target | null {
  let s = raw.replace(APPROX, '');
  const post = POST_BOUND.exec(s);
  if (post?.[1]) s = s.slice(0, post.index);
  const m = re(`^(?:(${OP_ANY})\\s*)?`).exec(s);
  const opWord = m?.[1] ?? null;
  const after = s.slice(m?.[0].length ?? 0).replace(APPROX, '');
  // A trailing comparison ("… än riket", "jämfört med 2019") means something else is being said.
  const a = readAmount(after, re(`(?:^|\\s)(?:än|end|than|jämfört|sammenlignet|i forhold til|jmf|ift\\.?)(?:\\s|$)`));
  if (a?.rest !== '') return null;
  if (a.noun !== null && re(`${VERB}|${anyWord(['ska', 'skal', 'skall', 'bör', 'bør'])}`).test(a.noun)) return null;
  // "2022 års nivå" is a year, not a quantity.
  if (/^(?:19|20)\d{2}$/.test(String(a.value)) && a.unit === null && a.noun !== null && /^års?\b|^-?niveau/u.test(a.noun)) return null;
  let op = opWord ? opOf(opWord) : null;
  if (opWord && op === null) return null;
  if (post?.[1] && op === null) op = POST_MORE.test(post[1]) ? '>=' : '<=';
  const unit: Unit = a.unit === 'pp' ? null : a.unit;
  const target: Target = { kind: 'level', op, quantity: { value: a.value, unit }, text };
  const noun = a.unit === 'pp' ? ['procentenheter', a.noun].filter(Boolean).join(' ') : a.noun;
  if (noun) target.noun = noun;
  return target;
}

/** `Ventetid på højst 4 uger`, `Effektiviseringer på minimum 80 mio. kr.`, `Väntetid till första besök högst 30 dagar`: a label, then a bounded level. */
export function readLabelledLevel(s: string, text: string): Target | null {
  const m = re(`^([\\p{L}][\\p{L}\\s-]*?)\\s+(?:(?:på|om|of|at)\\s+)?((?:${OP_ANY})\\s*${AMOUNT}.*)$`).exec(s);
  // "NKI 75 eller högre", "Svartid 30 sekunder eller derunder": a label, then a level bounded after it.
  const post = m ? null : re(`^([\\p{L}][\\p{L}\\s-]*?)\\s+(${AMOUNT}[^\\d]*?\\s+(?:eller|or)\\s+\\p{L}+)$`).exec(s);
  const label = m?.[1] ?? post?.[1];
  const rest = m?.[2] ?? post?.[2];
  if (!label || !rest || label.split(' ').length > 8) return null;
  // The label names what is measured; a verb in it makes it a statement of its own.
  if (re(`${VERB}|${anyWord(['ska', 'skal', 'skall', 'bör', 'bør', 'må', 'får', 'är', 'er', 'vara', 'være'])}`).test(label)) return null;
  if (post && re(OP_SOURCE).test(label)) return null;
  const level = readLevel(rest, text);
  return level?.kind === 'level' && level.op !== null ? level : null;
}

/** `mellan 80 och 90 %`, `mellem 85 og 95`, `80–90 %`: a band to stay within, as a floor and a ceiling. */
export function readRange(s: string, text: string): Target | null {
  const m =
    re(`^(?:mellan|mellem|between)\\s+${AMOUNT}\\s*(%|procent|pct\\.?)?\\s+(?:och|og|and)\\s+${AMOUNT}\\s*(.*)$`).exec(s) ??
    re(`^${AMOUNT}\\s*(%|procent|pct\\.?)?\\s*[–—-]\\s*${AMOUNT}\\s*(.*)$`).exec(s);
  if (!m?.[1] || !m[3]) return null;
  const low = readAmount(`${m[1]} ${m[2] ?? m[4] ?? ''}`.trim());
  const high = readAmount(`${m[3]} ${m[4] ?? ''}`.trim());
  if (!low || !high || low.value >= high.value || high.unit === 'pp') return null;
  if (/^(?:19|20)\d{2}$/.test(m[1]) && /^(?:19|20)\d{2}$/.test(m[3]) && high.unit === null) return null;
  const unit: Unit = (high.unit ?? low.unit) as Unit;
  const part = (op: Op, value: number): Target => {
    const t: Target = { kind: 'level', op, quantity: { value, unit }, text };
    if (high.noun) t.noun = high.noun;
    return t;
  };
  return { kind: 'compound', parts: [part('>=', low.value), part('<=', high.value)], text };
}
