/**
 * Reads a baseline cell (ingångsvärde) into a structured `Baseline`: the numbers it gives, each
 * with its year, tertial, sex, age band and label, or the reference period it names. The cells
 * are terse and inconsistent (`2019: T1 K 60%, M 65% T2 …`, `19600 tom T2 2021, prognos 35 000 2021`),
 * so a small left-to-right scanner carries context (year, tertial, label) onto each number.
 * What it cannot account for stays `qualitative`; this never throws.
 */
import { NUMBER_PATTERN, parseNumber } from '../numbers';
import { MONTH_PATTERN, monthNumber, squash, stripFootnoteMarks } from './text';
import type { Baseline, BaselinePoint, Sex, Unit } from './types';

/** Understands a baseline text; never throws, and keeps `text` verbatim (trimmed). */
export function parseBaseline(text: string): Baseline {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  try {
    return readBaseline(trimmed);
  } catch {
    // A reader bug must not stop an import: the person still sees the text.
    return { kind: 'qualitative', text: trimmed };
  }
}

const YEAR = '((?:19|20)\\d{2})';
const SUB_PERIODS = '(?:T ?[1-3]|DÅ ?0?4|DÅ ?0?8|ÅR|helår)';

function readBaseline(text: string): Baseline {
  const s = squash(stripFootnoteMarks(text));
  if (s === '' || /^[-–—]+$/.test(s)) return { kind: 'none', text };
  if (/^(?:nytt mått|ny indikator|nyt mål|nyt måltal|ny måling|new measure|new indicator)\.?$/iu.test(s)) {
    return { kind: 'new-measure', text };
  }
  if (
    /^(?:(?:senast|senaste) )?tidigare mätning$|^(?:senaste|föregående) mätning$|^(?:seneste )?(?:tidligere|forrige|seneste) måling$|^(?:the )?(?:latest |last )?(?:previous|earlier|latest|last) measurement$/iu.test(
      s,
    )
  ) {
    return { kind: 'previous-measurement', text };
  }
  return readReferencePeriod(s, text) ?? readValues(s, text) ?? { kind: 'qualitative', text };
}

/** Normalises `T 1`, `DÅ 04`, `ÅR` to the tertial labels T1, T2, T3 (ÅR is the full year, reported as T3). */
function subPeriodOf(token: string): string {
  const t = token.toUpperCase().replace(/ /g, '');
  if (/^T[1-3]$/.test(t)) return t;
  if (/^DÅ0?4$/.test(t)) return 'T1';
  if (/^DÅ0?8$/.test(t)) return 'T2';
  return 'T3';
}

/** Texts that only name a period whose values are the baseline: `2021`, `202012:`, `2021 års antal`, `2020 T1, T2, ÅR`. */
function readReferencePeriod(s: string, text: string): Baseline | null {
  let m = new RegExp(`^${YEAR}(0[1-9]|1[0-2])?:?$`).exec(s);
  if (m?.[1]) return { kind: 'reference-period', year: Number(m[1]), subPeriod: m[2] ?? null, text };
  m = new RegExp(`^${YEAR}:? (?:års|år) (?:antal|värde|nivå|utfall|resultat)$`, 'iu').exec(s);
  if (m?.[1]) return { kind: 'reference-period', year: Number(m[1]), subPeriod: null, text };
  m = new RegExp(`^${YEAR}:? (${SUB_PERIODS}(?:,? ${SUB_PERIODS})*)$`, 'iu').exec(s);
  if (m?.[1] && m[2]) {
    const subs = m[2].split(/,? (?=T|DÅ|ÅR|helår)/iu);
    return { kind: 'reference-period', year: Number(m[1]), subPeriod: subs.length === 1 ? subPeriodOf(m[2]) : null, text };
  }
  // `2021: Nybesök Återbesök`: the year's values, split as the words name them, are the baseline.
  m = new RegExp(`^${YEAR}: ([\\p{L} ,/-]+)$`, 'u').exec(s);
  if (m?.[1]) return { kind: 'reference-period', year: Number(m[1]), subPeriod: null, text };
  // `Kostnad/DRG 2020 per kv`: a named quantity for a year, followed per quarter.
  m = new RegExp(`^[\\p{L}/ -]+ ${YEAR} per (?:kv|kvartal|tertial|månad|mån|år|quarter|month)\\.?$`, 'iu').exec(s);
  if (m?.[1]) return { kind: 'reference-period', year: Number(m[1]), subPeriod: null, text };
  return null;
}

type Token =
  | { t: 'year'; year: number; month: string | null }
  | { t: 'sub'; sub: string }
  | { t: 'age'; age: string }
  | { t: 'sex'; sex: Sex }
  | { t: 'value'; value: number; unit: Unit; denominator: number | null; uncertain: boolean }
  | { t: 'forecast' }
  | { t: 'tom' }
  | { t: 'about' }
  | { t: 'new' }
  | { t: 'month'; month: number }
  | { t: 'eq' }
  | { t: 'sep' }
  | { t: 'end-sentence' }
  | { t: 'word'; word: string };

const UNIT = '(%|procent|mnkr|mkr|mio\\.? ?kr\\.?|kr\\.?|kronor|st(?!\\p{L})|stk\\.?|stycken)';

// Order matters: the first rule that matches at the current position wins.
const RULES: [RegExp, (m: RegExpExecArray) => Token][] = [
  [/^(?:års)?prognos(?:en)?|^forecast/iu, () => ({ t: 'forecast' })],
  [/^(?:t\.? ?o\.? ?m\.?|till och med|til og med|up to)(?!\p{L})/iu, () => ({ t: 'tom' })],
  [/^(?:nytt mått|nyt mål|ny indikator|new measure)/iu, () => ({ t: 'new' })],
  [/^(?:ca\.?|cirka|ungefär|omkring|circa|about|~)(?!\p{L})/iu, () => ({ t: 'about' })],
  [new RegExp(`^${YEAR}(0[1-9]|1[0-2])(?!\\d)`), (m) => ({ t: 'year', year: Number(m[1]), month: m[2] ?? null })],
  [new RegExp(`^${YEAR}(?![\\d%]|[.,]\\d| ?${UNIT})`, 'u'), (m) => ({ t: 'year', year: Number(m[1]), month: null })],
  [new RegExp(`^(${MONTH_PATTERN})\\.?(?!\\p{L})`, 'iu'), (m) => ({ t: 'month', month: monthNumber(m[1] ?? '') ?? 0 })],
  [new RegExp(`^${SUB_PERIODS}(?![\\p{L}\\d])`, 'iu'), (m) => ({ t: 'sub', sub: subPeriodOf(m[0]) })],
  [/^(\d{1,3}) ?(?:år|years?)(?!\p{L})/iu, (m) => ({ t: 'age', age: m[1] ?? '' })],
  [/^(?:K(?!\p{L})|kvinnor|kvinder|women)(?!\p{L}) ?:?/u, () => ({ t: 'sex', sex: 'K' })],
  [/^(?:M(?!\p{L})|män|mænd|men)(?!\p{L}) ?:?/u, () => ({ t: 'sex', sex: 'M' })],
  [
    new RegExp(`^(${NUMBER_PATTERN})(?: ?\\/ ?(\\d+))?(?: ?${UNIT})?( ?\\?)?`, 'iu'),
    (m) => ({
      t: 'value',
      value: parseNumber(m[1] ?? '') ?? Number.NaN,
      unit: unitOf(m[3]),
      denominator: m[2] ? Number(m[2]) : null,
      uncertain: m[4] !== undefined,
    }),
  ],
  [/^=/, () => ({ t: 'eq' })],
  [/^[,;:]/, () => ({ t: 'sep' })],
  [/^\.(?= |$)/, () => ({ t: 'end-sentence' })],
  [/^(?:\([^)]*\)|[\p{L}][\p{L}\d/.-]*)/u, (m) => ({ t: 'word', word: m[0] })],
];

function unitOf(word: string | undefined): Unit {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === '%' || w === 'procent') return '%';
  if (w === 'mnkr' || w === 'mkr' || w.startsWith('mio')) return 'mnkr';
  if (w.startsWith('kr')) return 'kr';
  return 'st';
}

/** Splits the text into tokens; null at the first character no rule accounts for. */
function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  let rest = s;
  while ((rest = rest.trimStart()) !== '') {
    let matched = false;
    for (const [re, make] of RULES) {
      const m = re.exec(rest);
      if (!m || m[0] === '') continue;
      tokens.push(make(m));
      rest = rest.slice(m[0].length);
      matched = true;
      break;
    }
    if (!matched) return null;
  }
  return tokens;
}

interface Context {
  year: number | null;
  sub: string | null;
  sex: Sex | null;
  age: string | null;
  group: string | null;
  inner: string | null;
  forecast: boolean;
}

/** Numbers with their context; null when words are left that neither label a number nor name what it counts. */
function readValues(s: string, text: string): Baseline | null {
  const tokens = tokenize(s);
  if (!tokens) return null;
  const points: BaselinePoint[] = [];
  const ctx: Context = { year: null, sub: null, sex: null, age: null, group: null, inner: null, forecast: false };
  let words: string[] = [];
  let uncertain = false;
  let trailing = false; // after `tom`: period tokens qualify the number before them
  let prev: Token['t'] | null = null;
  // A word directly after a unit-less number names what is counted (`6 kommuner`); more words must label a number.
  let noun: string | null = null;

  const takeWordsAsGroup = () => {
    if (words.length > 0) {
      ctx.group = words.join(' ');
      ctx.inner = null;
      words = [];
    }
  };

  for (const tok of tokens) {
    const last = points[points.length - 1];
    if (tok.t !== 'word' && tok.t !== 'sep' && tok.t !== 'end-sentence' && tok.t !== 'eq' && tok.t !== 'new') {
      takeWordsAsGroup();
    }
    switch (tok.t) {
      case 'end-sentence':
        // A sentence after the numbers is a note (`Fr.o.m 2020 könsuppdelat.`); the text keeps it.
        if (points.length > 0 && words.length === 0) return finish(points, uncertain, text);
        break;
      case 'forecast':
        ctx.forecast = true;
        trailing = false;
        break;
      case 'tom':
        trailing = last !== undefined;
        break;
      case 'about':
        uncertain = true;
        break;
      case 'new':
        // `Primärvård 2019 Nytt mått`: this label has no value yet.
        words = [];
        ctx.group = null;
        break;
      case 'month':
        // In `Årsprognos aug 2020` the month says when the forecast was made, not what it is for;
        // elsewhere (`dec 2020: 45`) it is the month the value is for.
        if (!ctx.forecast) ctx.sub = String(tok.month).padStart(2, '0');
        break;
      case 'year':
        if (last && (trailing || (prev === 'value' && last.year === null))) {
          last.year = tok.year;
          if (tok.month) last.subPeriod = tok.month;
        } else {
          const sub = tok.month ?? (prev === 'month' ? ctx.sub : null);
          Object.assign(ctx, { year: tok.year, sub, sex: null, age: null, inner: null });
        }
        break;
      case 'sub':
        if (trailing && last) last.subPeriod = tok.sub;
        else ctx.sub = tok.sub;
        break;
      case 'age':
        ctx.age = tok.age;
        break;
      case 'sex':
        ctx.sex = tok.sex;
        break;
      case 'eq':
        if (words.length === 0) return null;
        ctx.inner = words.join(' ');
        words = [];
        break;
      case 'sep':
        trailing = false;
        break;
      case 'value': {
        if (Number.isNaN(tok.value)) return null;
        if (noun !== null) {
          // `2019: Somatik 47 Psykiatri 48`: the word after a number labels the next one.
          ctx.group = noun;
          ctx.inner = null;
        }
        const label = [ctx.group, ctx.inner].filter((x) => x !== null).join(', ');
        const point: BaselinePoint = {
          quantity: { value: tok.value, unit: tok.unit },
          year: ctx.year,
          subPeriod: ctx.sub,
          sex: ctx.sex ?? 'T',
          ageBand: ctx.age,
          label: label === '' ? null : label,
        };
        if (ctx.forecast) point.forecast = true;
        if (tok.denominator !== null) point.denominator = tok.denominator;
        points.push(point);
        uncertain ||= tok.uncertain;
        ctx.sex = null;
        ctx.inner = null;
        trailing = false;
        break;
      }
      case 'word':
        if (prev === 'value' && last?.quantity.unit === null && words.length === 0) noun = tok.word;
        else words.push(tok.word);
        break;
    }
    if (tok.t !== 'word') noun = null;
    prev = tok.t;
  }
  if (words.length > 0) return null;
  return finish(points, uncertain, text);
}

function finish(points: BaselinePoint[], uncertain: boolean, text: string): Baseline | null {
  if (points.length === 0) return null;
  return { kind: 'values', points, uncertain, forecast: points.some((p) => p.forecast === true), text };
}
