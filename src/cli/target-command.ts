/**
 * `ledstjarna target "TEXT" [--lang sv|da|en] [--json]`: how Ledstjärna reads a target text.
 * Pure: it opens no database and reads no configuration, so it answers at once anywhere.
 */
import { parseArgs } from 'node:util';
import { isLang, type Lang } from '../domain/i18n/lang';
import { interpretTarget } from '../domain/targets/interpret';
import { commandUsage } from './cli-usage';

/** Runs the target command in the reader's language (`--lang`, else `readerLang`); returns the exit code. */
export function targetCommand(argv: string[], out: (line: string) => void, readerLang: Lang = 'sv'): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const text = positionals.join(' ');
  if (values.help || text.trim() === '') {
    out(commandUsage('target', readerLang));
    return values.help ? 0 : 2;
  }
  const lang = isLang(values.lang) ? values.lang : readerLang;
  const result = interpretTarget(text, lang);
  if (values.json) {
    out(JSON.stringify(result));
    return 0;
  }
  const none = { sv: 'ingen', da: 'ingen', en: 'none' }[lang];
  out(result.sentence);
  out(
    `${{ sv: 'Förstått', da: 'Forstået', en: 'Understood' }[lang]}: ${result.understood ? { sv: 'ja', da: 'ja', en: 'yes' }[lang] : { sv: 'nej', da: 'nej', en: 'no' }[lang]}` +
      ` · ${{ sv: 'bättre', da: 'bedre', en: 'better' }[lang]}: ${result.better ?? none}` +
      ` · ${{ sv: 'tal', da: 'tal', en: 'numbers' }[lang]}: ${result.numbers.join(', ') || none}` +
      ` · ${{ sv: 'jämförs med', da: 'sammenlignes med', en: 'compared with' }[lang]}: ${result.reference ?? none}`,
  );
  return 0;
}
