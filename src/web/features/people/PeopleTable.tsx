import { useId, useRef, useState } from 'react';
import type { OrganisationUser, Role } from '../../../shared/api-types';
import { useChangeRole } from '../../api/queries';
import { ScrollRegion, SuccessMessage } from '../../components/States';
import { useT } from '../../i18n';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { AccountActions } from './AccountActions';
import { RemovePerson } from './RemovePerson';
import { isRole, ROLES } from './roles';

interface Props {
  orgId: number;
  orgName: string;
  users: OrganisationUser[];
  /** Admins get a role select and a save button per row; others see the role as text. */
  canManage: boolean;
  meId: number | undefined;
}

/** The organisation's people as a table: name, e-mail and role. */
export function PeopleTable({ orgId, orgName, users, canManage, meId }: Props) {
  const { t, lang } = useT();
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLDivElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const caption = t('people.caption', { name: orgName });
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name, lang) || a.email.localeCompare(b.email));

  return (
    <>
      {/* After a removal the person's row is gone: focus moves here, where the message says what happened. */}
      <div ref={messageRef} tabIndex={-1} className="people-message">
        <SuccessMessage message={message} />
      </div>
      {sorted.length === 0 ? (
        <p>{t('people.empty')}</p>
      ) : (
        <ScrollRegion label={caption}>
          <table className="data-table people-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.col.name')}</th>
                <th scope="col">{t('people.col.email')}</th>
                <th scope="col">{t('people.col.role')}</th>
                {canManage && <th scope="col">{t('peopleRemove.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {sorted.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.name} {user.id === meId && <span className="meta">{t('people.you')}</span>}
                  </th>
                  <td>{user.email}</td>
                  <td>
                    {canManage ? (
                      <RoleControl orgId={orgId} user={user} onMessage={setMessage} />
                    ) : (
                      t(`roles.${user.role}`)
                    )}
                  </td>
                  {canManage && (
                    <td>
                      <RemovePerson
                        orgId={orgId}
                        orgName={orgName}
                        user={user}
                        onRemoved={(text) => {
                          setMessage(text);
                          focusAfterCommit(() => messageRef.current?.focus());
                        }}
                      />
                      {user.id !== meId && <AccountActions orgId={orgId} user={user} onMessage={setMessage} />}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}

/** A labelled role select with its own save button and, next to it, the server's reason for refusing. */
function RoleControl({ orgId, user, onMessage }: { orgId: number; user: OrganisationUser; onMessage: (text: string) => void }) {
  const { t } = useT();
  const change = useChangeRole(orgId);
  const [role, setRole] = useState<Role>(user.role);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const words = (r: Role) => ({ name: user.name, role: t(`roles.${r}`) });

  const save = () => {
    if (change.isPending) return;
    setError(null);
    onMessage('');
    if (role === user.role) {
      onMessage(t('people.roleUnchanged', words(role)));
      return;
    }
    change.mutate(
      { userId: user.id, role },
      {
        onSuccess: () => onMessage(t('people.roleSaved', words(role))),
        onError: (e) => {
          const refusal = e.fieldError('role');
          // A refused role (the last admin) is not kept in the select: it shows the role the person still has.
          if (refusal) setRole(user.role);
          setError(refusal ?? (e.status === 0 ? t('app.networkError') : e.message || t('people.roleFailed')));
          focusAfterCommit(() => selectRef.current?.focus());
        },
      },
    );
  };

  return (
    <div className="role-control">
      <div className="role-control-row">
        <label htmlFor={`${id}-role`} className="visually-hidden">
          {t('people.roleFor', { name: user.name })}
        </label>
        <select
          ref={selectRef}
          id={`${id}-role`}
          value={role}
          onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={save}
          aria-disabled={change.isPending || undefined}
        >
          {change.isPending ? t('app.saving') : t('people.saveRole')}
          <span className="visually-hidden"> {t('people.forName', { name: user.name })}</span>
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </div>
  );
}
