import { useRef, useState, type FormEvent } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { isApiError } from '../../api/client';
import { useLogin, useMe } from '../../api/queries';
import { TextField } from '../../components/Field';
import { FormError, SubmitButton } from '../../components/Form';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { safeNext } from './next';
import { oidcFailureIn } from '../oidc/api';
import { OidcSignInButtons } from '../oidc/OidcSignInButtons';

type Errors = { email?: string; password?: string };

/** Sign-in with e-mail and password; first-time users continue to choose a new password. */
export function LoginPage() {
  const { t } = useT();
  useDocumentTitle(t('auth.title'));
  const search = useSearch();
  const [, navigate] = useLocation();
  const me = useMe();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const next = safeNext(search);
  const signedOut = new URLSearchParams(search).get('signedOut') === '1';
  const ssoFailure = oidcFailureIn(search);

  if (me.isSuccess && !login.isPending && !login.isSuccess) {
    return <Redirect to={me.data.mustChangePassword ? '/account/password' : next} replace />;
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (login.isPending) return;
    const found: Errors = {};
    if (!email.trim()) found.email = t('auth.emailRequired');
    if (!password) found.password = t('auth.passwordRequired');
    setErrors(found);
    setFormError(null);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();

    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (user) => {
          if (user.mustChangePassword) navigate(`/account/password?next=${encodeURIComponent(next)}`, { replace: true });
          else navigate(next, { replace: true });
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'password-sign-in-off') {
            setFormError(t('oidcSignIn.passwordOff'));
          } else if (isApiError(error) && (error.status === 401 || error.status === 403)) {
            setFormError(t('auth.failed'));
          } else if (isApiError(error) && error.status === 400 && error.details.length > 0) {
            setErrors({ email: error.fieldError('email'), password: error.fieldError('password') });
            setFormError(error.message || t('auth.failed'));
          } else if (isApiError(error) && error.status === 0) {
            setFormError(t('app.networkError'));
          } else {
            setFormError(t('app.errorGeneric'));
          }
          setPassword('');
        },
      },
    );
  };

  return (
    <div className="page narrow">
      <h1>{t('auth.title')}</h1>
      <p>{t('auth.intro')}</p>
      {signedOut && !formError && (
        <p className="notice" role="status">
          {t('auth.signedOut')}
        </p>
      )}
      <FormError message={formError ?? (ssoFailure ? t(`oidcSignIn.failed.${ssoFailure}`) : null)} />
      <OidcSignInButtons />
      <form className="form card" onSubmit={onSubmit} noValidate>
        <TextField
          ref={emailRef}
          label={t('auth.email')}
          error={errors.email}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
        />
        <TextField
          ref={passwordRef}
          label={t('auth.password')}
          error={errors.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
        />
        <div className="form-actions">
          <SubmitButton pending={login.isPending} label={t('auth.submit')} pendingLabel={t('auth.submitting')} />
        </div>
      </form>
    </div>
  );
}
