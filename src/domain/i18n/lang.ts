/** The languages Ledstjärna speaks. Swedish is the default and the source of every text. */
export const LANGS = ['sv', 'da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text given in every language. */
export type Localized = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The cookie in which the web app keeps the language it shows (beside its local storage), so that
 * the server can name that language's dictionary in the page's hints (src/server/http/page-hints.ts).
 */
export const LANG_COOKIE = 'ls_lang';
