import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { isLang, LANG_COOKIE, type Lang } from '../../domain/i18n/lang';
import { formatNumber } from '../../domain/numbers';
import { formatValue } from '../lib/numbers';
import type { MessageKey, Messages, TArgs } from './types';

export type { MessageKey, Messages } from './types';

/**
 * One language's dictionary is loaded at a time, as a chunk of its own: sv.ts, da.ts and en.ts each
 * combine their part files, so a new part is still one line per language there, and nothing here.
 * The sign-in page needs only the frame's texts (sv-frame.ts, part of sv.ts): they come first, on
 * their own, and the whole dictionary when a page past sign-in is shown.
 */
type FrameMessages = Pick<Messages, 'app' | 'auth' | 'oidcSignIn'>;
const loaders: Record<Lang, () => Promise<Messages>> = {
  sv: () => import('./sv').then((m) => m.sv),
  da: () => import('./da').then((m) => m.da),
  en: () => import('./en').then((m) => m.en),
};
const frameLoaders: Record<Lang, () => Promise<FrameMessages>> = {
  sv: () => import('./sv-frame').then((m) => m.svFrame),
  da: () => import('./da-frame').then((m) => m.daFrame),
  en: () => import('./en-frame').then((m) => m.enFrame),
};
const dictionaries: Partial<Record<Lang, Messages>> = {};
const frames: Partial<Record<Lang, FrameMessages>> = {};
const loading = new Map<string, Promise<unknown>>();

/** Loads once what `load` gives into `into[lang]`; a failed load is tried again on the next call. */
function loadOnce<T>(what: string, lang: Lang, into: Partial<Record<Lang, T>>, load: () => Promise<T>): Promise<T> {
  const done = into[lang];
  if (done) return Promise.resolve(done);
  const key = `${what}:${lang}`;
  const pending =
    (loading.get(key) as Promise<T> | undefined) ??
    load().then(
      (loaded) => (into[lang] = loaded),
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
  loading.set(key, pending);
  return pending;
}

/** Loads `lang`'s whole dictionary. */
export function loadLang(lang: Lang): Promise<Messages> {
  return loadOnce('all', lang, dictionaries, loaders[lang]);
}

function loadFrame(lang: Lang): Promise<FrameMessages> {
  return loadOnce('frame', lang, frames, frameLoaders[lang]);
}

/** The pages that need only the frame's texts. */
const FRAME_ONLY_PATHS = new Set(['/login']);
const needsAll = (path: string) => !FRAME_ONLY_PATHS.has(path);

/** What `path` needs of `lang`: the whole dictionary, or the frame's texts on the sign-in page. */
function loadFor(lang: Lang, path: string): Promise<unknown> {
  return needsAll(path) ? loadLang(lang) : loadFrame(lang);
}
const loadedFor = (lang: Lang, path: string) => (needsAll(path) ? !!dictionaries[lang] : !!(dictionaries[lang] ?? frames[lang]));

export const STORAGE_KEY = 'ledstjarna.lang';

/** Each language's name in itself, for the language switch. */
export const LANG_NAMES: Record<Lang, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

function lookup(messages: FrameMessages | Messages, key: string): string {
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

/** `key` in `lang`, whose dictionary must have been loaded (loadLang; the LangProvider does it); else the key itself. */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...args: TArgs<K>): string {
  const messages = dictionaries[lang] ?? frames[lang];
  return interpolate(messages ? lookup(messages, key) : key, args[0] as Record<string, string | number> | undefined);
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

/** Shown only when the first dictionary cannot be loaded (no dictionary to say it in): in all three languages. */
const LOAD_FAILED = 'Sidan kunde inte laddas. / Siden kunne ikke indlæses. / The page could not be loaded.';
const RELOAD = 'Försök igen / Prøv igen / Try again';

// The first texts are asked for as soon as the app's script runs, beside its first API calls.
const firstLang: Lang = typeof window === 'undefined' ? 'sv' : initialLang();
if (typeof window !== 'undefined') loadFor(firstLang, window.location.pathname).catch(() => undefined);

/**
 * The current language, shown once the texts the current page needs have arrived: until then
 * nothing is rendered (the page is blank for the few milliseconds a small chunk takes); a switch
 * keeps showing the previous language until the next one is loaded.
 */
export function LangProvider({ children }: { children: ReactNode }) {
  const [path] = useLocation();
  const [lang, setLangState] = useState<Lang>(firstLang);
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const ready = loadedFor(lang, path);

  useEffect(() => {
    if (ready) return;
    loadFor(lang, path).then(
      () => setLoaded((n) => n + 1),
      () => setFailed(true),
    );
  }, [ready, lang, path]);

  useEffect(() => {
    document.documentElement.lang = lang;
    // For the server's hints in the pages it sends (the dictionary to fetch early), not read by the app
    // itself; Swedish, the server's default, needs none (a language chosen before is forgotten).
    const cookie = lang === 'sv' ? `${LANG_COOKIE}=; max-age=0` : `${LANG_COOKIE}=${lang}; max-age=31536000`;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from browsers the regions use (Firefox before 140, Safari)
    document.cookie = `${cookie}; path=/; samesite=lax`;
  }, [lang]);

  const setLang = useCallback(
    (next: Lang) => {
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Not persisted; the choice still holds for this visit.
      }
      // A failed load keeps the language shown; the switch can be used again.
      loadFor(next, window.location.pathname).then(
        () => setLangState(next),
        () => undefined,
      );
    },
    [],
  );

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  if (failed) {
    return (
      <p role="alert">
        {LOAD_FAILED} <a href={typeof window === 'undefined' ? '/' : window.location.href}>{RELOAD}</a>
      </p>
    );
  }
  if (!ready) return null;
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
