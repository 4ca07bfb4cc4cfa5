/** The languages Ledstjärna speaks. Swedish is the default and the source of every text. */
export const LANGS = ['sv', 'da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text given in every language. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
