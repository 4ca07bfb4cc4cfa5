import { useId, useState, type Ref } from 'react';
import { useT } from '../../i18n';

interface Props {
  name: string;
  password: string;
  onDone: () => void;
  /** The read-only password field, focused when the password appears. */
  ref?: Ref<HTMLInputElement>;
}

/** A new person's one-time password: read-only, copyable, and shown only this once. */
export function OneTimePassword({ name, password, onDone, ref }: Props) {
  const { t } = useT();
  const id = useId();
  const [copied, setCopied] = useState<{ ok: boolean; text: string } | null>(null);

  const copy = async () => {
    setCopied(null);
    try {
      await navigator.clipboard.writeText(password);
      setCopied({ ok: true, text: t('people.copied') });
    } catch {
      // Without clipboard access, select the text so that Ctrl+C / Cmd+C copies it.
      const input = document.getElementById(`${id}-password`) as HTMLInputElement | null;
      input?.focus();
      input?.select();
      setCopied({ ok: false, text: t('people.copyFailed') });
    }
  };

  return (
    <section className="notice one-time-password" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('people.passwordHeading', { name })}</h3>
      <p id={`${id}-note`}>
        <strong>{t('people.passwordNote', { name })}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('people.passwordLabel')}</label>
        <input
          ref={ref}
          id={`${id}-password`}
          type="text"
          className="password-output"
          readOnly
          value={password}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-note`}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('people.copy')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('people.done')}
        </button>
        <p role="status" className={copied?.ok ? 'success-message' : undefined}>
          {copied?.text}
        </p>
      </div>
    </section>
  );
}
