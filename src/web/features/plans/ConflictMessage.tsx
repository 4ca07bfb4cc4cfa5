import { useT } from '../../i18n';

/**
 * Someone else changed the thing while this person edited it: the server's message says who and
 * what. Reloading fetches the new version; the form keeps what the person typed.
 */
export function ConflictMessage({ message, onReload, reloadLabel }: { message: string | null; onReload: () => void; reloadLabel: string }) {
  const { t } = useT();
  return (
    <div role="alert" className={message ? 'error-box conflict-box' : undefined}>
      {message && (
        <>
          <p>
            <span aria-hidden="true">⚠ </span>
            {message}
          </p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {reloadLabel || t('app.retry')}
          </button>
        </>
      )}
    </div>
  );
}
