import type { OrganisationSummary, Role } from '../../shared/api-types';
import { isApiError } from '../api/client';
import { useOrganisations } from '../api/queries';
import { useT } from '../i18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { NoAccessPage } from './NoAccessPage';
import { ErrorMessage, Loading } from './States';

/** The pages behind the gate; each section has `title`, `titleFor`, `orgNotFound` and `noAccess` texts. */
export type GatedSection = 'outbox' | 'people' | 'audit';

/** One organisation's page for some of its roles: the organisation (once known) and whether the reader's role lets them in. */
export interface OrganisationAccess {
  section: GatedSection;
  organisations: ReturnType<typeof useOrganisations>;
  org: OrganisationSummary | undefined;
  allowed: boolean;
  /** An unknown organisation is said as a refusal (an alert with the way home) rather than as a plain note. */
  missingIsRefusal: boolean;
}

/**
 * Finds the organisation among the reader's own and whether their role there is one of `roles`;
 * titles the document with the section's title (with the organisation's name once known).
 */
export function useOrganisationPage(
  orgId: number,
  section: GatedSection,
  roles: readonly Role[],
  { missingIsRefusal = false }: { missingIsRefusal?: boolean } = {},
): OrganisationAccess {
  const { t } = useT();
  const organisations = useOrganisations();
  const org = organisations.data?.find((o) => o.id === orgId);
  const allowed = org !== undefined && roles.includes(org.role);
  useDocumentTitle(org ? t(`${section}.titleFor`, { name: org.name }) : t(`${section}.title`));
  return { section, organisations, org, allowed, missingIsRefusal };
}

const refused = (queryError: unknown) => isApiError(queryError) && queryError.status === 403;

/** The organisation when the reader may see the page: their role allows it and the page's own query was not refused. */
export function openOrganisationPage(access: OrganisationAccess, queryError: unknown): OrganisationSummary | undefined {
  return access.allowed && !refused(queryError) ? access.org : undefined;
}

/**
 * What a page shows while it is not open (see `openOrganisationPage`): loading, the failed load of
 * the organisations, "organisation not found", or the section's "no access" alert.
 */
export function OrganisationPageGate({ access }: { access: OrganisationAccess }) {
  const { t } = useT();
  const { section, organisations, org } = access;
  if (organisations.isPending) return <Loading />;
  if (organisations.isError) return <ErrorMessage error={organisations.error} onRetry={() => void organisations.refetch()} />;
  if (org) return <NoAccessPage title={t(`${section}.titleFor`, { name: org.name })} message={t(`${section}.noAccess`)} />;
  if (access.missingIsRefusal) return <NoAccessPage title={t(`${section}.title`)} message={t(`${section}.orgNotFound`)} />;
  return (
    <div className="page">
      <h1>{t(`${section}.title`)}</h1>
      <p>{t(`${section}.orgNotFound`)}</p>
    </div>
  );
}
