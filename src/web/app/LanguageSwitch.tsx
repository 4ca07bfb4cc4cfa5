import { useId } from 'react';
import { isLang, LANGS } from '../../domain/i18n/lang';
import { LANG_NAMES, useT } from '../i18n';

/** A labelled select of the three UI languages; each option is marked with its own language. */
export function LanguageSwitch() {
  const { t, lang, setLang } = useT();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={lang}
        onChange={(event) => {
          if (isLang(event.target.value)) setLang(event.target.value);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
