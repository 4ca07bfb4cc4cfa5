import { useState, type FormEvent } from 'react';
import { Link, useSearch } from 'wouter';
import { isApiError } from '../../api/client';
import { useChangePassword, useMe } from '../../api/queries';
import { TextField } from '../../components/Field';
import { FormError, SubmitButton } from '../../components/Form';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { safeNext } from './next';

type Errors = { currentPassword?: string; newPassword?: string; confirm?: string };

/** Changing one's password; required before anything else when the account has a temporary password. */
export function ChangePasswordPage() {
  const { t } = useT();
  useDocumentTitle(t('auth.changeTitle'));
  const me = useMe();
  const change = useChangePassword();
  const next = safeNext(useSearch());
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const mustChange = me.data?.mustChangePassword ?? false;
  const focusAfterCommit = useFocusAfterCommit();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = event.currentTarget;
    const found: Errors = {};
    if (!currentPassword) found.currentPassword = t('auth.passwordRequired');
    if (!newPassword) found.newPassword = t('auth.newPasswordRequired');
    else if (newPassword !== confirm) found.confirm = t('auth.mismatch');
    setErrors(found);
    setFormError(null);
    setDone(false);
    if (Object.keys(found).length > 0) {
      focusAfterCommit(() => focusFirstInvalid(form));
      return;
    }
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setDone(true);
          setCurrent('');
          setNew('');
          setConfirm('');
        },
        onError: (error) => {
          if (isApiError(error) && error.details.length > 0) {
            setErrors({
              currentPassword: error.fieldError('currentPassword'),
              newPassword: error.fieldError('newPassword'),
            });
          }
          if (isApiError(error) && (error.status === 401 || error.status === 403) && error.details.length === 0) {
            setErrors({ currentPassword: t('auth.wrongCurrent') });
          }
          setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('auth.changeFailed'));
          focusAfterCommit(() => focusFirstInvalid(form));
        },
      },
    );
  };

  return (
    <div className="page narrow">
      <h1>{t('auth.changeTitle')}</h1>
      {mustChange && <p className="notice">{t('auth.mustChange')}</p>}
      <div role="status" className={done ? 'success-box' : undefined}>
        {done && (
          <p>
            <span aria-hidden="true">✓ </span>
            {t('auth.changed')} <Link href={next}>{t('auth.continue')}</Link>
          </p>
        )}
      </div>
      <FormError message={formError} />
      <form className="form card" onSubmit={onSubmit} noValidate>
        <TextField
          label={t('auth.currentPassword')}
          error={errors.currentPassword}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrent}
        />
        <TextField
          label={t('auth.newPassword')}
          error={errors.newPassword}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNew}
        />
        <TextField
          label={t('auth.confirmPassword')}
          error={errors.confirm}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
        />
        <div className="form-actions">
          <SubmitButton pending={change.isPending} label={t('auth.changeSubmit')} pendingLabel={t('app.saving')} />
        </div>
      </form>
    </div>
  );
}
