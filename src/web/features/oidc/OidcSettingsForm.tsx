import { useRef, useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/api-types';
import type { OidcSettings } from '../../../shared/oidc-schemas';
import { SelectField, TextField } from '../../components/Field';
import { FormFooter } from '../../components/Form';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { placeErrors } from '../../lib/formErrors';
import { focusFirstInvalid, useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { ROLES } from '../people/roles';
import { useOidcSettings, useRemoveOidcSettings, useSaveOidcSettings } from './api';

type FieldName = 'issuer' | 'clientId' | 'clientSecret' | 'organisationClaim' | 'organisationValue' | 'roleClaim' | 'roleValues' | 'defaultRole' | 'roleAcr';
const FIELDS: readonly FieldName[] = ['issuer', 'clientId', 'clientSecret', 'organisationClaim', 'organisationValue', 'roleClaim', 'roleValues', 'defaultRole', 'roleAcr'];
type PerRole = Record<Role, string>;
const emptyPerRole = (): PerRole => ({ admin: '', editor: '', reporter: '', reader: '' });

/** "a, b ,c" -> ["a", "b", "c"]; empty parts dropped. */
const list = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
function perRoleLists(p: PerRole): Partial<Record<Role, string[]>> {
  const out: Partial<Record<Role, string[]>> = {};
  for (const r of ROLES) {
    const values = list(p[r]);
    if (values.length > 0) out[r] = values;
  }
  return out;
}
function perRoleText(p: Partial<Record<Role, string[]>>): PerRole {
  const out = emptyPerRole();
  for (const r of ROLES) out[r] = (p[r] ?? []).join(', ');
  return out;
}

/** The admin's form for the organisation's OpenID Provider: where, which client, how claims give roles, and whether passwords still work. */
export function OidcSettingsForm({ orgId }: { orgId: number }) {
  const { t } = useT();
  const settings = useOidcSettings(orgId);
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorMessage error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm key={orgId} orgId={orgId} current={settings.data} t={t} />;
}

function SettingsForm({ orgId, current, t }: { orgId: number; current: OidcSettings | null; t: ReturnType<typeof useT>['t'] }) {
  const save = useSaveOidcSettings(orgId);
  const remove = useRemoveOidcSettings(orgId);
  const [issuer, setIssuer] = useState(current?.issuer ?? '');
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [organisationClaim, setOrganisationClaim] = useState(current?.organisationClaim ?? '');
  const [organisationValue, setOrganisationValue] = useState(current?.organisationValue ?? '');
  const [roleClaim, setRoleClaim] = useState(current?.roleClaim ?? '');
  const [roleValues, setRoleValues] = useState<PerRole>(perRoleText(current?.roleValues ?? {}));
  const [defaultRole, setDefaultRole] = useState<Role | 'none'>(current ? (current.defaultRole ?? 'none') : 'reader');
  const [roleAcr, setRoleAcr] = useState<PerRole>(perRoleText(current?.roleAcr ?? {}));
  const [passwordSignIn, setPasswordSignIn] = useState(current?.passwordSignIn ?? true);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setErrors({});
    setFormError(null);
    setDone('');
    save.mutate(
      {
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        ...(clientSecret ? { clientSecret } : {}),
        organisationClaim: organisationClaim.trim() || null,
        organisationValue: organisationValue.trim() || null,
        roleClaim: roleClaim.trim() || null,
        roleValues: perRoleLists(roleValues),
        defaultRole: defaultRole === 'none' ? null : defaultRole,
        roleAcr: perRoleLists(roleAcr),
        passwordSignIn,
      },
      {
        onSuccess: () => {
          setClientSecret('');
          setDone(t('oidcAdmin.saved'));
        },
        onError: (error) => {
          const placed = placeErrors(error, FIELDS, { network: t('app.networkError'), fallback: t('oidcAdmin.failed') });
          setErrors(placed.byField);
          setFormError(placed.formError);
          focusAfterCommit(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  };

  const onRemove = () => {
    if (remove.isPending) return;
    remove.mutate(undefined, {
      onSuccess: () => setDone(t('oidcAdmin.removed')),
      onError: (error) => setFormError(error.message || t('oidcAdmin.failed')),
    });
  };

  return (
    <form ref={formRef} className="form card oidc-settings" onSubmit={onSubmit} noValidate>
      <p className="meta">{t('oidcAdmin.intro')}</p>
      {current ? (
        <p>
          {t('oidcAdmin.redirectUri')} <code>{current.redirectUri}</code>
        </p>
      ) : (
        <p>{t('oidcAdmin.notConfigured')}</p>
      )}
      <div className="form-row">
        <TextField label={t('oidcAdmin.issuer')} hint={t('oidcAdmin.issuerHint')} error={errors.issuer} type="url" spellCheck={false} autoComplete="off" value={issuer} onChange={setIssuer} required />
        <TextField label={t('oidcAdmin.clientId')} error={errors.clientId} spellCheck={false} autoComplete="off" value={clientId} onChange={setClientId} required />
        <TextField
          label={t('oidcAdmin.clientSecret')}
          hint={current?.clientSecretSet ? t('oidcAdmin.clientSecretKeep') : undefined}
          error={errors.clientSecret}
          type="password"
          autoComplete="new-password"
          value={clientSecret}
          onChange={setClientSecret}
          required={!current}
        />
      </div>
      <div className="form-row">
        <TextField label={t('oidcAdmin.organisationClaim')} hint={t('oidcAdmin.organisationClaimHint')} error={errors.organisationClaim} spellCheck={false} autoComplete="off" value={organisationClaim} onChange={setOrganisationClaim} />
        <TextField label={t('oidcAdmin.organisationValue')} error={errors.organisationValue} spellCheck={false} autoComplete="off" value={organisationValue} onChange={setOrganisationValue} />
      </div>
      <fieldset>
        <legend>{t('oidcAdmin.roleClaim')}</legend>
        <TextField label={t('oidcAdmin.roleClaim')} hint={t('oidcAdmin.roleClaimHint')} error={errors.roleClaim} spellCheck={false} autoComplete="off" value={roleClaim} onChange={setRoleClaim} />
        {ROLES.map((role, i) => (
          <TextField
            key={role}
            label={t('oidcAdmin.roleValues', { role: t(`roles.${role}`) })}
            hint={i === 0 ? t('oidcAdmin.valuesHint') : undefined}
            error={i === 0 ? errors.roleValues : undefined}
            spellCheck={false}
            autoComplete="off"
            value={roleValues[role]}
            onChange={(v) => setRoleValues((p) => ({ ...p, [role]: v }))}
          />
        ))}
        <SelectField
          label={t('oidcAdmin.defaultRole')}
          error={errors.defaultRole}
          value={defaultRole}
          onChange={setDefaultRole}
          options={[{ value: 'none' as const, label: t('oidcAdmin.defaultNone') }, ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))]}
        />
        {ROLES.map((role, i) => (
          <TextField
            key={role}
            label={t('oidcAdmin.roleAcr', { role: t(`roles.${role}`) })}
            hint={i === 0 ? t('oidcAdmin.acrHint') : undefined}
            error={i === 0 ? errors.roleAcr : undefined}
            spellCheck={false}
            autoComplete="off"
            value={roleAcr[role]}
            onChange={(v) => setRoleAcr((p) => ({ ...p, [role]: v }))}
          />
        ))}
      </fieldset>
      <div className="checkbox-field">
        <label>
          <input type="checkbox" checked={passwordSignIn} onChange={(e) => setPasswordSignIn(e.target.checked)} aria-describedby="oidc-password-hint" /> {t('oidcAdmin.passwordSignIn')}
        </label>
        <p id="oidc-password-hint" className="hint">
          {t('oidcAdmin.passwordSignInHint')}
        </p>
      </div>
      <FormFooter error={formError} pending={save.isPending} submitLabel={t('oidcAdmin.save')} pendingLabel={t('oidcAdmin.saving')} success={done}>
        {current && (
          <button type="button" className="button button-secondary" onClick={onRemove} aria-disabled={remove.isPending || undefined}>
            {t('oidcAdmin.remove')}
          </button>
        )}
      </FormFooter>
    </form>
  );
}
