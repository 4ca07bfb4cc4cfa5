/**
 * The command line's language, chosen the way command-line tools choose theirs: `--lang` on the
 * command line, else LEDSTJARNA_LANG, else the system locale (LC_ALL, then LC_MESSAGES, then LANG,
 * as POSIX ranks them), else Swedish. A locale names its language first: `da_DK.UTF-8` is Danish,
 * `en_GB` English; Norwegian (`nb_NO`) reads as Danish, as the server reads Accept-Language.
 */
import { isLang, type Lang } from '../domain/i18n/lang';

/** The language a locale name (`da_DK.UTF-8`, `en_US`, `sv`) speaks, or undefined for `C`, `POSIX` and others. */
export function localeLang(locale: string | undefined): Lang | undefined {
  const primary = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale?.trim() ?? '')?.[1]?.toLowerCase();
  if (isLang(primary)) return primary;
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'da';
  return undefined;
}

/** The value of `--lang X` or `--lang=X` among the arguments, when it names a language Ledstjärna speaks. */
export function langArgument(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return isLang(value) ? value : undefined;
  }
  return undefined;
}

/** The reader's language for a command: `--lang`, else LEDSTJARNA_LANG, else the locale, else sv. */
export function cliLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const chosen = langArgument(argv) ?? (isLang(env.LEDSTJARNA_LANG) ? env.LEDSTJARNA_LANG : undefined);
  if (chosen) return chosen;
  // The first locale variable that is set decides, even when it names a language Ledstjärna does not speak.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return localeLang(locale) ?? 'sv';
}
