/**
 * Short sentences telling the reader how Ledstjärna understood a target or baseline, shown next
 * to the verbatim text on the measure page so a misreading is visible at once.
 */
import type { Lang } from '../i18n/lang';
import { formatNumber, formatQuantity } from '../numbers';
import type { AveragePeriod, Baseline, BaselinePoint, Reference, ReportKind, Sex, Target } from './types';

type Words = Record<Lang, string>;

const MONTH_NAMES: Record<Lang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2020-12` -> `december 2020`; other keys as they are. */
function periodName(key: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  const month = m ? MONTH_NAMES[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : key;
}

const COMPARED: Words = { sv: 'jämfört med', da: 'i forhold til', en: 'compared with' };

function referenceName(ref: Reference, lang: Lang): string {
  switch (ref.type) {
    case 'baseline':
      return { sv: 'ingångsvärdet', da: 'udgangsværdien', en: 'the baseline' }[lang];
    case 'period':
      return periodName(ref.period, lang);
    case 'same-period-previous-year':
      return { sv: 'samma period året innan', da: 'samme periode året før', en: 'the same period the year before' }[lang];
    case 'series':
      return ref.series === 'riket'
        ? { sv: 'riket', da: 'landsgennemsnittet', en: 'the national value' }[lang]
        : { sv: 'andra regioner', da: 'andre regioner', en: 'other regions' }[lang];
  }
}

const DIRECTION_VERB: Record<'increase' | 'decrease' | 'improve', Words> = {
  increase: { sv: 'Öka', da: 'Øge', en: 'Increase' },
  decrease: { sv: 'Minska', da: 'Mindske', en: 'Decrease' },
  improve: { sv: 'Förbättra', da: 'Forbedre', en: 'Improve' },
};

const SEX_NAME: Record<Sex, Words> = {
  K: { sv: 'kvinnor', da: 'kvinder', en: 'women' },
  M: { sv: 'män', da: 'mænd', en: 'men' },
  T: { sv: 'totalt', da: 'i alt', en: 'total' },
};

const REPORT_NAME: Record<ReportKind, Words> = {
  DÅ04: { sv: 'delår april', da: 'delår april', en: 'interim April' },
  DÅ08: { sv: 'delår augusti', da: 'delår august', en: 'interim August' },
  ÅR: { sv: 'helår', da: 'helår', en: 'full year' },
};

function quote(text: string, lang: Lang): string {
  return lang === 'da' ? `»${text}«` : lang === 'sv' ? `”${text}”` : `“${text}”`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The bound as written before a level: `Under 6,5 %`, `Högst 14 dagar`. */
const OP_WORD: Record<'<' | '<=' | '>' | '>=' | '=', Words> = {
  '<': { sv: 'Under', da: 'Under', en: 'Below' },
  '<=': { sv: 'Högst', da: 'Højst', en: 'At most' },
  '>': { sv: 'Över', da: 'Over', en: 'Above' },
  '>=': { sv: 'Minst', da: 'Mindst', en: 'At least' },
  '=': { sv: 'Exakt', da: 'Præcis', en: 'Exactly' },
};

/** Which way is better, as the second part of a sentence. */
type Side = 'higher' | 'lower' | 'closer' | 'inside' | 'measure';

const SIDE: Record<Side, Words> = {
  higher: { sv: 'högre är bättre', da: 'højere er bedre', en: 'higher is better' },
  lower: { sv: 'lägre är bättre', da: 'lavere er bedre', en: 'lower is better' },
  closer: { sv: 'närmare är bättre', da: 'tættere på er bedre', en: 'closer is better' },
  inside: { sv: 'inom intervallet är bättre', da: 'inden for intervallet er bedre', en: 'inside the band is better' },
  measure: { sv: 'måttets riktning avgör vad som är bättre', da: 'indikatorens retning afgør, hvad der er bedre', en: 'the measure’s direction says what is better' },
};

const MET_IF: Words = { sv: 'uppfyllt om', da: 'opfyldt hvis', en: 'met if' };
const THE_VALUE: Words = { sv: 'värdet', da: 'værdien', en: 'the value' };
const THE_AVERAGE: Words = { sv: 'genomsnittet', da: 'gennemsnittet', en: 'the average' };
const AND: Words = { sv: ' och ', da: ' og ', en: ' and ' };

/** A sentence in three parts: what is aimed at, which way is better, and when it is met (null where a person judges). */
interface Parts {
  what: string;
  /** A side, or words of its own where the side is not about the value (`mindre skillnad är bättre`). */
  side: Side | string;
  rule: string | null;
}

function sentence(p: Parts, lang: Lang): string {
  const rule = p.rule === null ? '' : `; ${p.rule}`;
  const side = p.side in SIDE ? SIDE[p.side as Side][lang] : p.side;
  return `${p.what} → ${side}${rule}`;
}

/** The value a reference stands for in a rule: `värdet för 2023`, `ingångsvärdet`, `värdet för riket samma period`. */
function referenceValue(ref: Reference, lang: Lang): string {
  const name = referenceName(ref, lang);
  if (ref.type === 'baseline') return name;
  if (ref.type === 'series') return { sv: `värdet för ${name} samma period`, da: `værdien for ${name} samme periode`, en: `the value of ${name} for the period` }[lang];
  return { sv: `värdet för ${name}`, da: `værdien for ${name}`, en: `the value for ${name}` }[lang];
}

const sideOfOp = (op: '<' | '<=' | '>' | '>=' | '='): Side => (op === '=' ? 'closer' : op.startsWith('>') ? 'higher' : 'lower');

/**
 * A short sentence saying how a target was understood and how it is judged, in the shape
 * `<what is aimed at> → <which way is better>; uppfyllt om <rule>`, e.g. sv
 * `Under 6,5 % → lägre är bättre; uppfyllt om värdet < 6,5 %`. The rule is the evaluator's (fulfilment/rules.ts).
 * Targets a person judges read `Bedöms av en person: …`.
 */
export function describeTarget(t: Target, lang: Lang): string {
  switch (t.kind) {
    case 'per-sex':
      return (['K', 'M', 'T'] as const)
        .flatMap((sex) => {
          const sub = t.targets[sex];
          return sub ? [`${capitalize(SEX_NAME[sex][lang])}: ${describeTarget(sub, lang)}`] : [];
        })
        .join('. ');
    case 'per-report-period':
      return (['DÅ04', 'DÅ08', 'ÅR'] as const)
        .flatMap((kind) => {
          const sub = t.targets[kind];
          return sub ? [`${capitalize(REPORT_NAME[kind][lang])}: ${describeTarget(sub, lang)}`] : [];
        })
        .join('. ');
    case 'pending':
      return t.year === null
        ? { sv: 'Målet sätts senare', da: 'Målet fastsættes senere', en: 'The target will be set later' }[lang]
        : `${{ sv: 'Målet sätts', da: 'Målet fastsættes i', en: 'The target will be set in' }[lang]} ${t.year}`;
    case 'qualitative':
      return `${{ sv: 'Bedöms av en person', da: 'Vurderes af en person', en: 'Judged by a person' }[lang]}: ${quote(t.text, lang)}`;
    case 'none':
      return { sv: 'Inget mål', da: 'Intet mål', en: 'No target' }[lang];
    default:
      return sentence(partsOf(t, lang, THE_VALUE[lang]), lang);
  }
}

/**
 * The three parts of `describeTarget`'s sentence, for a view that states the better direction and the rule in its
 * own words where the measure decides them; null for kinds described otherwise (per sex, per report, pending,
 * a person's judgement, no target).
 */
export function describeTargetParts(t: Target, lang: Lang): { what: string; better: string; rule: string | null } | null {
  if (t.kind === 'per-sex' || t.kind === 'per-report-period' || t.kind === 'pending' || t.kind === 'qualitative' || t.kind === 'none') return null;
  const p = partsOf(t, lang, THE_VALUE[lang]);
  return { what: p.what, better: p.side in SIDE ? SIDE[p.side as Side][lang] : p.side, rule: p.rule };
}

/** The three parts of a target that has a rule; `value` names what is judged (`värdet`, `genomsnittet`). */
function partsOf(t: Target, lang: Lang, value: string): Parts {
  const met = MET_IF[lang];
  switch (t.kind) {
    case 'level': {
      const month = t.month ? ` ${{ sv: 'i', da: 'i', en: 'in' }[lang]} ${MONTH_NAMES[lang][t.month - 1]}` : '';
      const noun = t.noun ? ` ${t.noun}` : '';
      const year = t.year ? ` ${{ sv: 'år', da: 'i', en: 'by' }[lang]} ${t.year}` : '';
      const q = formatQuantity(t.quantity, lang);
      const what = `${t.op ? `${OP_WORD[t.op][lang]} ${q}` : q}${noun}${month}${year}`;
      if (t.op) return { what, side: sideOfOp(t.op), rule: `${met} ${value} ${t.op === '<=' ? '≤' : t.op === '>=' ? '≥' : t.op} ${q}` };
      // A bare number: the measure's better direction gives the bound (rules.ts opFor).
      const rule = {
        sv: `uppfyllt om ${value} ≥ ${q} när högre är bättre, ≤ ${q} när lägre är bättre`,
        da: `opfyldt hvis ${value} ≥ ${q} når højere er bedre, ≤ ${q} når lavere er bedre`,
        en: `met if ${value} ≥ ${q} when higher is better, ≤ ${q} when lower is better`,
      }[lang];
      return { what, side: 'measure', rule };
    }
    case 'fraction': {
      const n = formatNumber(t.numerator, lang);
      return { what: `${n} ${{ sv: 'av', da: 'af', en: 'of' }[lang]} ${formatNumber(t.denominator, lang)}`, side: 'higher', rule: `${met} ${value} ≥ ${n}` };
    }
    case 'direction': {
      const what = `${DIRECTION_VERB[t.direction][lang]} ${COMPARED[lang]} ${referenceName(t.reference, lang)}`;
      const ref = referenceValue(t.reference, lang);
      if (t.direction === 'improve') {
        return { what, side: 'measure', rule: { sv: `uppfyllt om ${value} är bättre än ${ref}`, da: `opfyldt hvis ${value} er bedre end ${ref}`, en: `met if ${value} is better than ${ref}` }[lang] };
      }
      const up = t.direction === 'increase';
      return { what, side: up ? 'higher' : 'lower', rule: `${met} ${value} ${up ? '>' : '<'} ${ref}` };
    }
    case 'relative-change': {
      const ref = referenceValue(t.reference, lang);
      const pct = formatQuantity({ value: t.percent, unit: '%' }, lang);
      const up = t.direction === 'increase';
      return {
        what: `${DIRECTION_VERB[t.direction][lang]} ${{ sv: 'med', da: 'med', en: 'by' }[lang]} ${pct} ${COMPARED[lang]} ${referenceName(t.reference, lang)}`,
        side: up ? 'higher' : 'lower',
        rule: `${met} ${value} ${up ? '≥' : '≤'} ${ref} ${up ? '+' : '−'} ${pct}`,
      };
    }
    case 'absolute-change': {
      const amount =
        t.unit === 'pp'
          ? `${formatNumber(t.amount, lang)} ${{ sv: 'procentenheter', da: 'procentpoint', en: 'percentage points' }[lang]}`
          : formatQuantity({ value: t.amount, unit: t.unit }, lang);
      const noun = t.noun ? ` ${t.noun}` : '';
      const ref = referenceValue(t.reference, lang);
      const up = t.direction === 'increase';
      return {
        what: `${DIRECTION_VERB[t.direction][lang]} ${{ sv: 'med', da: 'med', en: 'by' }[lang]} ${amount}${noun} ${COMPARED[lang]} ${referenceName(t.reference, lang)}`,
        side: up ? 'higher' : 'lower',
        rule: `${met} ${value} ${up ? '≥' : '≤'} ${ref} ${up ? '+' : '−'} ${amount}`,
      };
    }
    case 'rank': {
      const among = t.among ? ` ${t.among}` : '';
      const n = formatNumber(t.top, lang);
      return {
        what: { sv: `Bland de ${n} bästa${among}`, da: `Blandt de ${n} bedste${among}`, en: `Among the top ${n}${among}` }[lang],
        side: { sv: 'en plats längre upp är bättre', da: 'en plads længere oppe er bedre', en: 'a higher place is better' }[lang],
        rule: {
          sv: `uppfyllt om platsen är ${n} eller bättre; bedöms när en rangordning finns`,
          da: `opfyldt hvis placeringen er ${n} eller bedre; vurderes når en rangordning findes`,
          en: `met if the place is ${n} or better; judged when a ranking is available`,
        }[lang],
      };
    }
    case 'average': {
      const inner = partsOf(t.target, lang, THE_AVERAGE[lang]);
      return { what: `${averageName(t.over, lang)}: ${lowerFirst(inner.what)}`, side: inner.side, rule: inner.rule };
    }
    case 'compound': {
      const parts = t.parts.map((p) => partsOf(p, lang, value));
      const sides = parts.map((p) => p.side);
      // A band (`mellan 80 och 90 %`) is a floor and a ceiling: inside it is what is aimed at.
      const band = t.parts.every((p) => p.kind === 'level') && sides.includes('higher') && sides.includes('lower');
      const side = band ? 'inside' : (sides.find((x) => x !== 'measure') ?? sides[0] ?? 'measure');
      const rules = parts.map((p, i) => (p.rule === null ? null : i === 0 ? p.rule : p.rule.replace(new RegExp(`^${MET_IF[lang]}\\s+`, 'u'), '')));
      const rule = rules.every((r) => r !== null) ? rules.join(AND[lang]) : null;
      const what = parts.map((p, i) => (i === 0 ? p.what : lowerFirst(p.what))).join(AND[lang]);
      return { what, side, rule };
    }
    case 'same-as': {
      const name = referenceName(t.reference, lang);
      const ref = referenceValue(t.reference, lang);
      if (t.bound) {
        const least = t.bound === 'at-least';
        const words = least
          ? { sv: 'Minst samma nivå som', da: 'Mindst samme niveau som', en: 'At least the level of' }
          : { sv: 'Högst samma nivå som', da: 'Højst samme niveau som', en: 'At most the level of' };
        return { what: `${words[lang]} ${name}`, side: least ? 'higher' : 'lower', rule: `${met} ${value} ${least ? '≥' : '≤'} ${ref}` };
      }
      return {
        what: `${{ sv: 'Samma nivå som', da: 'Samme niveau som', en: 'The same level as' }[lang]} ${name}`,
        side: 'measure',
        rule: { sv: `uppfyllt om ${value} är minst lika bra som ${ref}`, da: `opfyldt hvis ${value} er mindst lige så god som ${ref}`, en: `met if ${value} is at least as good as ${ref}` }[lang],
      };
    }
    case 'gap': {
      const ref = referenceName(t.reference, lang);
      const down = t.direction === 'decrease';
      const verb = down
        ? { sv: 'Minska skillnaden', da: 'Mindske forskellen', en: 'Narrow the gap' }
        : { sv: 'Öka skillnaden', da: 'Øge forskellen', en: 'Widen the gap' };
      const side = down
        ? { sv: 'mindre skillnad är bättre', da: 'mindre forskel er bedre', en: 'a smaller gap is better' }
        : { sv: 'större skillnad är bättre', da: 'større forskel er bedre', en: 'a wider gap is better' };
      const rule = {
        sv: `uppfyllt om skillnaden (kvinnor–män, annars mot riket) är ${down ? 'mindre' : 'större'} än vid ${ref}`,
        da: `opfyldt hvis forskellen (kvinder–mænd, ellers til landsgennemsnittet) er ${down ? 'mindre' : 'større'} end ved ${ref}`,
        en: `met if the gap (women–men, else to the national value) is ${down ? 'smaller' : 'wider'} than at ${ref}`,
      }[lang];
      // The side is about the gap, not the value.
      return { what: `${verb[lang]} ${COMPARED[lang]} ${ref}`, side: side[lang], rule };
    }
    case 'benchmark':
      return benchmarkParts(t, lang, value);
    default:
      // Kinds described on their own in describeTarget; here only inside a compound or an average.
      return { what: describeTarget(t, lang), side: 'measure', rule: null };
  }
}

function benchmarkParts(t: Extract<Target, { kind: 'benchmark' }>, lang: Lang, value: string): Parts {
  const name = referenceName(t.reference, lang);
  const ref = referenceValue(t.reference, lang);
  const tol = formatQuantity({ value: 5, unit: '%' }, lang);
  switch (t.relation) {
    case 'above':
      return { what: `${{ sv: 'Över', da: 'Over', en: 'Above' }[lang]} ${name}`, side: 'higher', rule: `${MET_IF[lang]} ${value} > ${ref}` };
    case 'below':
      return { what: `${{ sv: 'Under', da: 'Under', en: 'Below' }[lang]} ${name}`, side: 'lower', rule: `${MET_IF[lang]} ${value} < ${ref}` };
    case 'approach':
      return {
        what: `${{ sv: 'Närma sig', da: 'Nærme sig', en: 'Approach' }[lang]} ${name}`,
        side: 'closer',
        rule: {
          sv: `uppfyllt om ${value} ligger inom ±${tol} från ${ref}, delvis om avståndet har minskat`,
          da: `opfyldt hvis ${value} ligger inden for ±${tol} af ${ref}, delvist hvis afstanden er mindsket`,
          en: `met if ${value} is within ±${tol} of ${ref}, partly if the distance has shrunk`,
        }[lang],
      };
    case 'equal':
      return {
        what: `${{ sv: 'I nivå med', da: 'På niveau med', en: 'In line with' }[lang]} ${name}`,
        side: 'closer',
        rule: {
          sv: `uppfyllt om ${value} ligger inom ±${tol} från ${ref} eller är bättre`,
          da: `opfyldt hvis ${value} ligger inden for ±${tol} af ${ref} eller er bedre`,
          en: `met if ${value} is within ±${tol} of ${ref} or better`,
        }[lang],
      };
    case 'better':
      return {
        what: `${{ sv: 'Bättre än', da: 'Bedre end', en: 'Better than' }[lang]} ${name}`,
        side: 'measure',
        rule: {
          sv: `uppfyllt om ${value} är bättre än ${ref}, delvis inom ±${tol}`,
          da: `opfyldt hvis ${value} er bedre end ${ref}, delvist inden for ±${tol}`,
          en: `met if ${value} is better than ${ref}, partly within ±${tol}`,
        }[lang],
      };
    case 'low-stable':
      return {
        what: { sv: `Låg och stabil nivå ${COMPARED.sv} ${name}`, da: `Lavt og stabilt niveau ${COMPARED.da} ${name}`, en: `A low and stable level ${COMPARED.en} ${name}` }[lang],
        side: 'lower',
        rule: { sv: 'bedöms av en person', da: 'vurderes af en person', en: 'judged by a person' }[lang],
      };
  }
}

function averageName(over: AveragePeriod, lang: Lang): string {
  if (over.type === 'plan-period') return { sv: 'I genomsnitt över planperioden', da: 'I gennemsnit over planperioden', en: 'On average over the plan period' }[lang];
  const span = `${over.from}–${over.to}`;
  return { sv: `I genomsnitt för åren ${span}`, da: `I gennemsnit for årene ${span}`, en: `On average over ${span}` }[lang];
}

function subPeriodName(sub: string, lang: Lang): string {
  if (/^\d{2}$/.test(sub)) return MONTH_NAMES[lang][Number(sub) - 1] ?? sub;
  return sub;
}

function describePoint(p: BaselinePoint, lang: Lang): string {
  const head = [
    p.label,
    p.year === null ? null : String(p.year),
    p.subPeriod === null ? null : subPeriodName(p.subPeriod, lang),
    p.ageBand === null ? null : `${p.ageBand} ${{ sv: 'år', da: 'år', en: 'years' }[lang]}`,
    p.sex === 'T' ? null : SEX_NAME[p.sex][lang],
  ]
    .filter((x) => x !== null)
    .join(' ');
  const value =
    p.denominator === undefined
      ? formatQuantity(p.quantity, lang)
      : `${formatNumber(p.quantity.value, lang)} ${{ sv: 'av', da: 'af', en: 'of' }[lang]} ${formatNumber(p.denominator, lang)}`;
  const forecast = p.forecast ? ` (${{ sv: 'prognos', da: 'prognose', en: 'forecast' }[lang]})` : '';
  return `${head === '' ? '' : `${head}: `}${value}${forecast}`;
}

/** A short sentence saying how a baseline was understood, e.g. sv `2019 kvinnor: 50 %; 2019 män: 47 %`. */
export function describeBaseline(b: Baseline, lang: Lang): string {
  switch (b.kind) {
    case 'values': {
      const list = b.points.map((p) => describePoint(p, lang)).join('; ');
      return b.uncertain ? `${list} (${{ sv: 'osäkert', da: 'usikkert', en: 'uncertain' }[lang]})` : list;
    }
    case 'reference-period': {
      const period = b.subPeriod === null ? String(b.year) : /^\d{2}$/.test(b.subPeriod) ? `${subPeriodName(b.subPeriod, lang)} ${b.year}` : `${b.year} ${b.subPeriod}`;
      return `${{ sv: 'Värdet för', da: 'Værdien for', en: 'The value for' }[lang]} ${period}`;
    }
    case 'new-measure':
      return { sv: 'Nytt mått, inget tidigare värde', da: 'Ny indikator, ingen tidligere værdi', en: 'New measure, no earlier value' }[lang];
    case 'previous-measurement':
      return {
        sv: 'Värdet från senaste tidigare mätning',
        da: 'Værdien fra seneste tidligere måling',
        en: 'The value from the latest earlier measurement',
      }[lang];
    case 'qualitative':
      return `${{ sv: 'Fritext', da: 'Fritekst', en: 'Free text' }[lang]}: ${quote(b.text, lang)}`;
    case 'none':
      return { sv: 'Inget ingångsvärde', da: 'Ingen udgangsværdi', en: 'No baseline' }[lang];
  }
}
