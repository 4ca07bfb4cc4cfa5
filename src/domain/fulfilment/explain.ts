/** Words of the fulfilment explanations in every language. Numbers are formatted in format.ts. */
import type { Lang, Localized } from '../i18n/lang';
import { LANGS } from '../i18n/lang';
import { formatPeriod } from '../periods/period';
import type { ReportKind, Sex } from '../targets/types';
import type { FulfilmentStatus, ReferenceSource } from './types';

const LABELS: Record<FulfilmentStatus, Localized> = {
  met: { sv: 'Uppfyllt', da: 'Opfyldt', en: 'Met' },
  'partly-met': { sv: 'Delvis uppfyllt', da: 'Delvist opfyldt', en: 'Partly met' },
  'not-met': { sv: 'Ej uppfyllt', da: 'Ikke opfyldt', en: 'Not met' },
  'too-few-values': { sv: 'För få värden', da: 'For få værdier', en: 'Too few values' },
  'no-value': { sv: 'Inget värde ännu', da: 'Ingen værdi endnu', en: 'No value yet' },
  'not-reported': { sv: 'Rapporteras inte denna period', da: 'Rapporteres ikke i denne periode', en: 'Not reported this period' },
  'not-measurable': { sv: 'Ej mätbart', da: 'Ikke målbart', en: 'Not measurable' },
};

/** The label of a status as shown in scorecards: sv `Uppfyllt`, da `Opfyldt`, en `Met`, … */
export function statusLabel(status: FulfilmentStatus, lang: Lang): string {
  return LABELS[status][lang];
}

/** The status as it ends a sentence: sv `uppfyllt`, en `partly met`. */
export function statusPhrase(status: FulfilmentStatus, lang: Lang): string {
  const label = statusLabel(status, lang);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Builds a Localized text from one function of the language, so every language is always written. */
export function localize(fn: (lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, fn(lang)])) as Localized;
}

/** A Localized from its three texts, in the order sv, da, en. */
export function tr(sv: string, da: string, en: string): Localized {
  return { sv, da, en };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The full explanation: `<target text>: <what was compared> – <status>`; without a target text the core starts the sentence. */
export function sentence(prefix: string | null, core: Localized, status: FulfilmentStatus): Localized {
  const head = prefix?.trim() ?? '';
  return localize((lang) => {
    const body = `${core[lang]} – ${statusPhrase(status, lang)}`;
    return head === '' ? capitalize(body) : `${head}: ${body}`;
  });
}

/** A sex as named before its part of an explanation: sv `K`, da `kvinder`, en `women`; the total is `totalt`. */
export function sexLabel(sex: Sex, lang: Lang): string {
  const labels: Record<Sex, Localized> = {
    K: tr('K', 'kvinder', 'women'),
    M: tr('M', 'mænd', 'men'),
    T: tr('totalt', 'i alt', 'total'),
  };
  return labels[sex][lang];
}

/** A report kind as plans write it (`DÅ 04`, `DÅ 08`, `ÅR`), the same in every language. */
export function reportKindLabel(kind: ReportKind): string {
  return kind === 'ÅR' ? 'ÅR' : `DÅ ${kind.slice(2)}`;
}

/** The relation between two compared numbers as a symbol. */
export function relationSymbol(cmp: number): string {
  return cmp < 0 ? '<' : cmp > 0 ? '>' : '=';
}

/** The symbol of a target operator. */
export function opSymbol(op: '<' | '<=' | '>' | '>=' | '='): string {
  return { '<': '<', '<=': '≤', '>': '>', '>=': '≥', '=': '=' }[op];
}

/** Names where a comparison value came from, e.g. sv `ingångsvärdet 2019`, `samma period året innan (DÅ 04 2021)`. */
export function sourceLabel(
  source: ReferenceSource,
  period: string | null,
  baselineYear: number | null,
  forecast: boolean,
  lang: Lang,
): string {
  const p = period === null ? '' : formatPeriod(period, lang).short;
  switch (source) {
    case 'baseline': {
      // `ingångsvärdet 2019`, `ingångsvärdet (prognos 2020)`, `ingångsvärdet (ÅR 2021)`.
      const word = tr('ingångsvärdet', 'udgangsværdien', 'the baseline')[lang];
      const when = period !== null ? p : baselineYear === null ? '' : String(baselineYear);
      if (forecast) return `${word} (${[tr('prognos', 'prognose', 'forecast')[lang], when].filter(Boolean).join(' ')})`;
      if (period !== null) return `${word} (${when})`;
      return when ? `${word} ${when}` : word;
    }
    case 'period':
      return tr(`värdet för ${p}`, `værdien for ${p}`, `the value for ${p}`)[lang];
    case 'same-period-previous-year':
      return tr(`samma period året innan (${p})`, `samme periode året før (${p})`, `the same period a year earlier (${p})`)[lang];
    case 'previous-measurement':
      return tr(`föregående mätning (${p})`, `forrige måling (${p})`, `the previous measurement (${p})`)[lang];
    case 'benchmark':
      return tr('riket', 'hele landet', 'the national value')[lang];
  }
}

/** Said when nobody has told which way the measure gets better. */
export const DIRECTION_UNKNOWN = tr(
  'okänt om ett högre eller lägre värde är bättre',
  'ukendt om en højere eller lavere værdi er bedre',
  'unknown whether a higher or lower value is better',
);

/** Said when the judged period has no value. */
export function noValueFor(period: string): Localized {
  return localize((lang) => {
    const p = formatPeriod(period, lang).short;
    return tr(`inget värde för ${p}`, `ingen værdi for ${p}`, `no value for ${p}`)[lang];
  });
}
