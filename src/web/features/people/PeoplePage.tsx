import { Link } from 'wouter';
import { useMe, useOrganisationUsers } from '../../api/queries';
import { OrganisationPageGate, openOrganisationPage, useOrganisationPage } from '../../components/OrganisationPageGate';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { AddPersonForm } from './AddPersonForm';
import { OidcSettingsForm } from '../oidc/OidcSettingsForm';
import { PeopleTable } from './PeopleTable';
import { ReminderSettingsSection } from './ReminderSettingsSection';
import { ROLES } from './roles';

/** The organisation's people and their roles; admins change roles and add people, editors only look. */
export function PeoplePage({ orgId }: { orgId: number }) {
  const { t } = useT();
  const me = useMe();
  const access = useOrganisationPage(orgId, 'people', ['admin', 'editor']);
  const users = useOrganisationUsers(orgId, access.allowed);
  const org = openOrganisationPage(access, users.error);
  if (!org) return <OrganisationPageGate access={access} />;

  const isAdmin = org.role === 'admin';
  return (
    <div className="page people">
      <h1>{t('people.titleFor', { name: org.name })}</h1>
      <p className="lead">{t('people.intro')}</p>
      <p>
        <Link href={`/organisations/${orgId}/outbox`}>{t('outbox.link')}</Link>
        {org.role === 'admin' && (
          <>
            {' · '}
            <Link href={`/organisations/${orgId}/audit`}>{t('audit.link')}</Link>
          </>
        )}
      </p>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('people.rolesHeading')}</h2>
        <dl className="facts">
          {ROLES.map((role) => (
            <div key={role}>
              <dt>{t(`roles.${role}`)}</dt>
              <dd>{t(`roleInfo.${role}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t('people.listHeading')}</h2>
        {!isAdmin && <p className="meta">{t('people.editorNote')}</p>}
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <PeopleTable orgId={org.id} orgName={org.name} users={users.data} canManage={isAdmin} meId={me.data?.id} />
        )}
      </section>

      {isAdmin && (
        <section aria-labelledby="add-person-heading">
          <h2 id="add-person-heading">{t('people.addHeading')}</h2>
          <AddPersonForm orgId={org.id} />
        </section>
      )}

      {isAdmin && <ReminderSettingsSection orgId={org.id} />}

      {isAdmin && (
        <section aria-labelledby="oidc-heading">
          <h2 id="oidc-heading">{t('oidcAdmin.heading')}</h2>
          <OidcSettingsForm orgId={org.id} />
        </section>
      )}
    </div>
  );
}
