import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Me } from '../../shared/api-types';
import { useLogout } from '../api/queries';
import { useT } from '../i18n';

/** The signed-in user's name as a disclosure button, opening their account actions. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [, navigate] = useLocation();
  const logout = useLogout();
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const signOut = () => {
    logout.mutate(undefined, {
      onSettled: () => navigate('/login?signedOut=1', { replace: true }),
    });
  };

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('user.menu')}: </span>
        {me.name || me.email}
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </button>
      <div id={id} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-who">{t('user.signedInAs', { name: me.email })}</p>
        {me.memberships.length > 0 && (
          <ul className="user-menu-roles">
            {me.memberships.map((m) => (
              <li key={m.organisationId}>
                {m.organisationName}: {t(`roles.${m.role}`)}
              </li>
            ))}
          </ul>
        )}
        <ul className="user-menu-actions">
          {me.installationAdmin && (
            <li>
              <Link href="/installation/organisations" onClick={() => setOpen(false)}>
                {t('orgs.nav')}
              </Link>
            </li>
          )}
          <li>
            <Link href="/account/password" onClick={() => setOpen(false)}>
              {t('user.changePassword')}
            </Link>
          </li>
          <li>
            <button type="button" className="button button-secondary" onClick={signOut} disabled={logout.isPending}>
              {t('user.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
