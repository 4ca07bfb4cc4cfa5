/**
 * `interpretTarget(text, lang)`: a flat, language-neutral summary of how a target text is read,
 * for the CLI and for checking the parser against real phrasings. Conventions:
 *
 * - `understood`: false when the parser keeps the text as `qualitative`, it is empty (`none`) or the target is
 *   to be set later (`pending`: `Beslutas senare`, `Fastsættes senere` — there is no target yet to judge by).
 * - `better`: which way the text itself says is better. `higher`/`lower` from a direction verb
 *   (`öka`, `nedbringes`), a bound (`minst` -> higher, `högst`/`under` -> lower), a side of a benchmark
 *   (`över riket` -> higher) or a subject (`Fler …`, `Færre …`); `equal` for "the same level as"
 *   (`samma nivå`, `i nivå med`, `samme niveau`, `närma sig`), for stability (`bibehålla`, `fastholde`,
 *   `ingen försämring`, `inte sämre än föregående år`, `ingen ökning jämfört med 2023`: no change past the reference, however
 *   it is worded), for a series named alone (`Riket`, `På landsniveau`: be at its level), for an exact level and for a band (`mellan 80 och 90 %`, `80–90 %`); a bound on "the same
 *   level" gives its side (`minst samma nivå som 2023` -> higher, `högst samma nivå som` -> lower); null where the text leaves it to the measure
 *   (`förbättras`, `positiv utveckling`, `bättre än rikssnittet`, a bare number, a rank). A count out of a whole that
 *   shall be reached (`minst 8 av 10 patienter ska …`, `6 av 8 delmål ska uppnås`) is a floor: `higher`. A compound takes its first part's
 *   direction that is not null; an average its inner target's.
 * - `numbers`: every number written, in order, as values (`43 000` -> 43000, `6,5` -> 6.5, Danish
 *   `43.000` -> 43000); cardinal number words count (`fem` -> 5, `seks` -> 6), ordinal words only where they give a place in a
 *   ranking (`tredje plats`, `den tredje bästa` -> 3; not `första besök`, `første samtale`, `årets første ni måneder`);
 *   years (1900–2099 written as a bare four-digit number, also in `2019 års`, `2024–2026`, `202012`) and
 *   report labels (`DÅ 04`, `T1`) do not. A date is a time point and counts as its year (`senast 2026-12-31`,
 *   `31.12.2025`, `30. juni 2025`: no number); a digit ordinal before a word names a grade or a day, not a quantity (`5. klasses elever`,
 *   `30. juni`: no number). Halving and doubling words add no number.
 * - `reference`: what the value is compared with, as written: a period key (`2020`, `2019-12`), a year
 *   span for an average over named years (`2024-2026`), `riket` for the Swedish national value
 *   (riket, rikssnittet, riksgenomsnittet, landet), `landsgennemsnittet` for the Danish one
 *   (landsgennemsnittet, landsplan, hele landet), `andra regioner`, `föregående år` for the same period
 *   a year earlier (föregående år, året innan, fjolåret and Danish sidste år, året før: Ledstjärna keeps
 *   one key for the one comparison), `planperioden` for an average over the plan period, `baseline`
 *   only when the text names it (ingångsvärdet, utgångsläget, dagens nivå, udgangspunktet); otherwise
 *   null — a bare `Öka` is judged against the baseline, but the text does not say so; likewise a change per year
 *   (`öka med 3 % per år`, `øges med 2 procentpoint årligt`) is null: each year's step is judged by the plan's follow-up.
 * - `sentence`: `describeTarget` in the language asked for: `<what is aimed at> → <which way is better>; uppfyllt om <rule>`
 *   with the evaluator's comparison (`Under 6,5 % → lägre är bättre; uppfyllt om värdet < 6,5 %`); `Bedöms av en person: …`
 *   for what a person judges.
 */
import type { Lang } from '../i18n/lang';
import { NUMBER_PATTERN, parseNumber } from '../numbers';
import { describeTarget } from './describe';
import { numberWords, ordinalWords } from './lexicon';
import { PLACE_NOUN } from './read-compare';
import { parseTarget } from './parse-target';
import { withoutDates } from './read-sentence';
import type { Reference, Target } from './types';

/** The flat reading of one target text. */
export interface TargetInterpretation {
  understood: boolean;
  better: 'higher' | 'lower' | 'equal' | null;
  numbers: number[];
  reference: string | null;
  sentence: string;
}

/** Reads a target text and says how it is understood; pure, never throws. */
export function interpretTarget(text: string, lang: Lang = 'sv'): TargetInterpretation {
  const raw = typeof text === 'string' ? text : '';
  const target = parseTarget(raw);
  // A target to be set later (`Beslutas senare`) is not a target yet.
  const understood = target.kind !== 'qualitative' && target.kind !== 'none' && target.kind !== 'pending';
  return {
    understood,
    better: understood ? betterOf(target) : null,
    numbers: numbersIn(raw, lang),
    reference: understood ? referenceOf(target, raw) : null,
    sentence: describeTarget(target, lang),
  };
}

/** Which way the target says is better; see the module comment. */
export function betterOf(t: Target): TargetInterpretation['better'] {
  switch (t.kind) {
    case 'level':
      if (t.op === '>' || t.op === '>=') return 'higher';
      if (t.op === '<' || t.op === '<=') return 'lower';
      return t.op === '=' ? 'equal' : null;
    case 'fraction':
      return 'higher';
    case 'direction':
      return t.direction === 'improve' ? null : t.direction === 'increase' ? 'higher' : 'lower';
    case 'relative-change':
    case 'absolute-change':
      return t.direction === 'increase' ? 'higher' : 'lower';
    case 'gap':
      return t.direction === 'decrease' ? 'lower' : 'higher';
    case 'same-as':
      return t.bound === 'at-least' ? 'higher' : t.bound === 'at-most' ? 'lower' : 'equal';
    case 'benchmark':
      return { equal: 'equal', approach: 'equal', above: 'higher', below: 'lower', 'low-stable': 'lower', better: null }[t.relation] as TargetInterpretation['better'];
    case 'average':
      return betterOf(t.target);
    case 'compound': {
      // A band (`mellan 80 och 90 %`) is a floor and a ceiling: neither side is better.
      const sides = t.parts.map(betterOf);
      if (t.parts.every((p) => p.kind === 'level') && sides.includes('higher') && sides.includes('lower')) return 'equal';
      return sides.find((b) => b !== null) ?? null;
    }
    case 'per-sex':
    case 'per-report-period':
      return Object.values(t.targets).map((x) => (x ? betterOf(x) : null)).find((b) => b !== null) ?? null;
    default:
      return null;
  }
}

const DANISH_NATIONAL = /landsgennemsnit|landsplan|hele landet|landsniveau|landet som helhed|resten af landet|nationale gennemsnit|danmark/u;

function referenceName(r: Reference, text: string): string | null {
  switch (r.type) {
    case 'baseline':
      return r.named ? 'baseline' : null;
    case 'period':
      return r.period;
    case 'same-period-previous-year':
      return 'föregående år';
    case 'series':
      if (r.series === 'other-regions') return 'andra regioner';
      return DANISH_NATIONAL.test(text.toLowerCase()) ? 'landsgennemsnittet' : 'riket';
  }
}

/** What the target compares with, named as in the module comment. */
export function referenceOf(t: Target, text: string): string | null {
  switch (t.kind) {
    case 'direction':
    case 'relative-change':
    case 'absolute-change':
    case 'same-as':
    case 'gap':
    case 'benchmark':
      return referenceName(t.reference, text);
    case 'average':
      return t.over.type === 'plan-period' ? 'planperioden' : `${t.over.from}-${t.over.to}`;
    case 'compound':
      return t.parts.map((p) => referenceOf(p, text)).find((r) => r !== null) ?? null;
    default:
      return null;
  }
}

const YEAR = /^(?:19|20)\d{2}$/;
const PLACE_AFTER = new RegExp(`^\\s+(?:${PLACE_NOUN}|\\p{L}+(?:ste|sta|este|aste|ast|est)|bästa|bedste|främsta|fremmeste|best|plats|plads)(?![\\p{L}])`, 'iu');
const YEAR_MONTH = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])$/;

/** Every number written in `text`, in order, without years and report labels; number words included. */
export function numbersIn(text: string, lang: Lang = 'sv'): number[] {
  // A date is a time point, read as its year (`senast 2026-12-31`); a digit ordinal names a grade or a day (`5. klasse`, `30. juni`).
  const s =
    typeof text === 'string'
      ? withoutDates(text.replace(/\s+/g, ' ')).replace(/(?<![\d.,])(\d{1,2})\.(?= \p{Ll})/gu, (whole, _n: string, at: number, all: string) =>
          // "5. plads", "3. bedste" give a place: kept, like ordinal words.
          PLACE_AFTER.test(all.slice(at + whole.length)) ? whole : 'ORD',
        )
      : '';
  const words = numberWords(lang);
  const ordinals = ordinalWords(lang);
  const wordSource = Object.keys(words).sort((a, b) => b.length - a.length).join('|');
  const token = new RegExp(`(?<![\\p{L}\\d.,])(${NUMBER_PATTERN})(?![\\p{L}])|(?<![\\p{L}\\d])(${wordSource})(?![\\p{L}\\d])`, 'giu');
  const out: number[] = [];
  for (const m of s.matchAll(token)) {
    if (m[2]) {
      const word = m[2].toLowerCase();
      // An ordinal is a number only where it gives a place: "tredje plats", "den femte bästa", not "första besök".
      if (ordinals[word] !== undefined && !PLACE_AFTER.test(s.slice((m.index ?? 0) + m[2].length))) continue;
      out.push(words[word] ?? 0);
      continue;
    }
    const raw = (m[1] ?? '').trim();
    const bare = raw.replace(/^[+\-\u2212]/, '');
    const at = m.index ?? 0;
    const before = s.slice(Math.max(0, at - 4), at);
    const after = s.slice(at + raw.length, at + raw.length + 12);
    if (YEAR.test(bare) && !/^\s*(?:%|procent|pct|kr|st\b|stk|besök|personer)/iu.test(after)) continue;
    if (YEAR_MONTH.test(bare)) continue;
    // The end of a span ("2024-2026", "0-22-årige") is read as a negative number otherwise: a year is dropped, a range end kept.
    if (/^[-\u2212–]/.test(raw) && /\d$/.test(before)) {
      if (!YEAR.test(bare)) out.push(Number(bare.replace(',', '.')));
      continue;
    }
    if (/då\s?$|DÅ\s?$/iu.test(before) && /^0?[48]$/.test(bare)) continue;
    const value = parseNumber(raw, lang);
    if (value !== null) out.push(Math.abs(value) === value || !/^[-\u2212]/.test(raw) ? value : value);
  }
  return out;
}
