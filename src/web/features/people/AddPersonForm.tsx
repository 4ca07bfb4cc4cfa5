import { useRef, useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/api-types';
import { useAddUser } from '../../api/queries';
import { SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { OneTimePassword } from './OneTimePassword';
import { ROLES } from './roles';

type FieldName = 'email' | 'name' | 'role';
type Errors = Partial<Record<FieldName, string>>;
const FIELDS: readonly FieldName[] = ['email', 'name', 'role'];

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
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('people.addFailed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
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
          <TextField
            label={t('people.email')}
            error={errors.email}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            required
          />
          <TextField label={t('people.name')} error={errors.name} autoComplete="off" value={name} onChange={setName} required />
          <SelectField
            label={t('people.role')}
            hint={t(`roleInfo.${role}`)}
            error={errors.role}
            value={role}
            onChange={setRole}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </div>
        <FormFooter
          error={formError}
          pending={add.isPending}
          submitLabel={t('people.add')}
          pendingLabel={t('people.adding')}
          success={saved}
        />
      </form>
    </>
  );
}
