/**
 * `ledstjarna target "TEXT" [--lang sv|da|en] [--json]`: how Ledstjärna reads a target text.
 * Pure: it opens no database and reads no configuration, so it answers at once anywhere.
 */
import { parseArgs } from 'node:util';
import { isLang } from '../domain/i18n/lang';
import { interpretTarget } from '../domain/targets/interpret';

export const TARGET_USAGE = `  ledstjarna target "<måltext>" [--lang sv|da|en] [--json]
             visar hur en måltext förstås (riktning, tal, jämförelse, mening); öppnar ingen databas`;

/** Runs the target command; returns the exit code. */
export function targetCommand(argv: string[], out: (line: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'sv' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  const text = positionals.join(' ');
  if (values.help || text.trim() === '') {
    out(`Användning:\n${TARGET_USAGE}`);
    return values.help ? 0 : 2;
  }
  const lang = isLang(values.lang) ? values.lang : 'sv';
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
