import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { CreatedOrganisation } from '../../../shared/authoring-schemas';
import { useT } from '../../i18n';
import { OneTimePassword } from '../people/OneTimePassword';

interface Props {
  created: CreatedOrganisation;
  name: string;
  /** The names typed for the first admins, by e-mail. */
  adminNames: Record<string, string>;
  onAnother: () => void;
}

/** What was just created: each new admin's one-time password (shown this once) and where to go next. */
export function CreatedOrganisationPanel({ created, name, adminNames, onAnother }: Props) {
  const { t } = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Passwords put away with "Klart" are gone for good: they are shown only this once.
  const [shown, setShown] = useState(() => new Set(created.admins.filter((a) => a.oneTimePassword).map((a) => a.userId)));
  useEffect(() => headingRef.current?.focus(), []);
  const iAmAdmin = created.admins.length === 0;

  return (
    <div className="card created-organisation">
      <h3 ref={headingRef} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('orgs.created', { name })}
      </h3>
      <p>{t('orgs.createdIntro')}</p>
      {iAmAdmin ? <p>{t('orgs.youAreAdmin')}</p> : <p>{t('orgs.adminsWillContinue')}</p>}
      {created.admins.map((a) =>
        a.oneTimePassword ? (
          shown.has(a.userId) && (
            <OneTimePassword
              key={a.userId}
              name={adminNames[a.email] || a.email}
              password={a.oneTimePassword}
              onDone={() => {
                setShown((s) => new Set([...s].filter((id) => id !== a.userId)));
                headingRef.current?.focus();
              }}
            />
          )
        ) : (
          <p key={a.userId}>{t('orgs.existingAdmin', { email: a.email, name })}</p>
        ),
      )}
      <h4>{t('orgs.nextHeading')}</h4>
      <ul className="next-steps">
        {iAmAdmin && (
          <>
            <li>
              <Link href={`/organisations/${created.id}/model`}>{t('orgs.openModel', { name })}</Link>
            </li>
            <li>
              <Link href={`/organisations/${created.id}/plans/new`}>{t('orgs.firstPlan', { name })}</Link>
            </li>
            <li>
              <Link href={`/organisations/${created.id}/people`}>{t('orgs.openPeople', { name })}</Link>
            </li>
          </>
        )}
        <li>
          <button type="button" className="button button-secondary" onClick={onAnother}>
            {t('orgs.createAnother')}
          </button>
        </li>
      </ul>
    </div>
  );
}
