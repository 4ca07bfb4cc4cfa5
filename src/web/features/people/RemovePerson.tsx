import { useId, useRef, useState } from 'react';
import type { OrganisationUser } from '../../../shared/api-types';
import type { ApiError } from '../../api/client';
import { useT } from '../../i18n';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useRemoveUser } from './api';

interface Props {
  orgId: number;
  orgName: string;
  user: OrganisationUser;
  /** Called with what happened once the person is gone (their row then disappears). */
  onRemoved: (message: string) => void;
}

/** "Ta bort" with a confirmation in place; the server's refusal (the last admin) is shown next to the button. */
export function RemovePerson({ orgId, orgName, user, onRemoved }: Props) {
  const { t } = useT();
  const remove = useRemoveUser(orgId);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const yesRef = useRef<HTMLButtonElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const words = { name: user.name, org: orgName };

  const confirm = () => {
    if (remove.isPending) return;
    // mutateAsync, not mutate's callbacks: the refreshed list drops this row (and this component) before they would run.
    remove.mutateAsync(user.id).then(
      () => onRemoved(t('peopleRemove.removed', words)),
      (e: ApiError) => {
        setConfirming(false);
        setError(e.status === 0 ? t('app.networkError') : e.status === 403 ? t('app.forbidden') : e.message || t('peopleRemove.failed', words));
        focusAfterCommit(() => buttonRef.current?.focus());
      },
    );
  };

  if (confirming) {
    return (
      <fieldset className="remove-confirm">
        <legend>{t('peopleRemove.confirm', words)}</legend>
        <div className="form-actions">
          <button ref={yesRef} type="button" className="button button-danger button-small" onClick={confirm} aria-disabled={remove.isPending || undefined}>
            {remove.isPending ? t('app.saving') : t('peopleRemove.yes')}
            <span className="visually-hidden"> {t('peopleRemove.removeFrom', words)}</span>
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setConfirming(false);
              focusAfterCommit(() => buttonRef.current?.focus());
            }}
          >
            {t('peopleRemove.cancel')}
          </button>
        </div>
      </fieldset>
    );
  }
  return (
    <div className="remove-person">
      <button
        ref={buttonRef}
        type="button"
        className="button button-secondary button-small"
        aria-describedby={error ? `${id}-error` : undefined}
        onClick={() => {
          setError(null);
          setConfirming(true);
          focusAfterCommit(() => yesRef.current?.focus());
        }}
      >
        {t('peopleRemove.remove')}
        <span className="visually-hidden"> {t('peopleRemove.removeFrom', words)}</span>
      </button>
      <div role="alert">
        {error && (
          <p className="field-error" id={`${id}-error`}>
            <span aria-hidden="true">✗ </span>
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
