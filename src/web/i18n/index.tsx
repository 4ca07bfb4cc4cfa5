import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLang, type Lang } from '../../domain/i18n/lang';
import { formatNumber } from '../../domain/numbers';
import { formatValue } from '../lib/numbers';
import { da } from './da';
import { en } from './en';
import { sv } from './sv';
import type { MessageKey, Messages, TArgs } from './types';

export type { MessageKey, Messages } from './types';

const dictionaries: Record<Lang, Messages> = { sv, da, en };
export const STORAGE_KEY = 'ledstjarna.lang';

/** Each language's name in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

function lookup(messages: Messages, key: string): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : key;
}

/** Replaces `{name}` with vars.name; unknown placeholders stay visible so that they are noticed. */
export function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate<K extends MessageKey>(lang: Lang, key: K, ...args: TArgs<K>): string {
  return interpolate(lookup(dictionaries[lang], key), args[0] as Record<string, string | number> | undefined);
}

function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage can be blocked; Swedish is the default then.
  }
  return 'sv';
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangContextValue | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

/** The translation function and number formatters for the current language. */
export function useT() {
  const context = useContext(LangContext);
  if (!context) throw new Error('useT must be used inside <LangProvider>');
  const { lang, setLang } = context;
  return useMemo(
    () => ({
      lang,
      setLang,
      t: <K extends MessageKey>(key: K, ...args: TArgs<K>) => translate(lang, key, ...args),
      /** A number for display: at most two decimals unless told otherwise. */
      num: (value: number, maximumFractionDigits = 2) => formatNumber(value, lang, { maximumFractionDigits }),
      /** A measure's value with its unit, at most two decimals: `6,5 %`, `43 000 kr`. */
      qty: (value: number, unit: string | null | undefined) => formatValue(value, unit, lang),
    }),
    [lang, setLang],
  );
}
