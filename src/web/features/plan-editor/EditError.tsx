import { useState } from 'react';
import { isApiError } from '../../api/client';
import { useT } from '../../i18n';
import { usePlanEditorState } from './PlanEditorContext';

/** Whether the server refused because the part changed since it was read, or the plan is decided. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'conflict';
}

/**
 * A refused edit, in the server's words (409 names who changed what; 400 says what the model does
 * not allow). A conflict offers to reload the plan; whatever the user typed stays in the form.
 * The alert region is always there, so that a new message is announced.
 */
export function EditError({ error }: { error: unknown }) {
  const { t } = useT();
  const editor = usePlanEditorState();
  const [reloaded, setReloaded] = useState<unknown>(null);
  let message: string | null = null;
  if (error) {
    if (isApiError(error)) message = error.status === 0 ? t('app.networkError') : error.message || t('app.errorGeneric');
    else message = t('app.errorGeneric');
  }
  const showReloaded = reloaded !== null && reloaded === error;
  return (
    <div role="alert" className={message ? 'error-box edit-error' : 'edit-error'}>
      {message && (
        <>
          <p>
            <span aria-hidden="true">⚠ </span>
            {showReloaded ? t('planEditor.conflict.reloaded') : message}
          </p>
          {isConflict(error) && !showReloaded && editor && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={async () => {
                await editor.reload();
                setReloaded(error);
              }}
            >
              {t('planEditor.conflict.reload')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
