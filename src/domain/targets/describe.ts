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

const OP_PHRASE: Record<'<' | '<=' | '>' | '>=' | '=' | 'none', Words> = {
  '<': { sv: 'Komma under', da: 'Komme under', en: 'Get below' },
  '<=': { sv: 'Nå högst', da: 'Nå højst', en: 'Reach at most' },
  '>': { sv: 'Komma över', da: 'Komme over', en: 'Get above' },
  '>=': { sv: 'Nå minst', da: 'Nå mindst', en: 'Reach at least' },
  '=': { sv: 'Nå exakt', da: 'Nå præcis', en: 'Reach exactly' },
  none: { sv: 'Nå', da: 'Nå', en: 'Reach' },
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

/** A short sentence saying how a target was understood, e.g. sv `Komma under 6,5 %`, `Öka jämfört med ingångsvärdet`. */
export function describeTarget(t: Target, lang: Lang): string {
  switch (t.kind) {
    case 'level': {
      const month = t.month ? ` ${{ sv: 'i', da: 'i', en: 'in' }[lang]} ${MONTH_NAMES[lang][t.month - 1]}` : '';
      const noun = t.noun ? ` ${t.noun}` : '';
      const year = t.year ? ` ${{ sv: 'år', da: 'i', en: 'by' }[lang]} ${t.year}` : '';
      return `${OP_PHRASE[t.op ?? 'none'][lang]} ${formatQuantity(t.quantity, lang)}${noun}${month}${year}`;
    }
    case 'fraction':
      return `${OP_PHRASE.none[lang]} ${formatNumber(t.numerator, lang)} ${{ sv: 'av', da: 'af', en: 'of' }[lang]} ${formatNumber(t.denominator, lang)}`;
    case 'direction':
      return `${DIRECTION_VERB[t.direction][lang]} ${COMPARED[lang]} ${referenceName(t.reference, lang)}`;
    case 'relative-change': {
      const by = { sv: 'med', da: 'med', en: 'by' }[lang];
      const pct = formatQuantity({ value: t.percent, unit: '%' }, lang);
      return `${DIRECTION_VERB[t.direction][lang]} ${by} ${pct} ${COMPARED[lang]} ${referenceName(t.reference, lang)}`;
    }
    case 'absolute-change':
      return describeAbsoluteChange(t, lang);
    case 'rank':
      return describeRank(t, lang);
    case 'average':
      return `${averageName(t.over, lang)}: ${lowerFirst(describeTarget(t.target, lang))}`;
    case 'compound': {
      const and = { sv: ' och ', da: ' og ', en: ' and ' }[lang];
      const all = { sv: 'varje del ska vara uppfylld', da: 'hver del skal være opfyldt', en: 'every part must be met' }[lang];
      return `${t.parts.map((p, i) => (i === 0 ? describeTarget(p, lang) : lowerFirst(describeTarget(p, lang)))).join(and)} (${all})`;
    }
    case 'same-as': {
      const words =
        t.bound === 'at-least'
          ? { sv: 'Minst samma nivå som', da: 'Mindst samme niveau som', en: 'At least the level of' }
          : t.bound === 'at-most'
            ? { sv: 'Högst samma nivå som', da: 'Højst samme niveau som', en: 'At most the level of' }
            : { sv: 'Samma nivå som', da: 'Samme niveau som', en: 'The same level as' };
      return `${words[lang]} ${referenceName(t.reference, lang)}`;
    }
    case 'gap': {
      const verb =
        t.direction === 'decrease'
          ? { sv: 'Minska skillnaden', da: 'Mindske forskellen', en: 'Narrow the gap' }
          : { sv: 'Öka skillnaden', da: 'Øge forskellen', en: 'Widen the gap' };
      return `${verb[lang]} ${COMPARED[lang]} ${referenceName(t.reference, lang)}`;
    }
    case 'benchmark': {
      if (t.relation === 'above' || t.relation === 'below' || t.relation === 'approach') return describeSide(t.relation, t.reference, lang);
      const relation = {
        equal: { sv: 'I nivå med', da: 'På niveau med', en: 'In line with' },
        better: { sv: 'Bättre än', da: 'Bedre end', en: 'Better than' },
        'low-stable': {
          sv: `Låg och stabil nivå ${COMPARED.sv}`,
          da: `Lavt og stabilt niveau ${COMPARED.da}`,
          en: `A low and stable level ${COMPARED.en}`,
        },
      }[t.relation][lang];
      return `${relation} ${referenceName(t.reference, lang)}`;
    }
    case 'per-sex':
      return capitalize(
        (['K', 'M', 'T'] as const)
          .flatMap((sex) => {
            const sub = t.targets[sex];
            return sub ? [`${SEX_NAME[sex][lang]}: ${lowerFirst(describeTarget(sub, lang))}`] : [];
          })
          .join('; '),
      );
    case 'per-report-period':
      return capitalize(
        (['DÅ04', 'DÅ08', 'ÅR'] as const)
          .flatMap((kind) => {
            const sub = t.targets[kind];
            return sub ? [`${REPORT_NAME[kind][lang]}: ${lowerFirst(describeTarget(sub, lang))}`] : [];
          })
          .join('; '),
      );
    case 'pending':
      return t.year === null
        ? { sv: 'Målet sätts senare', da: 'Målet fastsættes senere', en: 'The target will be set later' }[lang]
        : `${{ sv: 'Målet sätts', da: 'Målet fastsættes i', en: 'The target will be set in' }[lang]} ${t.year}`;
    case 'qualitative':
      return `${{ sv: 'Bedöms av en person', da: 'Vurderes af en person', en: 'Judged by a person' }[lang]}: ${quote(t.text, lang)}`;
    case 'none':
      return { sv: 'Inget mål', da: 'Intet mål', en: 'No target' }[lang];
  }
}

/** `Öka med 300 platser jämfört med ingångsvärdet; uppfyllt vid ingångsvärdet + 300`. */
function describeAbsoluteChange(t: Extract<Target, { kind: 'absolute-change' }>, lang: Lang): string {
  const by = { sv: 'med', da: 'med', en: 'by' }[lang];
  const amount =
    t.unit === 'pp'
      ? `${formatNumber(t.amount, lang)} ${{ sv: 'procentenheter', da: 'procentpoint', en: 'percentage points' }[lang]}`
      : formatQuantity({ value: t.amount, unit: t.unit }, lang);
  const noun = t.noun ? ` ${t.noun}` : '';
  const ref = referenceName(t.reference, lang);
  const sign = t.direction === 'increase' ? '+' : '−';
  const met = { sv: `uppfyllt vid ${ref} ${sign} ${amount}`, da: `opfyldt ved ${ref} ${sign} ${amount}`, en: `met at ${ref} ${sign} ${amount}` }[lang];
  return `${DIRECTION_VERB[t.direction][lang]} ${by} ${amount}${noun} ${COMPARED[lang]} ${ref}; ${met}`;
}

/** `Bland de 5 bästa regionerna; bedöms när en rangordning finns`. */
function describeRank(t: Extract<Target, { kind: 'rank' }>, lang: Lang): string {
  const among = t.among ? ` ${t.among}` : '';
  const n = formatNumber(t.top, lang);
  return {
    sv: `Bland de ${n} bästa${among}; bedöms när en rangordning finns`,
    da: `Blandt de ${n} bedste${among}; vurderes når en rangordning findes`,
    en: `Among the top ${n}${among}; judged when a ranking is available`,
  }[lang];
}

function averageName(over: AveragePeriod, lang: Lang): string {
  if (over.type === 'plan-period') return { sv: 'I genomsnitt över planperioden', da: 'I gennemsnit over planperioden', en: 'On average over the plan period' }[lang];
  const span = `${over.from}–${over.to}`;
  return { sv: `I genomsnitt för åren ${span}`, da: `I gennemsnit for årene ${span}`, en: `On average over ${span}` }[lang];
}

/** `Under riket: lägre är bättre; uppfyllt om värdet < rikets värde för perioden`. */
function describeSide(relation: 'above' | 'below' | 'approach', ref: Reference, lang: Lang): string {
  const name = referenceName(ref, lang);
  const value = { sv: `värdet för ${name} samma period`, da: `værdien for ${name} samme periode`, en: `the value of ${name} for the period` }[lang];
  switch (relation) {
    case 'above':
      return { sv: `Över ${name}: högre är bättre; uppfyllt om värdet > ${value}`, da: `Over ${name}: højere er bedre; opfyldt hvis værdien > ${value}`, en: `Above ${name}: higher is better; met if the value > ${value}` }[lang];
    case 'below':
      return { sv: `Under ${name}: lägre är bättre; uppfyllt om värdet < ${value}`, da: `Under ${name}: lavere er bedre; opfyldt hvis værdien < ${value}`, en: `Below ${name}: lower is better; met if the value < ${value}` }[lang];
    case 'approach':
      return { sv: `Närma sig ${name}: uppfyllt inom ±5 % från ${value}, delvis om avståndet har minskat`, da: `Nærme sig ${name}: opfyldt inden for ±5 % af ${value}, delvist hvis afstanden er mindsket`, en: `Approach ${name}: met within ±5% of ${value}, partly if the distance has shrunk` }[lang];
  }
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
