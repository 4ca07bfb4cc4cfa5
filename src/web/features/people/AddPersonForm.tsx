import { useRef, useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/api-types';
import { useAddUser } from '../../api/queries';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { OneTimePassword } from './OneTimePassword';
import { isRole, ROLES } from './roles';

type FieldName = 'email' | 'name' | 'role';
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: readonly string[] = ['email', 'name', 'role'];

/** Gives a person a role; a new person's one-time password is then shown once, to be passed on. */
export function AddPersonForm({ orgId }: { orgId: number }) {
  const { t } = useT();
  const add = useAddUser(orgId);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reader');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [issued, setIssued] = useState<{ name: string; password: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const focusInvalid = () => focusAfterCommit(() => focusFirstInvalid(formRef.current));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const found: Errors = {};
    if (!email.trim()) found.email = t('people.emailRequired');
    if (!name.trim()) found.name = t('people.nameRequired');
    setErrors(found);
    setFormError(null);
    setSaved('');
    if (Object.keys(found).length > 0) return focusInvalid();

    add.mutate(
      { email: email.trim(), name: name.trim(), role },
      {
        onSuccess: ({ user, oneTimePassword }) => {
          const words = { name: user.name, role: t(`roles.${user.role}`) };
          setSaved(t(oneTimePassword ? 'people.added' : 'people.addedExisting', words));
          setIssued(oneTimePassword ? { name: user.name, password: oneTimePassword } : null);
          setEmail('');
          setName('');
          setRole('reader');
          // The password is what the admin must act on now: take them (and their screen reader) there.
          if (oneTimePassword) focusAfterCommit(() => passwordRef.current?.focus());
        },
        onError: (error) => {
          const byField: Errors = {};
          let unplaced = false;
          for (const d of error.details ?? []) {
            const field = d.path.split('.')[0] ?? '';
            if (FIELDS.includes(field)) byField[field as FieldName] ??= d.message;
            else unplaced = true;
          }
          setErrors(byField);
          if (Object.keys(byField).length === 0 || unplaced) {
            setFormError(error.status === 0 ? t('app.networkError') : error.message || t('people.addFailed'));
          }
          focusInvalid();
        },
      },
    );
  };

  return (
    <>
      {issued && (
        <OneTimePassword
          ref={passwordRef}
          name={issued.name}
          password={issued.password}
          onDone={() => {
            setIssued(null);
            focusAfterCommit(() => formRef.current?.querySelector<HTMLElement>('input')?.focus());
          }}
        />
      )}
      <form ref={formRef} className="form card person-form" onSubmit={onSubmit} noValidate>
        <p className="meta">{t('people.addIntro')}</p>
        <div className="form-row">
          <Field label={t('people.email')} error={errors.email}>
            <input
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          </Field>
          <Field label={t('people.name')} error={errors.name}>
            <input type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field label={t('people.role')} hint={t(`roleInfo.${role}`)} error={errors.role}>
            <select value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div role="alert" className={formError ? 'error-box' : undefined}>
          {formError && <p>{formError}</p>}
        </div>
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={add.isPending || undefined}>
            {add.isPending ? t('people.adding') : t('people.add')}
          </button>
          <p role="status" className="success-message">
            {saved && (
              <>
                <span aria-hidden="true">✓ </span>
                {saved}
              </>
            )}
          </p>
        </div>
      </form>
    </>
  );
}
