import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../domain/i18n/lang';
import { cliLang, localeLang } from './cli-lang';

describe('the command line’s language', () => {
  it('takes --lang first, in either spelling, over the environment', () => {
    const env = { LEDSTJARNA_LANG: 'en', LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US.UTF-8' };
    expect(cliLang(['import', 'plan.txt', '--lang', 'da'], env)).toBe('da');
    expect(cliLang(['export', 'plan', '--lang=da'], env)).toBe('da');
    expect(cliLang(['backup', '--out', 'x', '--lang', 'sv'], { LANG: 'da_DK.UTF-8' })).toBe('sv');
  });

  it('passes over a --lang it does not speak, and one after `--`', () => {
    expect(cliLang(['--lang', 'fr'], { LEDSTJARNA_LANG: 'da' })).toBe('da');
    expect(cliLang(['target', '--', '--lang', 'en'], {})).toBe('sv');
  });

  it('takes LEDSTJARNA_LANG before the locale', () => {
    expect(cliLang([], { LEDSTJARNA_LANG: 'en', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(cliLang([], { LEDSTJARNA_LANG: 'fi', LANG: 'da_DK.UTF-8' })).toBe('da');
  });

  it('reads the locale as POSIX ranks it: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(cliLang([], { LANG: 'da_DK.UTF-8' })).toBe('da');
    expect(cliLang([], { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLang([], { LANG: 'en_US' })).toBe('en');
    expect(cliLang([], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'da_DK.UTF-8' })).toBe('en');
    expect(cliLang([], { LC_ALL: 'da_DK.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LANG: 'sv_SE.UTF-8' })).toBe('da');
    expect(cliLang([], { LC_ALL: '', LANG: 'da_DK' })).toBe('da');
    // The first locale that is set decides: a French one means the default, not the next variable.
    expect(cliLang([], { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('sv');
  });

  it('speaks Swedish without a choice, and for C, POSIX and languages it does not speak', () => {
    expect(cliLang([], {})).toBe('sv');
    expect(cliLang([], { LANG: 'C.UTF-8' })).toBe('sv');
    expect(cliLang([], { LANG: 'POSIX' })).toBe('sv');
    expect(cliLang([], { LANG: 'de_DE.UTF-8' })).toBe('sv');
    expect(localeLang('nb_NO.UTF-8')).toBe('da');
    expect(localeLang('sv_FI')).toBe('sv');
    expect(localeLang('english')).toBeUndefined();
  });

  it('always answers with a language it speaks, whatever the environment holds', () => {
    const anything = fc.option(fc.string(), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.string()), anything, anything, anything, anything, (argv, LEDSTJARNA_LANG, LC_ALL, LC_MESSAGES, LANG) => {
        expect(LANGS).toContain(cliLang(argv, { LEDSTJARNA_LANG, LC_ALL, LC_MESSAGES, LANG }));
      }),
    );
  });
});
