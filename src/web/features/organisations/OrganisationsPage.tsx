import { useRef, useState } from 'react';
import type { CreatedOrganisation } from '../../../shared/authoring-schemas';
import { useMe } from '../../api/queries';
import { NoAccessPage } from '../../components/NoAccessPage';
import { ErrorMessage, Loading } from '../../components/States';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useFocusAfterCommit } from '../../lib/useFocusAfterCommit';
import { useInstallationOrganisations } from './api';
import { CreatedOrganisationPanel } from './CreatedOrganisationPanel';
import { NewOrganisationForm } from './NewOrganisationForm';
import { OrganisationsTable } from './OrganisationsTable';

/** The installation admin's page: every organisation, and a form that creates one. */
export function OrganisationsPage() {
  const { t } = useT();
  useDocumentTitle(t('orgs.title'));
  const me = useMe();
  const allowed = me.data?.installationAdmin === true;
  const organisations = useInstallationOrganisations(allowed);
  const [created, setCreated] = useState<{ result: CreatedOrganisation; name: string; adminNames: Record<string, string> } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const newHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterCommit = useFocusAfterCommit();

  if (me.isPending) return <Loading />;
  if (!allowed) return <NoAccessPage title={t('orgs.title')} message={t('orgs.noAccess')} />;

  return (
    <div className="page organisations">
      <h1>{t('orgs.title')}</h1>
      <p className="lead">{t('orgs.intro')}</p>

      <section aria-labelledby="new-org-heading">
        <h2 id="new-org-heading" ref={newHeadingRef} tabIndex={-1}>
          {t('orgs.newHeading')}
        </h2>
        {created ? (
          <CreatedOrganisationPanel
            created={created.result}
            name={created.name}
            adminNames={created.adminNames}
            onAnother={() => {
              setCreated(null);
              setFormKey((k) => k + 1);
              focusAfterCommit(() => newHeadingRef.current?.focus());
            }}
          />
        ) : (
          <NewOrganisationForm
            key={formKey}
            organisations={organisations.data ?? []}
            onCreated={(result, name, adminNames) => setCreated({ result, name, adminNames })}
          />
        )}
      </section>

      <section aria-labelledby="all-orgs-heading">
        <h2 id="all-orgs-heading">{t('orgs.listHeading')}</h2>
        {organisations.isPending ? (
          <Loading />
        ) : organisations.isError ? (
          <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />
        ) : (
          <OrganisationsTable organisations={organisations.data} />
        )}
      </section>
    </div>
  );
}
