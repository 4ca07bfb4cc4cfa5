import type { ReactNode } from 'react';
import { isApiError } from '../api/client';
import { useT } from '../i18n';

/** A polite loading message for screen readers and sighted users alike. */
export function Loading({ label }: { label?: string }) {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {label ?? t('app.loading')}
    </p>
  );
}

/** Explains a failed request in the user's language; the server's message is shown for validation errors. */
export function ErrorMessage({ error, onRetry, children }: { error: unknown; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useT();
  let text = t('app.errorGeneric');
  if (isApiError(error)) {
    if (error.status === 0) text = t('app.networkError');
    else if (error.status === 403) text = t('app.forbidden');
    else if (error.status === 404) text = t('app.notFoundData');
    else if (error.status === 401) text = t('app.sessionEnded');
    else if (error.status < 500 && error.message) text = error.message;
  }
  return (
    <div className="error-box" role="alert">
      <p>
        <span aria-hidden="true">⚠ </span>
        {text}
      </p>
      {children}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** A horizontally scrollable, keyboard-focusable region for wide tables on narrow screens. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A focusable region lets keyboard users scroll the table sideways (WCAG 2.1.1).
    // biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: a scroll container, not a document section; it takes focus so that keyboard users can scroll it (WCAG 2.1.1)
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A polite status line for what just succeeded; always rendered (empty when there is nothing) so that changes are announced. */
export function SuccessMessage({ message }: { message: string }) {
  return (
    <p role="status" className="success-message">
      {message && (
        <>
          <span aria-hidden="true">✓ </span>
          {message}
        </>
      )}
    </p>
  );
}
