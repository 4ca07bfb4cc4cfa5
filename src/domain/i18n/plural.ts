import type { Lang } from './lang';

/** The locale each language formats with: Swedish and Danish as written in Sweden and Denmark, English as in the UK. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

/** A text's forms by plural category; `other` is always given, `one` (and `zero`) where the language has it. */
export interface PluralForms {
  zero?: string;
  one?: string;
  other: string;
}

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The form of `forms` that `n` takes in `lang` (Intl.PluralRules: sv/da/en have `one` and `other`),
 * with `{n}` replaced by the number as the caller formatted it (default: as written).
 */
export function plural(lang: Lang, n: number, forms: PluralForms, shown: string = String(n)): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(LOCALES[lang])));
  const category = n === 0 && forms.zero !== undefined ? 'zero' : rule.select(n);
  const text = (category === 'zero' ? forms.zero : category === 'one' ? forms.one : undefined) ?? forms.other;
  return text.replace(/\{n\}/g, shown);
}

/** A date (YYYY-MM-DD or a Date) written the way the language writes dates: `7 december 2026`, `7. december 2026`, `7 December 2026`. */
export function formatLongDate(date: string | Date, lang: Lang): string {
  const d = typeof date === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date) : date;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' }).format(d);
}

/** A moment with its time, in the Nordic time zone: `7 december 2026 23:59`. */
export function formatDateTime(date: string | Date, lang: Lang): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  }).format(d);
}
